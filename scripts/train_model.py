#!/usr/bin/env python3
"""Train the extraction tagger (karabakh_claims/data/tagger.crfsuite) from PolNeAR train.

    python scripts/train_model.py                      # train on the four development fifths, write the package's weights
    python scripts/train_model.py --exclude-fold 1 --out /tmp/cv1.crfsuite   # one cross-validation fold

The data is ../shared/data/polnear/train.jsonl (PolNeAR, Newell, Margolin and Ruths, LREC 2018;
networkdynamics/PolNeAR at commit c3eee833; see its README). The held-out fifth (scripts/polnear.py)
is never read here. Each paragraph worth tagging (a cue word, a quotation mark or a rule statement
in it) becomes one training sequence: its tokens' features (model.py, with the rule engine's
signals computed on the same text) and BIO labels from the annotated source, cue and content
spans. The learner is a linear-chain CRF (python-crfsuite, L-BFGS, elastic net), deterministic.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polnear  # noqa: E402

# Function words that PolNeAR marks as part of a cue ("the", "that", "to"): no evidence alone.
_NOT_CUES = frozenset("the that this and for with from had has have was were are not will would could its his her their they she him".split())
PACKAGE_MODEL = Path(__file__).resolve().parents[1] / "karabakh_claims" / "data" / "tagger.crfsuite"


def sequences(docs: list[dict]):
    """(features, labels) of every candidate paragraph of `docs`."""
    from karabakh_claims.cues import load_lexicon
    from karabakh_claims.decide import candidate_paragraphs, signals_of
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.model import bio, paragraph_features, tokens
    from karabakh_claims.models import Span
    from karabakh_claims.statements import _DocumentExtractor

    lexicon = load_lexicon()
    index = EntityIndex([])
    for doc in docs:
        extractor = _DocumentExtractor(polnear.document_of(doc), index, lexicon)
        ruled = list(extractor.rule_statements())
        signals = signals_of(extractor, ruled)
        roles = [
            (role, Span(part["start"], part["end"]))
            for a in doc["attributions"]
            for role, key in (("SRC", "source"), ("CUE", "cue"), ("CON", "content"))
            for part in a[key]
        ]
        for paragraph in candidate_paragraphs(extractor, ruled):
            toks = tokens(extractor.masked, paragraph.start, paragraph.end)
            if not toks:
                continue
            inside = [(r, s) for r, s in roles if s.start < paragraph.end and s.end > paragraph.start]
            yield paragraph_features(extractor.masked, toks, signals), bio(toks, iter(inside))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude-fold", type=int, default=None, help="leave this development fold out (cross-validation)")
    ap.add_argument("--out", default=str(PACKAGE_MODEL), help="where to write the weights")
    ap.add_argument("--iterations", type=int, default=80)
    ap.add_argument("--c1", type=float, default=0.2, help="L1 weight (fewer features, a smaller file)")
    ap.add_argument("--c2", type=float, default=0.01)
    args = ap.parse_args(argv)
    if not polnear.available():
        print(f"train_model: {polnear.DATA} is absent", file=sys.stderr)
        return 2
    import pycrfsuite

    docs = polnear.development(polnear.load())
    if args.exclude_fold is not None:
        docs = [d for d in docs if polnear.fold_of(d["doc_id"]) != args.exclude_fold]
    started = time.perf_counter()
    from collections import Counter

    from karabakh_claims.model import CUES_FILE

    # The cue words of the training data (single words, seen 3 times or more): paragraphs with
    # one of them are the ones the tagger reads.
    counts = Counter(
        w for d in docs for a in d["attributions"] for c in a["cue"] for w in c["text"].lower().split() if w.isalpha() and len(w) > 2
    )
    cues = sorted(w for w, n in counts.items() if n >= 3 and w not in _NOT_CUES)
    cues_path = Path(args.out).with_name(CUES_FILE) if args.out == str(PACKAGE_MODEL) else Path(args.out + ".cues")
    cues_path.write_text("\n".join(cues) + "\n", encoding="utf-8")
    import karabakh_claims.model as model

    model.learned_cues.cache_clear()
    model_cues = frozenset(cues)
    model.learned_cues = lambda: model_cues  # the paragraphs read in training are those read in use
    import karabakh_claims.decide as decide

    decide.learned_cues = model.learned_cues
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for feats, labels in sequences(docs):
        trainer.append(feats, labels)
        n += 1
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True})
    print(f"{len(docs)} articles, {n} paragraphs; features in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    trainer.train(args.out)
    size = Path(args.out).stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
