"""Render validator diagnostics as text, JSON or GitHub Actions annotations.

Pure formatting: strings in, strings out, no terminal styling (render.py may colour
the text format; JSON must stay byte-exact for `jq`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from karabakh_claims.errors import UsageError
from karabakh_claims.models import Diagnostic

__all__ = ["FORMATS", "default_format", "format_diagnostic", "format_diagnostics"]

FORMATS: tuple[str, ...] = ("text", "json", "github")


def format_diagnostic(diag: Diagnostic) -> str:
    """One diagnostic in text form: `claims.yaml:12:5: error [duplicate-id] message`."""
    return f"{diag.path}:{diag.line}:{diag.column}: {diag.level} [{diag.code}] {diag.message}"


def _escape_data(text: str) -> str:
    # GitHub workflow commands: the message must be one line, with % CR LF escaped.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(diag: Diagnostic) -> str:
    props = ",".join(
        f"{name}={_escape_property(str(value))}"
        for name, value in (
            ("file", diag.path),
            ("line", diag.line),
            ("col", diag.column),
            ("title", diag.code),
        )
    )
    return f"::{diag.level} {props}::{_escape_data(diag.message)}"


def format_diagnostics(diags: Iterable[Diagnostic], fmt: str) -> str:
    """All diagnostics in one of FORMATS, in the order given, without a trailing newline.

    - `text`: one `path:line:col: level [code] message` a line; empty string for none;
    - `json`: a JSON list of {path, line, column, level, code, message} (`[]` for none);
    - `github`: one `::error file=...,line=...,col=...,title=code::message` a line.

    Raises UsageError for an unknown format.

    >>> d = Diagnostic("claims.yaml", 12, 5, "error", "duplicate-id", "claim id 'x' is already defined at line 7")
    >>> format_diagnostics([d], "github")
    "::error file=claims.yaml,line=12,col=5,title=duplicate-id::claim id 'x' is already defined at line 7"
    """
    diags = list(diags)
    if fmt == "text":
        return "\n".join(format_diagnostic(d) for d in diags)
    if fmt == "json":
        return json.dumps(
            [
                {
                    "path": d.path,
                    "line": d.line,
                    "column": d.column,
                    "level": d.level,
                    "code": d.code,
                    "message": d.message,
                }
                for d in diags
            ],
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "github":
        return "\n".join(_github(d) for d in diags)
    raise UsageError(f"unknown diagnostics format '{fmt}'; use one of {', '.join(FORMATS)}")


def default_format(environ: Mapping[str, str]) -> str:
    """`github` when running under GitHub Actions (GITHUB_ACTIONS=true), else `text`."""
    return "github" if environ.get("GITHUB_ACTIONS", "").lower() == "true" else "text"
