"""The karabakh-claims command line: parse arguments, call the library, render, exit.

Exit codes: 0 success (finding conflicts is success), 1 findings of `check` or an input
that cannot be read, 2 usage errors (and `check` that could not run).
Heavy modules are imported inside the commands so that `--help` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from karabakh_claims.errors import ClaimsError, UsageError

app = typer.Typer(
    name="karabakh-claims",
    help="Extract who said what and when from news text, match claims about the same event, "
    "and show where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FormatOption = Annotated[
    Optional[str],
    typer.Option("--format", "-f", help="table | json | jsonl | csv | md (default: table on a terminal, json otherwise)."),
]
StoreOption = Annotated[
    Optional[str],
    typer.Option("--store", "-s", help="The claims.yaml to use (default: ./claims.yaml, else the bundled store)."),
]
PathsArgument = Annotated[
    Optional[list[str]],
    typer.Argument(help="Texts to read: files, folders, or - for stdin (default: the store's sources).", show_default=False),
]
SpeakerOption = Annotated[Optional[str], typer.Option("--speaker", help="Only statements whose speaker matches (name, alias or spelling).")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="Only statements said on or after this ISO date.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Only statements said on or before this ISO date.")]


def _format(fmt: str | None) -> str:
    from karabakh_claims.render import FORMATS

    if fmt is None:
        return "table" if sys.stdout.isatty() else "json"
    if fmt not in FORMATS:
        raise UsageError(f"--format: expected one of {', '.join(FORMATS)}, got '{fmt}'")
    return fmt


def _fail(error: ClaimsError, code: int | None = None) -> typer.Exit:
    sys.stderr.write(f"karabakh-claims: {error}\n")
    return typer.Exit(code if code is not None else error.exit_code)


def _stdin_if_needed(paths: list[str]) -> str | None:
    return sys.stdin.read() if "-" in paths else None


def _progress(paths: list[str]):
    from karabakh_claims.render import Progress

    many = len(paths) > 3 or any(Path(p).is_dir() for p in paths if p != "-")
    return Progress(enabled=many and sys.stderr.isatty())


def _speaker_filter(speaker: str | None):
    if not speaker:
        return lambda *_: True
    from karabakh_claims.entities import fold

    wanted = fold(speaker)

    def keep(*names: str | None) -> bool:
        return any(name and wanted in fold(name) for name in names)

    return keep


def _date_filter(since: str | None, until: str | None):
    from karabakh_claims.pipeline import parse_day

    first, last = parse_day(since, "--since"), parse_day(until, "--until")

    def keep(mention) -> bool:
        if first is None and last is None:
            return True
        if mention is None:
            return False
        return (first is None or mention.end >= first) and (last is None or mention.start <= last)

    return keep


def _split_event(event: str | None, paths: list[str]) -> tuple[str | None, list[str]]:
    """`conflicts seeds/` reads a folder; `conflicts shusha-fall seeds/` names an event."""
    if event is not None and (event == "-" or Path(event).exists()):
        return None, [event, *paths]
    return event, paths


@app.command()
def extract(
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
    speaker: SpeakerOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_confidence: Annotated[
        Optional[float],
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Keep statements at least this sure (0..1). Default 0.6: the rules' statements; "
            "lower it (e.g. 0) to add what the trained tagger reads, for recall.",
        ),
    ] = None,
) -> None:
    """Attributed statements found in the texts: speaker, cue, content, when, via, polarity, where."""
    from functools import partial

    from karabakh_claims.pipeline import extract as run_extract

    if min_confidence is not None:
        run_extract = partial(run_extract, min_confidence=min_confidence)
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import statement_dict

    paths = paths or []
    try:
        fmt = _format(fmt)
        keep_speaker, keep_date = _speaker_filter(speaker), _date_filter(since, until)
        result = _run_stage(run_extract, store, paths)
    except ClaimsError as error:
        raise _fail(error) from None
    rows = [
        statement_dict(s)
        for s in result.statements
        if keep_speaker(s.speaker, s.speaker_text) and keep_date(s.said_on)
    ]
    columns = [("speaker", "speaker"), ("cue", "cue"), ("content", "content"), ("said_on", "said on"), ("via", "via"), ("polarity", "polarity"), ("source.file", "file"), ("source.line", "line")]
    write_rows(rows, fmt, columns=columns, title=f"{len(rows)} statements")


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="The claims.yaml files to validate (default: ./claims.yaml, else the bundled store).", show_default=False)] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="text | json | github (default: github under GITHUB_ACTIONS, else text).")] = None,
) -> None:
    """Validate the claim store: every problem with file:line:col; exit 0 clean, 1 problems, 2 could not run."""
    from karabakh_claims.diagnostics import default_format, format_diagnostics
    from karabakh_claims.pipeline import find_store
    from karabakh_claims.validate import validate_store

    chosen = fmt or default_format(os.environ)
    if chosen not in ("text", "json", "github"):
        raise _fail(UsageError(f"--format: expected text, json or github, got '{chosen}'"), 2)
    try:
        targets = [find_store(p, cwd=Path.cwd()) for p in (paths or [None])]
        diagnostics = [d for target in targets for d in validate_store(target)]
    except ClaimsError as error:
        raise _fail(error, 2) from None
    output = format_diagnostics(diagnostics, chosen)
    if output:
        sys.stdout.write(output + "\n")
    if chosen == "text":
        errors = sum(1 for d in diagnostics if d.level == "error")
        names = ", ".join(str(t) for t in targets)
        summary = f"{names}: {errors} error(s), {len(diagnostics) - errors} warning(s)" if diagnostics else f"{names}: ok"
        sys.stderr.write(summary + "\n")
    raise typer.Exit(1 if any(d.level == "error" for d in diagnostics) else 0)


@app.command()
def schema(
    which: Annotated[str, typer.Argument(help="store | statement | conflict")] = "store",
) -> None:
    """Print a JSON Schema: of claims.yaml (for editors), or of the statement / conflict JSON."""
    import json

    from karabakh_claims.schemas import available_schemas, load_schema

    names = available_schemas()
    if which not in names:
        raise _fail(UsageError(f"unknown schema '{which}'; choose one of {', '.join(names)}"))
    sys.stdout.write(json.dumps(load_schema(which), indent=2, ensure_ascii=False) + "\n")


def _analysed(store: str | None, paths: list[str], fmt: str | None, event: str | None = None):
    """(format, analysis) for the commands over events; one readable line and an exit code on failure."""
    from karabakh_claims.pipeline import analyse, known_event

    try:
        chosen = _format(fmt)
        result = _run_stage(analyse, store, paths)
        if event:
            known_event(result.store, result.summaries, event)
    except ClaimsError as error:
        raise _fail(error) from None
    return chosen, result


def _run_stage(stage, store: str | None, paths: list[str]):
    """Run a pipeline stage (extract or analyse) with a progress bar; warnings go to stderr."""
    from karabakh_claims.pipeline import find_store
    from karabakh_claims.render import notice

    progress = _progress(paths)
    try:
        result = stage(find_store(store, cwd=Path.cwd()), paths, stdin_text=_stdin_if_needed(paths), progress=progress)
    finally:
        progress.close()
    for line in result.notices:
        notice(f"karabakh-claims: warning: {line}")
    return result


@app.command()
def claims(
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
    speaker: SpeakerOption = None,
    event: Annotated[Optional[str], typer.Option("--event", help="Only claims linked to this event id.")] = None,
    about: Annotated[Optional[str], typer.Option("--about", help="Only claims whose text mentions this (a name, a place, a word).")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Curated claims and extracted statements, with the event each is linked to."""
    from karabakh_claims.entities import fold
    from karabakh_claims.pipeline import unlinked_statements
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import assertion_dict, unlinked_dict

    try:
        keep_speaker, keep_date = _speaker_filter(speaker), _date_filter(since, until)
    except ClaimsError as error:
        raise _fail(error) from None
    fmt, result = _analysed(store, paths or [], fmt, event)
    wanted = fold(about) if about else None
    rows = [
        assertion_dict(a)
        for a in result.assertions
        if (event is None or a.event == event)
        and keep_speaker(a.speaker, a.statement.speaker_text if a.statement else None)
        and keep_date(a.said_on)
        and (wanted is None or wanted in fold(a.content))
    ]
    if event is None:
        # Extracted statements that matched no event are claims too; a weaker suggestion is shown.
        rows += [
            unlinked_dict(s, result.links)
            for s in unlinked_statements(result)
            if keep_speaker(s.speaker, s.speaker_text) and keep_date(s.said_on) and (wanted is None or wanted in fold(s.content))
        ]
    columns = [("event", "event"), ("value", "value"), ("speaker", "speaker"), ("said_on", "said on"), ("polarity", "polarity"), ("origin", "origin"), ("source.file", "file"), ("source.line", "line"), ("content", "content")]
    write_rows(rows, fmt, columns=columns, title=f"{len(rows)} claims")


@app.command()
def events(
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
) -> None:
    """Every event: curated ones and clusters found by matching, with claims, speakers and status."""
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import summary_dict

    fmt, result = _analysed(store, paths or [], fmt)
    rows = [summary_dict(s) for s in result.summaries]
    columns = [("event", "event"), ("status", "status"), ("slot", "slot"), ("claims", "claims"), ("speakers", "speakers"), ("title", "title")]
    write_rows(rows, fmt, columns=columns, title=f"{len(rows)} events")


@app.command()
def conflicts(
    event: Annotated[Optional[str], typer.Argument(help="An event id (default: every event with a dispute).", show_default=False)] = None,
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
) -> None:
    """Conflict tables: per event, the positions that disagree, who holds each, when, and where."""
    from karabakh_claims.render import write_conflicts
    from karabakh_claims.serialize import conflict_dict

    event, paths = _split_event(event, paths or [])
    fmt, result = _analysed(store, paths, fmt, event)
    chosen = [conflict_dict(c) for c in result.conflicts if event is None or c.event == event]
    if event and not chosen:
        sys.stderr.write(f"karabakh-claims: no conflict about '{event}': its claims agree or there is only one\n")
    write_conflicts(chosen, fmt)


@app.command()
def timeline(
    event: Annotated[str, typer.Argument(help="An event id (see `events`).")],
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
) -> None:
    """The claims about one event in the order they were made."""
    from karabakh_claims.conflicts import timeline as order
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import assertion_dict

    fmt, result = _analysed(store, paths or [], fmt, event)
    rows = [assertion_dict(a) for a in order(list(result.assertions), event)]
    columns = [("said_on", "said on"), ("speaker", "speaker"), ("value", "value"), ("polarity", "polarity"), ("via", "via"), ("source.file", "file"), ("source.line", "line"), ("content", "content")]
    write_rows(rows, fmt, columns=columns, title=f"timeline of {event}")


@app.command()
def match(
    text: Annotated[str, typer.Argument(help="A claim in free text, e.g. 'Shushi fell on November 7'.")],
    store: StoreOption = None,
    fmt: FormatOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=200, help="How many results.")] = 10,
) -> None:
    """The stored claims and events closest to a free-text claim, with scores and reasons."""
    from dataclasses import asdict

    from karabakh_claims.events import match_text
    from karabakh_claims.render import write_rows

    if not text.strip():
        raise _fail(UsageError("TEXT is empty: give the claim to look for"))
    fmt, result = _analysed(store, [], fmt)
    found = match_text(text, result.store, result.assertions, result.entities, limit=limit)
    rows = [asdict(m) for m in found]
    columns = [("score", "score"), ("kind", "kind"), ("id", "id"), ("speaker", "speaker"), ("said_on", "said on"), ("text", "text"), ("reason", "why")]
    write_rows(rows, fmt, columns=columns, title=f"closest to: {text}")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        # `karabakh-claims extract | head`: the reader left; that is not an error.
        sys.stderr.close()
        raise SystemExit(0) from None


if __name__ == "__main__":
    main()
