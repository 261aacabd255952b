"""Conflicts within an event: dates, figures, denials, competing accounts, reversals."""

from __future__ import annotations

import pytest

from karabakh_claims.conflicts import find_conflicts, summarise_events, timeline
from karabakh_claims.dates import parse_iso
from karabakh_claims.models import Assertion, Event, EventSummary, Span
from karabakh_claims.values import parse_value

TOWN = Event("town-fall", "When the town fell", "date")
TOLL = Event("war-toll", "Death toll of the war", "number")
FORCE = Event("force-size", "Size of the peacekeeping force", "number")
STRIKE = Event("strike", "The missile strike on the district", "fact")
TERMS = Event("terms", "The rejected ceasefire terms", "account")


def a(event: Event, value: str, speaker: str, side: str | None, said: str, *, polarity: str = "assert",
      scope: str | None = None, start: int = 0, claim: str | None = None, official: bool = False) -> Assertion:
    parsed = parse_value(value, event.slot, scope=scope)
    assert parsed is not None, value
    return Assertion(event.id, parsed, polarity, speaker, speaker.lower().replace(" ", "-"), side,
                     parse_iso(said), None, f"{speaker} on {value}", "seeds/live.txt", Span(start, start + 5),
                     None, "curated", claim_id=claim or f"{speaker}-{value}", official=official)


SHUSHA_LIKE = [
    a(TOWN, "2020-11-08", "Ilham Aliyev", "azerbaijan", "2020-11-08", start=10),
    a(TOWN, "2020-11-08", "Defence Ministry", "armenia", "2020-11-08", polarity="deny", start=20),
    a(TOWN, "2020-11-09", "Vahram Poghosyan", "nkr", "2020-11-09", start=30),
    a(TOWN, "2020-11-05/2020-11-07", "Arayik Harutyunyan", "nkr", "2020-12-01", start=40),
    a(TOWN, "2020-11-07/2020-11-08", "Radio Liberty", "neutral", "2020-11-23", start=50),
]


def test_dates_denials_and_positions():
    (conflict,) = find_conflicts(SHUSHA_LIKE, [TOWN])
    assert conflict.event == "town-fall" and conflict.slot == "date"
    assert [p.value for p in conflict.positions] == [
        "2020-11-08", "denied as of 2020-11-08", "2020-11-09", "2020-11-07/2020-11-08", "2020-11-05/2020-11-07",
    ]
    assert conflict.why.startswith(
        "Dates do not overlap: 2020-11-08 (Ilham Aliyev) vs 2020-11-05/2020-11-07 (Arayik Harutyunyan)"
    )
    assert "Defence Ministry denied as of 2020-11-08 what Ilham Aliyev dates 2020-11-08" in conflict.why
    assert conflict.why.endswith(".")


def test_agreeing_figures_are_not_a_conflict():
    items = [
        a(FORCE, "1960", "News agency", "neutral", "2020-11-10", scope="peacekeepers"),
        a(FORCE, "nearly 2,000", "Daily paper", "neutral", "2020-11-10", scope="peacekeepers"),
        a(FORCE, "almost 2000", "Ministry", "russia", "2020-11-13", scope="peacekeepers"),
    ]
    assert find_conflicts(items, [FORCE]) == []
    (summary,) = summarise_events(items, [FORCE], [])
    assert summary.status == "agreement" and len(summary.assertions) == 3


def test_figures_of_different_scope_alone_are_not_a_conflict():
    items = [
        a(TOLL, "more than 4000", "Vladimir Putin", "russia", "2020-11-14", scope="people killed, all sides"),
        a(TOLL, "2317", "Armenia", "armenia", "2020-11-14", scope="soldiers killed, Armenian side"),
    ]
    assert find_conflicts(items, [TOLL]) == []


def test_disjoint_figures_conflict_and_other_scopes_stand_beside_them():
    items = [
        a(TOLL, "almost 5000", "Vladimir Putin", "russia", "2020-10-22", scope="people killed"),
        a(TOLL, "more than 1,400", "AFP", "neutral", "2020-11-10", scope="people confirmed killed"),
        a(TOLL, "2317", "Armenia", "armenia", "2020-11-14", scope="soldiers killed, Armenian side"),
    ]
    (conflict,) = find_conflicts(items, [TOLL])
    assert [p.value for p in conflict.positions] == [
        "almost 5000 (people killed)", "more than 1,400 (people confirmed killed)", "2317 (soldiers killed, Armenian side)",
    ]
    assert conflict.why.startswith("Figures for the same count do not meet: almost 5000")
    assert "count different things" in conflict.why


def test_assertion_and_denial_of_a_fact():
    fact = "Missile strike on the district killed civilians"
    items = [
        a(STRIKE, fact, "Azerbaijan", "azerbaijan", "2020-10-28"),
        a(STRIKE, fact, "Armenia", "armenia", "2020-10-28", polarity="deny"),
        a(STRIKE, fact, "Rights Watch", "neutral", "2020-10-30"),
    ]
    (conflict,) = find_conflicts(items, [STRIKE])
    # One position per party: the observer holds the same fact as a position of its own.
    assert [(p.value, p.party) for p in conflict.positions] == [
        (fact, "azerbaijan"), (f"denied: {fact}", "armenia"), (fact, "neutral"),
    ]
    assert conflict.why == f"Armenia denies “{fact}”, which Azerbaijan asserts."


def _read(event: Event, content: str, speaker: str, side: str, said: str, start: int) -> Assertion:
    """An assertion extracted from text: its value is its content as it stands."""
    parsed = parse_value(content, event.slot)
    assert parsed is not None, content
    return Assertion(event.id, parsed, "assert", speaker, speaker.lower().replace(" ", "-"), side, parse_iso(said), None,
                     content, "seeds/live.txt", Span(start, start + 5), None, "extracted")


def test_a_denial_in_the_statements_own_words_is_the_denying_side_whatever_comes_first():
    video = Event("video", "Whether a video from the cabin was found", "account")
    items = [
        _read(video, "no video from the cabin has been found at the site", "Inspector Vale", "investigators", "2015-03-30", 10),
        _read(video, "a video from the cabin was found at the site", "Harbour Weekly", "media", "2015-03-31", 20),
    ]
    (conflict,) = find_conflicts(items, [video])
    assert conflict.positions[0].value.startswith("no video")  # the denial said first, its position first
    assert conflict.why == "Inspector Vale denies “a video from the cabin was found at the site”, which Harbour Weekly asserts."


def test_accusation_and_counter_accusation():
    items = [
        a(STRIKE, "The army used white phosphorus", "Armenia", "armenia", "2020-10-31"),
        a(STRIKE, "The army used white phosphorus", "Azerbaijan", "azerbaijan", "2020-10-31", polarity="deny"),
        a(STRIKE, "White phosphorus was transported by the other side", "Azerbaijan", "azerbaijan", "2020-10-31"),
    ]
    (conflict,) = find_conflicts(items, [STRIKE])
    assert len(conflict.positions) == 3


def test_opposed_outcomes_conflict():
    items = [
        a(STRIKE, "No foreign troops will be on the ground", "Sergei Lavrov", "russia", "2020-11-12"),
        a(STRIKE, "Foreign soldiers will be sent to a peacekeeping center", "Recep Tayyip Erdogan", "turkey", "2020-11-16"),
    ]
    (conflict,) = find_conflicts(items, [STRIKE])
    assert conflict.why.startswith("Outcomes oppose: not deployed (Sergei Lavrov) vs deployed (Recep Tayyip Erdogan)")


def test_competing_accounts_by_different_sides():
    items = [
        a(TERMS, "The other side rejected the terms because it found the return of refugees unacceptable",
          "Vladimir Putin", "russia", "2020-11-17"),
        a(TERMS, "The terms would have put the town and the road to the capital under enemy control",
          "Nikol Pashinyan", "armenia", "2020-11-22"),
    ]
    (conflict,) = find_conflicts(items, [TERMS])
    assert conflict.why.startswith("Competing accounts from different sides: Vladimir Putin (russia)")


def test_same_account_by_two_sides_is_agreement():
    text = "The deal is a painful but necessary step"
    items = [a(TERMS, text, "Nikol Pashinyan", "armenia", "2020-11-10"), a(TERMS, text, "Ally", "nkr", "2020-11-11")]
    assert find_conflicts(items, [TERMS]) == []


def test_a_speaker_reversing_itself():
    items = [
        # Fighting goes on, she says on the 8th; on the 10th: the town fell on the 7th.
        a(TOWN, "2020-11-08", "Shushan Stepanyan", "armenia", "2020-11-08", polarity="deny", start=10),
        a(TOWN, "2020-11-07", "Shushan Stepanyan", "armenia", "2020-11-10", start=5),
    ]
    (conflict,) = find_conflicts(items, [TOWN])
    assert conflict.why == (
        "Shushan Stepanyan reversed itself: denied as of 2020-11-08 (Shushan Stepanyan, 2020-11-08) "
        "then 2020-11-07 (Shushan Stepanyan, 2020-11-10)."
    )


def test_a_sides_official_voices_reversing_themselves():
    items = [
        a(TOWN, "2020-11-08", "Armenia", "armenia", "2020-11-08", polarity="deny", official=True),
        a(TOWN, "2020-11-07", "Defence Ministry", "armenia", "2020-11-10", official=True),
    ]
    (conflict,) = find_conflicts(items, [TOWN])
    assert conflict.why == (
        "The official voices of armenia reversed themselves: denied as of 2020-11-08 (Armenia, 2020-11-08) "
        "then 2020-11-07 (Defence Ministry, 2020-11-10)."
    )


@pytest.mark.parametrize(
    "first, second",
    [
        # Two people of one side: a spokeswoman denies, the prime minister admits. Each holds
        # one position; neither reversed itself.
        (("Shushan Stepanyan", False), ("Nikol Pashinyan", False)),
        # A person and the state: not one voice either.
        (("Shushan Stepanyan", False), ("Armenia", True)),
    ],
)
def test_two_voices_of_one_side_are_no_reversal(first, second):
    items = [
        a(TOWN, "2020-11-08", first[0], "armenia", "2020-11-08", polarity="deny", official=first[1]),
        a(TOWN, "2020-11-07", second[0], "armenia", "2020-11-10", official=second[1]),
    ]
    assert find_conflicts(items, [TOWN]) == []


def test_single_position_is_never_a_conflict():
    items = [a(TOWN, "2020-11-08", "Ilham Aliyev", "azerbaijan", "2020-11-08")]
    assert find_conflicts(items, [TOWN]) == []
    assert summarise_events(items, [TOWN], [])[0].status == "single"


def test_summaries_and_timeline():
    discovered = EventSummary("cluster-1", "Stepanakert: attacked", "fact", False, ())
    summaries = summarise_events(SHUSHA_LIKE, [TOWN, TOLL], [discovered])
    assert [(s.event, s.curated, s.status) for s in summaries] == [
        ("town-fall", True, "dispute"), ("war-toll", True, "single"), ("cluster-1", False, "single"),
    ]
    ordered = timeline(list(reversed(SHUSHA_LIKE)), "town-fall")
    assert [x.speaker for x in ordered] == [
        "Ilham Aliyev", "Defence Ministry", "Vahram Poghosyan", "Radio Liberty", "Arayik Harutyunyan",
    ]
    assert timeline(SHUSHA_LIKE, "war-toll") == []


def test_output_is_deterministic():
    first = find_conflicts(SHUSHA_LIKE, [TOWN])
    second = find_conflicts(list(reversed(SHUSHA_LIKE)), [TOWN])
    assert first == second
