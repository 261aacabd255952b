"""Stage 3 of extraction: the trained tagger decides over the rules' candidates.

The rules (statements.py) propose statements, each with the pattern that found it. The tagger
(model.py) reads every paragraph that has a cue word, a quotation mark or a rule statement,
with the rules' signals among its features. Then:

- a rule statement keeps its spans; its confidence is the measured precision of its pattern;
- a statement the tagger reads where the rules found none is added when its source names a
  speaker: `found_by` "model", confidence half the mean marginal probability of its content
  labels (at most MODEL_CEILING: measured, the tagger's own statements are mostly not what
  this project counts as statements, so the default --min-confidence leaves them out).
  Its speaker is a name resolved through the store and the text; a pronoun takes the speaker
  of the rule statement just before it (within a few sentences), and a description without
  a certain antecedent stays unresolved (a wrong speaker is worse than none).
"""

from __future__ import annotations

import bisect
from dataclasses import fields, replace
from operator import attrgetter

import re

from karabakh_claims.model import Signals, decode, learned_cues, load_tagger, paragraph_features, tokens
from karabakh_claims.models import Span, Statement
from karabakh_claims.said_on import Found
from karabakh_claims.speakers import ResolvedSpeaker
from karabakh_claims.text import clean

_QUOTE_CHARS = ('"', "“", "”", "''", "«", "»")
_WORDS = re.compile(r"[a-z]+")
_PRONOUN_REACH = 400  # characters back to the statement whose speaker a pronoun takes


def signals_of(extractor, statements: list[Statement]) -> Signals:
    """The rule engine's signals over one document, for the tagger's features."""
    roles: dict[int, tuple[str, str]] = {}
    for s in statements:
        rule = s.found_by.removeprefix("rules:")
        for role, span in (("CON", s.span), ("SRC", s.speaker_span), ("CUE", s.cue_span)):
            if span is None:
                continue
            for offset in range(span.start, span.end):
                roles.setdefault(offset, (role, rule))
    return Signals(roles, extractor.in_quotation, extractor.lexicon.lemma_of)


def candidate_paragraphs(extractor, statements: list[Statement], *, unread_only: bool = False) -> list[Span]:
    """Paragraphs worth tagging: a cue word, a quotation mark or a rule statement in them;
    with `unread_only`, only those where the rules found nothing."""
    starts = sorted(s.span.start for s in statements)
    cues = learned_cues()
    out = []
    for paragraph in extractor.lay.paragraphs:
        k = bisect.bisect_left(starts, paragraph.start)
        ruled = k < len(starts) and starts[k] < paragraph.end
        if unread_only and ruled:
            continue
        if (
            ruled
            or extractor.cue_words_between(paragraph.start, paragraph.end)
            or any(extractor.masked.find(q, paragraph.start, paragraph.end) >= 0 for q in _QUOTE_CHARS)
            or (cues and not cues.isdisjoint(_WORDS.findall(extractor.lowered, paragraph.start, paragraph.end)))
        ):
            out.append(paragraph)
    return out


# Who-said-what precision of each rule pattern on the project's gold sets (scripts/eval_extract.py
# --breakdown over tests/data/gold/*.jsonl): the confidence of a statement that pattern found.
RULE_CONFIDENCE = {"leading": 0.90, "trailing": 0.93, "according": 0.83, "label": 0.98, "tweet": 0.90, "continued": 0.91}
# The tagger's own statements carry at most this: on the project's gold sets fewer than one in
# five of them has the right content and speaker (its training data, PolNeAR, also annotates
# beliefs, intentions and evidence, which this project does not count as statements).
MODEL_CEILING = 0.5


# Every field of a Statement at once, and where its confidence stands: a copy with another
# confidence built from them costs a fifth of dataclasses.replace (this runs on every statement).
_STATEMENT_FIELDS = attrgetter(*(f.name for f in fields(Statement)))
_CONFIDENCE_AT = [f.name for f in fields(Statement)].index("confidence")


def rule_confidences(statements: list[Statement]) -> list[Statement]:
    """The rules' statements, each with the measured precision of its pattern as confidence."""
    out = []
    for s in statements:
        values = list(_STATEMENT_FIELDS(s))
        values[_CONFIDENCE_AT] = RULE_CONFIDENCE.get(s.found_by.removeprefix("rules:"), 0.9)
        out.append(Statement(*values))
    return out


def decide(extractor, ruled: list[Statement], tagger=None, *, read_all: bool = True) -> list[Statement]:
    """The rules' statements with confidences, and the tagger's additions, in text order.

    The tagger reads every candidate paragraph (with `read_all` False, only those where the
    rules found nothing: faster, and on PolNeAR's development folds 0.03 F1 lower).
    """
    ruled = rule_confidences(ruled)
    tagger = tagger or load_tagger()
    if tagger is None:
        return ruled
    text = extractor.masked
    signals = signals_of(extractor, ruled)
    proposals = []
    for paragraph in candidate_paragraphs(extractor, ruled, unread_only=not read_all):
        toks = tokens(text, paragraph.start, paragraph.end)
        if not toks:
            continue
        feats = paragraph_features(text, toks, signals)
        labels = tagger.tag(feats)
        probs = [tagger.marginal(label, i) for i, label in enumerate(labels)]
        proposals += decode(toks, labels, probs)
    out = list(ruled)
    taken = sorted((s.span.start, s.span.end) for s in ruled)
    for proposal in proposals:
        if proposal.source is None or _overlaps(proposal.content, taken) or len(tokens(text, proposal.content.start, proposal.content.end)) < 2:
            continue
        statement = _added(extractor, proposal, out)
        if statement is not None:
            out.append(statement)
    out.sort(key=lambda s: (s.span.start, s.span.end))
    return out


def _overlaps(content: Span, taken: list[tuple[int, int]]) -> bool:
    """Whether half of `content` or more lies inside a statement the rules found."""
    length = content.end - content.start
    k = bisect.bisect_left(taken, (content.start, 0))
    for start, end in taken[max(0, k - 6) : k + 6]:
        inter = min(end, content.end) - max(start, content.start)
        if inter > 0 and (inter * 2 >= length or inter * 2 >= end - start):
            return True
    return False


def _added(extractor, proposal, statements: list[Statement]) -> Statement | None:
    """A statement the tagger found and the rules did not, with its speaker and date."""
    assert proposal.source is not None
    source, content = proposal.source, proposal.content
    cue = proposal.cue or source
    phrase = clean(extractor.masked[source.start : source.end]).strip(" ,;:")
    if not phrase:
        return None
    lowered = phrase.lower()
    speaker: ResolvedSpeaker | None
    if lowered in extractor.lexicon.pronouns:
        before = [s for s in statements if s.span.start < source.start and source.start - s.span.end < _PRONOUN_REACH and s.speaker]
        last = before[-1] if before else None
        if last is not None and not last.speaker_basis.startswith("unresolved"):
            speaker = ResolvedSpeaker(last.speaker, last.speaker_id, "person", f"pronoun '{phrase}' -> {last.speaker}, the speaker just before")
        else:
            speaker = ResolvedSpeaker("", None, "unresolved", f"unresolved: pronoun '{phrase}' with no certain antecedent")
    elif extractor.anaphoric(phrase):
        speaker = ResolvedSpeaker(phrase.split(" ", 1)[-1], None, "unresolved", f"unresolved: description '{phrase}' with no certain antecedent")
    else:
        speaker = extractor.resolver.resolve(phrase, on=None, at=source.start)
    if speaker is None:
        return None
    cue_text = extractor.masked[cue.start : cue.end]
    lemma = extractor.lexicon.lemma_of.get(cue_text.lower(), cue_text.lower())
    window = Span(min(source.start, cue.start), max(source.end, cue.end))
    found = Found(speaker, source, cue_text, lemma, cue, content, window, attribution_start=window.start)
    statement = extractor.build(found)
    if statement is None:
        return None
    return replace(statement, found_by="model", confidence=round(MODEL_CEILING * proposal.confidence, 3))
