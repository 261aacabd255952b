"""YAML front matter: the metadata block a text or Markdown file may open with.

The Hugo/Jekyll convention: the file's first line is `---`, a YAML mapping follows, and a
line `---` (or `...`) closes it::

    ---
    date: 2024-03-07
    outlet: The Calderwick Herald
    title: Calderwick channel closed after dredger strikes gas pipeline
    url: https://www.calderwickherald.example/news/channel-closed
    author: Morag Lindqvist
    ---
    The shipping channel into Calderwick harbour will stay closed ...

The block is blanked in a copy of the text, character for character with its line breaks
kept: offsets and line numbers found in that copy are those of the file on disk
(`text[start:end]` of the file holds a statement's content), and nothing of the block is
read as prose. YAML's implicit dates are not used: every value is read as written and dates
are parsed in one place (`dates.parse_metadata_date`).

Not handled: TOML (`+++`) and JSON front matter; a block that does not close within its
first 64 KB is no front matter and stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_MAX_BLOCK = 65536
_KEY_LINE = re.compile(r"^[\"']?[A-Za-z_][\w-]{0,40}[\"']?[ \t]*:(?:[ \t]|$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The metadata block of a file: its fields (keys lower-cased, values as text), where the
    body starts, and why the block could not be read when it could not (`problem`)."""

    fields: dict[str, str] = field(default_factory=dict)
    end: int = 0
    problem: str | None = None


def split_front_matter(text: str) -> tuple[str, FrontMatter | None]:
    """(the text with its front matter blanked, the front matter), or (text, None) without one.

    The block must open with a `key:` line; two Markdown rules around prose are no front
    matter. A block that is not valid YAML, or not a mapping of keys to values, is still
    blanked (the file says it is metadata) and comes back with `problem` set and no fields,
    for the caller to warn about.

    >>> masked, front = split_front_matter("---\\ndate: 2024-03-07\\n---\\nBody.\\n")
    >>> (front.fields, masked.index("Body"), len(masked))
    ({'date': '2024-03-07'}, 25, 31)
    """
    opening = _OPEN.match(text)
    if opening is None:
        return text, None
    closing = _CLOSE.search(text, opening.end(), min(len(text), _MAX_BLOCK))
    if closing is None:
        return text, None
    end = closing.end() + (1 if text[closing.end() : closing.end() + 1] == "\n" else 0)
    block = text[opening.end() : closing.start()]
    if block.strip() and not _KEY_LINE.search(block):
        return text, None  # two Markdown rules around prose, not metadata
    masked = re.sub(r"[^\n]", " ", text[:end]) + text[end:]
    try:
        loaded = _load(block)
    except yaml.YAMLError as error:
        return masked, FrontMatter(end=end, problem=f"front matter is not valid YAML ({_first_line(error)})")
    if loaded is None:
        return masked, FrontMatter(end=end)
    if not isinstance(loaded, dict):
        return masked, FrontMatter(end=end, problem="front matter is not a mapping of keys to values")
    fields = {str(k).strip().lower(): v for k, v in ((k, _as_text(v)) for k, v in loaded.items()) if v is not None}
    return masked, FrontMatter(fields=fields, end=end)


def _load(block: str) -> Any:
    return yaml.load(block, Loader=_PlainLoader)  # noqa: S506 - a SafeLoader without timestamps


def _as_text(value: Any) -> str | None:
    """A field's value as one string: a list is joined ("A, B"), a mapping gives its `name`."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    text = str(value).strip()
    return text or None


def _first_line(error: Exception) -> str:
    """A YAML error in one line: its problem and where (line in the file: the block starts on line 2)."""
    problem = getattr(error, "problem", None) or str(error).split("\n", 1)[0]
    mark = getattr(error, "problem_mark", None)
    return f"{problem} at line {mark.line + 2}" if mark is not None else str(problem)


class _PlainLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as written: `date: 2024-13-45` is text, not a crash."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
