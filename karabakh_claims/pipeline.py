"""The whole flow in library calls: find the store, read texts, extract, match, compare.

Each command of the CLI calls one function here and renders what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from karabakh_claims.errors import InputError, UsageError
from karabakh_claims.models import Assertion, Conflict, Event, EventLink, EventSummary, Statement, Store

if TYPE_CHECKING:
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.sources import ReadOptions


def bundled_store_path() -> Path | None:
    """The store shipped in the package (or, in a source checkout, the repository's)."""
    packaged = resources.files("karabakh_claims").joinpath("_bundled", "claims.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "claims.yaml"
    return checkout if checkout.is_file() else None


def is_bundled(path: Path) -> bool:
    """Whether `path` is the example store shipped with the tool (the fallback of find_store)."""
    bundled = bundled_store_path()
    return bundled is not None and path.resolve() == bundled.resolve()


FALLBACK_NOTICE = (
    "no claims.yaml here: your texts are read with the bundled example store's entities and events "
    "(not its claims); start a store of your own with `karabakh-claims init`, or name one with --store"
)


def find_store(explicit: str | None, *, cwd: Path) -> Path:
    """`--store` if given, else ./claims.yaml, else the bundled store."""
    if explicit:
        path = Path(explicit)
        if not path.exists():
            raise InputError(f"{explicit}: no such file")
        if path.is_dir():
            raise InputError(f"{explicit}: is a folder, expected a claims.yaml file")
        return path
    local = cwd / "claims.yaml"
    if local.is_file():
        return Path("claims.yaml")
    bundled = bundled_store_path()
    if bundled is None:
        raise InputError("no claims.yaml in this folder and no bundled store; pass --store PATH")
    return bundled


@dataclass(frozen=True, slots=True)
class Extraction:
    store: Store
    statements: tuple[Statement, ...]
    notices: tuple[str, ...]
    entities: EntityIndex
    texts: dict[str, str]  # the texts read, by store source id, for locating curated quotes
    documents: dict[str, str]  # the texts read, by the path statements name (linking reads articles whole)


Progress = Callable[[int, int, str], None]


def extract(
    store_path: Path,
    paths: Sequence[str],
    *,
    stdin_text: str | None = None,
    progress: Progress | None = None,
    options: ReadOptions | None = None,
    reviewed: bool = False,
    min_confidence: float | None = None,
    jobs: int | None = 1,
    cache_dir: Path | None = None,
) -> Extraction:
    """Statements of the texts given (default: the store's own sources), in input order.

    `options` carries what the inputs do not (`--published`, `--outlet`, dump field names,
    the URL cache); see sources.read_corpus. Rejected entries of the store take no part.
    With `reviewed`, only what a person wrote or accepted counts: proposed claims and
    entities are left out and no text is read (UsageError when paths are given).
    `min_confidence` (default: extract_statements') trades precision for recall.
    `jobs` is how many processes extract the documents (None: the cores available, for
    inputs large enough to gain from them; see parallel.extract_documents); the result is
    the same whatever it is. `cache_dir`: a folder of statements extracted before (see
    statement_cache; None: every document is read); the result is the same with it.
    """
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.parallel import extract_documents
    from karabakh_claims.sources import Corpus, read_corpus, store_corpus
    from karabakh_claims.store import load_store

    if reviewed and paths:
        raise UsageError("--reviewed shows the store's reviewed claims only; it reads no texts")
    store = reviewed_store(load_store(store_path), reviewed=reviewed)
    if reviewed:
        corpus = Corpus(())
    elif paths:
        corpus = read_corpus(paths, store=store, stdin_text=stdin_text, options=options)
    else:
        corpus = store_corpus(store, options=options)
    entities = EntityIndex.from_store(store)
    if cache_dir is not None and corpus.documents:
        from karabakh_claims.statement_cache import extract_cached

        statements = extract_cached(
            corpus.documents, entities, cache_dir=cache_dir, jobs=jobs, progress=progress, min_confidence=min_confidence
        )
    else:
        statements = extract_documents(
            corpus.documents, entities, jobs=jobs, progress=progress, min_confidence=min_confidence
        )
    notices = tuple(f"{n.path}: {n.message}" for n in corpus.notices)
    texts = {d.source_id: d.text for d in corpus.documents if d.source_id}
    documents = {d.path: d.text for d in corpus.documents}
    return Extraction(store, tuple(statements), notices, entities, texts, documents)


def reviewed_store(store: Store, *, reviewed: bool = False) -> Store:
    """The store as the analysis uses it: without rejected claims and entities, and with
    `reviewed` also without proposed ones (what a person wrote or accepted)."""
    dropped = ("rejected", "proposed") if reviewed else ("rejected",)
    if not any(c.status in dropped for c in store.claims) and not any(e.status in dropped for e in store.entities):
        return store
    return replace(
        store,
        claims=tuple(c for c in store.claims if c.status not in dropped),
        entities=tuple(e for e in store.entities if e.status not in dropped),
    )


@dataclass(frozen=True, slots=True)
class Analysis:
    store: Store
    statements: tuple[Statement, ...]
    links: tuple[EventLink, ...]
    assertions: tuple[Assertion, ...]
    conflicts: tuple[Conflict, ...]
    summaries: tuple[EventSummary, ...]
    notices: tuple[str, ...]
    entities: EntityIndex
    discovered: tuple[Conflict, ...] = ()  # disputes among the events found in the statements


def analyse(
    store_path: Path,
    paths: Sequence[str],
    *,
    stdin_text: str | None = None,
    progress: Progress | None = None,
    options: ReadOptions | None = None,
    reviewed: bool = False,
    curated: bool = True,
    jobs: int | None = 1,
    cache_dir: Path | None = None,
) -> Analysis:
    """Curated claims plus extracted statements, linked to events, compared into conflicts.

    Claims `add` proposed take part, their assertions marked with their status; with
    `reviewed`, only claims a person wrote or accepted do, and no text is read. Without
    `curated`, the store's claims are set aside: its entities and events read the texts, and
    only what the texts say is compared (the user's articles with the example store).
    `jobs` and `cache_dir` as for `extract`.
    """
    from karabakh_claims.conflicts import find_conflicts, summarise_events
    from karabakh_claims.discover import discover_events
    from karabakh_claims.events import assertions as build_assertions
    from karabakh_claims.linking import link_statements

    extraction = extract(
        store_path, paths, stdin_text=stdin_text, progress=progress, options=options, reviewed=reviewed, jobs=jobs,
        cache_dir=cache_dir,
    )
    store, entities = extraction.store, extraction.entities
    if not curated:
        store = replace(store, claims=())
    links = link_statements(extraction.statements, store, entities, texts=extraction.documents, jobs=jobs)
    texts = _store_texts(store, already=extraction.texts)
    found = build_assertions(store, extraction.statements, links, entities, texts=texts)
    statuses = {c.id: c.status for c in store.claims if c.status is not None}
    if statuses:
        found = [replace(a, status=statuses[a.claim_id]) if a.claim_id in statuses else a for a in found]
    conflicts = find_conflicts(found, store.events)
    discovered = discover_events(extraction.statements, links, entities)
    summaries = summarise_events(found, store.events, discovered, conflicts)
    return Analysis(
        store, extraction.statements, tuple(links), tuple(found), tuple(conflicts), tuple(summaries), extraction.notices,
        entities, tuple(discovered_conflicts(discovered)),
    )


def discovered_conflicts(discovered: Sequence[EventSummary]) -> list[Conflict]:
    """The disputes among discovered events, marked as discovered."""
    from karabakh_claims.conflicts import conflict_of

    found = (
        conflict_of(s.assertions, Event(s.event, s.title, s.slot), discovered=True) for s in discovered if s.status == "dispute"
    )
    return [c for c in found if c is not None]


def unlinked_statements(analysis: Analysis) -> list[Statement]:
    """Extracted statements that are in no assertion: matched to no event (or only suggested)."""
    used = {a.statement.id for a in analysis.assertions if a.statement is not None}
    return [s for s in analysis.statements if s.id not in used]


def _store_texts(store: Store, *, already: dict[str, str]) -> dict[str, str]:
    """The store's source texts by id: those extraction read, and the others from disk."""
    from karabakh_claims.sources import read_text

    base = Path(store.path).parent
    texts = dict(already)
    for source in store.sources:
        if source.id in texts:
            continue
        try:
            texts[source.id], _ = read_text(base / source.file, source.file)
        except InputError:
            continue
    return texts


def known_event(store: Store, summaries: Sequence[EventSummary], event_id: str) -> None:
    """UsageError naming the events there are, when `event_id` is not one of them."""
    ids = [s.event for s in summaries] or [e.id for e in store.events]
    if event_id not in ids:
        from rapidfuzz import process

        close = process.extractOne(event_id, ids)
        hint = f"; did you mean '{close[0]}'?" if close and close[1] >= 60 else ""
        raise UsageError(f"unknown event '{event_id}'{hint} (see `karabakh-claims events`)")


def parse_day(text: str | None, option: str) -> date | None:
    """A --since/--until value; UsageError naming the option when it is not an ISO date."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: expected an ISO date like 2020-11-08, got '{text}'") from None


def read_options(
    *,
    published: str | None = None,
    outlet: str | None = None,
    text_field: str | None = None,
    date_field: str | None = None,
    outlet_field: str | None = None,
    id_field: str | None = None,
    cache: str | None = None,
) -> ReadOptions:
    """The reading options of the command line (`--published`, `--outlet`, `--text-field`, ...);
    UsageError naming the option when `--published` is not an ISO date or interval."""
    from karabakh_claims.dates import parse_iso
    from karabakh_claims.dumps import DumpFields
    from karabakh_claims.sources import ReadOptions

    when = None
    if published is not None:
        when = parse_iso(published, basis="publication date (--published)")
        if when is None:
            raise UsageError(f"--published: expected an ISO date like 2024-03-07 or an interval like 2024-03-04/2024-03-08, got '{published}'")
    if outlet is not None and not outlet.strip():
        raise UsageError("--outlet: expected a name, got an empty one")
    fields = DumpFields()
    for which, name in (("text", text_field), ("date", date_field), ("outlet", outlet_field), ("id", id_field)):
        if name is not None and not name.strip():
            raise UsageError(f"--{which}-field: expected a field name, got an empty one")
        fields = fields.with_field(which, name)
    return ReadOptions(published=when, outlet=outlet.strip() if outlet else None, fields=fields, cache_dir=Path(cache) if cache else None)
