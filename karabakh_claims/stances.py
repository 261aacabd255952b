"""Stances: the positions that the assertions about one event hold.

A position is what one party holds about the event, not one statement: assertions are
grouped by their party (the speaker's side in the store; a speaker with no side is a
party of its own) and by what they hold, which depends on the event's slot:

- number: the same figure for the same count ("1,960" and "1960" peacekeepers);
- date:   the same day or interval;
- fact:   the same outcome ("taken", "not deployed"), or the same text;
- account: the same assert or deny, and the same actors held responsible: the event's
  entities the statement names, by their party, other than the speaker's own ("a strike
  by X" and "an accident caused by Y" are two accounts; "X did it" and "X was behind it"
  one). A statement that names no actor holds its party's main account. Curated values
  are positions as written: a person already grouped them.

A statement denies when its cue does ("rejected", "denied") or when its own words do
("had nothing to do with", "no evidence", "fakes"); the denial words are data
(values.yaml `denial_words`). An assertion whose speaker could not be resolved joins no
party: it is listed apart, never on a side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from karabakh_claims.models import Assertion, Polarity, Position, Slot

_LATEST = date.max


def said(assertion: Assertion) -> date:
    """The day an assertion was made (its start), undated last."""
    return assertion.said_on.start if assertion.said_on else _LATEST


def assertion_order(assertion: Assertion) -> tuple:
    """Deterministic order: said_on, then where it is written."""
    return (
        said(assertion),
        assertion.file,
        assertion.span.start if assertion.span else -1,
        assertion.line or 0,
        assertion.claim_id or "",
        assertion.content,
    )


def party(assertion: Assertion) -> str | None:
    """The party an assertion speaks for: its speaker's side, else the speaker itself;
    None when the speaker is unresolved (it then joins no side)."""
    if not assertion.attributed:
        return None
    return assertion.side or assertion.speaker_id or assertion.speaker


@lru_cache(maxsize=1)
def _denial_words() -> re.Pattern[str]:
    from karabakh_claims.data import load

    words = load("values.yaml").get("denial_words", [])
    alternatives = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])|n[’']t\b", re.IGNORECASE)


# A concessive clause opening the content ("Even though ..., the video is genuine"), and "not
# only ... but also", which deny nothing.
_CONCESSIVE_OPENING = re.compile(r"\s*(?:even though|even if|although|though|despite|while)\b", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)
# A prohibition or an exhortation ("this commission must not fail", "we should never forget")
# negates what ought to be, not what the others said happened.
_PROHIBITION = re.compile(r"\b(?:must|should|shall|need|ought to)\s+(?:not|never)\b|\b(?:mustn|shouldn|needn)['’]t\b", re.IGNORECASE)
_CONCESSION = re.compile(r"(?:,|;|\.)?\s+(?:but|however|nevertheless|nonetheless)\b[,]?", re.IGNORECASE)


def denies_in_its_words(content: str) -> bool:
    """Whether the content itself denies or dismisses ("had nothing to do with", "fakes").

    After a concession ("we have not seen the report, but ..."), what follows is the point
    made, and only it is read.

    >>> denies_in_its_words("it had nothing to do with the collapse")
    True
    >>> denies_in_its_words("the missile came from a unit of the army")
    False
    >>> denies_in_its_words("We have not read the report yet, but the figures are right")
    False
    >>> denies_in_its_words("even though no one on board can be identified, the video is genuine")
    False
    >>> denies_in_its_words("most deaths came from excessive force by police. This inquiry must not fail")
    False
    """
    point = _CONCESSION.split(content)[-1]
    opening = _CONCESSIVE_OPENING.match(point)
    if opening is not None and "," in point[opening.end() :]:
        point = point.rsplit(",", 1)[1]  # "even though no one can be identified, the video is real": the main clause
    return _denial_words().search(_PROHIBITION.sub(" ", _NOT_ONLY.sub(" ", point))) is not None


def stance_polarity(assertion: Assertion) -> Polarity:
    """Deny when the cue denies or, for an account read from text, when its words do.

    Dates, figures and facts have their own negations (an outcome such as "fighting
    continues", a count of nothing), read into their values.
    """
    if assertion.polarity == "deny":
        return "deny"
    if read_from_text(assertion) and assertion.value.slot == "account" and denies_in_its_words(assertion.content):
        return "deny"
    return "assert"


def read_from_text(assertion: Assertion) -> bool:
    """An extracted statement, or a store claim whose value is its quote as it stands (what
    `add` proposes): either way no person has said in a value what it holds."""
    if assertion.origin == "extracted":
        return True
    value = assertion.value
    return value.slot in ("fact", "account") and _text_key(value.text) == _text_key(assertion.content)


@dataclass(frozen=True, slots=True)
class Stance:
    """What one assertion holds, in the form positions are grouped by."""

    party: str
    polarity: Polarity
    holds: tuple  # slot-specific: a value's bounds, an outcome, a text, or the actors
    actors: frozenset[str] = frozenset()


def _text_key(text: str) -> str:
    return " ".join(text.lower().split())


def stance_of(assertion: Assertion, slot: Slot, by: str, *, as_written: bool = False) -> Stance:
    """The stance of one attributed assertion (`by` is its party). `as_written`: the
    event's values were written by a person, and a text value is a position as it stands."""
    value = assertion.value
    polarity = assertion.polarity if as_written else stance_polarity(assertion)
    if slot == "number":
        from karabakh_claims.values import quantity_key

        counted, measure, rest = quantity_key(value.quantity)
        return Stance(by, polarity, (value.low, value.high, counted, measure, tuple(sorted(rest))))
    if slot == "date":
        return Stance(by, polarity, (value.low, value.high))
    if as_written:
        return Stance(by, polarity, (_text_key(value.text),))
    if slot == "fact":
        return Stance(by, polarity, (value.outcome or _text_key(value.text),))
    actors = frozenset() if polarity == "deny" else frozenset(assertion.actors)
    return Stance(by, polarity, ("account",), actors)


def _settle_accounts(stances: dict[int, Stance], items: Sequence[Assertion]) -> dict[int, Stance]:
    """An extracted account that names no actor holds its speaker's account, else its party's.

    Within one party and polarity, a statement naming no actor joins the actors its own
    speaker names most; if its speaker names none, the actors most of the party's
    statements name (ties: the earliest). A speaker who changed their account later
    ("it was a mistake") thus stays with what they said, not with their side's first line.
    """
    party_groups: dict[tuple[str, Polarity], list[frozenset[str]]] = defaultdict(list)
    speaker_groups: dict[tuple[str, Polarity, str], list[frozenset[str]]] = defaultdict(list)
    for i, stance in stances.items():
        if stance.holds == ("account",) and stance.actors:
            party_groups[(stance.party, stance.polarity)].append(stance.actors)
            speaker_groups[(stance.party, stance.polarity, _voice(items[i]))].append(stance.actors)
    settled = dict(stances)
    for i, stance in stances.items():
        if stance.holds != ("account",) or stance.actors:
            continue
        named = speaker_groups.get((stance.party, stance.polarity, _voice(items[i]))) or party_groups.get(
            (stance.party, stance.polarity)
        )
        if named:
            main = max(dict.fromkeys(named), key=named.count)
            settled[i] = Stance(stance.party, stance.polarity, stance.holds, main)
    return settled


def _settle_counts(stances: dict[int, Stance]) -> dict[int, Stance]:
    """A figure that says what it counts but not what befell them ("6,000 people") is the
    same position as the same figure of its party that does ("6,000 people evacuated")."""
    full: dict[tuple, Stance] = {}
    for stance in stances.values():
        low, high, counted, measure, rest = stance.holds
        if measure:
            full.setdefault((stance.party, stance.polarity, low, high, counted, rest), stance)
    settled = dict(stances)
    for i, stance in stances.items():
        low, high, counted, measure, rest = stance.holds
        if not measure:
            settled[i] = full.get((stance.party, stance.polarity, low, high, counted, rest), stance)
    return settled


def _voice(assertion: Assertion) -> str:
    return assertion.speaker_id or assertion.speaker or ""


def position_label(assertion: Assertion, stance: Stance | None = None) -> str:
    """The short value a position shows: "2020-11-08", "denied as of 2020-11-08",
    "more than 4000 (people killed)", "denied: <fact>", or an account's first words."""
    value = assertion.value
    polarity = stance.polarity if stance is not None else assertion.polarity
    if value.slot == "account" and read_from_text(assertion):
        # An account that denies in its own words ("began in the charging bay, not in the
        # roof") is shown as said; "denied:" is for what a cue denied.
        polarity = assertion.polarity
    if value.slot == "date":
        return f"denied as of {value.text}" if polarity == "deny" else value.text
    text = value.text
    if value.slot == "number" and value.quantity:
        text = f"{text} ({value.quantity})"
    elif value.slot in ("fact", "account") and read_from_text(assertion):
        text = _short(text, 90)
    return f"denied: {text}" if polarity == "deny" else text


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True, slots=True)
class Grouping:
    """The positions of one event, and the assertions that could join none."""

    positions: tuple[Position, ...]
    stances: tuple[Stance, ...]  # one per position, in the same order
    unattributed: tuple[Assertion, ...]


def group_positions(items: Sequence[Assertion], slot: Slot) -> Grouping:
    """Group the assertions of one event into positions (one per party and stance).

    Positions are ordered by their earliest said_on, then label; claims within a position
    by said_on and place in the source. Unattributed assertions are returned apart.
    """
    ordered = sorted(items, key=assertion_order)
    # A value a person wrote is a position as it stands; a value that is its quote is compared
    # by what it holds, as a statement read from text is.
    written = [slot in ("fact", "account") and not read_from_text(a) for a in ordered]
    stances: dict[int, Stance] = {}
    unattributed: list[Assertion] = []
    for i, assertion in enumerate(ordered):
        by = party(assertion)
        if by is None:
            unattributed.append(assertion)
            continue
        stances[i] = stance_of(assertion, slot, by, as_written=written[i])
    if slot == "account" and not all(written):
        stances = _settle_accounts(stances, ordered)
    if slot == "number":
        stances = _settle_counts(stances)
    groups: dict[Stance, list[Assertion]] = {}
    for i, stance in stances.items():
        groups.setdefault(stance, []).append(ordered[i])
    built = [(Position(position_label(members[0], stance), tuple(members), stance.party, stance.polarity), stance)
             for stance, members in groups.items()]
    built.sort(key=lambda pair: (said(pair[0].assertions[0]), pair[0].value, pair[0].party or ""))
    return Grouping(tuple(p for p, _ in built), tuple(s for _, s in built), tuple(unattributed))
