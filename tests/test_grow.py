"""grow: what `add` proposes from articles, what it refuses, and the review of its proposals.

The store and articles are the README tour's (tests/tour.py): invented text about a fire at
a chemical works, with the people and events a user writes by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tour
from karabakh_claims.errors import InputError, StoreError, UsageError
from karabakh_claims.grow import (
    INIT_TEMPLATE,
    AddOptions,
    _guess_type,
    _name_like,
    init_store,
    plan_add,
    plan_status,
    proposed_entries,
    write_plan,
)
from karabakh_claims.models import Span, Statement
from karabakh_claims.store import load_store
from karabakh_claims.validate import validate_store

WIRE = "northern-wire-tarrow-fire.txt"
GAZETTE = "valley-gazette-charging-bay.txt"
RADIO = "tarrow-radio-company-stands-by.txt"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tour.build(tmp_path)


def options(name: str, **more) -> AddOptions:
    outlet, published, _ = tour.ARTICLES[name]
    return AddOptions(outlet=outlet, published=published, **more)


def add(store: Path, name: str, **more):
    """Plan `add articles/<name>` and write it; the plan."""
    plan = plan_add(store, [str(store.parent / "articles" / name)], options=options(name, **more))
    write_plan(plan)
    return plan


def errors(store: Path) -> list[str]:
    return [f"{d.line}: {d.code} {d.message}" for d in validate_store(store) if d.level == "error"]


# --- init ------------------------------------------------------------------------------------------


def test_init_writes_a_store_check_accepts(tmp_path: Path) -> None:
    path = init_store(tmp_path / "new" / "topic")
    assert path.read_text(encoding="utf-8") == INIT_TEMPLATE
    assert validate_store(path) == []
    assert load_store(path).claims == ()


def test_init_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text("# mine\n", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        init_store(tmp_path)
    assert (tmp_path / "claims.yaml").read_text(encoding="utf-8") == "# mine\n"


def test_a_store_without_sections_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\nentities: []\nevents:\n", encoding="utf-8")
    assert validate_store(path) == []


# --- add -------------------------------------------------------------------------------------------


def test_add_registers_the_article_and_proposes_its_linked_statements(store: Path) -> None:
    plan = add(store, WIRE)
    assert [(s.id, s.file, s.outlet, s.published) for s in plan.sources] == [
        ("northern-wire-tarrow-fire", "articles/northern-wire-tarrow-fire.txt", "Northern Wire", "2024-03-12")
    ]
    by_speaker = {(c.speaker, c.event): c for c in plan.claims}
    hale = by_speaker[("imogen-hale", "fire-cause")]
    assert hale.quote == "lightning struck the roof of the Kestrel works warehouse and started the fire"
    assert (hale.said_on, hale.polarity, hale.source) == ("2024-03-12", "assert", "northern-wire-tarrow-fire")
    company = by_speaker[("kestrel-chemicals", "evacuation-count")]
    assert company.value == "about 1,500" and company.scope
    assert all(c.link_score is not None and c.found_by.startswith("s-") for c in plan.claims)
    loaded = load_store(store)
    assert {c.status for c in loaded.claims} == {"proposed"}
    assert errors(store) == []


def test_add_appends_without_changing_a_line(store: Path) -> None:
    before = store.read_text(encoding="utf-8").splitlines()
    add(store, WIRE)
    after = store.read_text(encoding="utf-8").splitlines()
    kept = iter(after)
    assert all(any(line == other for other in kept) for line in before), "a line written before add changed or moved"


def test_adding_the_same_article_again_adds_nothing(store: Path) -> None:
    add(store, WIRE)
    written = store.read_bytes()
    again = add(store, WIRE)
    assert not again.changed and again.claims == () and again.sources == ()
    assert again.registered == ("northern-wire-tarrow-fire",)
    assert "nothing to add" in again.summary()[0]
    assert store.read_bytes() == written


def test_a_rejected_claim_is_not_proposed_again(store: Path) -> None:
    first = add(store, WIRE)
    rejected = next(c.id for c in first.claims if c.speaker == "imogen-hale")
    write_plan(plan_status(store, [rejected], "rejected"))
    again = add(store, WIRE)
    assert not again.changed
    assert rejected in {c.id for c in load_store(store).claims}


def test_a_new_speaker_becomes_one_proposed_entity(store: Path) -> None:
    plan = add(store, RADIO)
    assert [(e.id, e.name, e.type) for e in plan.entities] == [("martin-greave", "Martin Greave", "person")]
    assert "type guessed" in plan.entities[0].notes
    assert {c.speaker for c in plan.claims if "Lightning" in c.quote} == {"martin-greave"}
    assert load_store(store).entities[-1].status == "proposed"
    assert errors(store) == []


def test_a_known_entity_is_not_proposed_again_under_another_spelling(store: Path) -> None:
    article = store.parent / "articles" / "misspelt.txt"
    article.write_text(
        "TARROW, March 18 (Northern Wire) - Samuel Okorro, the chief fire officer, said on Monday that the fire "
        "at the Kestrel works started in the charging bay.\n",
        encoding="utf-8",
    )
    plan = plan_add(store, [str(article)], options=AddOptions(outlet="Northern Wire", published="2024-03-18"))
    assert plan.entities == ()
    assert {c.speaker for c in plan.claims} == {"samuel-okoro"}


def test_a_rejected_entity_is_not_proposed_again(store: Path) -> None:
    first = add(store, RADIO)
    write_plan(plan_status(store, ["martin-greave", *[c.id for c in first.claims if c.speaker == "martin-greave"]], "rejected"))
    article = store.parent / "articles" / "later.txt"
    article.write_text(
        "TARROW, March 20 (Northern Wire) - Martin Greave said on Wednesday that lightning caused the fire at the Kestrel works.\n",
        encoding="utf-8",
    )
    plan = plan_add(store, [str(article)], options=AddOptions(outlet="Northern Wire", published="2024-03-20"))
    assert plan.entities == () and plan.claims == ()
    assert [(left.reason, "rejected" in left.detail) for left in plan.left] == [("speaker", True)]


def test_descriptions_and_pronouns_are_never_proposed_as_entities(store: Path) -> None:
    article = store.parent / "articles" / "unnamed.txt"
    article.write_text(
        "TARROW, March 19 (Northern Wire) - Analysts said the fire at the Kestrel works began in the charging bay.\n\n"
        "Local residents said lightning caused the fire at the Kestrel works.\n",
        encoding="utf-8",
    )
    plan = plan_add(store, [str(article)], options=AddOptions(outlet="Northern Wire", published="2024-03-19"))
    assert plan.entities == () and plan.claims == ()
    assert {left.reason for left in plan.left} == {"speaker"}


def test_unlinked_statements_are_listed_and_added_on_request(store: Path) -> None:
    listed = plan_add(store, [str(store.parent / "articles" / WIRE)], options=options(WIRE))
    unlinked = [left for left in listed.left if left.reason in ("unlinked", "no-value")]
    assert unlinked
    summary = listed.summary()
    assert any(f"{len(unlinked)} statement(s) link to no event" in line for line in summary)
    plan = add(store, WIRE, unlinked=True)
    without_event = [c for c in plan.claims if c.event is None]
    assert len(without_event) == len(unlinked)
    assert all(c.value == c.quote and c.link_score is None and "link: none" in c.found_by for c in without_event)
    assert errors(store) == []


def test_event_option_keeps_one_event(store: Path) -> None:
    plan = add(store, WIRE, event="fire-cause")
    assert plan.claims and {c.event for c in plan.claims} == {"fire-cause"}
    assert all(left.reason != "unlinked" for left in plan.left)


def test_a_folder_adds_each_article_once(store: Path) -> None:
    plan = plan_add(
        store,
        [str(store.parent / "articles"), str(store.parent / "articles" / WIRE)],
        options=AddOptions(outlet="Tarrow Radio", published="2024-03-15"),
    )
    assert sorted(s.file for s in plan.sources) == sorted(f"articles/{name}" for name in tour.ARTICLES)
    write_plan(plan)
    assert errors(store) == []


def test_ids_stay_unique_across_folders(store: Path) -> None:
    other = store.parent / "more"
    other.mkdir()
    (other / WIRE).write_text("TARROW, March 21 (Northern Wire) - Rhian Doyle said on Thursday the council was reviewing its plans.\n", encoding="utf-8")
    plan = plan_add(store, [str(store.parent / "articles" / WIRE), str(other / WIRE)], options=options(WIRE))
    assert [s.id for s in plan.sources] == ["northern-wire-tarrow-fire", "northern-wire-tarrow-fire-2"]


def test_dry_run_plans_change_nothing(store: Path) -> None:
    written = store.read_bytes()
    plan = plan_add(store, [str(store.parent / "articles" / GAZETTE)], options=options(GAZETTE))
    assert plan.changed and store.read_bytes() == written


# --- bad input ---------------------------------------------------------------------------------


def test_a_store_that_does_not_parse_is_refused(store: Path) -> None:
    store.write_text("sources: [\n", encoding="utf-8")
    with pytest.raises(StoreError, match="not valid YAML"):
        plan_add(store, [str(store.parent / "articles" / WIRE)], options=options(WIRE))


def test_a_copy_of_a_registered_article_is_refused(store: Path) -> None:
    add(store, WIRE)
    copy = store.parent / "copy.txt"
    shutil.copy(store.parent / "articles" / WIRE, copy)
    with pytest.raises(InputError, match="already registered as source 'northern-wire-tarrow-fire'"):
        plan_add(store, [str(copy)], options=options(WIRE))


def test_a_file_registered_twice_is_refused(store: Path) -> None:
    add(store, WIRE)
    text = store.read_text(encoding="utf-8").replace(
        "sources:\n",
        "sources:\n  - {id: wire-again, file: articles/northern-wire-tarrow-fire.txt, outlet: Northern Wire, published: 2024-03-12}\n",
        1,
    )
    store.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError, match="registered more than once"):
        plan_add(store, [str(store.parent / "articles" / WIRE)])


@pytest.mark.parametrize(
    "name, content, error, fragment",
    [
        ("photo.txt", b"\x89PNG\x00\x00\x01", InputError, "is an image, not text"),
        ("empty.txt", b"  \n", InputError, "is empty"),
        ("missing.txt", None, InputError, "no such file"),
        ("nothing-here", "folder", InputError, "no articles in this folder"),
    ],
)
def test_paths_that_are_not_articles_are_refused(store: Path, name: str, content, error, fragment: str) -> None:
    path = store.parent / name
    if content == "folder":
        path.mkdir()
        (path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    elif content is not None:
        path.write_bytes(content)
    written = store.read_bytes()
    with pytest.raises(error, match=fragment):
        plan_add(store, [str(path)], options=options(WIRE))
    assert store.read_bytes() == written


@pytest.mark.parametrize(
    "more, fragment",
    [
        ({"published": None}, "no publication date"),
        ({"outlet": None}, "no outlet"),
        ({"published": "12 March"}, "--published: expected an ISO date"),
        ({"event": "fire-causes"}, "did you mean 'fire-cause'"),
    ],
)
def test_missing_or_bad_metadata_is_a_usage_error(store: Path, more: dict, fragment: str) -> None:
    chosen = {"outlet": "Northern Wire", "published": "2024-03-12", **more}
    with pytest.raises(UsageError, match=fragment):
        plan_add(store, [str(store.parent / "articles" / WIRE)], options=AddOptions(**chosen))


def test_title_names_one_article(store: Path) -> None:
    with pytest.raises(UsageError, match="--title names one article"):
        plan_add(store, [str(store.parent / "articles")], options=AddOptions(outlet="X", published="2024-03-12", title="T"))


def test_stdin_is_refused(store: Path) -> None:
    with pytest.raises(UsageError, match="reads files"):
        plan_add(store, ["-"], options=options(WIRE))


# --- review ----------------------------------------------------------------------------------------


def test_review_lists_proposed_entities_then_claims(store: Path) -> None:
    plan = add(store, RADIO)
    items = proposed_entries(load_store(store))
    assert [i.kind for i in items] == ["entity"] + ["claim"] * len(plan.claims)
    assert {i.id for i in items} == {"martin-greave", *(c.id for c in plan.claims)}


def test_accept_changes_only_status_lines(store: Path) -> None:
    plan = add(store, RADIO)
    before = store.read_text(encoding="utf-8").splitlines()
    ids = ["martin-greave", plan.claims[0].id]
    status = plan_status(store, ids, "accepted")
    assert [(kind, entry_id, old) for kind, entry_id, old in status.changed] == [("entity", ids[0], "proposed"), ("claim", ids[1], "proposed")]
    write_plan(status)
    after = store.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and [b.strip() for _, b in changed] == ["status: accepted", "status: accepted"]
    assert plan_status(store, ids, "accepted").unchanged == (("entity", ids[0]), ("claim", ids[1]))


def test_accepting_a_claim_whose_speaker_is_still_proposed_says_so(store: Path) -> None:
    plan = add(store, RADIO)
    claim = next(c for c in plan.claims if c.speaker == "martin-greave")
    assert plan_status(store, [claim.id], "accepted").notes == (f"claim '{claim.id}': its speaker 'martin-greave' is still proposed",)


def test_rejecting_an_entity_names_its_claims(store: Path) -> None:
    add(store, RADIO)
    notes = plan_status(store, ["martin-greave"], "rejected").notes
    assert len(notes) == 1 and "martin-greave-" in notes[0]


@pytest.mark.parametrize(
    "ids, error, fragment",
    [
        (["martin-greav"], UsageError, "did you mean 'martin-greave'"),
        (["samuel-okoro"], UsageError, "written by a person"),
        ([], UsageError, "name the ids"),
    ],
)
def test_status_changes_that_cannot_be_made(store: Path, ids: list[str], error, fragment: str) -> None:
    add(store, RADIO)
    with pytest.raises(error, match=fragment):
        plan_status(store, ids, "accepted")


def test_a_claim_without_event_cannot_be_accepted(store: Path) -> None:
    plan = add(store, WIRE, unlinked=True)
    loose = next(c for c in plan.claims if c.event is None)
    with pytest.raises(StoreError, match="lacks event"):
        plan_status(store, [loose.id], "accepted")
    write_plan(plan_status(store, [loose.id], "rejected"))
    assert errors(store) == []


# --- who may become an entity ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Lena Ortiz", True),
        ("Defence Ministry", True),
        ("Chemical Workers' Union", True),
        ("Ryan O'Farrell", True),
        ("ECHR", True),
        ("North Vale Fire and Rescue Service", True),
        ("Bruno Maçães", True),
        ("analysts", False),
        ("Analysts", False),
        ("Officials", False),
        ("Turkish sources", False),
        ("the city's mayor", False),
        ("Both sides", False),
        ("No side", False),
        ("Most residents", False),
        ("They", False),
        ("he", False),
        ("U.S. ambassador to the OSCE", False),
        ("", False),
    ],
)
def test_name_like(name: str, expected: bool) -> None:
    assert _name_like(name) is expected


def _said(speaker: str, speaker_text: str, basis: str = "surface name") -> Statement:
    return Statement("s-1", speaker, speaker_text, "said", "x", "indirect", None, None, "assert", "a.txt", Span(0, 1), speaker_basis=basis)


@pytest.mark.parametrize(
    "name, speaker_text, basis, expected",
    [
        ("Lena Ortiz", "Lena Ortiz", "surface name", "person"),
        ("Martin Greave", "chief executive Martin Greave", "surface name", "person"),
        ("Avery Stone", "She", "pronoun 'She' -> Avery Stone", "person"),
        ("Chemical Workers' Union", "The Chemical Workers' Union", "surface form", "organisation"),
        ("Northern Wire", "Northern Wire", "surface form", "outlet"),
        ("Kestrel", "Kestrel", "surface form", "organisation"),
    ],
)
def test_guess_type(name: str, speaker_text: str, basis: str, expected: str) -> None:
    kind, why = _guess_type(name, [_said(name, speaker_text, basis)])
    assert kind == expected and why


def test_accept_all_accepts_every_proposed_entry_and_only_those(store: Path) -> None:
    plan = add(store, RADIO)
    write_plan(plan_status(store, [plan.claims[0].id], "rejected"))
    every = plan_status(store, [], "accepted", all_proposed=True)
    assert {entry_id for _, entry_id, _ in every.changed} == {"martin-greave", *(c.id for c in plan.claims[1:])}
    with pytest.raises(UsageError, match="not both"):
        plan_status(store, ["martin-greave"], "accepted", all_proposed=True)
