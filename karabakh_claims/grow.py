"""Growing a store from articles: `init`, `add`, and the review of what `add` proposed.

`plan_add` reads articles, registers each as a source, extracts its statements, links
them to the store's events (linking.link_statements, events.assertions: the analysis's
own linking and values), and returns an `AddPlan`: the new sources, entities and
claims, the statements left out and why, and the store's new text. Nothing is written
until the caller passes the plan to `write_plan`; `store_edit` appends the entries
without touching a line a person wrote.

What `add` proposes carries `status: proposed` and how it was found; `plan_status`
changes that status (`accept`, `reject`) in place. A rejected entry stays in the file,
so that `add` does not propose it again.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from karabakh_claims.errors import InputError, StoreError, UsageError
from karabakh_claims.models import Document, Entity, Event, Statement, Store
from karabakh_claims.store_edit import Snapshot, append_entries, read_snapshot, set_statuses, write_snapshot

__all__ = [
    "INIT_TEMPLATE",
    "AddOptions",
    "AddPlan",
    "Left",
    "NewClaim",
    "NewEntity",
    "NewSource",
    "ReviewItem",
    "StatusPlan",
    "init_store",
    "plan_add",
    "plan_status",
    "proposed_entries",
    "write_plan",
]

INIT_TEMPLATE = """\
# claims.yaml: a claim store for karabakh-claims.
#
# Grow it from articles:   karabakh-claims add ARTICLE... (add --dry-run shows the diff first)
# Review what add proposed: karabakh-claims review, then accept ID... or reject ID...
# Validate it:              karabakh-claims check
# Format: docs/store-format.md; `karabakh-claims schema store` prints its JSON Schema.
#
# `add` appends entries at the end of each section and never changes a line you wrote.
version: 1

# The articles claims are quoted from; `add` registers each article it reads.
#   - id: wire-2024-03-12         file: relative to this file; published: ISO date
sources:

# People, organisations, countries, places and outlets, with every spelling they go by.
# `add` proposes the speakers it finds; write the ones you know first, with `side`.
#   - id: jane-doe
#     name: Jane Doe
#     type: person                # person | organisation | country | place | outlet
#     aliases: [Doe, J. Doe]
#     side: north                 # the side this speaker speaks for (a free label)
entities:

# What the sources disagree about. `add` links statements only to the events written
# here, by the entities and keywords each one lists.
#   - id: bridge-collapse-date
#     title: When the bridge collapsed
#     slot: date                  # date | number | fact | account
#     entities: [jane-doe]
#     keywords: [collapsed, collapse, fell]
events:

# Attributed claims: written by hand, or proposed by `add` (status: proposed).
claims:
"""

def init_store(folder: str | Path) -> Path:
    """Write a new, commented, empty claims.yaml in `folder` (made if missing); its path.

    Raises InputError when a claims.yaml is already there (a store is never
    overwritten) or when `folder` is a file.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file, not a folder")
    path = folder / "claims.yaml"
    if path.exists():
        raise InputError(f"{path}: already exists; init never overwrites a store")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(INIT_TEMPLATE)
    except FileExistsError:
        raise InputError(f"{path}: already exists; init never overwrites a store") from None
    return path


# --- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewSource:
    """An article `add` registers. `shown` is the path as the user gave it."""

    id: str
    file: str
    outlet: str
    published: str
    shown: str
    title: str | None = None
    url: str | None = None

    def entry(self) -> dict:
        return {"id": self.id, "file": self.file, "outlet": self.outlet, "title": self.title,
                "published": self.published, "url": self.url}  # fmt: skip


@dataclass(frozen=True, slots=True)
class NewEntity:
    """A speaker the store does not know, proposed as an entity."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    notes: str

    def entry(self) -> dict:
        return {"id": self.id, "status": "proposed", "name": self.name, "type": self.type,
                "aliases": list(self.aliases), "notes": self.notes}  # fmt: skip


@dataclass(frozen=True, slots=True)
class NewClaim:
    """A statement proposed as a claim; `file` and `line` say where it was read."""

    id: str
    event: str | None
    speaker: str
    said_on: str | None
    source: str
    quote: str
    value: str
    polarity: str
    file: str
    line: int
    scope: str | None = None
    via: str | None = None
    confidence: float | None = None
    link_score: float | None = None
    found_by: str = ""

    def entry(self) -> dict:
        return {
            "id": self.id, "status": "proposed", "event": self.event, "speaker": self.speaker,
            "said_on": self.said_on, "source": self.source, "quote": self.quote, "value": self.value,
            "polarity": self.polarity, "scope": self.scope, "via": self.via,
            "confidence": self.confidence, "link_score": self.link_score, "found_by": self.found_by,
        }  # fmt: skip


LeftReason = Literal["unlinked", "no-value", "speaker", "known", "quote", "date"]


@dataclass(frozen=True, slots=True)
class Left:
    """A statement `add` did not propose, and why (`reason` is a code, `detail` a sentence)."""

    file: str
    line: int
    speaker: str
    content: str
    reason: LeftReason
    detail: str


@dataclass(frozen=True, slots=True)
class AddOptions:
    """What `add` may take from the command line.

    `event`: propose claims for this event only. `unlinked`: also propose statements that
    link to no event (as claims without `event`). `suggested`: where a statement has no
    link at match level, use its best suggestion. `published`, `outlet`, `title`: for
    articles whose metadata lacks them (`title` only for one article).
    """

    event: str | None = None
    unlinked: bool = False
    suggested: bool = False
    published: str | None = None
    outlet: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class AddPlan:
    """What `add` would write: the new entries, the store's new text, and what it left."""

    snapshot: Snapshot
    text: str
    sources: tuple[NewSource, ...]
    entities: tuple[NewEntity, ...]
    claims: tuple[NewClaim, ...]
    left: tuple[Left, ...]
    registered: tuple[str, ...] = ()  # ids of articles read that the store already had
    notices: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text != self.snapshot.text

    def summary(self, *, dry_run: bool = False) -> list[str]:
        """Lines that tell a person what the plan adds and what it left out, and why."""
        path = self.snapshot.path
        lines: list[str] = []
        if self.changed:
            parts = []
            if self.sources:
                parts.append(f"{len(self.sources)} source(s) ({', '.join(s.id for s in self.sources)})")
            if self.entities:
                parts.append(f"{len(self.entities)} proposed entit{'y' if len(self.entities) == 1 else 'ies'}")
            if self.claims:
                parts.append(f"{len(self.claims)} proposed claim(s)")
            then = "" if dry_run or not (self.claims or self.entities) else "; review them: karabakh-claims review"
            lines.append(f"{'would add' if dry_run else 'added'} {', '.join(parts)} to {path}{then}")
        else:
            known = f" ({', '.join(self.registered)})" if self.registered else ""
            lines.append(f"nothing to add to {path}: the articles are registered{known} and none of their statements is new")
        held = sum(1 for left in self.left if left.reason == "known")
        if held:
            lines.append(f"{held} statement(s) already in the store (proposed, reviewed or rejected): not proposed again")
        unlinked = [left for left in self.left if left.reason in ("unlinked", "no-value")]
        if unlinked:
            lines.append(f"{len(unlinked)} statement(s) link to no event (--unlinked proposes them without one):")
            lines += [_left_line(left) for left in unlinked]
        other = [left for left in self.left if left.reason not in ("known", "unlinked", "no-value")]
        if other:
            lines.append(f"{len(other)} statement(s) left out:")
            lines += [_left_line(left) for left in other]
        return lines + list(self.notices)


def _left_line(left: Left) -> str:
    content = " ".join(left.content.split())
    content = content if len(content) <= 70 else content[:69] + "…"
    return f"  {left.file}:{left.line}: {left.speaker}: {content} [{left.detail}]"


# --- reading the articles ------------------------------------------------------------------


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _unique(base: str, taken: set[str], fallback: str) -> str:
    base = base[:60].strip("-") or fallback
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _source_id(document: Document, path: Path) -> str:
    """An id from the article's URL (its last path segment) or else its file name."""
    url = document.url
    if url:
        segments = [s for s in re.split(r"[/?#]", url.split("://", 1)[-1]) if s]
        slug = _slug(re.sub(r"\.(html?|php|aspx?)$", "", segments[-1])) if segments else ""
        if slug and not slug.isdigit():
            return slug
    return _slug(path.stem)


@dataclass
class _Article:
    document: Document
    path: Path
    source_id: str
    new: NewSource | None


def _read_articles(paths: Sequence[str], store: Store, options: AddOptions) -> tuple[list[_Article], list[str]]:
    """The articles at `paths` with their store source (registered or new); notices."""
    from karabakh_claims.dates import parse_iso
    from karabakh_claims.sources import TEXT_SUFFIXES, corpus_year, read_corpus

    if "-" in paths:
        raise UsageError("add reads files: a source's text has to stay in a file beside the store (save stdin first)")
    store_file = Path(store.path).resolve()
    for given in paths:
        path = Path(given)
        if path.is_file() and path.resolve() == store_file:
            raise InputError(f"{given}: is the store, not an article")
        if path.is_file() and path.suffix and path.suffix.lower() not in TEXT_SUFFIXES:
            raise InputError(f"{given}: not an article ({path.suffix} file; add reads {', '.join(sorted(TEXT_SUFFIXES))})")
    corpus = read_corpus(paths, store=None)
    notices = [f"{n.path}: {n.message}" for n in corpus.notices]
    for given in paths:
        path = Path(given)
        if path.is_file() and not any(Path(d.path) == path for d in corpus.documents):
            why = next((n.message for n in corpus.notices if Path(n.path) == path), "not a text file")
            raise InputError(f"{given}: not an article ({why})")
        if path.is_dir() and not any(Path(d.path).is_relative_to(path) for d in corpus.documents):
            raise InputError(f"{given}: no articles in this folder ({', '.join(sorted(TEXT_SUFFIXES))})")
    base = Path(store.path).resolve().parent
    by_file = {}
    for source in store.sources:
        by_file.setdefault((base / source.file).resolve(), []).append(source)
    taken = {s.id for s in store.sources}
    seen: dict[Path, str] = {}
    articles: list[_Article] = []
    missing_date, missing_outlet, new_count = [], [], 0
    for document in corpus.documents:
        path = Path(document.path).resolve()
        if path in seen:
            continue  # the same file named twice (`add folder/ folder/a.txt`)
        if not document.text.strip():
            if any(Path(g).resolve() == path for g in paths):
                raise InputError(f"{document.path}: is empty, not an article")
            notices.append(f"{document.path}: empty, skipped")
            continue
        registered = by_file.get(path, [])
        if len(registered) > 1:
            ids = ", ".join(f"'{s.id}'" for s in registered)
            raise StoreError(f"{document.path}: registered more than once in the store ({ids}); keep one source for it")
        if registered:
            source = registered[0]
            seen[path] = source.id
            document = replace(document, published=source.published, outlet=source.outlet, source_id=source.id)
            articles.append(_Article(document, path, source.id, None))
            continue
        published = document.published or (parse_iso(options.published, basis="--published") if options.published else None)
        outlet = document.outlet or options.outlet
        if published is None:
            missing_date.append(document.path)
        if not outlet:
            missing_outlet.append(document.path)
        new_count += 1
        source_id = _unique(_source_id(document, path), taken, "article")
        seen[path] = source_id
        new = NewSource(
            id=source_id,
            file=_relative(path, base),
            outlet=outlet or "",
            published=published.iso() if published else "",
            shown=document.path,
            title=document.title or options.title,
            url=document.url,
        )
        document = replace(document, published=published, outlet=outlet, source_id=source_id, year_hint=corpus_year(store))
        articles.append(_Article(document, path, source_id, new))
    if options.published and parse_iso(options.published) is None:
        raise UsageError(f"--published: expected an ISO date like 2024-03-12 (or an interval), got '{options.published}'")
    if missing_date:
        raise UsageError(f"{_few(missing_date)}: no publication date in the article; pass --published YYYY-MM-DD")
    if missing_outlet:
        raise UsageError(f"{_few(missing_outlet)}: no outlet in the article; pass --outlet NAME")
    if options.title and new_count > 1:
        raise UsageError(f"--title names one article, and {new_count} new ones were given")
    _refuse_copies(articles, store, base)
    return articles, notices


def _few(paths: list[str]) -> str:
    return ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def _relative(path: Path, base: Path) -> str:
    import os

    return Path(os.path.relpath(path, base)).as_posix()


def _refuse_copies(articles: list[_Article], store: Store, base: Path) -> None:
    """InputError when a new article is the text of a source the store has under another
    file (a copy), or has its URL, or repeats another new article of this run."""
    new = [a for a in articles if a.new is not None]
    if not new:
        return
    # Only files of the same size can hold the same text: most sources are never read.
    sizes = {a.path.stat().st_size for a in new}
    digests: dict[str, str] = {}
    for source in store.sources:
        path = base / source.file
        try:
            if path.stat().st_size in sizes:
                digests.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), f"source '{source.id}' ({source.file})")
        except OSError:
            continue
    urls = {s.url: s.id for s in store.sources if s.url}
    for article in new:
        assert article.new is not None
        digest = hashlib.sha256(article.path.read_bytes()).hexdigest()
        if digest in digests:
            raise InputError(f"{article.document.path}: the same text is already registered as {digests[digest]}")
        if article.new.url and article.new.url in urls:
            raise InputError(f"{article.document.path}: its URL is already registered as source '{urls[article.new.url]}'")
        digests[digest] = f"{article.document.path} in this run"


# --- speakers --------------------------------------------------------------------------------

_QUANTIFIERS = frozenset({"both", "no", "many", "several", "few", "each", "every", "either", "neither", "two", "three"})
_JOINERS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "von", "van", "al", "bin", "on", "in"})
_WORD = re.compile(r"[^\W_][\w'’.-]*")


def _name_like(name: str) -> bool:
    """Whether a speaker's words are a name ("Defence Ministry", "Lena Ortiz"), not a
    description ("analysts", "Turkish sources", "the city's mayor", "Both sides")."""
    from karabakh_claims.cues import load_lexicon
    from karabakh_claims.entities import fold
    from karabakh_claims.values import lexicon as values_lexicon

    words = _WORD.findall(name)
    if not words or any(ch in name for ch in "\n\t"):
        return False
    significant = [w for w in words if w.lower() not in _JOINERS]
    if not significant or not all(w[0].isupper() or not w[0].isalpha() for w in significant):
        return False
    first = fold(words[0])
    lex = load_lexicon()
    if first in _QUANTIFIERS or first in values_lexicon().stopwords or first in lex.pronouns:
        return False
    # One word that is a common noun capitalised at a sentence's start ("Analysts", "Officials").
    return not (len(significant) == 1 and (fold(words[0]) in lex.generic_speaker_heads or fold(words[0]) in lex.anaphor_heads))


def _guess_type(name: str, statements: Sequence[Statement]) -> tuple[str, str]:
    """(entity type, why) for a new speaker, from its words and how the texts refer to it."""
    from karabakh_claims.cues import load_lexicon
    from karabakh_claims.entities import fold

    lex = load_lexicon()
    words = [fold(w) for w in _WORD.findall(name)]
    if lex.is_outlet_phrase(name):
        return "outlet", "an outlet's word in the name"
    if words and (words[-1] in lex.anaphor_group_heads or words[-1] in lex.generic_speaker_heads):
        return "organisation", f"'{words[-1]}' ends the name"
    if any(w in lex.title_words for w in words):
        return "organisation", "a word of an organisation's name"
    for statement in statements:
        pronoun = re.match(r"pronoun '(\w+)'", statement.speaker_basis)
        if pronoun and lex.pronoun_gender.get(pronoun.group(1).lower()):
            return "person", f"referred to as '{pronoun.group(1).lower()}'"
        before = fold(statement.speaker_text).split()
        if any(w.rstrip(".") in lex.honorifics or w.rstrip(".") in lex.title_words for w in before[: max(0, len(before) - len(words))]):
            return "person", f"a title before the name ('{statement.speaker_text}')"
    if 2 <= len(words) <= 4:
        return "person", f"{len(words)} capitalised words"
    return "organisation", "one word, not known as a person's name"


def _alias_of(surface: str, name: str) -> str | None:
    """A surface form worth keeping as an alias of `name`: a different spelling or short
    form ("ECHR", "Okafor"), not a pronoun and not a description around the name."""
    from karabakh_claims.entities import fold

    form = re.sub(r"^(?:the|a|an)\s+", "", " ".join(surface.split()), flags=re.IGNORECASE)
    form = re.sub(r"[’']s$", "", form)
    if not form or fold(form) == fold(name) or fold(name) in fold(form) or not _name_like(form):
        return None
    return form


@dataclass
class _NewSpeaker:
    entity: Entity
    statements: list[Statement] = field(default_factory=list)


class _Speakers:
    """Store entities for the speakers of proposed claims, proposing the unknown ones."""

    def __init__(self, store: Store) -> None:
        from karabakh_claims.entities import EntityIndex

        self.index = EntityIndex(store.entities)  # rejected ones too: they are not proposed again
        self.rejected = {e.id for e in store.entities if e.status == "rejected"}
        self.taken = {e.id for e in store.entities}
        self.new: dict[str, _NewSpeaker] = {}
        self.new_index = EntityIndex([])

    def entity_for(self, statement: Statement) -> tuple[str | None, str]:
        """(entity id, '') for the statement's speaker, or (None, why not)."""
        from karabakh_claims.entities import EntityIndex

        if statement.speaker_id:
            if statement.speaker_id in self.rejected:
                return None, f"speaker '{statement.speaker_id}' was rejected as an entity"
            if statement.speaker_id in self.new:
                self.new[statement.speaker_id].statements.append(statement)
            return statement.speaker_id, ""
        if statement.speaker is None or statement.speaker_basis.startswith("unresolved"):
            return None, f"speaker '{statement.speaker_text}' is unresolved ({statement.speaker_basis})"
        name = " ".join(statement.speaker.split())
        if statement.speaker_basis.startswith("pronoun") and not _name_like(name):
            return None, f"speaker '{statement.speaker_text}' is a pronoun for no name"
        if not _name_like(name):
            return None, f"speaker '{statement.speaker}' is a description, not a name"
        on = statement.said_on.start if statement.said_on else None
        known, _ = self.index.resolve(name, on=on)
        if known is not None:
            if known.id in self.rejected:
                return None, f"speaker '{name}' was rejected as an entity ('{known.id}')"
            return known.id, ""
        found, _ = self.new_index.resolve(name)
        if found is None:
            entity_id = _unique(_slug(name), self.taken, "speaker-" + hashlib.sha1(name.encode()).hexdigest()[:6])
            found = Entity(entity_id, name, "organisation")
            self.new[entity_id] = _NewSpeaker(found)
            self.new_index = EntityIndex([n.entity for n in self.new.values()])
        self.new[found.id].statements.append(statement)
        return found.id, ""

    def proposed(self, used: set[str], files: dict[str, str]) -> list[NewEntity]:
        """The new entities that proposed claims name, with type guessed and aliases;
        `files` gives the store's name of each file read."""
        out = []
        for entity_id, speaker in self.new.items():
            if entity_id not in used:
                continue
            name = speaker.entity.name
            kind, why = _guess_type(name, speaker.statements)
            aliases = list(dict.fromkeys(a for s in speaker.statements if (a := _alias_of(s.speaker_text, name))))
            read = sorted({files.get(s.file, s.file) for s in speaker.statements})
            where = ", ".join(read[:2]) + (f" and {len(read) - 2} more" if len(read) > 2 else "")
            notes = f"proposed by add: speaker of {len(speaker.statements)} statement(s) in {where}; type guessed ({why})"
            out.append(NewEntity(entity_id, name, kind, tuple(aliases), notes))
        return out


# --- planning -------------------------------------------------------------------------------


def _claim_id(speaker: str, event: str | None, taken: set[str]) -> str:
    return _unique(f"{speaker}-{event or 'unlinked'}", taken, "claim")


def _found_by(statement: Statement, link: str) -> str:
    said = statement.said_on.basis if statement.said_on else "no date in the text"
    return f"{statement.id}; speaker: {statement.speaker_basis}; said_on: {said}; {link}"


def plan_add(store_path: str | Path, paths: Sequence[str], *, options: AddOptions = AddOptions()) -> AddPlan:
    """What `add PATH...` would append to the store at `store_path`; writes nothing.

    Each article becomes a source (unless the store lists its file already), its
    statements are extracted with the store's entities, linked to the store's events and
    given a value for the event's slot by the analysis's own functions, and each linked
    statement becomes a proposed claim: quote verbatim (as `check` finds it), speaker
    (a store entity, else a proposed new one), said_on, value, polarity, via, and how
    it was found. Statements already in the store (their quote overlaps a claim of the
    same source, whatever its status) are not proposed again.

    Raises StoreError for a store that does not parse, InputError for a path that is
    not an article or an article already registered under another id, UsageError for
    missing metadata or an unknown `options.event`.
    """
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.events import assertions
    from karabakh_claims.linking import link_statements
    from karabakh_claims.pipeline import known_event
    from karabakh_claims.quotes import find_quote
    from karabakh_claims.statements import extract_statements
    from karabakh_claims.store import parse_store
    from karabakh_claims.validate import source_text, value_problem

    snapshot = read_snapshot(store_path)
    store = parse_store(snapshot.text, store_path)
    if options.event:
        known_event(store, (), options.event)
    articles, notices = _read_articles(paths, store, options)
    # Extraction and linking learn from what a person wrote or accepted, not from add's own
    # guesses: proposed and rejected entries take no part (so adding an article twice adds
    # nothing). They still count below: a statement already held by a claim of any status
    # is not proposed again, and a speaker known under any status is not proposed again.
    reviewed = (None, "accepted")
    live = replace(
        store,
        entities=tuple(e for e in store.entities if e.status in reviewed),
        claims=tuple(c for c in store.claims if c.status in reviewed),
    )
    entities = EntityIndex(live.entities)
    statements: list[Statement] = []
    for article in articles:
        statements.extend(extract_statements(article.document, entities=entities))
    texts = {a.source_id: a.document.text for a in articles}
    links = link_statements(statements, live, entities, texts={a.document.path: a.document.text for a in articles})
    raised: set[str] = set()
    if options.suggested:
        links, raised = _with_suggestions(links)
    # Values as the analysis gives them. Without the store's claims here: a statement that
    # restates a claim of another article is a claim of this one too; the same article's
    # claims are recognised below by where their quotes stand.
    found = [
        a for a in assertions(replace(live, claims=()), statements, links, entities, texts=texts)
        if a.origin == "extracted" and a.statement
    ]
    if options.event:
        found = [a for a in found if a.event == options.event]
    # A statement may hold values for two events ("a strike on X killed 21": the strike and its
    # toll): one claim for each.
    by_statement: dict[str, list] = {}
    for a in found:
        if a.statement is not None:
            by_statement.setdefault(a.statement.id, []).append(a)
    events = {e.id: e for e in store.events}
    article_of = {a.document.path: a for a in articles}

    # What the store holds already, per source: the spans of its claims' quotes.
    held: dict[str, list] = {}
    for claim in store.claims:
        text = texts.get(claim.source)
        if text is not None:
            span = find_quote(claim.quote, text)
            if span is not None:
                held.setdefault(claim.source, []).append(span)
    # Quotes are verified in the files as `check` reads them, so that it finds every one.
    raw = {a.source_id: source_text(a.path) for a in articles}

    speakers = _Speakers(store)
    taken_claims = {c.id for c in store.claims}
    claims: list[NewClaim] = []
    left: list[Left] = []
    best_link = _best_links(links)
    for statement in statements:
        article = article_of[statement.file]
        source_id = article.source_id

        def leave(reason: LeftReason, detail: str) -> None:
            left.append(Left(statement.file, statement.line, statement.speaker, statement.content, reason, detail))

        if any(s.start < statement.span.end and statement.span.start < s.end for s in held.get(source_id, ())):
            leave("known", "already in the store")
            continue
        held_by = [a for a in by_statement.get(statement.id, ()) if a.event in events]
        if not held_by:
            link = best_link.get(statement.id)
            if options.event and (link is None or link.event != options.event):
                continue  # about another event, or none: not what was asked for
            if not options.unlinked:
                if link is not None and link.level == "match":
                    leave("no-value", f"links to {link.event} but gives no {events[link.event].slot} value")
                else:
                    hint = f" (closest: {link.event}, {link.score:.0f})" if link is not None else ""
                    leave("unlinked", f"links to no event{hint}")
                continue
        quote = " ".join(statement.content.split())
        prepared = raw[source_id]
        if prepared is None or prepared.find(quote) is None:
            leave("quote", "its words are not found verbatim in the file")
            continue
        speaker, why = speakers.entity_for(statement)
        if speaker is None:
            leave("speaker", why)
            continue
        said_on = statement.said_on
        published = article.document.published
        if said_on is not None and published is not None and said_on.start > published.end:
            leave("date", f"said_on {said_on.iso()} is after the article's publication ({published.iso()})")
            continue
        problems: list[str] = []
        proposed = 0
        for assertion in held_by or [None]:
            event: Event | None = events[assertion.event] if assertion is not None else None
            if assertion is not None and event is not None:
                value, scope, polarity = assertion.value.text, assertion.value.quantity if event.slot == "number" else None, assertion.polarity
                problem = value_problem(event.slot, value)
                if problem:
                    problems.append(f"its value '{value}' {problem}")
                    continue
                link_text = f"link: {assertion.reason} ({'suggestion' if statement.id in raised else 'match'})"
                score: float | None = round(assertion.score, 1)
            else:
                value, scope, polarity = quote, None, statement.polarity
                link = best_link.get(statement.id)
                if link is not None and link.level == "match":
                    link_text = f"link: {link.event} ({link.score:.0f}), but no {events[link.event].slot} value in it"
                else:
                    link_text = "link: none" + (f" (closest: {link.event}, {link.score:.0f})" if link else "")
                score = None
            proposed += 1
            claims.append(
                NewClaim(
                    id=_claim_id(speaker, event.id if event else None, taken_claims),
                    event=event.id if event else None,
                    speaker=speaker,
                    said_on=said_on.iso() if said_on else None,
                    source=source_id,
                    quote=quote,
                    value=value,
                    polarity=polarity,
                    file=statement.file,
                    line=statement.line,
                    scope=scope,
                    via=statement.via,
                    confidence=getattr(statement, "confidence", None),
                    link_score=score,
                    found_by=_found_by(statement, link_text),
                )
            )
        if not proposed and problems:
            leave("no-value", problems[0])
    base = Path(store.path).resolve().parent
    files = {a.document.path: a.new.file if a.new else _relative(a.path, base) for a in articles}
    new_entities = speakers.proposed({c.speaker for c in claims}, files)
    new_sources = [a.new for a in articles if a.new is not None]
    text = append_entries(
        snapshot,
        {
            "sources": [s.entry() for s in new_sources],
            "entities": [e.entry() for e in new_entities],
            "claims": [c.entry() for c in claims],
        },
    )
    registered = tuple(a.source_id for a in articles if a.new is None)
    return AddPlan(snapshot, text, tuple(new_sources), tuple(new_entities), tuple(claims), tuple(left), registered, tuple(notices))


def _best_links(links: Iterable) -> dict:
    best: dict = {}
    for link in links:
        current = best.get(link.statement_id)
        if current is None or (link.level == "match", link.score) > (current.level == "match", current.score):
            best[link.statement_id] = link
    return best


def _with_suggestions(links: list) -> tuple[list, set[str]]:
    """Links with each statement's best suggestion raised to a match where it has none,
    and the ids of the statements so raised."""
    matched = {l.statement_id for l in links if l.level == "match"}
    out: list = []
    raised: set[str] = set()
    for link in links:
        if link.level == "suggestion" and link.statement_id not in matched and link.statement_id not in raised:
            raised.add(link.statement_id)
            out.append(replace(link, level="match"))
        else:
            out.append(link)
    return out, raised


def write_plan(plan: AddPlan | StatusPlan) -> None:
    """Write a plan's text over the store (atomically), unless it changes nothing.
    StoreChanged when the file changed since the plan read it."""
    if plan.text != plan.snapshot.text:
        write_snapshot(plan.snapshot, plan.text)


# --- review ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One entry of the store with a status: what `review` lists."""

    kind: Literal["claim", "entity"]
    id: str
    status: str
    line: int
    event: str | None = None
    speaker: str | None = None
    said_on: str | None = None
    value: str | None = None
    text: str = ""  # a claim's quote; an entity's name and aliases
    link_score: float | None = None
    found_by: str | None = None


def proposed_entries(store: Store, *, statuses: Sequence[str] = ("proposed",)) -> list[ReviewItem]:
    """The entries of `store` whose status is one of `statuses`: entities first, then
    claims, each in file order."""
    items: list[ReviewItem] = []
    for entity in store.entities:
        if entity.status in statuses:
            aliases = f" ({', '.join(entity.aliases)})" if entity.aliases else ""
            items.append(ReviewItem("entity", entity.id, entity.status or "", entity.line, value=entity.type, text=entity.name + aliases))
    for claim in store.claims:
        if claim.status in statuses:
            items.append(
                ReviewItem(
                    "claim", claim.id, claim.status or "", claim.line, claim.event, claim.speaker,
                    claim.said_on.iso() if claim.said_on else None, claim.value, claim.quote, claim.link_score, claim.found_by,
                )
            )  # fmt: skip
    return items


@dataclass(frozen=True, slots=True)
class StatusPlan:
    """What `accept`/`reject` would write: (kind, id, old status) of each change, and notes."""

    snapshot: Snapshot
    text: str
    changed: tuple[tuple[str, str, str], ...]
    unchanged: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()


def plan_status(
    store_path: str | Path,
    ids: Sequence[str],
    status: Literal["accepted", "rejected"],
    *,
    all_proposed: bool = False,
) -> StatusPlan:
    """Set the status of the claims and entities named by `ids` (or, with `all_proposed`,
    of every entry still proposed); writes nothing.

    Only entries that carry a status (those `add` wrote) can change; the value of their
    `status` key is the only text that changes. UsageError for an unknown id, an id that
    names both a claim and an entity, or an entry written by hand (no status); StoreError
    when accepting a claim that lacks `event` or `said_on` (write them first).
    """
    from rapidfuzz import process

    from karabakh_claims.store import parse_store

    if all_proposed and ids:
        raise UsageError("name ids or pass --all, not both")
    if not ids and not all_proposed:
        raise UsageError("name the ids to change (see `karabakh-claims review`), or pass --all")
    snapshot = read_snapshot(store_path)
    store = parse_store(snapshot.text, store_path)
    if all_proposed:
        ids = [item.id for item in proposed_entries(store)]
    claims = {c.id: c for c in store.claims}
    entities = {e.id: e for e in store.entities}
    changes: dict[tuple[str, str], str] = {}
    changed: list[tuple[str, str, str]] = []
    unchanged: list[tuple[str, str]] = []
    notes: list[str] = []
    for entry_id in dict.fromkeys(ids):
        claim, entity = claims.get(entry_id), entities.get(entry_id)
        if claim and entity:
            raise UsageError(f"'{entry_id}' names both a claim and an entity; change its status in the file")
        record = claim or entity
        if record is None:
            close = process.extractOne(entry_id, [*claims, *entities])
            hint = f"; did you mean '{close[0]}'?" if close and close[1] >= 80 else ""
            raise UsageError(f"no claim or entity '{entry_id}' in {store_path}{hint}")
        kind, section = ("claim", "claims") if claim else ("entity", "entities")
        if record.status is None:
            raise UsageError(f"{kind} '{entry_id}' has no status: it was written by a person (edit or delete it by hand)")
        if record.status == status:
            unchanged.append((kind, entry_id))
            continue
        if claim is not None and status == "accepted":
            lacking = [k for k, v in (("event", claim.event), ("said_on", claim.said_on)) if v is None]
            if lacking:
                raise StoreError(f"claim '{entry_id}' lacks {' and '.join(lacking)}: write {'them' if len(lacking) > 1 else 'it'} in the file before accepting it")
            speaker = entities.get(claim.speaker)
            if speaker is not None and speaker.status == "proposed" and speaker.id not in ids:
                notes.append(f"claim '{entry_id}': its speaker '{speaker.id}' is still proposed")
        if entity is not None and status == "rejected":
            users = [c.id for c in store.claims if c.speaker == entry_id and c.status != "rejected" and c.id not in ids]
            if users:
                notes.append(f"entity '{entry_id}' speaks in {len(users)} claim(s) not rejected: {', '.join(users[:5])}")
        changes[(section, entry_id)] = status
        changed.append((kind, entry_id, record.status))
    text = set_statuses(snapshot, changes) if changes else snapshot.text
    return StatusPlan(snapshot, text, tuple(changed), tuple(unchanged), tuple(notes))
