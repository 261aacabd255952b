"""Linking statements to the right one of several similar events, on an invented store.

The store is a made-up war between Norland and Sudria (no real names): a rocket strike on
the town of Kelby with its own death toll, the whole war's toll, the toll of an older war,
and the state of the Ostra road. Each table holds statements that must link to one event
and statements that must not.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from karabakh_claims.dates import parse_iso
from karabakh_claims.entities import EntityIndex
from karabakh_claims.linking import link_statements
from karabakh_claims.models import Entity, Event, SourceRecord, Span, Statement, Store

ENTITIES = (
    Entity("kelby", "Kelby", "place"),
    Entity("ostra", "Ostra", "place"),
    Entity("marrow-valley", "Marrow Valley", "place", ("Marrow",)),
    Entity("norland", "Norland", "country", ("Norlandic",), side="norland"),
    Entity("sudria", "Sudria", "country", ("Sudrian",), side="sudria"),
    Entity("anna-vell", "Anna Vell", "person", ("Vell",), side="norland"),
    Entity("piet-dorr", "Piet Dorr", "person", ("Dorr",), side="sudria"),
    Entity("relief-watch", "Relief Watch", "organization"),
    Entity("dornholm", "Dornholm", "place"),
    Entity("tarn", "Tarn", "place"),
    Entity("holm", "Holm", "place"),
    Entity("kelby-airport", "Kelby Airport", "place", ("the airport of Kelby",)),
    Entity("lars-penn", "Lars Penn", "person", ("Penn",)),
)
EVENTS = (
    Event("kelby-strike", "The Sudrian rocket strike on Kelby", "fact", ("kelby", "norland", "sudria"),
          ("rocket strike", "missile attack", "denied responsibility")),
    Event("kelby-toll", "Civilians killed in the strike on Kelby", "number", ("kelby", "norland"),
          ("killed", "civilians", "at least 14")),
    Event("war-toll", "Death toll of the 2031 war", "number", ("marrow-valley",),
          ("killed", "died", "deaths", "death toll", "soldiers killed", "civilians killed")),
    Event("old-war-toll", "Death toll of the 1998-2001 Marrow war", "number", ("marrow-valley",),
          ("1998-2001", "killed", "lost their lives")),
    Event("ostra-road", "State of the Ostra road into Marrow Valley", "fact", ("ostra", "marrow-valley"),
          ("road", "closed", "reopened", "cut off", "blocked")),
    Event("tarn-dam", "The breach of the Tarn dam", "fact", ("tarn",), ("dam", "breach", "flood")),
    Event("dornholm-talks", "What the Dornholm talks agreed", "account", ("dornholm", "lars-penn"),
          ("talks", "truce", "ceasefire", "agreed")),
)
STORE = Store("claims.yaml", (SourceRecord("wire", "texts/wire.txt", "Outlet", None, None),), ENTITIES, EVENTS, ())
INDEX = EntityIndex(ENTITIES)


def statement(content: str, speaker_id: str | None, said: str = "2031-10-20") -> Statement:
    speaker = INDEX.get(speaker_id).name if speaker_id else "officials"
    return Statement("s1", speaker, speaker, "said", content, "direct", parse_iso(said), None, "assert",
                     "texts/wire.txt", Span(0, len(content)), speaker_id=speaker_id)


def matched(content: str, speaker_id: str | None, said: str = "2031-10-20") -> set[str]:
    links = link_statements([statement(content, speaker_id, said)], STORE, INDEX)
    return {link.event for link in links if link.level == "match"}


@pytest.mark.parametrize(
    "content, expected, not_expected",
    [
        # One figure is one count: the strike's toll, not the war's and the older war's too.
        ("a Sudrian rocket strike on Kelby killed 14 civilians", {"kelby-toll"}, {"war-toll", "old-war-toll"}),
        ("the rocket strike on Kelby killed at least 14 civilians in Marrow Valley", {"kelby-toll"},
         {"war-toll", "old-war-toll"}),
        # Two figures may give two counts.
        ("14 civilians were killed in Kelby, and 2,100 soldiers have been killed in Marrow Valley since the war began",
         {"kelby-toll", "war-toll"}, {"old-war-toll"}),
    ],
)
def test_one_figure_gives_one_count(content, expected, not_expected):
    found = matched(content, "anna-vell")
    assert expected <= found, found
    assert not (not_expected & found), found


@pytest.mark.parametrize(
    "content, said, expected, not_expected",
    [
        # Told in the war's year with no year named: the toll of that war, not of the older one.
        ("2,100 soldiers have been killed in Marrow Valley", "2031-10-20", "war-toll", "old-war-toll"),
        ("almost 2,100 people have died in the fighting in Marrow Valley", "2031-10-20", "war-toll", "old-war-toll"),
        # The statement names the older war's years: that war, whenever it is told.
        ("9,000 people were killed in Marrow Valley in 1998-2001", "2031-10-20", "old-war-toll", "war-toll"),
        ("the Marrow war of the late 1990s killed 9,000 people in Marrow Valley", "2031-10-20", "old-war-toll", "war-toll"),
        # Told in 2002: not about a war of 2031.
        ("9,000 people were killed in Marrow Valley", "2002-03-01", "old-war-toll", "war-toll"),
    ],
)
def test_of_two_similar_events_the_one_of_its_time(content, said, expected, not_expected):
    found = matched(content, "anna-vell", said)
    assert expected in found, found
    assert not_expected not in found, found


def test_an_event_of_the_past_alone_still_links():
    # No similar event of the statement's time: a past event is still what it is about.
    store = Store("claims.yaml", STORE.sources, ENTITIES, tuple(e for e in EVENTS if e.id != "war-toll"), ())
    links = link_statements([statement("9,000 people were killed in Marrow Valley", "anna-vell", "2031-10-20")],
                            store, INDEX)
    assert {link.event for link in links if link.level == "match"} == {"old-war-toll"}


def article_links(lines: list[str], said: str = "2031-10-20") -> dict[str, set[str]]:
    """The events each line's statement is matched to, in an article of those lines; a line's
    statement is what follows 'said' ('Norland said 14 civilians were killed'), its speaker the
    entity before it."""
    text = "\n".join(lines) + "\n"
    statements, at = [], 0
    for k, line in enumerate(lines):
        if " said " in line:
            who, content = line.split(" said ", 1)
            start = text.index(content, at)
            entity, _ = INDEX.resolve(who)
            speaker_id = entity.id if entity is not None else None
            statements.append(Statement(f"s{k}", who, who, "said", content, "direct", parse_iso(said), None, "assert",
                                        "texts/wire.txt", Span(start, start + len(content)), speaker_id=speaker_id))
        at += len(line) + 1
    links = link_statements(statements, STORE, INDEX, texts={"texts/wire.txt": text})
    found: dict[str, set[str]] = {s.content: set() for s in statements}
    by_id = {s.id: s.content for s in statements}
    for link in links:
        if link.level == "match":
            found[by_id[link.statement_id]].add(link.event)
    return found


def _assert_linked(found, expected, not_expected) -> None:
    """The event a case expects among the statement's links, and the one it rules out absent."""
    if expected:
        assert expected in found, found
    if not_expected:
        assert not_expected not in found, found


@pytest.mark.parametrize(
    "lines, content, expected, not_expected",
    [
        # The statement names the place its event's title names.
        (["Fighting in Marrow Valley", "Norland said 14 civilians were killed in Kelby on Tuesday"],
         "14 civilians were killed in Kelby on Tuesday", "kelby-toll", None),
        # The article named it before: "the strike" is the strike on Kelby.
        (["Rockets hit Kelby", "A rocket strike hit the market of Kelby on Tuesday morning.",
          "Norland said 14 civilians were killed in the rocket strike"],
         "14 civilians were killed in the rocket strike", "kelby-toll", None),
        # Never named: a count of civilians killed in the war is not the toll of the strike on Kelby
        # (here it stays unlinked: the war's toll is not clear enough on its own).
        (["Fighting in Marrow Valley", "Shelling went on across Marrow Valley for a fifth week.",
          "Norland said 52 civilians had been killed since the fighting began"],
         "52 civilians had been killed since the fighting began", None, "kelby-toll"),
        # What only one event lists (its envoy) is enough without its title's place ...
        (["Peace efforts", "Penn said the talks agreed a truce from Monday"],
         "the talks agreed a truce from Monday", "dornholm-talks", None),
        # ... but talks nobody places are not the Dornholm talks.
        (["Peace efforts", "Norland said the talks agreed a truce from Monday"],
         "the talks agreed a truce from Monday", None, "dornholm-talks"),
    ],
)
def test_what_the_event_title_names_tells_similar_events_apart(lines, content, expected, not_expected):
    found = article_links(lines)[content]
    _assert_linked(found, expected, not_expected)


@pytest.mark.parametrize(
    "content, expected, not_expected",
    [
        # The toll of the strike, and the strike it counts.
        ("a Sudrian rocket strike on Kelby killed 14 civilians", {"kelby-toll", "kelby-strike"}, set()),
        ("14 civilians were killed when a Sudrian missile attack hit Kelby", {"kelby-toll", "kelby-strike"}, set()),
        # A toll with no word of the strike: the count only.
        ("14 civilians were killed in Kelby", {"kelby-toll"}, {"kelby-strike"}),
    ],
)
def test_a_count_links_what_it_counts_too(content, expected, not_expected):
    found = matched(content, "anna-vell")
    assert expected <= found, found
    assert not (not_expected & found), found


@pytest.mark.parametrize(
    "follow_up, continues",
    [
        # Goes on about the strike: its event, from the statement before.
        ("the strike was a crime against families at the market", True),
        ("the strike showed what Sudria wants", True),
        # Goes on to a keyword of another event and none of the strike's: not carried over.
        ("the talks should agree a truce before winter", False),
        ("a ceasefire must be agreed within days", False),
    ],
)
def test_a_speaker_going_on_to_another_event_is_not_carried_over(follow_up, continues):
    # Norland, an entity of the strike, keeps the strike among the follow-up's candidates.
    lines = ["Rockets on Kelby", "Norland said a Sudrian rocket strike on Kelby had hit the market at noon",
             f"Norland said {follow_up}"]
    found = article_links(lines)
    assert found["a Sudrian rocket strike on Kelby had hit the market at noon"] == {"kelby-strike"}
    assert ("kelby-strike" in found[follow_up]) is continues, found


@pytest.mark.parametrize(
    "content, match_at, level",
    [
        # Names Marrow Valley and holds two words of the road's event; the strike, 13 points
        # behind, shares only a name with it (no keyword): clear enough.
        ("the road into Marrow Valley is blocked again, Sudria says", 70, "match"),
        # The war's toll is a candidate it could be matched to (a name and a keyword), 4 points
        # behind: not clear.
        ("the road into Marrow Valley was reopened after the deaths of 3 soldiers", 70, "suggestion"),
        # Too far below the threshold, however clear.
        ("the road into Marrow Valley is blocked again, Sudria says", 80, "suggestion"),
    ],
)
def test_a_suggestion_clear_of_events_it_only_shares_names_with(content, match_at, level):
    links = link_statements([statement(content, "anna-vell")], STORE, INDEX, match_at=match_at, suggest_at=20)
    assert {link.event: link.level for link in links}["ostra-road"] == level, links


@pytest.mark.parametrize(
    "lines, content, expected, not_expected",
    [
        # A town another event lists (the dam's), not the one the strike's title names: another strike.
        (["Rockets on Kelby", "Rockets hit Kelby on Monday.", "Norland said a Sudrian rocket strike on Tarn hit a school"],
         "a Sudrian rocket strike on Tarn hit a school", None, "kelby-strike"),
        (["Rockets on Kelby", "Rockets hit Kelby on Monday.", "Norland said rocket strikes on Tarn killed 3 civilians"],
         "rocket strikes on Tarn killed 3 civilians", None, "kelby-toll"),
        # A place no event lists may be within the title's town; one named after it is.
        (["Rockets on Kelby", "Rockets hit Kelby on Monday.", "Norland said a Sudrian rocket strike hit the market of Holm"],
         "a Sudrian rocket strike hit the market of Holm", "kelby-strike", None),
        (["Rockets on Kelby", "Norland said a Sudrian rocket strike hit Kelby Airport at dawn"],
         "a Sudrian rocket strike hit Kelby Airport at dawn", "kelby-strike", None),
        # Naming the title's town as well: still that strike.
        (["Rockets on Kelby", "Norland said the Sudrian rocket strike on Kelby also damaged Tarn"],
         "the Sudrian rocket strike on Kelby also damaged Tarn", "kelby-strike", None),
    ],
)
def test_a_statement_placed_elsewhere_is_not_about_the_event_at_one_place(lines, content, expected, not_expected):
    found = article_links(lines)[content]
    _assert_linked(found, expected, not_expected)


@pytest.mark.parametrize(
    "content, polarity, linked",
    [
        # The toll's figure: the toll.
        ("14 civilians were killed in Kelby", "assert", True),
        ("the strike killed at least fourteen civilians in Kelby", "assert", True),
        # No figure of what it counts: not the toll.
        ("civilians were killed in Kelby", "assert", False),
        ("a Sudrian rocket strike hit Kelby, killing civilians", "assert", False),
        # A figure of something else is no figure of the toll.
        ("civilians were killed in Kelby when 3 rockets hit the market", "assert", False),
        # A denial disputes a toll without repeating it.
        ("civilians were killed in Kelby", "deny", True),
    ],
)
def test_a_count_is_told_by_its_figure(content, polarity, linked):
    links = link_statements([replace(statement(content, "piet-dorr"), polarity=polarity)], STORE, INDEX)
    assert ("kelby-toll" in {link.event for link in links if link.level == "match"}) is linked, links


@pytest.mark.parametrize(
    "line, cue, content, linked",
    [
        # Who was accused is part of what the statement holds: Sudria, an entity of the strike.
        ("Relief Watch accused Sudria of a missile attack on the market at noon", "accused", "a missile attack on the market at noon", True),
        ("Relief Watch blamed Sudria for a missile attack on the market at noon", "blamed", "a missile attack on the market at noon", True),
        # Without a name of the event between the cue and the content, nothing links it.
        ("Relief Watch said there had been a missile attack on the market at noon", "said", "there had been a missile attack on the market at noon", False),
    ],
)
def test_the_object_of_an_accusation_links_it(line, cue, content, linked):
    text = line + "\n"
    start, at = text.index(content), text.index(cue)
    s = Statement("s1", "Relief Watch", "Relief Watch", cue, content, "indirect", parse_iso("2031-10-20"), None, "assert",
                  "texts/wire.txt", Span(start, start + len(content)), cue_span=Span(at, at + len(cue)), speaker_id="relief-watch")
    links = link_statements([s], STORE, INDEX, texts={"texts/wire.txt": text})
    assert ("kelby-strike" in {link.event for link in links if link.level == "match"}) is linked, links


BLAME = Event("market-blame", "The Kelby market attack", "account", ("kelby",), ("responsible for",))
BLAME_STORE = Store("claims.yaml", STORE.sources, ENTITIES, (BLAME, EVENTS[4]), ())


@pytest.mark.parametrize(
    "content, linked",
    [
        # "blamed", "was behind", "responsible for" say one thing: who is held responsible
        ("Sudria was behind the market attack in Kelby", True),
        ("Norland blamed Sudria for the market attack in Kelby", True),
        ("Sudria is responsible for the market attack in Kelby", True),
        # the place alone, without who is to blame, is no statement about it
        ("the market in Kelby reopened on Monday", False),
    ],
)
def test_words_of_blame_are_one_keyword(content, linked):
    links = link_statements([statement(content, None)], BLAME_STORE, INDEX)
    assert ("market-blame" in {link.event for link in links if link.level == "match"}) is linked, links


NAMED = (*ENTITIES, Entity("oda-brenn", "Oda Brenn", "person"), Entity("holm-army", "Holm Army", "organization"))
DAM_ORDER = Event("dam-order", "Who ordered the breach of the Tarn dam", "account", ("tarn",), ("Brenn", "Dorr", "army"))
NAMED_STORE = Store("claims.yaml", STORE.sources, NAMED, (DAM_ORDER, EVENTS[4]), ())


@pytest.mark.parametrize(
    "content, linked",
    [
        # A keyword written as a name is found in the full name the text gives.
        ("the Tarn dam was breached at the direction of President Oda Brenn", True),
        # A keyword that names an entity the event does not list still counts as a keyword.
        ("men sent by Piet Dorr breached the Tarn dam", True),
        # A keyword in lower case is a word, not part of a name ("the Holm Army").
        ("the army breached the Tarn dam", True),
        ("the Holm Army says the Tarn dam was breached", False),
        # No keyword at all: the place alone says nothing of who ordered it.
        ("the Tarn dam was breached on Monday", False),
    ],
)
def test_keywords_written_as_names(content, linked):
    index = EntityIndex(NAMED)
    links = link_statements([replace(statement(content, None), speaker_id=None)], NAMED_STORE, index)
    assert ("dam-order" in {link.event for link in links if link.level == "match"}) is linked, links


HOLT = Entity("inga-holt", "Inga Holt", "person", ("Holt",))
DAM_BLAME = Event("dam-blame", "Who blew up the Tarn dam", "account", ("tarn", "norland", "inga-holt"), ("ordered",))
PARTY_STORE = Store("claims.yaml", STORE.sources, (*ENTITIES, HOLT), (DAM_BLAME, EVENTS[4]), ())


@pytest.mark.parametrize(
    "content, speaker_id, linked",
    [
        # a party only this event lists, speaking of another of its parties: about it, without its keywords
        ("Norland wanted the Tarn valley flooded and blew the wall", "inga-holt", True),
        # the same words from a speaker the event does not list need its keywords
        ("Norland wanted the Tarn valley flooded and blew the wall", "piet-dorr", False),
        # the party speaking of nothing the event lists is about something else
        ("the night was loud and nobody slept", "inga-holt", False),
    ],
)
def test_a_party_of_one_event_speaking_of_another(content, speaker_id, linked):
    index = EntityIndex((*ENTITIES, HOLT))
    links = link_statements([statement(content, None) if speaker_id is None else replace(statement(content, None), speaker_id=speaker_id)],
                            PARTY_STORE, index)
    assert ("dam-blame" in {link.event for link in links if link.level == "match"}) is linked, links
