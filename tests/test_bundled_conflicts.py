"""The product's main job on the bundled corpus: the disputes the corpus holds, as tables.

Behavioural assertions name what must be there; the golden file pins the whole output
(regenerate with `pytest --update-golden` and review the diff).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from karabakh_claims.pipeline import analyse, bundled_store_path
from karabakh_claims.schemas import load_schema
from karabakh_claims.serialize import conflict_dict

GOLDEN = Path(__file__).parent / "golden" / "conflicts.json"
NEW_ARTICLE = Path(__file__).parent / "data" / "conflicts" / "wire_shusha_tolls.txt"


@pytest.fixture(scope="module")
def analysis():
    return analyse(bundled_store_path(), [])


@pytest.fixture(scope="module")
def conflicts(analysis) -> dict[str, dict]:
    return {c.event: conflict_dict(c) for c in analysis.conflicts}


def positions(conflict: dict) -> list[tuple[str, str, str, str]]:
    """(value, speaker, said_on, polarity) of every claim of a conflict."""
    return [
        (p["value"], claim["speaker"], claim["said_on"], claim["polarity"])
        for p in conflict["positions"]
        for claim in p["claims"]
    ]


@pytest.mark.parametrize(
    "value, speaker, said_on, polarity",
    [
        ("2020-11-08", "Ilham Aliyev", "2020-11-08", "assert"),
        ("denied as of 2020-11-08", "Armenia", "2020-11-08", "deny"),
        ("denied as of 2020-11-09", "Shushan Stepanyan", "2020-11-09", "deny"),
        ("2020-11-09", "Vahram Poghosyan", "2020-11-09", "assert"),
        ("2020-11-05/2020-11-07", "Arayik Harutyunyan", "2020-11-10/2023-09-01", "assert"),
        ("2020-11-07/2020-11-08", "Azatutyun", "2020-11-22/2020-11-28", "assert"),
    ],
)
def test_shusha_fall_positions(conflicts, value, speaker, said_on, polarity):
    assert (value, speaker, said_on, polarity) in positions(conflicts["shusha-fall"])


def test_shusha_fall_why_names_the_date_clash(conflicts):
    why = conflicts["shusha-fall"]["why"]
    assert "2020-11-05/2020-11-07" in why and "2020-11-08" in why


def test_october_terms_put_putin_against_pashinyan(conflicts):
    conflict = conflicts["oct20-ceasefire-terms"]
    speakers_by_position = [{c["speaker"] for c in p["claims"]} for p in conflict["positions"]]
    putin = [i for i, s in enumerate(speakers_by_position) if "Vladimir Putin" in s]
    pashinyan = [i for i, s in enumerate(speakers_by_position) if "Nikol Pashinyan" in s]
    assert putin and pashinyan and not set(putin) & set(pashinyan)
    assert "Vladimir Putin" in conflict["why"] and "Nikol Pashinyan" in conflict["why"]


@pytest.mark.parametrize(
    "event, asserted_by, denied_by",
    [
        ("turkish-peacekeepers", "Recep Tayyip Erdogan", "Sergei Lavrov"),
        ("barda-strike", "Azerbaijan", "Armenia"),
        ("white-phosphorus", "Armenia", "Azerbaijan"),
    ],
)
def test_claims_and_denials_face_each_other(conflicts, event, asserted_by, denied_by):
    claims = positions(conflicts[event])
    assert any(s == asserted_by and p == "assert" for _, s, _, p in claims)
    assert any(s == denied_by and p == "deny" for _, s, _, p in claims)


def test_white_phosphorus_shows_the_counter_accusation(conflicts):
    values = [p["value"] for p in conflicts["white-phosphorus"]["positions"]]
    assert any("stored or transported" in v for v in values)


def test_death_tolls_show_figures_and_scopes(conflicts):
    values = [p["value"] for p in conflicts["war-death-toll"]["positions"]]
    assert any("4000" in v for v in values) and any("2317" in v and "soldiers" in v for v in values)
    assert "count different things" in conflicts["war-death-toll"]["why"]


def test_agreements_are_not_conflicts(analysis, conflicts):
    assert "russian-peacekeepers" not in conflicts
    status = {s.event: s.status for s in analysis.summaries}
    assert status["russian-peacekeepers"] == "agreement"


def test_every_conflict_fits_the_schema_and_has_two_positions(conflicts):
    schema = load_schema("conflict")
    for conflict in conflicts.values():
        jsonschema.validate(conflict, schema)
        assert len(conflict["positions"]) >= 2


@pytest.fixture(scope="module")
def new_article():
    return analyse(bundled_store_path(), [str(NEW_ARTICLE)])


def test_an_unseen_article_dates_the_fall_and_meets_the_denials(new_article):
    extracted = [a for a in new_article.assertions if a.origin == "extracted" and a.event == "shusha-fall"]
    assert [(a.speaker, a.value.text, a.polarity) for a in extracted][:1] == [("Azerbaijani Defence Ministry", "2020-11-07", "assert")]
    shusha = next(c for c in new_article.conflicts if c.event == "shusha-fall")
    extracted_in_table = [a for p in shusha.positions for a in p.assertions if a.origin == "extracted"]
    assert extracted_in_table and "2020-11-07" in {a.value.text for a in extracted_in_table}


def test_an_unseen_articles_denial_is_linked_through_the_town_named_before(new_article):
    # "fighting for the town was continuing": the town is Shushi, named in the sentence before.
    denials = [a for a in new_article.assertions if a.origin == "extracted" and a.event == "shusha-fall" and a.speaker == "Armenian Defence Ministry"]
    assert [(a.value.text, a.polarity) for a in denials] == [("2020-11-09", "deny")]


def test_golden_conflicts(conflicts, update_golden):
    current = json.dumps(list(conflicts.values()), indent=2, ensure_ascii=False) + "\n"
    if update_golden or not GOLDEN.exists():
        GOLDEN.write_text(current, encoding="utf-8")
        pytest.skip("golden file written; review the diff")
    assert current == GOLDEN.read_text(encoding="utf-8"), "conflict output changed: review, then run pytest --update-golden"
