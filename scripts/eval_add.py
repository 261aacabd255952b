#!/usr/bin/env python3
"""How much of a curated store `add` proposes by itself.

Bundled corpus (default): the curated claims.yaml with its claims removed is written to
a temporary folder with seeds/ beside it, `add seeds/` is planned there (nothing is
written), and the proposed claims are compared with the curated ones. A curated claim
is found when a proposed claim has the same event, the same speaker, the same source,
and a quote overlapping the curated quote in the text. Recall is the share of curated
claims found; precision the share of proposed claims that find one.

    python3 scripts/eval_add.py                 # bundled corpus
    python3 scripts/eval_add.py --suggested     # also best suggestions below match level
    python3 scripts/eval_add.py --verbose       # the curated claims missed, and why
    python3 scripts/eval_add.py --disputes      # the dev disputes (texts read at run time)

--disputes runs the same flow on the five development disputes of ../shared/data/disputes
(their stores have empty claims): each store is copied to a temporary folder with its
`file:` paths made absolute, `add` is planned over the dispute's texts, and the proposed
claims are counted, with how many land on the events of the gold conflicts and how many
of those are gold position statements (same file and speaker, overlapping content).
Held-out disputes are never read.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from karabakh_claims.grow import AddOptions, AddPlan, plan_add  # noqa: E402
from karabakh_claims.quotes import find_quote  # noqa: E402
from karabakh_claims.store import load_store  # noqa: E402

DISPUTES = REPO.parent / "shared" / "data" / "disputes"
DEV_DISPUTES = ("mh17", "skripal-poisoning", "bucha-killings", "kabul-drone-strike", "nord-stream-sabotage")


@dataclass(frozen=True)
class Score:
    curated: int
    proposed: int
    found: int  # curated claims found
    right: int  # proposed claims that find a curated one
    missed: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.curated if self.curated else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 0.0


def without_claims(text: str) -> str:
    """The store's text up to its `claims:` section (the last one), with an empty one."""
    lines = text.splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if line.startswith("claims:"))
    return "".join(lines[:cut]) + "claims: []\n"


def bundled_plan(folder: Path, *, suggested: bool = False) -> tuple[AddPlan, Path]:
    """The plan of `add seeds/` on the curated store without its claims, in `folder`."""
    store = folder / "claims.yaml"
    store.write_text(without_claims((REPO / "claims.yaml").read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copytree(REPO / "seeds", folder / "seeds")
    return plan_add(store, [str(folder / "seeds")], options=AddOptions(suggested=suggested)), store


def score(plan: AddPlan, curated_store: Path, texts_folder: Path) -> Score:
    """Compare the proposed claims of `plan` with the claims of `curated_store`."""
    curated = load_store(curated_store)
    files = {s.id: s.file for s in curated.sources}
    texts: dict[str, str] = {}

    def span(source: str, quote: str):
        if source not in texts:
            texts[source] = (texts_folder / files[source]).read_text(encoding="utf-8")
        return find_quote(quote, texts[source])

    found: set[str] = set()
    right = 0
    spans = {c.id: span(c.source, c.quote) for c in curated.claims}
    for proposed in plan.claims:
        mine = span(proposed.source, proposed.quote)
        hit = False
        for claim in curated.claims:
            theirs = spans[claim.id]
            if (
                claim.event == proposed.event
                and claim.speaker == proposed.speaker
                and claim.source == proposed.source
                and mine is not None
                and theirs is not None
                and mine.start < theirs.end
                and theirs.start < mine.end
            ):
                found.add(claim.id)
                hit = True
        right += hit
    missed = tuple(c.id for c in curated.claims if c.id not in found)
    return Score(len(curated.claims), len(plan.claims), len(found), right, missed)


def bundled(suggested: bool, verbose: bool) -> Score:
    with tempfile.TemporaryDirectory() as tmp:
        plan, _ = bundled_plan(Path(tmp), suggested=suggested)
        result = score(plan, REPO / "claims.yaml", REPO)
        print(f"bundled corpus, add seeds/{' --suggested' if suggested else ''}")
        print(f"  curated claims {result.curated}, proposed {result.proposed}, new entities {len(plan.entities)}")
        print(f"  recall {result.recall:.3f} ({result.found}/{result.curated})   precision {result.precision:.3f} ({result.right}/{result.proposed})")
        bound = extraction_bound()
        print(f"  extraction bound: {bound}/{result.curated} = {bound / result.curated:.3f} curated quotes overlap a statement with the curated speaker")
        if verbose:
            _explain_misses(plan, result)
    return result


def extraction_bound() -> int:
    """How many curated claims any linking could find: their quote overlaps an extracted
    statement of the same source whose speaker is the curated speaker."""
    from karabakh_claims.pipeline import extract

    curated = load_store(REPO / "claims.yaml")
    files = {s.id: s.file for s in curated.sources}
    result = extract(REPO / "claims.yaml", [])
    found = 0
    for claim in curated.claims:
        text = result.texts.get(claim.source)
        theirs = find_quote(claim.quote, text) if text is not None else None
        found += theirs is not None and any(
            s.file == files[claim.source] and s.speaker_id == claim.speaker
            and s.span.start < theirs.end and theirs.start < s.span.end
            for s in result.statements
        )  # fmt: skip
    return found


def _explain_misses(plan: AddPlan, result: Score) -> None:
    curated = {c.id: c for c in load_store(REPO / "claims.yaml").claims}
    files = {s.id: s.file for s in load_store(REPO / "claims.yaml").sources}
    for claim_id in result.missed:
        claim = curated[claim_id]
        text = (REPO / files[claim.source]).read_text(encoding="utf-8")
        theirs = find_quote(claim.quote, text)
        near = [
            left for left in plan.left
            if Path(left.file).name == Path(files[claim.source]).name and theirs is not None
            and (mine := find_quote(" ".join(left.content.split()), text)) is not None
            and mine.start < theirs.end and theirs.start < mine.end
        ]  # fmt: skip
        proposed = [
            p for p in plan.claims
            if p.source == claim.source and theirs is not None
            and (mine := find_quote(p.quote, text)) is not None and mine.start < theirs.end and theirs.start < mine.end
        ]  # fmt: skip
        why = "; ".join(f"{l.reason}: {l.detail}" for l in near) or "; ".join(
            f"proposed as {p.event} by {p.speaker}" for p in proposed
        ) or "not extracted"
        print(f"  missed {claim_id} ({claim.event}, {claim.speaker}): {why}")


def disputes(suggested: bool) -> None:
    import yaml

    if not DISPUTES.is_dir():
        print(f"disputes: {DISPUTES} not found; skipped")
        return
    from karabakh_claims.store_edit import write_snapshot
    from karabakh_claims.validate import validate_store

    print(f"dev disputes, add texts/<slug>/{' --suggested' if suggested else ''}")
    totals = [0, 0, 0, 0]
    for slug in DEV_DISPUTES:
        gold = yaml.safe_load((DISPUTES / "gold" / f"{slug}.yaml").read_text(encoding="utf-8"))
        store_text = (DISPUTES / "stores" / f"{slug}.yaml").read_text(encoding="utf-8")
        texts = (DISPUTES / "texts" / slug).resolve()
        with tempfile.TemporaryDirectory() as tmp:
            store = Path(tmp) / "claims.yaml"
            store.write_text(store_text.replace("file: ../texts/", f"file: {texts.parent}/"), encoding="utf-8")
            plan = plan_add(store, [str(texts)], options=AddOptions(suggested=suggested))
            names = {e.id: e.name for e in load_store(store).entities}
            write_snapshot(plan.snapshot, plan.text)
            errors = [d for d in validate_store(store) if d.level == "error"]
        gold_claims = [
            (conflict["event"], Path(claim["file"]).name, claim["speaker"], " ".join(claim["content"].split()))
            for conflict in gold.get("conflicts", [])
            for position in conflict["positions"]
            for claim in position["claims"]
        ]
        conflict_events = {event for event, *_ in gold_claims}
        on_gold = [c for c in plan.claims if c.event in conflict_events]

        def holds(claim) -> bool:
            name = names.get(claim.speaker, claim.speaker)
            return any(
                claim.event == event and Path(claim.file).name == file and name == speaker
                and (content in claim.quote or claim.quote in content)
                for event, file, speaker, content in gold_claims
            )  # fmt: skip

        held = [c for c in on_gold if holds(c)]
        unlinked = sum(1 for left in plan.left if left.reason == "unlinked")
        for i, n in enumerate((len(plan.claims), len(on_gold), len(held), len(gold_claims))):
            totals[i] += n
        print(
            f"  {slug:21} proposed {len(plan.claims):3}; on the gold conflicts' events {len(on_gold):3}, "
            f"gold position statements {len(held):3}/{len(gold_claims)}; new entities {len(plan.entities)}; "
            f"unlinked {unlinked}; check errors {len(errors)}"
        )
    print(
        f"  {'total':21} proposed {totals[0]:3}; on the gold conflicts' events {totals[1]:3}, "
        f"gold position statements {totals[2]:3}/{totals[3]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suggested", action="store_true", help="also propose best suggestions below match level")
    parser.add_argument("--verbose", action="store_true", help="list the curated claims missed, and why")
    parser.add_argument("--disputes", action="store_true", help="run on the dev disputes instead")
    args = parser.parse_args()
    if args.disputes:
        disputes(args.suggested)
    else:
        bundled(args.suggested, args.verbose)


if __name__ == "__main__":
    main()
