#!/usr/bin/env python3
"""Score the extractor on PolNeAR train, our way (see scripts/polnear.py).

    python scripts/eval_polnear.py                 # the four development fifths (folds 1-4)
    python scripts/eval_polnear.py --fold 3        # one development fold
    python scripts/eval_polnear.py --held-out      # the held-out fifth: score it once, at the end
    python scripts/eval_polnear.py --rules-only    # the rule engine alone, without the model

Exit status 0 whatever the scores; 2 when ../shared/data/polnear/train.jsonl is absent.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polnear  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fold", type=int, default=None, help="one development fold (1-4)")
    ap.add_argument("--held-out", action="store_true", help="the held-out fifth (blind: once)")
    ap.add_argument("--rules-only", action="store_true", help="without the trained model")
    ap.add_argument("--min-confidence", type=float, default=None, help="drop statements below this confidence")
    ap.add_argument("--unread-only", action="store_true", help="the tagger reads only the paragraphs the rules left")
    ap.add_argument("--model", default=None, help="weights to use instead of the package's (cross-validation)")
    ap.add_argument("--per-statement", action="store_true", help="score each statement alone (not the pieces of an interrupted quotation as one)")
    args = ap.parse_args(argv)
    if not polnear.available():
        print(f"eval_polnear: {polnear.DATA} is absent", file=sys.stderr)
        return 2
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.statements import extract_statements

    if args.model:
        import karabakh_claims.decide as decide
        from karabakh_claims.model import load_tagger

        decide.load_tagger = lambda: load_tagger(args.model)
        cues_file = Path(args.model + ".cues")
        if cues_file.is_file():
            cues = frozenset(cues_file.read_text(encoding="utf-8").split())
            decide.learned_cues = lambda: cues
    docs = polnear.load()
    if args.held_out:
        docs = polnear.held_out(docs)
    else:
        docs = polnear.development(docs)
        if args.fold is not None:
            docs = [d for d in docs if polnear.fold_of(d["doc_id"]) == args.fold]
    index = EntityIndex([])
    kwargs: dict = {"use_model": False} if args.rules_only else {}
    if args.unread_only:
        kwargs["read_all"] = False
    if args.min_confidence is not None:
        kwargs["min_confidence"] = args.min_confidence

    def extract(doc):
        return extract_statements(doc, entities=index, **kwargs)

    started = time.perf_counter()
    tally = polnear.score_extractor(docs, extract, per_cue=not args.per_statement)
    took = time.perf_counter() - started
    name = "held-out" if args.held_out else (f"fold {args.fold}" if args.fold is not None else "dev folds 1-4")
    print(tally.line(name))
    print(f"{len(docs)} articles, {sum(len(d['text']) for d in docs) / 1e6:.2f} MB in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
