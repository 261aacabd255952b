"""Records shared by every stage of the pipeline, and their vocabularies.

Data only: no parsing, no I/O. Every derived record keeps its provenance
(file, character span, how its date and speaker were resolved).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

StatementKind = Literal["direct", "indirect", "mixed"]
Polarity = Literal["assert", "deny"]
DatePrecision = Literal["day", "interval", "month", "year"]
Slot = Literal["date", "number", "fact", "account"]
Level = Literal["error", "warning", "notice"]
LinkLevel = Literal["match", "suggestion"]
Origin = Literal["curated", "extracted"]
# Review state of a store entry `add` wrote; hand-written entries have none.
Status = Literal["proposed", "accepted", "rejected"]

SLOTS: tuple[str, ...] = ("date", "number", "fact", "account")
POLARITIES: tuple[str, ...] = ("assert", "deny")
STATUSES: tuple[str, ...] = ("proposed", "accepted", "rejected")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range [start, end) into a document's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or an inclusive interval, with how it was obtained.

    `basis` says how the date was resolved, e.g. "explicit", "weekday relative to
    section heading 2020-11-09", "source published date". `span` is where the date
    expression stands in the text, when it comes from the text.
    """

    start: date
    end: date
    precision: DatePrecision
    basis: str
    span: Span | None = None

    def iso(self) -> str:
        """ISO date, or ISO interval `start/end` when the mention is not one day."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@dataclass(frozen=True, slots=True)
class Document:
    """One article to read: a file, stdin, a page fetched from a URL, or a line of a dump.

    `text` is what offsets index: the file's text (front matter blanked, same length), an
    HTML page's extracted main text, or a dump line's text field. `published`, `outlet`,
    `title`, `url` and `author` are the article's metadata: from the store when it lists
    the file, else from the file (front matter, HTML metadata, JSON fields), else from
    `--published`/`--outlet`; `published.basis` says which. `record` is the 1-based line of
    a JSON Lines dump the article is on and `article_id` its id there (None elsewhere).

    `year_hint` is the year to assume for a dateline that gives none (the store's
    usual publication year), so that "YEREVAN, Nov 12 (Reuters)" still anchors dates.
    """

    path: str
    text: str
    published: DateMention | None = None
    outlet: str | None = None
    source_id: str | None = None
    year_hint: int | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    record: int | None = None
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement found in a document.

    `span` covers the content; `speaker_span` and `cue_span` point at the speaker's
    surface form and the reporting cue (None when implicit, e.g. a pronoun chain
    resolved across sentences still has the pronoun's span).
    """

    id: str
    speaker: str | None  # None when the text gives no certain antecedent (speaker_basis says why)
    speaker_text: str
    cue: str
    content: str
    kind: StatementKind
    said_on: DateMention | None
    via: str | None
    polarity: Polarity
    file: str
    span: Span
    speaker_span: Span | None = None
    cue_span: Span | None = None
    speaker_id: str | None = None
    speaker_basis: str = "surface"
    line: int = 0  # 1-based line of the content's start (of a dump: the article's line)
    context: str = ""  # the sentence before, for what the content refers to ("the town")
    article_id: str | None = None  # the article's id in its dump (Document.article_id)
    url: str | None = None  # the article's URL (Document.url)
    found_by: str = "rules"  # the stage that proposed it: "rules:<pattern>" or "model"
    confidence: float = 1.0  # 0..1: how sure the extractor is of this statement


# --- the store (claims.yaml) -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Role:
    """A title an entity held, e.g. "Russian president", valid between two dates (inclusive)."""

    title: str
    aliases: tuple[str, ...] = ()
    start: date | None = None
    until: date | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    side: str | None = None
    roles: tuple[Role, ...] = ()
    line: int = 0
    status: Status | None = None  # None: written by a person


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: str
    file: str
    outlet: str | None
    title: str | None
    published: DateMention | None
    url: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    slot: Slot
    entities: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class Claim:
    """A curated attributed claim from claims.yaml. `line` is its position in the store.

    `status` is None for a claim a person wrote; `add` writes `proposed` ones, with how
    they were found (`confidence`, `link_score`, `found_by`). Only a proposed or rejected
    claim may lack an `event` or a `said_on`.
    """

    id: str
    event: str | None
    speaker: str
    said_on: DateMention | None
    source: str
    quote: str
    value: str
    polarity: Polarity
    via: str | None = None
    line: int = 0
    scope: str | None = None  # what a number counts, e.g. "soldiers killed" (number slots)
    status: Status | None = None
    confidence: float | None = None  # the extractor's, 0..1
    link_score: float | None = None  # the event link's, 0..100
    found_by: str | None = None


@dataclass(frozen=True, slots=True)
class Store:
    """A loaded claims.yaml. `path` is the file; source files resolve relative to its folder."""

    path: str
    sources: tuple[SourceRecord, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One finding of the validator; sorts by position."""

    path: str
    line: int
    column: int
    level: Level
    code: str
    message: str


# --- values, events and conflicts ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Value:
    """What an assertion holds for its event's slot, in comparable form.

    date:    `low`/`high` are date ordinals (inclusive); `text` an ISO date or interval.
    number:  `low`/`high` bound the figure (inf for "more than"); `quantity` says what is
             counted ("people killed", "soldiers killed", "peacekeepers").
    fact:    `outcome` is a short normalised label ("captured", "not captured", "denied").
    account: `text` is the account itself; no structure.
    """

    slot: Slot
    text: str
    low: float | None = None
    high: float | None = None
    quantity: str | None = None
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class Assertion:
    """A curated claim or an extracted statement, linked to an event with a value."""

    event: str
    value: Value
    polarity: Polarity
    speaker: str
    speaker_id: str | None
    side: str | None
    said_on: DateMention | None
    via: str | None
    content: str
    file: str
    span: Span | None
    line: int | None
    origin: Origin
    claim_id: str | None = None
    statement: Statement | None = None
    score: float = 100.0
    reason: str = ""
    actors: tuple[str, ...] = ()  # parties of the event's entities the content holds responsible
    attributed: bool = True  # False when the speaker could not be resolved: it joins no side
    official: bool = False  # the speaker is a state or an organisation (a side's official voice)
    status: Status | None = None  # of the store claim: proposed or accepted; None when written by hand


@dataclass(frozen=True, slots=True)
class EventLink:
    """Why a statement was attached to an event, and how strongly."""

    statement_id: str
    event: str
    score: float
    level: LinkLevel
    reason: str


@dataclass(frozen=True, slots=True)
class Position:
    """What one party holds about an event, with the assertions that hold it."""

    value: str
    assertions: tuple[Assertion, ...]
    party: str | None = None  # the side of its speakers (a speaker with no side is its own)
    polarity: Polarity = "assert"


@dataclass(frozen=True, slots=True)
class Conflict:
    event: str
    title: str
    slot: Slot
    positions: tuple[Position, ...]
    why: str
    unattributed: tuple[Assertion, ...] = ()  # about the event, but no speaker could be resolved
    discovered: bool = False  # an event found among the statements, not one of the store


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One line of `events`: a curated event or a discovered cluster."""

    event: str
    title: str
    slot: Slot
    curated: bool
    assertions: tuple[Assertion, ...] = field(default=())
    status: Literal["agreement", "dispute", "single"] = "single"
