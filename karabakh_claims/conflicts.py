"""Conflicts: positions about one event that cannot all be true, and why.

The assertions of an event are first grouped into positions (stances.py: one per party
and stance). An event is in dispute when two positions contradict:

- two asserted values conflict (`values.compare`): dates that do not overlap, figures
  of one count whose ranges do not meet (or a wider count smaller than a narrower one),
  outcomes that oppose ("taken" against "contested");
- a denial contradicts an assertion: a date denied as of day D against an event
  asserted to have happened by D; a figure or fact denied that another party asserts;
  an account one party asserts and another denies;
- competing accounts: parties that hold different actors responsible (or, for curated
  accounts, give accounts of one episode that do not agree).

A reversal is reported only for one speaker (or one side's official voice: a state or an
organisation) that said one thing and later its contradiction. Figures that count
different things are shown as their own positions, never as a conflict by themselves.
Positions are compared with each other, not statement by statement, so that an event of
thousands of statements costs about the square of its few positions. Everything is ordered
deterministically: positions by their earliest said_on then value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from karabakh_claims.models import Assertion, Conflict, Event, EventSummary, Position
from karabakh_claims.stances import Grouping, Stance, assertion_order, group_positions, position_label, read_from_text, said, stance_polarity
from karabakh_claims.values import compare, format_number, quantity_relation

# The side label docs/store-format.md gives observers who take no side.
_NEUTRAL = "neutral"


def _who(assertion: Assertion) -> str:
    return assertion.speaker


def _denial_contradicts(asserted: Assertion, denied: Assertion) -> bool:
    a, d = asserted.value, denied.value
    if a.slot == "date":
        # A date denial says "it had not happened as of that day" (docs/store-format.md):
        # it contradicts an assertion that the event happened on or before that day.
        return a.high is not None and d.low is not None and a.high <= d.low
    return compare(a, d) == "agree"


def _is_extracted_account(stance: Stance) -> bool:
    return stance.holds == ("account",)


def _contradiction(p: Position, sp: Stance, q: Position, sq: Stance, slot: str) -> str | None:
    """The kind of contradiction between two positions of one event, if any."""
    a, b = p.assertions[0], q.assertions[0]
    if _is_extracted_account(sp) and _is_extracted_account(sq):
        # Read from text, an account is compared by what it holds, not by its wording.
        if sp.polarity != sq.polarity:
            return "denial"
        if sp.polarity == "assert" and sp.actors and sq.actors and sp.actors != sq.actors:
            return "accounts"
        return None
    if sp.polarity == sq.polarity == "assert":
        verdict = compare(a.value, b.value)
        if verdict == "conflict":
            return "value"
        if slot == "account" and verdict != "agree" and sp.party != sq.party:
            return "accounts"
        return None
    if sp.polarity == "assert" and sq.polarity == "deny":
        return "denial" if _denial_contradicts(a, b) else None
    if sp.polarity == "deny" and sq.polarity == "assert":
        return "denial" if _denial_contradicts(b, a) else None
    return None


@dataclass(frozen=True, slots=True)
class _Finding:
    kind: str  # "value", "denial", "accounts", "reversal"
    first: Assertion
    second: Assertion
    rank: tuple


def _specific(assertion: Assertion) -> int:
    # A date that is not just the day the speaker spoke was stated, not inferred.
    value = assertion.value
    if value.slot != "date" or assertion.said_on is None:
        return 1
    if value.low is None:  # "by" the day it was said
        return 0
    return int(not (value.low == assertion.said_on.start.toordinal() and value.high == value.low))


def _speaker(assertion: Assertion) -> str:
    return assertion.speaker_id or assertion.speaker


def _voices(position: Position) -> dict[str, Assertion]:
    """The earliest dated assertion of each voice of a position: its speakers, and the
    official voices of each side together ("official:<side>")."""
    earliest: dict[str, Assertion] = {}
    for assertion in position.assertions:
        if assertion.said_on is None:
            continue
        keys = [_speaker(assertion)]
        if assertion.official and assertion.side is not None:
            keys.append(f"official:{assertion.side}")
        for key in keys:
            if key not in earliest or said(assertion) < said(earliest[key]):
                earliest[key] = assertion
    return earliest


def _reversal(p: Position, q: Position, voices: dict[int, dict[str, Assertion]]) -> tuple[Assertion, Assertion] | None:
    """The first (earlier, later) pair of one voice across two contradicting positions.

    One voice is one speaker, or the official voices (states, organisations) of one side.
    Each voice's earliest word in each position is compared, so that the cost does not grow
    with the square of the assertions. Undated order within one day is unknown; a denial
    is taken to come before an admission (officials deny, then concede), never the other
    way round.
    """
    mine, theirs = voices[id(p)], voices[id(q)]
    best: tuple[tuple, Assertion, Assertion] | None = None
    for voice in mine.keys() & theirs.keys():
        a, b = mine[voice], theirs[voice]
        earlier, later = (a, b) if said(a) <= said(b) else (b, a)
        if said(earlier) == said(later):
            if a.polarity == b.polarity:
                continue
            earlier, later = (a, b) if a.polarity == "deny" else (b, a)
        rank = (voice.startswith("official:"), said(later), said(earlier), voice)
        if best is None or rank < best[0]:
            best = (rank, earlier, later)
    return (best[1], best[2]) if best else None


def _findings(grouping: Grouping, slot: str) -> list[_Finding]:
    positions, stances = grouping.positions, grouping.stances
    # Speakers who say more about the event are its principals; their disputes lead.
    weight = Counter(_speaker(a) for p in positions for a in p.assertions)
    voices = {id(p): _voices(p) for p in positions}
    found: list[_Finding] = []
    for i, j in combinations(range(len(positions)), 2):
        p, q = positions[i], positions[j]
        kind = _contradiction(p, stances[i], q, stances[j], slot)
        if kind is None:
            continue
        a, b = p.assertions[0], q.assertions[0]
        cross = stances[i].party != stances[j].party
        if cross:
            neutral = (stances[i].party == _NEUTRAL) + (stances[j].party == _NEUTRAL)
            principals = -(weight[_speaker(a)] + weight[_speaker(b)])
            attested = -(len(p.assertions) + len(q.assertions))
            gap = abs((said(a) - said(b)).days) if a.said_on and b.said_on else 10**6
            if kind == "value":
                # With stated (not inferred) values, between principals.
                rank = (neutral, -(_specific(a) + _specific(b)), principals, attested, i, j)
            elif kind == "denial":
                # A denial answers what was said at about the same time.
                rank = (gap, neutral, principals, attested, i, j)
            else:
                rank = (neutral, principals, attested, gap, i, j)
            found.append(_Finding(kind, a, b, (0, *rank)))
        elif kind == "value":
            # One party that gives two values that cannot both be true contradicts itself.
            found.append(_Finding(kind, a, b, (1, i, j)))
        pair = _reversal(p, q, voices)
        if pair is not None and _is_extracted_account(stances[i]) and _is_extracted_account(stances[j]):
            # Read from text, an assertion and a denial are one proposition only when they say
            # the same thing ("closed" denied, then "stayed open" asserted, is no reversal).
            if compare(pair[0].value, pair[1].value) != "agree":
                pair = None
        if pair is not None:
            earlier, later = pair
            found.append(_Finding("reversal", earlier, later, (2, _speaker(earlier) != _speaker(later), i, j)))
    return sorted(found, key=lambda f: f.rank)


def _describe_value(assertion: Assertion) -> str:
    value = assertion.value
    if value.slot == "number":
        scope = f", {value.quantity}" if value.quantity else ""
        return f"{value.text} ({format_number(value)}{scope}; {_who(assertion)})"
    if value.slot in ("fact", "account") and value.outcome:
        return f"{value.outcome} ({_who(assertion)})"
    if value.slot in ("fact", "account"):
        return f"“{_short(value.text)}” ({_who(assertion)})"
    return f"{value.text} ({_who(assertion)})"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _sentence(finding: _Finding, slot: str) -> str:
    a, b = finding.first, finding.second
    if finding.kind == "value":
        head = {"date": "Dates do not overlap", "number": "Figures for the same count do not meet"}.get(
            slot, "Outcomes oppose"
        )
        return f"{head}: {_describe_value(a)} vs {_describe_value(b)}"
    if finding.kind == "denial":
        # (an account that denies in its own words, "no video has been found", denies too)
        denied_first = a.polarity == "deny" or (read_from_text(a) and position_label(a).startswith("denied")) or (
            slot == "account" and stance_polarity(a) == "deny" and stance_polarity(b) != "deny"
        )
        asserted, denied = (b, a) if denied_first else (a, b)
        what = asserted.value.text if slot in ("date", "number") else f"“{_short(asserted.value.text)}”"
        if slot == "date":
            return f"{_who(denied)} denied as of {denied.value.text} what {_who(asserted)} dates {what}"
        return f"{_who(denied)} denies {what}, which {_who(asserted)} asserts"
    if finding.kind == "accounts":
        return (
            f"Competing accounts from different sides: {_who(a)} ({a.side or 'no side'}) “{_short(a.value.text)}” "
            f"vs {_who(b)} ({b.side or 'no side'}) “{_short(b.value.text)}”"
        )
    voice = f"{_who(a)} reversed itself" if _speaker(a) == _speaker(b) else f"the official voices of {a.side} reversed themselves"
    first_said = a.said_on.iso() if a.said_on else "?"
    second_said = b.said_on.iso() if b.said_on else "?"
    return f"{voice}: {position_label(a)} ({_who(a)}, {first_said}) then {position_label(b)} ({_who(b)}, {second_said})"


def _scope_note(positions: Sequence[Position]) -> str | None:
    quantities: list[str] = []
    for position in positions:
        quantity = position.assertions[0].value.quantity
        if position.assertions[0].value.slot != "number" or not quantity:
            continue
        if all(quantity_relation(quantity, q) != "same" for q in quantities):
            quantities.append(quantity)
    if len(quantities) < 2:
        return None
    return "figures that count different things are shown side by side (" + " vs ".join(quantities) + ")"


def _why(findings: Sequence[_Finding], positions: Sequence[Position], slot: str) -> str:
    parts: list[str] = []
    kinds = ("accounts", "denial", "value", "reversal") if slot == "account" else ("value", "denial", "accounts", "reversal")
    for kind in kinds:
        first = next((f for f in findings if f.kind == kind), None)
        if first is not None:
            parts.append(_sentence(first, slot))
    note = _scope_note(positions) if slot == "number" else None
    if note:
        parts.append(note)
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _settle_free_text(items: Sequence[Assertion], slot: str) -> list[Assertion]:
    """Facts and accounts read from text join the curated value they agree with.

    A free-text value has no structure to compare, so an extracted statement that agrees
    with no curated value of the event would stand as a position of one, on the strength
    of a fuzzy link alone; it stays listed by `claims`, not as a position. Events with no
    curated claims keep their extracted statements: they are grouped by stance.
    """
    if slot not in ("fact", "account"):
        return list(items)
    curated = [a for a in items if not read_from_text(a)]
    if not curated:
        return list(items)
    settled = list(curated)
    for assertion in items:
        if not read_from_text(assertion):
            continue
        if assertion.origin == "curated":
            settled.append(assertion)  # a claim whose value is its quote stands on its own
            continue
        for reference in curated:
            if reference.polarity == assertion.polarity and compare(assertion.value, reference.value) == "agree":
                settled.append(replace(assertion, value=reference.value))
                break
    return settled


def conflict_of(items: Sequence[Assertion], event: Event, *, discovered: bool = False) -> Conflict | None:
    """The Conflict about one event, or None when its positions agree (or there is one).

    The conflict lists every position of the event (agreeing ones too, so the table shows
    who holds what), a one-sentence `why` naming the first contradiction of each kind, and
    the assertions whose speaker could not be resolved, apart.
    """
    grouping = group_positions(_settle_free_text(items, event.slot), event.slot)
    if len(grouping.positions) < 2:
        return None
    findings = _findings(grouping, event.slot)
    if not findings:
        return None
    return Conflict(
        event.id, event.title, event.slot, grouping.positions, _why(findings, grouping.positions, event.slot),
        grouping.unattributed, discovered,
    )


def find_conflicts(assertions: Sequence[Assertion], events: Sequence[Event]) -> list[Conflict]:
    """One Conflict per event whose positions cannot all be true, in `events` order.

    Limits: a date denial is read as "not as of that day"; an account read from text is
    compared by its polarity and the actors it names, not by its meaning.
    """
    by_event: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        by_event[assertion.event].append(assertion)
    found = (conflict_of(by_event.get(event.id, []), event) for event in events)
    return [c for c in found if c is not None]


def event_status(assertions: Sequence[Assertion], event: Event, *, disputed: bool | None = None) -> str:
    """"dispute" when two positions contradict, "agreement" when two or more speakers
    hold compatible values, "single" otherwise. `disputed`: whether find_conflicts found a
    conflict about the event, when known (it is not looked for again)."""
    if disputed:
        return "dispute"
    items = [a for a in assertions if a.event == event.id]
    grouping = group_positions(_settle_free_text(items, event.slot), event.slot)
    if disputed is None and _findings(grouping, event.slot):
        return "dispute"
    if len({_speaker(a) for p in grouping.positions for a in p.assertions}) >= 2:
        return "agreement"
    return "single"


def summarise_events(
    assertions: Sequence[Assertion],
    events: Sequence[Event],
    discovered: Sequence[EventSummary],
    conflicts: Sequence[Conflict] | None = None,
) -> list[EventSummary]:
    """One summary per curated event (store order), then the discovered clusters.

    Status: "dispute" (see find_conflicts; `conflicts`: what it found, when known),
    "agreement" (two or more speakers, nothing contradicts: 1,960 peacekeepers and "nearly
    2,000"), or "single".
    """
    disputed = None if conflicts is None else {c.event for c in conflicts}
    by_event: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        by_event[assertion.event].append(assertion)
    summaries = []
    for event in events:
        items = sorted(by_event.get(event.id, []), key=assertion_order)
        status = event_status(items, event, disputed=None if disputed is None else event.id in disputed)
        summaries.append(EventSummary(event.id, event.title, event.slot, True, tuple(items), status))
    for summary in discovered:
        event = Event(summary.event, summary.title, summary.slot)
        items = sorted(summary.assertions, key=assertion_order)
        summaries.append(
            EventSummary(summary.event, summary.title, summary.slot, False, tuple(items), event_status(items, event))
        )
    return summaries


def timeline(assertions: Sequence[Assertion], event_id: str) -> list[Assertion]:
    """The assertions about `event_id` in the order they were made.

    Sorted by said_on start (undated last), then by file and position in the source.
    """
    return sorted((a for a in assertions if a.event == event_id), key=assertion_order)
