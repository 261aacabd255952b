"""Assertions: curated claims and linked statements, each with a comparable value.

A curated claim becomes an assertion with the value a person wrote; a statement linked to
an event (linking.py) becomes one with the value its content holds for the event's slot
(values.py), its speaker's side, the actors it holds responsible and whether its speaker
is known at all. A statement that restates a curated claim is not counted twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import PurePosixPath

from rapidfuzz import fuzz, process

from karabakh_claims.entities import EntityIndex
from karabakh_claims.linking import normalise
from karabakh_claims.models import Assertion, DateMention, Entity, Event, EventLink, Span, Statement, Store, Value
from karabakh_claims.quotes import find_quote
from karabakh_claims.text import LineIndex
from karabakh_claims.values import extract_value, negates, parse_value

# A statement restates a curated claim when it is this like the quote (same speaker).
RESTATES_AT = 90.0

def _content_anchor(said_on: DateMention | None) -> DateMention | None:
    """The anchor for dates a statement recounts. When the statement is only dated within
    a wide window (a publication range of years), "October 29" is read from the window's
    start: what a statement recounts happened before it was made, not years after."""
    if said_on is None or (said_on.end - said_on.start).days <= 62:
        return said_on
    return DateMention(said_on.start, said_on.start, "day", f"start of {said_on.iso()}")


def attributed(statement: Statement) -> bool:
    """Whether a statement's speaker is someone: an entity of the store, or a person or body
    the text names ("Rhian Doyle", "Halvorsen Foods"). A pronoun, a description ("the harbour
    master", "officials") or a speaker left unresolved is not: it may be listed, but it
    never joins a side (the store can name it, and then it does)."""
    return statement.speaker_id is not None or statement.speaker_basis.startswith("surface name")


def _official(entity: Entity | None) -> bool:
    return entity is not None and entity.type in ("country", "organisation")


def actors_named(statement: Statement, event: Event, entities: EntityIndex) -> tuple[str, ...]:
    """The parties a statement about `event` holds responsible: the event's entities (all
    entities, when the event lists none) that its content names, by their side (else their
    id), other than places and the speaker's own side."""
    return actors_in(statement.content, statement.speaker_id, event, entities)


def actors_in(content: str, speaker_id: str | None, event: Event, entities: EntityIndex) -> tuple[str, ...]:
    """actors_named of a content and its speaker (a statement's, or a claim's quote)."""
    speaker = entities.get(speaker_id) if speaker_id else None
    own = (speaker.side or speaker.id) if speaker else None
    named = normalise(content, entities).entities
    relevant = named & frozenset(event.entities) if event.entities else named
    parties = set()
    for entity_id in relevant:
        entity = entities.get(entity_id)
        if entity is None or entity.type == "place":
            continue
        parties.add(entity.side or entity.id)
    parties.discard(own)
    return tuple(sorted(parties))


def _restated(
    statement: Statement,
    curated: Sequence[Assertion],
    by_name: Mapping[str, list[int]],
    by_speaker: Mapping[tuple[str, str], tuple[list[int], list[str]]],
    event: str,
) -> int | None:
    """The curated claim `statement` restates: the first of its file whose quote it overlaps (the
    claim quoting this very passage), else the first of its speaker's about `event` (the event it
    links to) whose quote is nearly its words (token set ratio >= RESTATES_AT)."""
    # The spans first: comparing them is cheaper than comparing paths.
    same_file = [i for i in by_name.get(_file_name(statement.file), ()) if _overlaps(curated[i].span, statement.span)
                 and _same_file(curated[i].file, statement.file)]
    if same_file:
        return min(same_file)
    spoken, quotes = by_speaker.get((statement.speaker_id or "", event), ((), ()))
    query = statement.content.lower()
    # The speaker's quotes in store order (`spoken` ascends), a slice per rapidfuzz call (thousands
    # in a large store, not one call per quote): the first slice holding one near enough holds the first.
    for start in range(0, len(spoken), _RESTATED_SLICE):
        found = process.extract(query, quotes[start : start + _RESTATED_SLICE], scorer=fuzz.token_set_ratio,
                                score_cutoff=RESTATES_AT, limit=None)
        if found:
            return spoken[start + min(k for _, _, k in found)]
    return None


_RESTATED_SLICE = 32


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _same_file(a: str, b: str) -> bool:
    if a == b:
        return True
    pa, pb = _path_parts(a), _path_parts(b)
    if pa == pb:
        return True
    short, long = sorted((pa, pb), key=len)
    return bool(short) and long[-len(short):] == short


@lru_cache(maxsize=4096)
def _path_parts(path: str) -> tuple[str, ...]:
    return PurePosixPath(path.replace("\\", "/")).parts


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def assertions(
    store: Store,
    statements: Sequence[Statement],
    links: Sequence[EventLink],
    entities: EntityIndex,
    *,
    texts: Mapping[str, str],
) -> list[Assertion]:
    """Curated claims and matched statements as Assertions with comparable values.

    Curated claims come first, in store order: value via parse_value (a value that does
    not fit its slot is kept as plain text, which compares as agreeing; `check` reports
    it), side from the speaker entity, span and line located in `texts[source id]` with
    find_quote (None when the text or quote is missing). Then every statement with a
    "match" link, value via extract_value (skipped when a date or number slot yields
    nothing). A statement that restates a curated claim (same file and overlapping span,
    or same speaker and quote likeness >= 90) is not added again: the curated assertion
    keeps it as its `statement` and says so in `reason`.
    """
    events = {event.id: event for event in store.events}
    sources = {source.id: source for source in store.sources}
    lines: dict[str, LineIndex] = {}
    curated: list[Assertion] = []
    for claim in store.claims:
        event = events.get(claim.event)
        if event is None:
            continue
        speaker = entities.get(claim.speaker)
        source = sources.get(claim.source)
        text = texts.get(claim.source)
        span = find_quote(claim.quote, text) if text is not None else None
        if text is not None and claim.source not in lines:
            lines[claim.source] = LineIndex(text)
        value = parse_value(claim.value, event.slot, scope=claim.scope) or parse_value(claim.value, "account")
        if value is not None and value.slot != event.slot:
            value = replace(value, slot=event.slot)
        curated.append(
            Assertion(
                event=event.id,
                value=value,
                polarity=claim.polarity,
                speaker=speaker.name if speaker else claim.speaker,
                speaker_id=claim.speaker,
                side=speaker.side if speaker else None,
                said_on=claim.said_on,
                via=claim.via,
                content=claim.quote,
                file=source.file if source else claim.source,
                span=span,
                line=lines[claim.source].line(span.start) if span and text is not None else None,
                origin="curated",
                claim_id=claim.id,
                reason="curated",
                official=_official(speaker),
                actors=actors_in(claim.quote, claim.speaker, event, entities) if event.slot == "account" else (),
            )
        )
    by_id = {statement.id: statement for statement in statements}
    out: list[Assertion] = []
    extracted: list[Assertion] = []
    quote_norms = [(" ".join(a.content.lower().split())) for a in curated]
    # The claims a statement may restate: of its file (by the file's name), or of its speaker about
    # the event it links to. Indexed: a store of thousands of claims is not gone through for each.
    by_name: dict[str, list[int]] = defaultdict(list)
    by_speaker: dict[tuple[str, str], tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
    for i, a in enumerate(curated):
        by_name[_file_name(a.file)].append(i)
        if a.speaker_id is not None:
            by_speaker[(a.speaker_id, a.event)][0].append(i)
            by_speaker[(a.speaker_id, a.event)][1].append(quote_norms[i])
    for link in links:
        if link.level != "match" or link.statement_id not in by_id or link.event not in events:
            continue
        statement = by_id[link.statement_id]
        restated = _restated(statement, curated, by_name, by_speaker, link.event)
        if restated is not None:
            previous = curated[restated]
            if previous.statement is None:
                curated[restated] = replace(
                    previous, statement=statement, reason=f"curated; also extracted as {statement.id}"
                )
            continue
        event = events[link.event]
        value = extract_value(statement.content, event, anchor=_content_anchor(statement.said_on))
        if value is not None:
            extracted.append(statement_assertion(statement, event, value, entities, score=link.score, reason=link.reason))
    out.extend(curated)
    out.extend(extracted)
    return out


def statement_assertion(
    statement: Statement, event: Event, value: Value, entities: EntityIndex, *, score: float, reason: str
) -> Assertion:
    """An extracted statement as an assertion about `event` holding `value`: its speaker's
    side, the actors it names, whether its speaker is known, and how it was linked."""
    speaker = entities.get(statement.speaker_id) if statement.speaker_id else None
    polarity = statement.polarity
    if event.slot == "date" and negates(value.outcome):
        # "Fighting for the town continues" said on a day denies the fall as of that day.
        polarity = "deny"
    return Assertion(
        event=event.id,
        value=value,
        polarity=polarity,
        speaker=statement.speaker,
        speaker_id=statement.speaker_id,
        side=speaker.side if speaker else None,
        said_on=statement.said_on,
        via=statement.via,
        content=statement.content,
        file=statement.file,
        span=statement.span,
        line=statement.line or None,
        origin="extracted",
        statement=statement,
        score=score,
        reason=reason,
        actors=actors_named(statement, event, entities),
        attributed=attributed(statement),
        official=_official(speaker),
    )
