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
from typer.core import TyperGroup

from karabakh_claims.errors import ClaimsError, UsageError

PROG = "karabakh-claims"


class _PlainErrors(TyperGroup):
    """Usage errors as one plain line on stderr with exit code 2, instead of a framed box.

    Parsing runs in click's non-standalone mode, so that the error reaches us as an
    exception; `typer.Exit` raised by a command comes back as its exit code.
    """

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # type: ignore[override]
        try:
            code = super().main(args, prog_name or PROG, complete_var, standalone_mode=False, **extra)
        except typer.Abort:
            sys.stderr.write(f"{PROG}: aborted\n")
            code = 1
        except typer.TyperException as error:  # click's UsageError and friends derive from it
            message = error.format_message()
            if "\n" in message:  # no arguments at all: the help text itself
                sys.stderr.write(message.rstrip() + "\n")
            else:
                ctx = getattr(error, "ctx", None)
                command = ctx.command_path if ctx is not None else PROG
                sys.stderr.write(f"{PROG}: {message.rstrip('.')} (see '{command} --help')\n")
            code = error.exit_code
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name=PROG,
    cls=_PlainErrors,
    help="Extract who said what and when from news text, match claims about the same event, "
    "and show where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    # Plain help and tracebacks: rich's help renderer alone takes 0.12 s to import.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        from karabakh_claims import __version__

        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", "-V", help="Print the version and exit.", callback=_print_version, is_eager=True),
    ] = None,
) -> None:
    """Extract who said what and when from news text, match claims about the same event,
    and show where sources disagree."""

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
PublishedOption = Annotated[
    Optional[str],
    typer.Option("--published", help="Publication date (ISO date or interval) of texts that give none: stdin, files without metadata.", rich_help_panel="Inputs"),
]
OutletOption = Annotated[Optional[str], typer.Option("--outlet", help="Outlet of texts that name none.", rich_help_panel="Inputs")]
TextFieldOption = Annotated[Optional[str], typer.Option("--text-field", help="JSON Lines dumps: the field holding the article text.", rich_help_panel="Inputs")]
DateFieldOption = Annotated[Optional[str], typer.Option("--date-field", help="JSON Lines dumps: the field holding the publication date.", rich_help_panel="Inputs")]
OutletFieldOption = Annotated[Optional[str], typer.Option("--outlet-field", help="JSON Lines dumps: the field holding the outlet.", rich_help_panel="Inputs")]
IdFieldOption = Annotated[Optional[str], typer.Option("--id-field", help="JSON Lines dumps: the field holding the article's id.", rich_help_panel="Inputs")]
CacheOption = Annotated[
    Optional[str],
    typer.Option("--cache", help="Folder of fetched pages (default: $KARABAKH_CLAIMS_CACHE, else ~/.cache/karabakh-claims/pages).", rich_help_panel="Inputs"),
]
ReviewedOption = Annotated[
    bool,
    typer.Option("--reviewed", help="Only claims a person wrote or accepted: no proposed claims, no texts read."),
]
JobsOption = Annotated[
    Optional[int],
    typer.Option(
        "--jobs", "-j", min=1, show_default=False,
        help="Processes extracting documents, and linking their statements to events, in parallel (default: the cores available; inputs under 0.5 MB are read, and fewer than 2,000 statements linked, in one process). The output is the same for any number.",
    ),
]  # fmt: skip
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Read every text again instead of taking its statements from the extraction cache "
        "($KARABAKH_CLAIMS_EXTRACTION_CACHE, else ~/.cache/karabakh-claims/statements; 'off' turns it off). "
        "The output is the same.",
    ),
]
WritableStoreOption = Annotated[
    Optional[str],
    typer.Option("--store", "-s", help="The claims.yaml to change (default: ./claims.yaml; never the bundled store)."),
]


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
    published: PublishedOption = None,
    outlet: OutletOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    id_field: IdFieldOption = None,
    cache: CacheOption = None,
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
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Attributed statements found in the texts: speaker, cue, content, when, via, polarity, where.

    Texts: .txt/.md files (with or without YAML front matter), HTML pages, JSON Lines dumps,
    URLs, folders of these, or - for stdin."""
    from functools import partial

    from karabakh_claims.pipeline import extract as run_extract
    from karabakh_claims.pipeline import read_options

    if min_confidence is not None:
        run_extract = partial(run_extract, min_confidence=min_confidence)
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import statement_dict

    paths = paths or []
    try:
        fmt = _format(fmt)
        keep_speaker, keep_date = _speaker_filter(speaker), _date_filter(since, until)
        inputs = read_options(
            published=published, outlet=outlet, text_field=text_field, date_field=date_field,
            outlet_field=outlet_field, id_field=id_field, cache=cache,
        )  # fmt: skip
        result = _run_stage(run_extract, store, paths, inputs, jobs=jobs, no_cache=no_cache)
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
        notices = sum(1 for d in diagnostics if d.level == "notice")
        warnings = len(diagnostics) - errors - notices
        names = ", ".join(str(t) for t in targets)
        summary = f"{names}: {errors} error(s), {warnings} warning(s)" if errors or warnings else f"{names}: ok"
        if notices:
            summary += f", {notices} notice(s): entries proposed by `add` wait for review"
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


def _inputs(*values: str | None) -> dict[str, str | None]:
    """The reading options of a command, by name, for pipeline.read_options."""
    names = ("published", "outlet", "text_field", "date_field", "outlet_field", "id_field", "cache")
    return dict(zip(names, values, strict=True))


def _analysed(
    store: str | None,
    paths: list[str],
    fmt: str | None,
    event: str | None = None,
    inputs: dict | None = None,
    reviewed: bool = False,
    jobs: int | None = None,
    no_cache: bool = False,
):
    """(format, analysis) for the commands over events; one readable line and an exit code on failure.
    `inputs` are the reading options given (--published, --outlet, ...)."""
    from functools import partial

    from karabakh_claims.pipeline import analyse, known_event, read_options

    try:
        chosen = _format(fmt)
        result = _run_stage(partial(analyse, reviewed=reviewed), store, paths, read_options(**(inputs or {})), jobs=jobs, no_cache=no_cache)
        if event:
            known_event(result.store, result.summaries, event)
    except ClaimsError as error:
        raise _fail(error) from None
    return chosen, result


def _run_stage(stage, store: str | None, paths: list[str], inputs=None, jobs: int | None = None, no_cache: bool = False):
    """Run a pipeline stage (extract or analyse) with a progress bar; warnings go to stderr.

    Texts of the user's own with no store of theirs are read with the example store, and
    the user is told so, never silently shown the example's claims. `jobs` None: as many
    processes as there are cores, for inputs worth it. Statements come from the extraction
    cache unless `no_cache` (or the environment turns it off)."""
    from functools import partial

    from karabakh_claims.pipeline import FALLBACK_NOTICE, analyse, find_store, is_bundled
    from karabakh_claims.render import notice

    found = find_store(store, cwd=Path.cwd())
    fallback = bool(paths) and store is None and not (Path.cwd() / "claims.yaml").is_file() and is_bundled(found)
    if fallback and getattr(stage, "func", stage) is analyse:
        stage = partial(stage, curated=False)
    from karabakh_claims.statement_cache import default_cache_dir

    cache_dir = None if no_cache else default_cache_dir()
    progress = _progress(paths)
    try:
        result = stage(found, paths, stdin_text=_stdin_if_needed(paths), progress=progress, options=inputs, jobs=jobs, cache_dir=cache_dir)
    finally:
        progress.close()
    if fallback:  # after the run, so that a failure stays one line
        notice(f"karabakh-claims: {FALLBACK_NOTICE}")
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
    published: PublishedOption = None,
    outlet: OutletOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    id_field: IdFieldOption = None,
    cache: CacheOption = None,
    reviewed: ReviewedOption = False,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
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
    fmt, result = _analysed(store, paths or [], fmt, event, inputs=_inputs(published, outlet, text_field, date_field, outlet_field, id_field, cache), reviewed=reviewed, jobs=jobs, no_cache=no_cache)
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
        # Each with its own links, looked up (all links for each statement: hours at 100,000 claims).
        links_of: dict[str, list] = {}
        for link in result.links:
            links_of.setdefault(link.statement_id, []).append(link)
        rows += [
            unlinked_dict(s, links_of.get(s.id, ()))
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
    published: PublishedOption = None,
    outlet: OutletOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    id_field: IdFieldOption = None,
    cache: CacheOption = None,
    reviewed: ReviewedOption = False,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Every event: curated ones and clusters found by matching, with claims, speakers and status."""
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import summary_dict

    fmt, result = _analysed(store, paths or [], fmt, inputs=_inputs(published, outlet, text_field, date_field, outlet_field, id_field, cache), reviewed=reviewed, jobs=jobs, no_cache=no_cache)
    rows = [summary_dict(s) for s in result.summaries]
    columns = [("event", "event"), ("status", "status"), ("slot", "slot"), ("claims", "claims"), ("speakers", "speakers"), ("title", "title")]
    write_rows(rows, fmt, columns=columns, title=f"{len(rows)} events")


@app.command()
def conflicts(
    event: Annotated[Optional[str], typer.Argument(help="An event id (default: every event with a dispute).", show_default=False)] = None,
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    id_field: IdFieldOption = None,
    cache: CacheOption = None,
    reviewed: ReviewedOption = False,
    discover: Annotated[
        bool,
        typer.Option("--discover", help="Also the disputes among events found in the statements (see `events`), marked as discovered."),
    ] = False,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Conflict tables: per event, the positions that disagree, who holds each, when, and where."""
    from karabakh_claims.render import write_conflicts
    from karabakh_claims.serialize import conflict_dict

    event, paths = _split_event(event, paths or [])
    fmt, result = _analysed(store, paths, fmt, event, inputs=_inputs(published, outlet, text_field, date_field, outlet_field, id_field, cache), reviewed=reviewed, jobs=jobs, no_cache=no_cache)
    shown = [*result.conflicts, *(result.discovered if discover or (event or "").startswith("cluster-") else ())]
    chosen = [conflict_dict(c) for c in shown if event is None or c.event == event]
    if event and not chosen:
        sys.stderr.write(f"karabakh-claims: no conflict about '{event}': its claims agree or there is only one\n")
    write_conflicts(chosen, fmt)


@app.command()
def timeline(
    event: Annotated[str, typer.Argument(help="An event id (see `events`).")],
    paths: PathsArgument = None,
    store: StoreOption = None,
    fmt: FormatOption = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    text_field: TextFieldOption = None,
    date_field: DateFieldOption = None,
    outlet_field: OutletFieldOption = None,
    id_field: IdFieldOption = None,
    cache: CacheOption = None,
    reviewed: ReviewedOption = False,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """The claims about one event in the order they were made."""
    from karabakh_claims.conflicts import timeline as order
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import assertion_dict

    fmt, result = _analysed(store, paths or [], fmt, event, inputs=_inputs(published, outlet, text_field, date_field, outlet_field, id_field, cache), reviewed=reviewed, jobs=jobs, no_cache=no_cache)
    rows = [assertion_dict(a) for a in order(list(result.assertions), event)]
    columns = [("said_on", "said on"), ("speaker", "speaker"), ("value", "value"), ("polarity", "polarity"), ("via", "via"), ("source.file", "file"), ("source.line", "line"), ("content", "content")]
    write_rows(rows, fmt, columns=columns, title=f"timeline of {event}")


@app.command()
def match(
    text: Annotated[str, typer.Argument(help="A claim in free text, e.g. 'Shushi fell on November 7'.")],
    store: StoreOption = None,
    fmt: FormatOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=200, help="How many results.")] = 10,
    no_cache: NoCacheOption = False,
) -> None:
    """The stored claims and events closest to a free-text claim, with scores and reasons."""
    from dataclasses import asdict

    from karabakh_claims.match import match_text
    from karabakh_claims.render import write_rows

    if not text.strip():
        raise _fail(UsageError("TEXT is empty: give the claim to look for"))
    fmt, result = _analysed(store, [], fmt, no_cache=no_cache)
    found = match_text(text, result.store, result.assertions, result.entities, limit=limit)
    rows = [asdict(m) for m in found]
    columns = [("score", "score"), ("kind", "kind"), ("id", "id"), ("speaker", "speaker"), ("said_on", "said on"), ("text", "text"), ("reason", "why")]
    write_rows(rows, fmt, columns=columns, title=f"closest to: {text}")


# --- growing the store: init, add, review, accept, reject ------------------------------------------


def _writable_store(store: str | None) -> Path:
    """The store a command may change: --store, else ./claims.yaml; never the bundled one."""
    from karabakh_claims.errors import InputError

    path = Path(store) if store else Path("claims.yaml")
    if not path.exists():
        hint = "" if store else "; run `karabakh-claims init` or pass --store PATH"
        raise InputError(f"{path}: no such file{hint}")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a claims.yaml file")
    return path


@app.command()
def init(
    folder: Annotated[str, typer.Argument(help="Where to write claims.yaml (default: this folder; made if missing).")] = ".",
) -> None:
    """Start a store: write a minimal, commented claims.yaml that `check` accepts."""
    from karabakh_claims.grow import init_store

    try:
        path = init_store(folder)
    except ClaimsError as error:
        raise _fail(error) from None
    sys.stderr.write(f"karabakh-claims: wrote {path}; write its events, then `karabakh-claims add ARTICLE...`\n")


@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Articles to add: files or folders (.txt, .md, .html).", show_default=False)],
    store: WritableStoreOption = None,
    event: Annotated[Optional[str], typer.Option("--event", help="Propose claims for this event only.")] = None,
    unlinked: Annotated[bool, typer.Option("--unlinked", help="Also propose statements that link to no event (as claims without `event`).")] = False,
    suggested: Annotated[bool, typer.Option("--suggested", help="Where a statement has no link at match level, use its best suggestion.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the additions as a unified diff on stdout; change nothing.")] = False,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date (ISO) for articles whose metadata has none.")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Outlet for articles whose metadata names none.")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the article (one new article only).")] = None,
) -> None:
    """Register articles as sources and append their statements as proposed claims (status: proposed)."""
    from karabakh_claims.grow import AddOptions, plan_add, write_plan
    from karabakh_claims.render import notice
    from karabakh_claims.store_edit import unified_diff

    options = AddOptions(event=event, unlinked=unlinked, suggested=suggested, published=published, outlet=outlet, title=title)
    try:
        plan = plan_add(_writable_store(store), paths, options=options)
        if dry_run:
            sys.stdout.write(unified_diff(plan.snapshot, plan.text))
        else:
            write_plan(plan)
    except ClaimsError as error:
        raise _fail(error) from None
    for line in plan.summary(dry_run=dry_run):
        notice(line if line.startswith("  ") else f"karabakh-claims: {line}")


@app.command()
def review(
    store: WritableStoreOption = None,
    fmt: FormatOption = None,
    every: Annotated[bool, typer.Option("--all", help="Also list accepted and rejected entries.")] = False,
) -> None:
    """List the claims and entities `add` proposed, to accept or reject."""
    from dataclasses import asdict

    from karabakh_claims.grow import proposed_entries
    from karabakh_claims.render import write_rows
    from karabakh_claims.store import load_store

    try:
        chosen = _format(fmt)
        loaded = load_store(_writable_store(store))
    except ClaimsError as error:
        raise _fail(error) from None
    statuses = ("proposed", "accepted", "rejected") if every else ("proposed",)
    rows = [asdict(item) for item in proposed_entries(loaded, statuses=statuses)]
    columns = [("kind", "kind"), ("id", "id"), ("status", "status"), ("event", "event"), ("speaker", "speaker"), ("said_on", "said on"), ("value", "value"), ("link_score", "link"), ("text", "quote / name")]
    write_rows(rows, chosen, columns=columns, title=f"{len(rows)} to review" if not every else f"{len(rows)} entries with a status")


def _set_status(ids: list[str] | None, store: str | None, status: str, every: bool = False) -> None:
    from karabakh_claims.grow import plan_status, write_plan
    from karabakh_claims.render import notice

    try:
        plan = plan_status(_writable_store(store), ids or [], status, all_proposed=every)  # type: ignore[arg-type]
        write_plan(plan)
    except ClaimsError as error:
        raise _fail(error) from None
    for kind, entry_id, old in plan.changed:
        notice(f"karabakh-claims: {kind} {entry_id}: {old} -> {status}")
    for kind, entry_id in plan.unchanged:
        notice(f"karabakh-claims: {kind} {entry_id}: already {status}")
    for line in plan.notes:
        notice(f"karabakh-claims: note: {line}")


IdsArgument = Annotated[Optional[list[str]], typer.Argument(help="Ids of proposed claims or entities (see `karabakh-claims review`).", show_default=False)]


@app.command()
def accept(
    ids: IdsArgument = None,
    store: WritableStoreOption = None,
    every: Annotated[bool, typer.Option("--all", help="Accept every entry still proposed (after rejecting the wrong ones).")] = False,
) -> None:
    """Mark proposed claims or entities as accepted (changes only their status line)."""
    _set_status(ids, store, "accepted", every)


@app.command()
def reject(ids: IdsArgument = None, store: WritableStoreOption = None) -> None:
    """Mark proposed claims or entities as rejected: they stay, so `add` does not propose them again."""
    _set_status(ids, store, "rejected")


def _tune_garbage_collector() -> None:
    """Fewer collections for a short-lived process that builds large results.

    A command allocates millions of short-lived objects and keeps what it finds (statements,
    a store's nodes) to the end; run every 700 allocations, the collector goes over those
    again and again (4.7% of `extract` over a generated 10 MB corpus, measured with
    gc.callbacks; 1.0% with these settings). Library calls leave the collector as the
    caller set it; extraction's worker processes take these settings from this one.
    """
    import gc

    gc.freeze()  # what start-up made (typer, the modules) is never garbage: not scanned again
    gc.set_threshold(50_000, 20, 20)


def main() -> None:
    """Console-script entry point."""
    _tune_garbage_collector()
    try:
        app()
    except BrokenPipeError:
        # `karabakh-claims extract | head`: the reader left; that is not an error.
        sys.stderr.close()
        raise SystemExit(0) from None


if __name__ == "__main__":
    main()
