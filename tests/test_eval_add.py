"""`add` on real corpora: the bundled curated store rebuilt from its own articles, and the dev
disputes. The figures come from scripts/eval_add.py, which prints them with precision and recall.

The bundled test starts from claims.yaml with its claims removed (built in a temporary
folder, seeds/ beside it) and compares what `add seeds/` proposes with the curated claims:
same event, same speaker, same source, overlapping quote.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from karabakh_claims.grow import AddOptions, plan_add, write_plan
from karabakh_claims.validate import validate_store

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_add", ROOT / "scripts" / "eval_add.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_add"] = ev  # dataclasses look their module up in sys.modules
_spec.loader.exec_module(ev)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bundled")
    plan, store = ev.bundled_plan(folder)
    return plan, store, ev.score(plan, ROOT / "claims.yaml", ROOT)


@pytest.mark.xfail(
    strict=True,
    reason="measured: recall 0.491 (54/110) at match level (0.409 before linking told similar events apart, "
    "0.273 before it read the article); linking "
    "without curated claims relies on an event's entities and keywords and on the article around a statement; "
    "extraction bounds it at 0.736 (81/110 curated quotes overlap a statement with the curated speaker)",
)
def test_add_seeds_proposes_most_curated_claims(bundled) -> None:
    _, _, score = bundled
    assert score.recall >= 0.8, f"recall {score.recall:.3f} ({score.found}/{score.curated})"


def test_add_seeds_proposes_few_others(bundled) -> None:
    # "few others": about half the proposed claims are curated ones (measured 0.557, 54/97, with
    # similar events told apart and a claim for each event a statement holds; 0.474, 45/95, with
    # clear suggestions linked; 0.500, 42/84, before; 0.714, 30/42, before linking read the
    # article). The others are left for review.
    _, _, score = bundled
    assert score.proposed and score.precision >= 0.5, f"precision {score.precision:.3f} ({score.right}/{score.proposed})"


def test_add_seeds_gives_a_store_check_accepts(bundled) -> None:
    plan, store, _ = bundled
    write_plan(plan)
    diagnostics = validate_store(store)
    assert [d for d in diagnostics if d.level == "error"] == []
    assert sum(d.code == "proposed" for d in diagnostics) == len(plan.claims) + len(plan.entities)
    again = plan_add(store, [str(store.parent / "seeds")])
    assert not again.changed, "adding seeds/ twice must add nothing the second time"


def test_the_curated_store_without_claims_keeps_everything_else() -> None:
    text = (ROOT / "claims.yaml").read_text(encoding="utf-8")
    stripped = ev.without_claims(text)
    assert text.startswith(stripped[: -len("claims: []\n")])
    assert stripped.endswith("\nclaims: []\n")


DISPUTES = ev.DISPUTES


@pytest.mark.skipif(not DISPUTES.is_dir(), reason="the disputes data set is not beside the repository")
@pytest.mark.parametrize("slug", ev.DEV_DISPUTES)
def test_add_on_a_dev_dispute_gives_a_store_check_accepts(slug: str, tmp_path: Path) -> None:
    # The store is copied with its `file:` paths made absolute: the texts are read where they are.
    texts = (DISPUTES / "texts" / slug).resolve()
    store = tmp_path / "claims.yaml"
    original = (DISPUTES / "stores" / f"{slug}.yaml").read_text(encoding="utf-8")
    store.write_text(original.replace("file: ../texts/", f"file: {texts.parent}/"), encoding="utf-8")
    plan = plan_add(store, [str(texts)], options=AddOptions())
    assert plan.sources == (), "every article is registered already"
    assert plan.claims, "some statements link to the dispute's events"
    write_plan(plan)
    assert [d for d in validate_store(store) if d.level == "error"] == []
    # Only additions: every line of the original store is still there, in order.
    written = iter(store.read_text(encoding="utf-8").replace(f"file: {texts.parent}/", "file: ../texts/").splitlines())
    assert all(any(line == other for other in written) for line in original.splitlines() if line != "claims: []")
    shutil.rmtree(tmp_path, ignore_errors=True)
