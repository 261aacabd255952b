"""The conflict gate: the chain text -> statements -> events -> positions on real disputes.

Runs scripts/eval_disputes.py in process on the five dev disputes of ../shared/data/disputes
(claims-free stores, gold conflict tables), with their events and without them (conflicts
--discover), and scripts/eval_match.py on the project's gold links and the disputes' gold
statements. A figure worse than its record in tests/data/conflict_baselines.json fails: fewer
disputes found, lower purity or link precision/recall (by more than 0.01), more wrong speakers,
unresolved speakers or false conflicts in tables. The disputes data lives outside the
repository; without it those checks are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BASELINES = json.loads((ROOT / "tests/data/conflict_baselines.json").read_text(encoding="utf-8"))
TOLERANCE = 0.01


def _script(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up in sys.modules
    spec.loader.exec_module(module)
    return module


ed = _script("eval_disputes")
em = _script("eval_match")
needs_disputes = pytest.mark.skipif(not (ed.DEFAULT_DATA / "gold").is_dir(), reason="../shared/data/disputes is absent")


def _total(score_one) -> dict:
    total = ed.Score()
    for slug in ed.DEV:
        total.add(score_one(slug))
    return total.figures()


def _at_least_as_good(figures: dict, baseline: dict) -> list[str]:
    worse = []
    for name, recorded in baseline.items():
        value = figures[name]
        lower_is_better = name in ("wrong_speakers", "false_conflicts", "unresolved_in_tables")
        if lower_is_better and value > recorded:
            worse.append(f"{name} {value} > {recorded}")
        elif not lower_is_better and isinstance(recorded, float) and value < recorded - TOLERANCE:
            worse.append(f"{name} {value:.3f} < {recorded:.3f} - {TOLERANCE}")
        elif not lower_is_better and isinstance(recorded, int) and value < recorded:
            worse.append(f"{name} {value} < {recorded}")
    return worse


@needs_disputes
def test_conflict_tables_of_the_dev_disputes() -> None:
    figures = _total(lambda slug: ed.score_dispute(ed.DEFAULT_DATA, slug))
    assert not _at_least_as_good(figures, BASELINES["disputes"]), figures


@needs_disputes
def test_discovered_conflicts_of_the_dev_disputes() -> None:
    folder = Path(tempfile.mkdtemp(prefix="conflict-gate-"))
    figures = _total(lambda slug: ed.score_discovery(ed.DEFAULT_DATA, slug, folder))
    assert not _at_least_as_good(figures, BASELINES["discover"]), figures


def _linking(gold, preds) -> dict:
    precision, recall, _ = em.score(gold, preds, levels=em.LEVELS["match"]).prf()
    return {"precision": precision, "recall": recall}


@needs_disputes
def test_event_linking_on_the_disputes() -> None:
    gold, preds = {}, []
    for store, entities, statements, links, texts in em.disputes_case(ed.DEV):
        gold.update(links)
        preds += em.run(statements, store, entities, match_at=em.MATCH_AT, suggest_at=em.SUGGEST_AT, texts=texts)
    figures = _linking(gold, preds)
    assert not _at_least_as_good(figures, BASELINES["linking/disputes"]), figures


def test_event_linking_on_the_project_gold() -> None:
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.store import load_store

    store = load_store(em.DEFAULT_STORE)
    entities = EntityIndex.from_store(store)
    rows = em._read_jsonl(em.DEFAULT_GOLD)
    gold = em.gold_links(rows, em._read_jsonl(em.DEFAULT_LINKS), [e.id for e in store.events])
    statements = em.build_statements(rows, entities)
    preds = em.run(statements, store, entities, match_at=em.MATCH_AT, suggest_at=em.SUGGEST_AT, texts=em._texts(statements, em.ROOT))
    figures = _linking(gold, preds)
    assert not _at_least_as_good(figures, BASELINES["linking/bundled"]), figures
