"""Conflicts: positions about one event that cannot all be true, and why.

Within an event, assertions are grouped into positions (one value, one polarity).
An event is in dispute when any of these holds:

- two asserted values conflict (`values.compare`): dates that do not overlap, figures
  of one quantity whose ranges do not meet, outcomes that oppose ("taken" against
  "contested");
- a denial contradicts an assertion: a date denied as of day D against an event
  asserted to have happened by D; a figure, fact or account denied that another
  speaker asserts;
- competing accounts: speakers of different sides give accounts of one episode
  (account slot) that do not agree;
- a side reverses itself: a later assertion by the same side conflicts with an
  earlier one in one of the ways above.

Figures that count different things are shown as their own positions, never as a
conflict by themselves. Everything is ordered deterministically: positions by their
earliest said_on then value, findings by the same order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

from karabakh_claims.models import Assertion, Conflict, Event, EventSummary, Position
from karabakh_claims.values import compare, format_number, same_quantity

_LATEST = date.max
# The side label docs/store-format.md gives observers who take no side.
_NEUTRAL = "neutral"
# event_status compares at most this many distinct assertions pairwise.
STATUS_LIMIT = 300


def _said(assertion: Assertion) -> date:
    return assertion.said_on.start if assertion.said_on else _LATEST


def _assertion_order(assertion: Assertion) -> tuple:
    return (
        _said(assertion),
        assertion.file,
        assertion.span.start if assertion.span else -1,
        assertion.line or 0,
        assertion.claim_id or "",
        assertion.content,
    )


def position_label(assertion: Assertion) -> str:
    """The short value a position shows: "2020-11-08", "denied as of 2020-11-08",
    "more than 4000 (people killed)", "denied: <fact>"."""
    value = assertion.value
    if value.slot == "date":
        return f"denied as of {value.text}" if assertion.polarity == "deny" else value.text
    text = value.text
    if value.slot == "number" and value.quantity:
        text = f"{text} ({value.quantity})"
    return f"denied: {text}" if assertion.polarity == "deny" else text


def _position_key(assertion: Assertion) -> tuple:
    value = assertion.value
    if value.slot == "number":
        # "1960" and "1,960" are one position; different scopes are different positions.
        return (assertion.polarity, value.low, value.high, (value.quantity or "").lower())
    if value.slot == "date":
        return (assertion.polarity, value.low, value.high)
    return (assertion.polarity, " ".join(value.text.lower().split()))


def _positions(items: Sequence[Assertion]) -> list[Position]:
    groups: dict[tuple, list[Assertion]] = defaultdict(list)
    for assertion in sorted(items, key=_assertion_order):
        groups[_position_key(assertion)].append(assertion)
    positions = [Position(position_label(members[0]), tuple(members)) for members in groups.values()]
    positions.sort(key=lambda p: (_said(p.assertions[0]), p.value))
    return positions


def _who(assertion: Assertion) -> str:
    return assertion.speaker


def _denial_contradicts(asserted: Assertion, denied: Assertion) -> bool:
    a, d = asserted.value, denied.value
    if a.slot == "date":
        # A date denial says "it had not happened as of that day" (docs/store-format.md):
        # it contradicts an assertion that the event happened on or before that day.
        return a.high is not None and d.low is not None and a.high <= d.low
    return compare(a, d) == "agree"


@dataclass(frozen=True, slots=True)
class _Finding:
    kind: str  # "value", "denial", "accounts", "reversal"
    first: Assertion
    second: Assertion
    rank: tuple


def _pair_conflict(a: Assertion, b: Assertion, slot: str) -> str | None:
    """The kind of contradiction between two assertions of one event, if any."""
    if a.polarity == "assert" and b.polarity == "assert":
        verdict = compare(a.value, b.value)
        if verdict == "conflict":
            return "value"
        if slot == "account" and verdict != "agree" and a.side and b.side and a.side != b.side:
            return "accounts"
        return None
    if a.polarity == "assert" and b.polarity == "deny":
        return "denial" if _denial_contradicts(a, b) else None
    if a.polarity == "deny" and b.polarity == "assert":
        return "denial" if _denial_contradicts(b, a) else None
    return None


def _specific(assertion: Assertion) -> int:
    # A date that is not just the day the speaker spoke was stated, not inferred.
    value = assertion.value
    if value.slot != "date" or assertion.said_on is None:
        return 1
    return int(not (value.low == assertion.said_on.start.toordinal() and value.high == value.low))


def _findings(items: Sequence[Assertion], slot: str) -> list[_Finding]:
    ordered = sorted(items, key=_assertion_order)
    # Speakers who say more about the event are its principals; their disputes lead.
    weight = Counter(a.speaker_id or a.speaker for a in ordered)
    found: list[_Finding] = []
    for i, j in combinations(range(len(ordered)), 2):
        a, b = ordered[i], ordered[j]
        kind = _pair_conflict(a, b, slot)
        if kind is None:
            continue
        if kind == "accounts" and _position_key(a) == _position_key(b):
            continue
        cross_side = bool(a.side and b.side and a.side != b.side)
        neutral = (a.side == _NEUTRAL) + (b.side == _NEUTRAL)
        principals = -(weight[a.speaker_id or a.speaker] + weight[b.speaker_id or b.speaker])
        gap = abs((_said(a) - _said(b)).days) if a.said_on and b.said_on else 10**6
        if kind == "value":
            # Across sides, with stated (not inferred) values, between principals.
            rank = (not cross_side, neutral, -(_specific(a) + _specific(b)), principals, i, j)
        elif kind == "denial":
            # A denial answers what was said at about the same time.
            rank = (not cross_side, gap, neutral, principals, i, j)
        else:
            rank = (neutral, principals, gap, i, j)
        found.append(_Finding(kind, a, b, rank))
        same_speaker = (a.speaker_id or a.speaker) == (b.speaker_id or b.speaker)
        same_side = same_speaker or (a.side is not None and a.side == b.side)
        # Undated order within one day is unknown; a denial is taken to come before an
        # admission (officials deny, then concede), never the other way round.
        earlier, later = (a, b)
        if _said(a) == _said(b) and a.polarity == "assert" and b.polarity == "deny":
            earlier, later = b, a
        in_order = _said(earlier) < _said(later) or (earlier.polarity, later.polarity) == ("deny", "assert")
        if same_side and in_order and a.said_on and b.said_on:
            found.append(_Finding("reversal", earlier, later, (not same_speaker, kind != "denial", gap, i, j)))
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
        asserted, denied = (a, b) if a.polarity == "assert" else (b, a)
        what = asserted.value.text if slot in ("date", "number") else f"“{_short(asserted.value.text)}”"
        if slot == "date":
            return f"{_who(denied)} denied as of {denied.value.text} what {_who(asserted)} dates {what}"
        return f"{_who(denied)} denies {what}, which {_who(asserted)} asserts"
    if finding.kind == "accounts":
        return (
            f"Competing accounts from different sides: {_who(a)} ({a.side}) “{_short(a.value.text)}” "
            f"vs {_who(b)} ({b.side}) “{_short(b.value.text)}”"
        )
    side = a.side or a.speaker
    first_said = a.said_on.iso() if a.said_on else "?"
    second_said = b.said_on.iso() if b.said_on else "?"
    return (
        f"{side} reversed itself: {position_label(a)} ({_who(a)}, {first_said}) "
        f"then {position_label(b)} ({_who(b)}, {second_said})"
    )


def _scope_note(items: Sequence[Assertion]) -> str | None:
    quantities: list[str] = []
    for assertion in sorted(items, key=_assertion_order):
        quantity = assertion.value.quantity
        if assertion.value.slot != "number" or not quantity:
            continue
        if all(not same_quantity(quantity, q) for q in quantities):
            quantities.append(quantity)
    if len(quantities) < 2:
        return None
    return "figures that count different things are shown side by side (" + " vs ".join(quantities) + ")"


def _why(findings: Sequence[_Finding], items: Sequence[Assertion], slot: str) -> str:
    parts: list[str] = []
    kinds = ("accounts", "denial", "value", "reversal") if slot == "account" else ("value", "denial", "accounts", "reversal")
    for kind in kinds:
        first = next((f for f in findings if f.kind == kind), None)
        if first is not None:
            parts.append(_sentence(first, slot))
    note = _scope_note(items) if slot == "number" else None
    if note:
        parts.append(note)
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _settle_free_text(items: Sequence[Assertion], slot: str) -> list[Assertion]:
    """Facts and accounts read from text join the curated value they agree with.

    A free-text value has no structure to compare, so an extracted statement that agrees
    with no curated value of the event would stand as a position of one, on the strength
    of a fuzzy link alone; it stays listed by `claims`, not as a position. Events with no
    curated claims keep their extracted statements as they are.
    """
    if slot not in ("fact", "account"):
        return list(items)
    curated = [a for a in items if a.origin == "curated"]
    if not curated:
        return list(items)
    settled = list(curated)
    for assertion in items:
        if assertion.origin == "curated":
            continue
        for reference in curated:
            if reference.polarity == assertion.polarity and compare(assertion.value, reference.value) == "agree":
                settled.append(replace(assertion, value=reference.value))
                break
    return settled


def find_conflicts(assertions: Sequence[Assertion], events: Sequence[Event]) -> list[Conflict]:
    """One Conflict per event whose positions cannot all be true, in `events` order.

    Each conflict lists every position of the event (agreeing ones too, so the table
    shows who holds what) and a one-sentence `why` naming the first contradiction of
    each kind found. Events with fewer than two positions, or whose positions agree or
    only count different things, are not conflicts.

    Limits: values are compared pairwise; a date denial is read as "not as of that
    day"; sides come from the speaker entity and an unknown side never competes.
    """
    by_event: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        by_event[assertion.event].append(assertion)
    conflicts: list[Conflict] = []
    for event in events:
        items = _settle_free_text(by_event.get(event.id, []), event.slot)
        positions = _positions(items)
        if len(positions) < 2:
            continue
        findings = _findings(items, event.slot)
        if not findings:
            continue
        conflicts.append(Conflict(event.id, event.title, event.slot, tuple(positions), _why(findings, items, event.slot)))
    return conflicts


def _disputed(items: Sequence[Assertion], slot: str) -> bool:
    # One representative per (position, side, day) is enough to find a contradiction,
    # and the first one found settles it.
    seen: dict[tuple, Assertion] = {}
    for assertion in sorted(items, key=_assertion_order):
        seen.setdefault((_position_key(assertion), assertion.side, _said(assertion)), assertion)
    reps = list(seen.values())[:STATUS_LIMIT]
    if len({_position_key(a) for a in reps}) < 2:
        return False
    for a, b in combinations(reps, 2):
        kind = _pair_conflict(a, b, slot)
        if kind and not (kind == "accounts" and _position_key(a) == _position_key(b)):
            return True
    return False


def event_status(assertions: Sequence[Assertion], event: Event) -> str:
    """"dispute" when the assertions contradict, "agreement" when two or more speakers
    hold compatible values, "single" otherwise.

    Limits: only the first 300 distinct (value, side, day) assertions are compared, so
    that a cluster of thousands of statements stays cheap.
    """
    items = [a for a in assertions if a.event == event.id]
    if _disputed(items, event.slot):
        return "dispute"
    if len({a.speaker_id or a.speaker for a in items}) >= 2:
        return "agreement"
    return "single"


def summarise_events(
    assertions: Sequence[Assertion],
    events: Sequence[Event],
    discovered: Sequence[EventSummary],
) -> list[EventSummary]:
    """One summary per curated event (store order), then the discovered clusters.

    Status: "dispute" (see find_conflicts), "agreement" (two or more speakers, nothing
    contradicts: 1,960 peacekeepers and "nearly 2,000"), or "single".
    """
    by_event: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        by_event[assertion.event].append(assertion)
    summaries = []
    for event in events:
        items = sorted(by_event.get(event.id, []), key=_assertion_order)
        summaries.append(EventSummary(event.id, event.title, event.slot, True, tuple(items), event_status(items, event)))
    for summary in discovered:
        event = Event(summary.event, summary.title, summary.slot)
        items = sorted(summary.assertions, key=_assertion_order)
        summaries.append(
            EventSummary(summary.event, summary.title, summary.slot, False, tuple(items), event_status(items, event))
        )
    return summaries


def timeline(assertions: Sequence[Assertion], event_id: str) -> list[Assertion]:
    """The assertions about `event_id` in the order they were made.

    Sorted by said_on start (undated last), then by file and position in the source.
    """
    return sorted((a for a in assertions if a.event == event_id), key=_assertion_order)
