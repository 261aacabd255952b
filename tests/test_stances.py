"""Positions as stances, and linking through the article, on invented articles.

The store knows people, sides and events but holds no claims, as a user's store does before
`add`: the chain must find who holds what from the statements alone.
"""

from __future__ import annotations

import pytest

from karabakh_claims.conflicts import find_conflicts
from karabakh_claims.dates import parse_iso
from karabakh_claims.entities import EntityIndex
from karabakh_claims.events import assertions
from karabakh_claims.linking import link_statements
from karabakh_claims.models import Entity, Event, Span, Statement, Store
from karabakh_claims.stances import denies_in_its_words, group_positions

ENTITIES = (
    Entity("kelby", "Kelby", "place"),
    Entity("halvorsen", "Halvorsen Shipping", "organisation", ("Halvorsen",), side="company"),
    Entity("port-authority", "Kelby Port Authority", "organisation", ("the port authority",), side="port"),
    Entity("ines-tavora", "Ines Tavora", "person", ("Tavora",), side="port"),
    Entity("rui-mendes", "Rui Mendes", "person", ("Mendes",), side="union"),
    Entity("dock-union", "Kelby Dockers' Union", "organisation", ("the union",), side="union"),
    Entity("marta-lind", "Marta Lind", "person", ("Lind",), side="company"),
    Entity("coast-guard", "Coast Guard", "organisation", (), side="neutral"),
)
CAUSE = Event("pier-collapse-cause", "What caused the collapse of the Kelby pier", "account",
              ("kelby", "halvorsen", "port-authority", "dock-union"), ("collapse", "collapsed", "negligence", "overloaded"))
TOLL = Event("pier-injured", "How many people were injured when the Kelby pier collapsed", "number",
             ("kelby",), ("injured",))
STORE = Store("claims.yaml", (), ENTITIES, (CAUSE, TOLL), ())
INDEX = EntityIndex(ENTITIES)


def _statements(text: str, parts: list[tuple[str, str | None, str, str]]) -> list[Statement]:
    """Statements of an invented article: (speaker id or None, content, polarity, said_on)."""
    out = []
    for n, (speaker_id, content, polarity, said) in enumerate(parts):
        start = text.index(content)
        entity = INDEX.get(speaker_id) if speaker_id else None
        out.append(Statement(
            f"s{n}", entity.name if entity else None, entity.name if entity else "he", "said", content, "indirect",
            parse_iso(said), None, polarity, "kelby.txt", Span(start, start + len(content)),
            speaker_id=speaker_id, speaker_basis="alias" if entity else "unresolved: pronoun 'he' with no certain antecedent",
        ))
    return out


ARTICLE = (
    "Kelby pier collapse: port blames shipping firm\n\n"
    "The port authority said the Kelby pier collapsed because Halvorsen overloaded it with containers. "
    "Halvorsen's Marta Lind rejected the accusations. "
    "Ines Tavora said the collapse had nothing to do with the port's inspections. "
    "Rui Mendes said the union had warned of negligence by Halvorsen for months. "
    "The union said 14 workers were injured when the pier collapsed; Halvorsen said six workers were injured at the Kelby pier.\n\n"
    "He said the weather was fine."
)
PARTS = [
    ("port-authority", "the Kelby pier collapsed because Halvorsen overloaded it with containers", "assert", "2024-05-02"),
    ("marta-lind", "the accusations", "deny", "2024-05-02"),
    ("ines-tavora", "the collapse had nothing to do with the port's inspections", "assert", "2024-05-02"),
    ("rui-mendes", "the union had warned of negligence by Halvorsen for months", "assert", "2024-05-02"),
    ("dock-union", "14 workers were injured when the pier collapsed", "assert", "2024-05-02"),
    ("halvorsen", "six workers were injured at the Kelby pier", "assert", "2024-05-02"),
    (None, "the weather was fine", "assert", "2024-05-02"),
]


@pytest.fixture(scope="module")
def chain():
    statements = _statements(ARTICLE, PARTS)
    links = link_statements(statements, STORE, INDEX, texts={"kelby.txt": ARTICLE})
    found = assertions(STORE, statements, links, INDEX, texts={})
    return statements, links, found


def _linked(links, event: str) -> set[str]:
    return {link.statement_id for link in links if link.level == "match" and link.event == event}


def test_a_content_that_only_points_back_takes_the_event_of_the_statement_before(chain) -> None:
    _, links, _ = chain
    assert "s1" in _linked(links, "pier-collapse-cause")  # "rejected the accusations"


def test_a_figure_links_to_the_count_it_gives_as_well(chain) -> None:
    _, links, _ = chain
    assert {"s4"} <= _linked(links, "pier-injured")


def test_positions_are_one_per_side_and_stance(chain) -> None:
    _, _, found = chain
    grouping = group_positions([a for a in found if a.event == "pier-collapse-cause"], "account")
    held = {(p.party, p.polarity, tuple(sorted(a.statement.id for a in p.assertions))) for p in grouping.positions}
    # The port blames the company; the union blames it too (its figure of the injured says
    # what the collapse did, and holds the same account); the company's spokeswoman rejects
    # the accusations.
    assert ("company", "deny", ("s1",)) in held
    assert ("union", "assert", ("s3", "s4")) in held
    assert {p for p, pol, ids in held if "s0" in ids} == {"port"}
    (conflict,) = find_conflicts([a for a in found if a.event == "pier-collapse-cause"], [CAUSE])
    assert "Marta Lind denies" in conflict.why


def test_an_unresolved_speaker_joins_no_side(chain) -> None:
    statements, _, found = chain
    assert all(a.statement.id != "s6" or not a.attributed for a in found)
    for event in (CAUSE, TOLL):
        grouping = group_positions([a for a in found if a.event == event.id], event.slot)
        assert all(a.statement.id != "s6" for p in grouping.positions for a in p.assertions)


def test_figures_of_two_sides_that_do_not_meet_are_a_conflict(chain) -> None:
    _, _, found = chain
    (conflict,) = find_conflicts([a for a in found if a.event == "pier-injured"], [TOLL])
    assert sorted((p.party, p.value) for p in conflict.positions) == [("company", "six (people wounded)"), ("union", "14 (people wounded)")]
    assert conflict.why.startswith("Figures for the same count do not meet")


@pytest.mark.parametrize(
    "content, denies",
    [
        ("it had nothing to do with the collapse", True),
        ("the images were fakes", True),
        ("The union's story is invented from start to finish, a fiction", True),
        ("there was no evidence of any negligence", True),
        ("the crane was never inspected by the port", True),  # a negation is a denial of the account
        ("the company overloaded the pier with containers", False),
        ("the pier collapsed at dawn", False),
        # After a concession, the point is what follows.
        ("We have not read the inspectors' report yet, but its figures are right", False),
        ("The port has made serious accusations, but has not yet provided any evidence", True),
        ("Nobody was hurt", True),
        # A concessive clause before the point, and "not only ... but also", deny nothing.
        ("even though the footage is shaky and no one can be identified, the video is genuine", False),
        ("Although the night was dark, no missile was fired", True),
        ("the crane was not only old but also overloaded", False),
        # A prohibition or an exhortation negates what ought to be, not what happened.
        ("Most of the deaths came from excessive force by the guards. This inquiry must not fail", False),
        ("we should never forget the victims", False),
        ("The guards must not be blamed: they never fired", True),
    ],
)
def test_a_statement_denies_in_its_own_words(content: str, denies: bool) -> None:
    assert denies_in_its_words(content) is denies


def test_a_speaker_who_names_no_actor_keeps_their_own_account() -> None:
    text = (
        "Kelby Port Authority said Halvorsen overloaded the pier. Marta Lind said the pier collapsed because the "
        "port authority skipped inspections. Marta Lind later said it was a tragedy for everyone."
    )
    parts = [
        ("port-authority", "Halvorsen overloaded the pier", "assert", "2024-05-02"),
        ("marta-lind", "the pier collapsed because the port authority skipped inspections", "assert", "2024-05-02"),
        ("marta-lind", "it was a tragedy for everyone", "assert", "2024-05-03"),
    ]
    statements = _statements(text, parts)
    links = [link for link in link_statements(statements, STORE, INDEX, texts={"kelby.txt": text}) if link.event == CAUSE.id]
    forced = [type(links[0])(s.id, CAUSE.id, 70.0, "match", "test") for s in statements]
    found = assertions(STORE, statements, forced, INDEX, texts={})
    grouping = group_positions(found, "account")
    company = next(p for p in grouping.positions if p.party == "company")
    assert sorted(a.statement.id for a in company.assertions) == ["s1", "s2"]
    (conflict,) = find_conflicts(found, [CAUSE])
    assert conflict.why.startswith("Competing accounts from different sides")


@pytest.mark.parametrize(
    "values_are_quotes, positions",
    [
        # Claims `add` proposed and a person accepted keep their quote as value: they are
        # grouped by what they hold, as the statements were (the port blames the company,
        # the company blames the port, twice).
        (True, [("company", 2), ("port", 1)]),
        # A value a person wrote is a position as it stands: two wordings, two positions.
        (False, [("company", 1), ("company", 1), ("port", 1)]),
    ],
)
def test_claims_whose_value_is_their_quote_are_grouped_by_stance(values_are_quotes, positions) -> None:
    from dataclasses import replace

    from karabakh_claims.models import Claim, SourceRecord

    text = (
        "Kelby Port Authority said Halvorsen overloaded the pier. Marta Lind said the port authority "
        "skipped the inspections. Lind said the port authority ignored the engineers' warnings."
    )
    quotes = [
        ("port-authority", "Halvorsen overloaded the pier", "the company overloaded it"),
        ("marta-lind", "the port authority skipped the inspections", "the port skipped inspections"),
        ("marta-lind", "the port authority ignored the engineers' warnings", "the port ignored warnings"),
    ]
    claims = tuple(
        Claim(f"c{n}", CAUSE.id, speaker, parse_iso("2024-05-02"), "kelby", quote, quote if values_are_quotes else written, "assert")
        for n, (speaker, quote, written) in enumerate(quotes)
    )
    store = replace(STORE, sources=(SourceRecord("kelby", "kelby.txt", "Kelby Post", None, None),), claims=claims)
    found = assertions(store, [], [], INDEX, texts={"kelby": text})
    grouping = group_positions(found, "account")
    assert sorted((p.party, len(p.assertions)) for p in grouping.positions) == positions
    (conflict,) = find_conflicts(found, [CAUSE])
    assert conflict.why.startswith("Competing accounts from different sides")
