"""The whole flow in library calls: find the store, read texts, extract, match, compare.

Each command of the CLI calls one function here and renders what it returns.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from karabakh_claims.errors import InputError, UsageError
from karabakh_claims.models import Assertion, Conflict, EventLink, EventSummary, Statement, Store

if TYPE_CHECKING:
    from karabakh_claims.entities import EntityIndex


def bundled_store_path() -> Path | None:
    """The store shipped in the package (or, in a source checkout, the repository's)."""
    packaged = resources.files("karabakh_claims").joinpath("_bundled", "claims.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "claims.yaml"
    return checkout if checkout.is_file() else None


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


Progress = Callable[[int, int, str], None]


def extract(
    store_path: Path,
    paths: Sequence[str],
    *,
    stdin_text: str | None = None,
    progress: Progress | None = None,
    min_confidence: float | None = None,
) -> Extraction:
    """Statements of the texts given (default: the store's own sources), in input order.
    `min_confidence` (default: extract_statements') trades precision for recall."""
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.sources import read_corpus, store_corpus
    from karabakh_claims.statements import extract_statements
    from karabakh_claims.store import load_store

    store = load_store(store_path)
    corpus = read_corpus(paths, store=store, stdin_text=stdin_text) if paths else store_corpus(store)
    entities = EntityIndex.from_store(store)
    statements: list[Statement] = []
    with _collecting_per_document() as collect:
        for n, document in enumerate(corpus.documents, 1):
            statements.extend(extract_statements(document, entities=entities, min_confidence=min_confidence))
            collect()
            if progress is not None:
                progress(n, len(corpus.documents), document.path)
    notices = tuple(f"{n.path}: {n.message}" for n in corpus.notices)
    texts = {d.source_id: d.text for d in corpus.documents if d.source_id}
    return Extraction(store, tuple(statements), notices, entities, texts)


@contextmanager
def _collecting_per_document() -> Iterator[Callable[[], object]]:
    """The garbage collector paused, and run by the caller once per document instead.

    Extraction makes millions of short-lived objects; run every 700 of them, the collector
    went over the statements already kept again and again (5% of the time of a 10 MB corpus).
    Once per document, over the youngest generation, it frees the same cycles, for the cost
    of that document's objects alone.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield lambda: gc.collect(0)
    finally:
        # What survived went to the middle generation; moved on to the oldest now, it is not
        # gone over again by every collection the caller's work (writing JSON) sets off.
        gc.collect(1)
        if was_enabled:
            gc.enable()


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


def analyse(store_path: Path, paths: Sequence[str], *, stdin_text: str | None = None, progress: Progress | None = None) -> Analysis:
    """Curated claims plus extracted statements, linked to events, compared into conflicts."""
    from karabakh_claims.conflicts import find_conflicts, summarise_events
    from karabakh_claims.events import assertions as build_assertions
    from karabakh_claims.events import discover_events, link_statements

    extraction = extract(store_path, paths, stdin_text=stdin_text, progress=progress)
    store, entities = extraction.store, extraction.entities
    # A statement whose speaker is unresolved holds no position: no one can be said to hold it.
    attributed = tuple(s for s in extraction.statements if s.speaker and not s.speaker_basis.startswith("unresolved"))
    links = link_statements(attributed, store, entities)
    texts = _store_texts(store, already=extraction.texts)
    found = build_assertions(store, attributed, links, entities, texts=texts)
    conflicts = find_conflicts(found, store.events)
    discovered = discover_events(attributed, links, entities)
    summaries = summarise_events(found, store.events, discovered)
    return Analysis(
        store, extraction.statements, tuple(links), tuple(found), tuple(conflicts), tuple(summaries), extraction.notices, entities
    )


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
