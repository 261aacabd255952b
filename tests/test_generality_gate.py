"""The generality gate: who-said-what F1 on every gold set must not fall below its baseline.

Scores, in process: every gold set of tests/data/gold (the project's own annotated sets), the
five dev disputes' gold statements (../shared/data/disputes), and PolNeAR's held-out fifth
(../shared/data/polnear, scripts/polnear.py) with the default output (the rules) and with the
trained tagger's additions (--min-confidence 0). A set fails when its F1 is more than 0.01
below the baseline recorded in tests/data/generality_baselines.json; raise a baseline
deliberately, in its own commit, when a change makes a set better. Sets whose data is absent
(../shared is not part of the repository) are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINES = json.loads((ROOT / "tests/data/generality_baselines.json").read_text(encoding="utf-8"))
TOLERANCE = 0.01


def _script(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up in sys.modules
    spec.loader.exec_module(module)
    return module


ev = _script("eval_extract")
polnear = _script("polnear")


def _check(name: str, f1: float) -> None:
    baseline = BASELINES[name]
    assert f1 >= baseline - TOLERANCE, f"{name}: who-said-what F1 {f1:.3f} < baseline {baseline:.3f} - {TOLERANCE}"


@pytest.mark.parametrize("name", sorted(k for k in BASELINES if "/" not in k))
def test_project_gold_sets(name: str) -> None:
    gold, pred = ev.score_gold_file(ROOT / "tests/data/gold" / f"{name}.jsonl", None, in_process=True)
    _check(name, ev.score(gold, pred)["all"].who()[2])


def test_every_gold_set_has_a_baseline() -> None:
    assert {p.stem for p in ev.gold_sets()} <= set(BASELINES)


@pytest.mark.parametrize("slug", sorted(k.split("/", 1)[1] for k in BASELINES if k.startswith("disputes/")))
def test_dev_disputes(slug: str) -> None:
    if not (ev.DISPUTES / "gold" / f"{slug}.yaml").is_file():
        pytest.skip("../shared/data/disputes is absent")
    gold, pred = ev.score_dispute(slug, in_process=True)
    _check(f"disputes/{slug}", ev.score(gold, pred)["all"].who()[2])


@pytest.fixture(scope="module")
def held_out() -> list[dict]:
    if not polnear.available():
        pytest.skip("../shared/data/polnear is absent")
    return polnear.held_out(polnear.load())


@pytest.mark.parametrize(
    "name, min_confidence",
    [(n, None if n == "polnear/held-out" else 0.0) for n in ("polnear/held-out", "polnear/held-out-tagger") if n in BASELINES],
)
def test_polnear_held_out_fifth(held_out: list[dict], name: str, min_confidence: float | None) -> None:
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.statements import extract_statements

    index = EntityIndex([])
    tally = polnear.score_extractor(held_out, lambda doc: extract_statements(doc, entities=index, min_confidence=min_confidence))
    _check(name, tally.prf()[2])
