"""PolNeAR train, read at run time from ../shared/data/polnear, split and scored our way.

Used by scripts/train_model.py, scripts/eval_polnear.py and the generality gate
(tests/test_generality_gate.py). Never copies the texts anywhere.

- The held-out fifth is fixed by a stable rule on doc_id: the first 8 hex digits of its SHA-1,
  modulo 5, equal to 0. Training never sees it; it is scored once, at the end.
- The other four fifths (folds 1-4 by the same rule) are for development and cross-validation.
- Scoring "our way": a gold attribution (one with a source) and a predicted statement match
  when their content tokens overlap by at least half of each, and the gold source shares a
  name token with the predicted speaker (its words as written, or its resolved name);
  one-to-one, greedy by overlap.
- One attribution, one cue: PolNeAR annotates an interrupted quotation ('"A," she said. "B."')
  as one attribution whose content has two pieces, where the extractor gives one statement per
  piece, both pointing at the same cue. The statements that share a cue and a speaker are
  scored as one unit (their content tokens together). `per_cue=False` scores each statement
  alone (the scoring before 2026-12-07, which counted every interrupted quotation as a miss
  and two false positives).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
HELD_OUT_FOLD = 0
FOLDS = 5
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
# Words a source phrase shares with anything: not evidence of the same speaker.
_NOT_NAMES = frozenset("the a an of and for in on at to with from by 's ’s".split())


def available() -> bool:
    return DATA.is_file()


def fold_of(doc_id: str) -> int:
    """The fold of an article: a stable hash of its id, so the split never changes."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def load(path: Path = DATA) -> list[dict]:
    """The articles, each a dict with doc_id, published, text and attributions."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def development(docs: list[dict]) -> list[dict]:
    """The four fifths that development and training may see."""
    return [d for d in docs if fold_of(d["doc_id"]) != HELD_OUT_FOLD]


def held_out(docs: list[dict]) -> list[dict]:
    """The fifth that is scored once, blind."""
    return [d for d in docs if fold_of(d["doc_id"]) == HELD_OUT_FOLD]


# ------------------------------------------------------------------ scoring

@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    content: int = 0  # content matched, whatever the speaker
    who: int = 0  # content and speaker matched

    def prf(self, tp: int | None = None) -> tuple[float, float, float]:
        tp = self.who if tp is None else tp
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def add(self, other: "Tally") -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.content += other.content
        self.who += other.who

    def line(self, name: str) -> str:
        cp, cr, cf = self.prf(self.content)
        p, r, f = self.prf()
        wrong = (self.content - self.who) / self.content if self.content else 0.0
        return (f"{name:<14} gold {self.gold:>6} pred {self.pred:>6} | content P {cp:.3f} R {cr:.3f} F1 {cf:.3f} | "
                f"who P {p:.3f} R {r:.3f} F1 {f:.3f} | speaker differs {wrong:.3f}")


@dataclass(frozen=True)
class Unit:
    content: frozenset[int]  # token indices
    speaker: frozenset[str]  # lower-case name tokens
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def tokens_of(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN.finditer(text)]


def _covered(tokens: list[tuple[int, int]], spans: list[tuple[int, int]]) -> frozenset[int]:
    import bisect

    starts = [s for s, _ in tokens]
    out: set[int] = set()
    for start, end in spans:
        k = max(0, bisect.bisect_right(starts, start) - 1)
        while k < len(tokens) and tokens[k][0] < end:
            if tokens[k][1] > start:
                out.add(k)
            k += 1
    return frozenset(out)


def name_tokens(*phrases: str | None) -> frozenset[str]:
    words: set[str] = set()
    for phrase in phrases:
        for word in re.findall(r"\w+", (phrase or "").lower()):
            if word not in _NOT_NAMES:
                words.add(word)
    return frozenset(words)


def gold_units(doc: dict, tokens: list[tuple[int, int]]) -> list[Unit]:
    """Attributions with a source (those without one cannot be matched by speaker)."""
    out = []
    for a in doc["attributions"]:
        if not a["source"] or not a["content"]:
            continue
        content = _covered(tokens, [(c["start"], c["end"]) for c in a["content"]])
        speaker = name_tokens(*(s["text"] for s in a["source"]))
        if content:
            out.append(Unit(content, speaker))
    return out


def pred_units(statements, tokens: list[tuple[int, int]], *, per_cue: bool = True) -> list[Unit]:
    """One unit per statement, or (per_cue) per cue and speaker: the pieces of an interrupted quotation together."""
    groups: dict[object, list] = {}
    for k, s in enumerate(statements):
        key = (s.cue_span, s.speaker_span, s.speaker) if per_cue and s.cue_span is not None else k
        groups.setdefault(key, []).append(s)
    out = []
    for members in groups.values():
        content = _covered(tokens, [(s.span.start, s.span.end) for s in members])
        if content:
            speaker = name_tokens(*(p for s in members for p in (s.speaker_text, s.speaker)))
            out.append(Unit(content, speaker, {"statement": members[0]}))
    return out


def score_doc(gold: list[Unit], pred: list[Unit]) -> Tally:
    """One-to-one matching: content overlap >= 0.5 both ways, greedy by overlap; then speakers."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            inter = len(g.content & p.content)
            if inter and inter / len(g.content) >= 0.5 and inter / len(p.content) >= 0.5:
                pairs.append((-inter / len(g.content | p.content), gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    tally = Tally(gold=len(gold), pred=len(pred))
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        tally.content += 1
        tally.who += bool(gold[gi].speaker & pred[pi].speaker)
    return tally


def document_of(doc: dict):
    """The article as the extractor reads it, dated by its publication date."""
    from datetime import date

    from karabakh_claims.models import DateMention, Document

    published = None
    if doc.get("published"):
        day = date.fromisoformat(doc["published"])
        published = DateMention(day, day, "day", "source published date")
    return Document(path=doc["doc_id"], text=doc["text"], published=published, outlet=doc.get("publisher"))


def score_extractor(docs: list[dict], extract, *, per_cue: bool = True) -> Tally:
    """`extract(Document) -> statements`, scored over `docs` (`per_cue`: see the module's docstring)."""
    total = Tally()
    for doc in docs:
        tokens = tokens_of(doc["text"])
        statements = list(extract(document_of(doc)))
        total.add(score_doc(gold_units(doc, tokens), pred_units(statements, tokens, per_cue=per_cue)))
    return total
