"""The trained tagger: token features, the rules' signals as features, decoding into spans.

A linear-chain CRF (python-crfsuite) tags each token of a paragraph as the source (SRC), the
cue (CUE) or the content (CON) of an attribution, in BIO form, or O. Its features are cheap
token features (the word, its shape and case, its neighbours, whether it stands inside a
quotation, its position in the paragraph and sentence) plus what the rule engine computed
for the same text: the cue lexicon's hits, the quotation regions and masks of the layout, and
the rules' own guess (which role each token has in a statement the rules found, and which
rule found it). The model decides the spans; the rules' knowledge is its evidence.

The weights are `data/tagger.crfsuite`, trained by `scripts/train_model.py` from PolNeAR
(see the README for its provenance). Without the file, or without python-crfsuite, the
extractor runs on its rules alone. Deterministic: the same text gives the same tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from karabakh_claims.models import Span

LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
TOKEN = re.compile(r"\w+(?:['’]\w+)*|''|``|[^\w\s]")
_OPENING = frozenset('“«„‘`')
_CLOSING = frozenset('”»’')
MODEL_FILE = "tagger.crfsuite"
CUES_FILE = "tagger_cues.txt"  # the cue words the training data has, one a line (written by train_model.py)


@dataclass(frozen=True, slots=True)
class Proposal:
    """An attribution the model read: its spans and how sure it is of the content."""

    source: Span | None
    cue: Span | None
    content: Span
    confidence: float


def model_path() -> Path | None:
    """The shipped weights, or None when the package has none."""
    path = resources.files("karabakh_claims").joinpath("data", MODEL_FILE)
    return Path(str(path)) if path.is_file() else None


@lru_cache(maxsize=1)
def learned_cues() -> frozenset[str]:
    """Lower-case words that were cues in the training data ("believes", "wants", "shows"):
    a paragraph with one of them is worth the tagger's reading."""
    path = resources.files("karabakh_claims").joinpath("data", CUES_FILE)
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=2)
def load_tagger(path: str | None = None):
    """A pycrfsuite Tagger for the weights at `path` (default: the shipped ones), or None."""
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    where = path or (str(model_path()) if model_path() else None)
    if where is None:
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(where)
    return tagger


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each token of text[start:end]."""
    return [(m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper():
        return "X"
    if word[:1].isupper():
        return "Xx"
    if word.islower():
        return "x"
    return "p" if not word[:1].isalnum() else "m"


def _bucket(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else ("8-15" if n < 16 else "16+"))


@dataclass(frozen=True, slots=True)
class Signals:
    """What the rule engine computed over one document, looked up per character offset.

    `roles` maps each character offset inside a rule statement to ("SRC"|"CUE"|"CON", rule);
    `quoted(offset)` says whether an offset lies inside a quotation region; `cue_lemma` maps a
    lower-case word to its lemma when the cue lexicon knows it.
    """

    roles: dict[int, tuple[str, str]]
    quoted: object  # Callable[[int], bool]
    cue_lemma: dict[str, str]


def paragraph_features(text: str, toks: Sequence[tuple[int, int]], signals: Signals) -> list[list[str]]:
    """The feature strings of each token of one paragraph."""
    words = [text[s:e] for s, e in toks]
    lower = [w.lower() for w in words]
    n = len(toks)
    cue = [signals.cue_lemma.get(w) for w in lower]
    cue_positions = [i for i, c in enumerate(cue) if c]
    roles = [signals.roles.get(s) for s, _ in toks]
    quoted = [bool(signals.quoted(s)) for s, _ in toks]
    sentence_start = [True] * n
    index_in_sentence = [0] * n
    k = 0
    for i in range(n):
        if i and lower[i - 1] not in (".", "!", "?"):
            sentence_start[i] = False
            k += 1
        else:
            k = 0
        index_in_sentence[i] = k
    out: list[list[str]] = []
    nearest_before = -1
    j = 0
    for i in range(n):
        while j < len(cue_positions) and cue_positions[j] < i:
            nearest_before = cue_positions[j]
            j += 1
        nearest_after = cue_positions[j] if j < len(cue_positions) else -1
        w = lower[i]
        f = [
            "b",
            "w=" + w,
            "s=" + _shape(words[i]),
            "x3=" + w[-3:],
            "p=" + _bucket(i),
            "ps=" + _bucket(index_in_sentence[i]),
            "q=" + ("1" if quoted[i] else "0"),
        ]
        if sentence_start[i]:
            f.append("ss")
        if cue[i]:
            f.append("cue=" + cue[i])
        if nearest_before >= 0:
            f.append("cb=" + _bucket(i - nearest_before))
        if nearest_after >= 0:
            f.append("ca=" + _bucket(nearest_after - i))
        if roles[i] is not None:
            f.append("r=" + roles[i][0])
            f.append("rr=" + roles[i][0] + roles[i][1])
        else:
            f.append("r=O")
        for d in (-2, -1, 1, 2):
            k = i + d
            if 0 <= k < n:
                f.append(f"w{d}=" + lower[k])
                if cue[k]:
                    f.append(f"cue{d}")
                f.append(f"q{d}=" + ("1" if quoted[k] else "0"))
                f.append(f"r{d}=" + (roles[k][0] if roles[k] is not None else "O"))
            else:
                f.append(f"w{d}=<edge>")
        if i and i + 1 < n:
            f.append(f"s-1s+1={_shape(words[i - 1])}|{_shape(words[i + 1])}")
        out.append(f)
    return out


def decode(toks: Sequence[tuple[int, int]], labels: Sequence[str], probs: Sequence[float]) -> list[Proposal]:
    """Attributions from a tagged paragraph: each content segment goes with its nearest cue, and
    a cue with its nearest source, within the same sentence where there is one; `probs` are the
    marginal probabilities of the labels given."""
    segments: list[tuple[str, int, int]] = []  # role, first token, last token (inclusive)
    for i, label in enumerate(labels):
        if label == "O":
            continue
        role = label[2:]
        if label.startswith("I-") and segments and segments[-1][0] == role and segments[-1][2] == i - 1:
            segments[-1] = (role, segments[-1][1], i)
        else:
            segments.append((role, i, i))
    cues = [s for s in segments if s[0] == "CUE"]
    sources = [s for s in segments if s[0] == "SRC"]
    proposals: list[Proposal] = []
    for role, first, last in segments:
        if role != "CON":
            continue
        cue = min(cues, key=lambda c: min(abs(c[1] - last), abs(first - c[2]))) if cues else None
        source = None
        if cue is not None and sources:
            source = min(sources, key=lambda s: min(abs(s[1] - cue[2]), abs(cue[1] - s[2])))
        elif sources:
            source = min(sources, key=lambda s: min(abs(s[1] - last), abs(first - s[2])))
        confidence = sum(probs[first : last + 1]) / (last - first + 1)
        proposals.append(
            Proposal(
                Span(toks[source[1]][0], toks[source[2]][1]) if source else None,
                Span(toks[cue[1]][0], toks[cue[2]][1]) if cue else None,
                Span(toks[first][0], toks[last][1]),
                round(confidence, 3),
            )
        )
    return proposals


def tag_paragraph(tagger, feats: list[list[str]]) -> tuple[list[str], list[float]]:
    """Labels and the marginal probability of each label chosen."""
    labels = tagger.tag(feats)
    probs = [tagger.marginal(label, i) for i, label in enumerate(labels)]
    return labels, probs


def bio(toks: Sequence[tuple[int, int]], roles: Iterator[tuple[str, Span]]) -> list[str]:
    """BIO labels of `toks` from (role, span) pairs: for training from annotated spans."""
    labels = ["O"] * len(toks)
    starts = [s for s, _ in toks]
    import bisect

    for role, span in roles:
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        first = True
        while k < len(toks) and toks[k][0] < span.end:
            if toks[k][1] > span.start and labels[k] == "O":
                labels[k] = ("B-" if first else "I-") + role
                first = False
            k += 1
    return labels
