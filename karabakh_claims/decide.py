"""Stage 3 of extraction: the trained tagger decides over the rules' candidates.

The rules (statements.py) propose statements, each with the pattern that found it. The tagger
(model.py) reads every paragraph that has a cue word, a quotation mark or a rule statement,
with the rules' signals among its features. Then:

- a rule statement keeps its spans and gets a confidence from the tagger's reading of its
  content (0.5 + half the mean marginal probability that its tokens are content);
- a statement the tagger reads where the rules found none is added when its source names a
  speaker: `found_by` "model", confidence the mean marginal probability of its content labels.
  Its speaker is a name resolved through the store and the text; a pronoun takes the speaker
  of the rule statement just before it (within a few sentences), and a description without
  a certain antecedent stays unresolved (a wrong speaker is worse than none).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from karabakh_claims.model import Signals, decode, load_tagger, paragraph_features, tokens
from karabakh_claims.models import Span, Statement
from karabakh_claims.said_on import Found
from karabakh_claims.speakers import ResolvedSpeaker
from karabakh_claims.text import clean

_QUOTE_CHARS = ('"', "“", "”", "''", "«", "»")
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
        ):
            out.append(paragraph)
    return out


# The precision of each rule pattern on the project's gold sets (scripts/eval_extract.py
# --all --breakdown): the confidence of a rule statement in a paragraph the tagger does not read.
RULE_CONFIDENCE = {"leading": 0.95, "trailing": 0.95, "according": 0.9, "label": 0.9, "tweet": 0.9, "continued": 0.85}


def decide(extractor, ruled: list[Statement], tagger=None, *, read_all: bool = False) -> list[Statement]:
    """The rules' statements with confidences, and the tagger's additions, in text order.

    By default the tagger reads only the paragraphs where the rules found nothing (speed: the
    whole command stays above 1 MB/s); `read_all` has it read every candidate paragraph and
    score the rules' statements too.
    """
    tagger = tagger or load_tagger()
    if tagger is None:
        return ruled
    text = extractor.masked
    signals = signals_of(extractor, ruled)
    content_prob: dict[int, float] = {}  # token start -> P(content)
    proposals = []
    for paragraph in candidate_paragraphs(extractor, ruled, unread_only=not read_all):
        toks = tokens(text, paragraph.start, paragraph.end)
        if not toks:
            continue
        feats = paragraph_features(text, toks, signals)
        labels = tagger.tag(feats)
        probs = [tagger.marginal(label, i) for i, label in enumerate(labels)]
        for i, (start, _) in enumerate(toks):
            if start in signals.roles:
                content_prob[start] = tagger.marginal("B-CON", i) + tagger.marginal("I-CON", i)
        proposals += decode(toks, labels, probs)
    out = []
    for s in ruled:
        inside = [p for start, p in content_prob.items() if s.span.start <= start < s.span.end]
        confidence = round(0.5 + 0.5 * sum(inside) / len(inside), 3) if inside else RULE_CONFIDENCE.get(s.found_by[6:], 0.9)
        out.append(replace(s, confidence=confidence))
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
    return replace(statement, found_by="model", confidence=proposal.confidence)
