"""The readings of one reporting cue: the shapes an attribution takes around it.

- leading:   SPEAKER [aux] CUE [adverbials] [that|:|,] CONTENT (and its variants: a cue with no
             subject of its own continues the sentence's speaker, "X quoted Y as saying", a relative
             clause "which X says ...", a noun-phrase object "denied any involvement", "As X said, ...")
- trailing:  CONTENT, SPEAKER CUE.   /   "QUOTE," CUE SPEAKER.   /   ..., CUE NAME.
- according: According to SPEAKER, CONTENT.   /   CONTENT, according to SPEAKER.

Each reading takes the sentence, the cue and what was read around it (the speaker phrase, the
adverbials after the cue) and returns one found statement (`make`), or None when the cue does
not read that way. Which reading applies is statements.py's `read_cue`; where a content stops
is content_bounds.py's; where the speaker phrase stands and whom it names, speaker_phrase.py's.

A mixin of the document extractor (statements.py): it reads the masked text, the lexicon, the
entities and the speaker resolver the extractor holds (phrases.DocumentReader) and the dates at
cues (said_on.StatementDating).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from karabakh_claims.content_bounds import CHARACTERISING, MAIN_VERB_AFTER
from karabakh_claims.models import Span
from karabakh_claims.phrases import BE_FORMS, DETERMINERS, OBJECT_PRONOUNS, PASSIVE_AUXILIARY, PREPOSITIONS, WORD, AfterCue
from karabakh_claims.said_on import Found
from karabakh_claims.speakers import NAME_PARTICLES, ResolvedSpeaker

# An object with a relative aside up to "as": 'Falk, who was nicknamed "the chef," as'.
_RELATIVE_ASIDE_AS = re.compile(r"[^,.;]{1,60},\s+(?:who|which)\b[^;]{1,120}?[,\"”]\s+as\b")
# A subordinate clause right after a quotation that did not close its sentence goes on with it
# (not "when", "while": more often the reporter's time than the speaker's words).
_QUOTE_THEN_SUBORDINATE = re.compile(r"\s+(?:every time|whenever|because|if|unless|although|though)\b")
# A plural noun, then a name and its verb in the past to the end: "experts The Washington Post consulted".
_REDUCED_RELATIVE = re.compile(r"\b([a-z]+s)\s+(?:the|The)\s+(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+\s+[a-z]+ed\b")
_CLAUSE_GOES_ON = re.compile(r"[,\s]*(?:but|and)\s+(?:that|also|said)\b")
# Words that end a cue's noun-phrase object: the next clause or act begins.
_OBJECT_ENDS = frozenset("but while whereas although though because since saying adding after before when amid despite until unless if".split())
_CLAUSE_END = re.compile(r"\s[—–-]+\s|[;,.:!?]")
# "X was quoted by Y as saying": the passive before "quoted".
_PASSIVE_BEFORE = re.compile(PASSIVE_AUXILIARY + "$")
# "Interfax quoted X as saying": the outlet stands before "quoted", X between it and "as".
# '"...," Abd Aziz was quoted as saying': the one quoted before a passive "quoted as".
_PASSIVE_QUOTED_AS = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)\s+(?:was|were|is|has been|had been)\s+quoted\s+as\s+$")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<quoted>[^.;:\"]{2,120}?),?\s+as\s+$")
# What may stand before an "according to" that leads the clause after it: a conjunction after a comma,
# a reported clause's "that,", or a short opening adverbial ("Two days later, according to X, police ...").
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:,\s+(?:but|and|yet|while|though)|\bthat,"
    r"|^\s*(?:In|On|At|After|Before|During|Since|By|Earlier|Later|Meanwhile|Last|Two|Three|Four|Five|Several|A few)\b(?:\s+[\w-]+){0,4},)\s*$"
)
_CLAUSE_SPLIT = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+|;\s+")
# The verb of a reported clause after an attribution interposed after its subject.
_INTERPOSED_PREDICATE = re.compile(r"\s*(?:,\s*[\"“]?|[\"“])(?:will|would|has|have|had|is|are|was|were|could|should|may|might|must|can|remains?|plans?)\b")


class CueReadings:
    """The readings of one cue (see the module's docstring)."""

    # --- leading: SPEAKER CUE CONTENT ---------------------------------------------------------

    def leading(
        self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], after: AfterCue,
        speaker: ResolvedSpeaker | None = None, earlier: Sequence[Found] = (),
    ) -> Found | None:
        speaker_span, appositive = subject
        content_start = after.content_start
        if content_start is None:
            return None  # callers have checked that content follows; this keeps the type honest
        claim_clause = None if after.had_that else self.claim_noun_that(content_start, sentence.end)
        content_start = claim_clause or content_start
        region = self.region_starting_at(content_start)
        if region is not None and region.start <= content_start + 3:
            content = region
            if _CLAUSE_GOES_ON.match(self.masked, region.end + 1, sentence.end):
                content = Span(region.start, sentence.end)  # '"nothing is excluded" but that ...'
            elif self.quote_opens_clause(region, sentence.end) or (after.had_that and self.quote_before_clause(region, sentence.end)):
                content = Span(region.start - 1, sentence.end)
            elif self.masked[region.end - 1 : region.end] not in (",", ".", "!", "?") and _QUOTE_THEN_SUBORDINATE.match(self.masked, region.end + 1, sentence.end):
                # 'said "it gets me mad" every time he thinks about ...': the quoted clause goes on.
                content = Span(region.start - 1, sentence.end)
        else:
            content = Span(content_start, max(sentence.end, self.quote_end_within(content_start, sentence.end)))
            if lemma in self.lexicon.needs_that and not after.had_that and claim_clause is None:
                # "described the agreement as "unspeakably painful"": what is attributed is the quotation.
                quoted = self.first_quotation(content_start, content.end)
                if quoted is not None and lemma in CHARACTERISING:
                    # 'described Falk, who was nicknamed "the chef," as a "talented" person': the quotation
                    # in the object's relative aside is not what he was called.
                    aside = _RELATIVE_ASIDE_AS.match(self.masked, content_start, content.end)
                    if aside is not None and aside.end() > quoted.start:
                        quoted = self.first_quotation(aside.end(), content.end)
                gerund = lemma in self.lexicon.gerund_cues and self.word_from(content_start).endswith("ing")
                # Up to a quotation only: 'welcomed the "ceasefire," it said' quotes an object.
                clause_end = quoted.start if quoted is not None else min(content.end, content_start + 160)
                clause = self.subject_clause(WORD.findall(self.masked, content_start, clause_end))
                characterised = quoted is None and lemma in CHARACTERISING and self.characterised(content_start, clause_end)
                if quoted is not None and not clause:
                    content = quoted
                elif characterised and not clause:
                    # "described the situation as an indiscriminate and reckless act": the object and
                    # what it was called are what was said.
                    content = Span(content_start, content.end)
                elif not (gerund or clause):
                    return None  # "welcomed the agreement": a noun phrase, nothing said
        content = self.cut_trailing_attribution(content, sentence)
        content = self.bounded(content, region, sentence, speaker_span, cue)
        # "X says A last year, and he argues that B": a date in the content before is not B's.
        # (The earlier content still runs on to the end of the sentence: it is cut after this read.)
        floor = max((min(f.content.end, speaker_span.start) for f in earlier if f.content.start < speaker_span.start), default=0)
        window = Span(max(min(sentence.start, speaker_span.start), cue.start - 300, floor), max(after.end, cue.end))
        kind_hint = "quote" if (region is not None and content == region) or self.masked[content.start - 1 : content.start] == '"' else "clause"
        return self.cited(self.make(speaker_span, appositive, cue, surface, lemma, content, window, speaker, kind_hint=kind_hint), after)

    def continued(self, sentence: Span, cue: Span, surface: str, lemma: str, after: AfterCue, earlier: list[Found]) -> Found | None:
        """A cue without its own subject: the previous speaker of the sentence, else its subject."""
        verb = self.clause_verb_between(earlier[-1].content.end, cue.start) if earlier else None
        if verb is not None:
            # "After Russia welcomed the report as ..., the Georgian government issued a statement
            # saying ...": a clause with its own subject stands between; its subject speaks, not
            # the earlier speaker.
            subject = self.subject_before(sentence, verb)
            if subject is None:
                return None
            item = self.leading(sentence, cue, surface, lemma, subject, after)
        elif earlier:
            previous = earlier[-1]
            item = self.leading(sentence, cue, surface, lemma, (previous.speaker_span, ""), after, speaker=previous.speaker)
            if item is not None:
                # "..., adding that ...": the same act of speaking, so the same date.
                item = replace(item, window=previous.window)
        else:
            described = self.relative_antecedent(sentence, cue)
            inner = None if described else self.gerund_clause_subject(sentence, cue)
            if inner is False:
                return None  # the gerund's clause has a subject of its own that reads as no speaker
            subject = described or self.with_subject(sentence, cue) or inner or self.sentence_subject(sentence, cue)
            if subject is None:
                return None
            item = self.leading(sentence, cue, surface, lemma, (subject, ""), after)
            if item is not None and described is not None:
                # "X, who has run the agency since 2021 and has said she will step down, spoke to us":
                # the relative clause ends at the comma before the main verb.
                main = MAIN_VERB_AFTER.search(self.masked, item.content.start, item.content.end)
                end = main.start() if main is not None and not self.inside_quote(main.start()) else item.content.end
                item = replace(item, content=Span(item.content.start, end))
        if item is None:
            return None
        start = self.masked.rfind(",", sentence.start, cue.start)
        words_between = WORD.findall(self.masked, start + 1, cue.start) if start >= 0 else []
        begin = start if start >= 0 and len(words_between) <= 2 else cue.start
        return replace(item, attribution_start=begin)

    def gerund_clause_subject(self, sentence: Span, cue: Span) -> Span | None | bool:
        """The subject of the clause a gerund cue after a preposition belongs to: "..., marking the
        first time the host has been held liable for repeatedly claiming X" -> "the host", not the
        sentence's subject (which ordered the damages); False when that clause's subject is no
        speaker phrase; None when the gerund's clause is the sentence's."""
        words = list(WORD.finditer(self.masked, sentence.start, cue.start))
        k = len(words) - 1
        while k >= 0 and words[k].group().endswith("ly") and words[k].group().islower():
            k -= 1  # "for repeatedly claiming"
        if k < 1 or words[k].group().lower() not in ("for", "of", "by", "without"):
            return None
        lex = self.lexicon
        verb = next((w for w in reversed(words[:k]) if w.group().islower() and w.group() in lex.finite_verbs), None)
        main = self.sentence_subject(sentence, cue)
        if verb is None or main is None or verb.start() <= main.end:
            return None
        found = self.subject_before(sentence, Span(verb.start(), verb.end()))
        if found is None:
            return False
        return found[0] if found[0].start > main.end else None

    def clause_verb_between(self, start: int, end: int) -> Span | None:
        """The finite verb of a clause between the end of an earlier content and a participle
        cue (", the government issued a statement saying"), if a subject stands before it."""
        if end - start < 8 or self.inside_quote(start):
            return None
        lex = self.lexicon
        for word in WORD.finditer(self.masked, start, end):
            w = word.group()
            if w.islower() and (w in lex.finite_verbs or (w.endswith("ed") and len(w) > 4)):
                before = WORD.findall(self.masked, start, word.start())
                if before and (before[-1][:1].isupper() or (before[-1].islower() and before[-1] not in lex.clause_boundaries and before[-1] not in DETERMINERS)):
                    return Span(word.start(), word.end())
                return None
        return None

    def quoted_as_saying(self, sentence: Span, cue: Span, surface: str, lemma: str, after: AfterCue) -> Found | None:
        """"Interfax quoted the regional governor, Yerlan Abdikarimov, as saying that ...": the one
        quoted speaks, and the outlet that quoted them relays it."""
        framed = _QUOTED_AS.search(self.masked, sentence.start, cue.start)
        if framed is None:
            return self._passive_quoted_after_content(sentence, cue, surface, lemma)
        outlet = " ".join(self.masked[sentence.start : framed.start()].split()).strip(" ,")
        quoted = self.trim(Span(framed.start("quoted"), framed.end("quoted")))
        if not outlet or quoted is None:
            return None
        trailing = self._quoted_after_content(sentence, cue, surface, lemma, framed, quoted)
        if trailing is not None:
            return trailing
        by = re.match(r"(?:by|in)\s+", self.masked[quoted.start : quoted.end])
        if by is not None:
            # "Jeremy Corbyn was quoted by the BBC as saying", "officials have been quoted in news
            # reports as saying": the subject of the passive speaks, the agent or the medium relays.
            passive = _PASSIVE_BEFORE.search(self.masked, sentence.start, framed.start())
            subject = self.subject_before(sentence, Span(passive.start(), framed.start())) if passive is not None else None
            if subject is None:
                return None
            item = self.leading(sentence, cue, surface, lemma, subject, after)
            outlet = " ".join(self.masked[quoted.start + by.end() : quoted.end].split())
        else:
            item = self._quoted_named(sentence, cue, surface, lemma, after, quoted)
        # "The state news agency TASS quoted": the outlet by its store name when the store has it.
        known = [self.entities.get(entity_id) for entity_id, _ in self.entities.find_mentions(outlet, roles=False)]
        outlets = [entity.name for entity in known if entity is not None and entity.type == "outlet"]
        return item and replace(item, via=outlets[0] if outlets else outlet.removeprefix("the ").removeprefix("The "))

    def _passive_quoted_after_content(self, sentence: Span, cue: Span, surface: str, lemma: str) -> Found | None:
        """'"The search is still on," Abd Aziz was quoted as saying in Parliament.': the one quoted speaks
        the words before the comma (no outlet named)."""
        quoted = _PASSIVE_QUOTED_AS.search(self.masked, sentence.start, cue.start)
        if quoted is None:
            return None
        rest = self.masked[cue.end : sentence.end].strip(" .\n\"”")
        if rest and not rest.lower().startswith(("about ", "of ", "on ", "in ", "at ", "during ", "after ", "by ")):
            return None
        comma = self.masked.rfind(",", sentence.start, quoted.start())
        if comma < 0 or self.masked[comma + 1 : quoted.start()].strip(" \"”’'"):
            return None
        return self.make(Span(quoted.start("who"), quoted.end("who")), "", cue, surface, lemma, Span(sentence.start, comma), Span(comma + 1, cue.end), None)

    def _quoted_after_content(
        self, sentence: Span, cue: Span, surface: str, lemma: str, framed: re.Match[str], quoted: Span
    ) -> Found | None:
        """'"It has no chance of working," CNN quoted Unsworth as saying about the submarine.': the
        quoted one's words stand before the outlet; nothing after the cue but what they were about."""
        rest = self.masked[cue.end : sentence.end].strip(" .\n\"”")
        if rest and not rest.lower().startswith(("about ", "of ", "on ", "in ", "at ", "during ", "after ")):
            return None
        comma = self.masked.rfind(",", sentence.start, framed.start())
        if comma < 0 or len(self.masked[comma + 1 : framed.start()].split()) > 5 or self.masked[quoted.start : quoted.end].startswith(("by ", "in ")):
            return None
        outlet = " ".join(self.masked[comma + 1 : framed.start()].split()).strip("\"”’' ")
        item = self.make(quoted, "", cue, surface, lemma, Span(sentence.start, comma), Span(comma + 1, cue.end), None)
        return item and replace(item, via=outlet.removeprefix("the ").removeprefix("The "))

    def _quoted_named(self, sentence: Span, cue: Span, surface: str, lemma: str, after: AfterCue, quoted: Span) -> Found | None:
        """The statement of the one an outlet "quoted ... as saying", read at the cue."""
        role, name = "", quoted
        inner = re.fullmatch(r"(.+?),\s*([A-Z][^,]+?),?", self.masked[quoted.start : quoted.end])
        if inner is not None:
            # "the regional governor, Yerlan Abdikarimov": the name speaks, the role describes them.
            role, name = inner.group(1), Span(quoted.start + inner.start(2), quoted.start + inner.end(2))
        return self.leading(sentence, cue, surface, lemma, (name, role), after)

    def relative_clause(self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], after: AfterCue) -> Found | None:
        """"an attack which Azerbaijan says killed 20 civilians": the relative clause's verb
        phrase is what the speaker says; it ends with the clause."""
        start = after.content_start
        preceding = self.masked[max(sentence.start, subject[0].start - 8) : subject[0].start].split()
        if start is None or after.had_that or not preceding or preceding[-1].lower() not in ("which", "that", "who"):
            return None
        verb = WORD.match(self.masked, start)
        if verb is None or not (verb.group() in self.lexicon.finite_verbs or (verb.group().endswith("ed") and len(verb.group()) > 4)):
            return None
        stop = _CLAUSE_END.search(self.masked, start, sentence.end)
        end = stop.start() if stop else sentence.end
        for word in list(WORD.finditer(self.masked, verb.end(), end))[1:]:
            if word.group() in self.lexicon.finite_verbs and self.masked[word.start() - 1] != "-":  # not "civilian-led"
                end = word.start() - 1  # "the man who police said stole the car was arrested"
                break
        content = Span(start, end)
        if len(WORD.findall(self.masked, content.start, content.end)) < 2:
            return None
        window = Span(subject[0].start, cue.end)
        return self.make(subject[0], subject[1], cue, surface, lemma, content, window, None)

    def object_stance(self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], after: AfterCue) -> Found | None:
        """A cue whose noun-phrase object is what is said: "Moscow denied any involvement", "rejected
        the accusations as baseless", "The company disputes this figure", "blamed Russia for the
        poisonings" (content "Russia for the poisonings"). Not a passive ("was denied access"), an
        indirect object ("denied him a visa"), nor a thing refused ("rejected the bill")."""
        takes = self.lexicon.object_cues.get(lemma)
        start = after.content_start
        if takes is None or start is None or start >= sentence.end:
            return None
        particle = self.lexicon.particle_cues.get(lemma)
        if particle is not None and self.word_from(start) == particle:
            start = self.first_word(start + len(particle))  # "brushed off allegations": the particle is the verb's
        skipped = WORD.findall(self.lowered, cue.end, start)
        if skipped and all(w in DETERMINERS or w == "any" or w == particle for w in skipped):
            start = self.first_word(cue.end if not particle else self.lowered.find(particle, cue.end) + len(particle))  # "disputes this figure": the determiner is the object's
        before = WORD.findall(self.lowered, max(sentence.start, cue.start - 40), cue.start)
        while before and before[-1].endswith("ly") and len(before[-1]) > 4:
            before.pop()  # "was strongly denied"
        if before and (before[-1] in BE_FORMS or before[-1] in ("get", "got", "gets")):
            return None  # a passive: "Journalists were denied access"
        if self.masked[start] in '",;:.—-' and not self.region_starting_at(start):
            return None
        toks = self.tokens(start, min(sentence.end, start + 400))
        words = [t.group().lower() for t in toks]
        if not words or (words[0] in OBJECT_PRONOUNS and takes != "any"):
            return None  # "denied him a visa"
        as_at = None
        if words[0] == "as" and lemma in ("dismiss", "reject"):
            toks, words = toks[1:], words[1:]  # "dismissed as fabricated videos that ...": the object follows "as"
        elif words[0] in PREPOSITIONS or words[0] in ("as", "of", "to", "by", "about", "than", "on", "and", "or"):
            return None  # "trade blame as the truce falters": a noun, no object follows
        end = len(toks)
        for k, word in enumerate(words):
            following = words[k + 1] if k + 1 < len(words) else ""
            verb = k >= 1 and word in self.lexicon.lemma_of and word not in self.lexicon.noun_cues and not word.endswith("ing")
            if word in (".", ";", ":", "!", "?", ",", "(") or word in _OBJECT_ENDS or verb:
                end = k
                break
            if word == "and" and (following in self.lexicon.lemma_of or following in self.lexicon.finite_verbs or following in self.lexicon.auxiliaries or following.endswith("ed")):
                end = k  # "denied involvement and called for talks": a second act
                break
            if word == "as" and as_at is None and k >= 1:
                as_at = k
            if k >= 1 and word in ("in", "at", "during") and following in ("a", "an", "the", "his", "her", "its", "their") and (
                k + 2 < len(words) and (words[k + 2] in self.lexicon.occasion_nouns or (k + 3 < len(words) and words[k + 3] in self.lexicon.occasion_nouns))
            ):
                end = k  # "denied involvement in the attacks in an interview with ...": the occasion, not the object
                break
        if end == 0 or end > 30:
            return None
        head_words = words[: as_at if as_at is not None else end]
        head_words = head_words[: next((k for k, w in enumerate(head_words) if k >= 1 and (w in ("of", "in", "for", "over", "on", "about", "that", "which", "by", "against", "regarding") or w in PREPOSITIONS)), len(head_words))]
        head = head_words[-1] if head_words else ""
        if takes != "any":
            lex = self.lexicon
            claim_like = head in lex.stance_objects or head in lex.claim_nouns or head in lex.aside_nouns or head in lex.document_nouns
            if not claim_like and as_at is None:
                return None
        content = self.trim(Span(toks[0].start(), toks[end - 1].end()))
        if content is None:
            return None
        window = Span(max(min(sentence.start, subject[0].start), cue.start - 300), max(after.end, cue.end))
        found = self.make(subject[0], subject[1], cue, surface, lemma, content, window, None)
        if found is not None and as_at is not None:
            found = replace(found, complement_at=toks[as_at].start())
        return found

    def as_attribution(self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str]) -> Found | None:
        """"As Clinton told the Daily News, tax relief is given for jobs", "As the minister said
        on Monday, the talks will resume": the clause after the comma is what was said."""
        if self.lowered[sentence.start : subject[0].start].strip() != "as":
            return None
        comma = self.masked.find(",", cue.end, min(sentence.end, cue.end + 80))
        if comma < 0:
            return None
        between = WORD.findall(self.masked, cue.end, comma)
        if len(between) > 8 or any(w.lower() in self.lexicon.finite_verbs or w.lower() == "that" for w in between):
            return None  # "As X said the plan would fail, ...": the cue's own clause
        content = self.trim(Span(comma + 1, sentence.end))
        if content is None or not self.enough_content(content.start, content.end) or not self.is_clause(content):
            return None
        window = Span(sentence.start, comma + 1)
        return self.make(subject[0], subject[1], cue, surface, lemma, content, window, None)

    def cited(self, item: Found | None, after: AfterCue) -> Found | None:
        """"TASS said, citing Y", "Kazinform reported, citing Y": Y is the speaker and the outlet relays
        it; "the government stated, citing military doctors, that": the government speaks, as anyone
        but an outlet does."""
        if item is None or not after.cited_by:
            return item
        entity = self.entities.get(item.speaker.entity_id) if item.speaker.entity_id else None
        phrase = " ".join(self.masked[item.speaker_span.start : item.speaker_span.end].split())
        # An outlet by the store, by its words ("the agency") or by its verb ("Kazinform reported").
        outlet = entity.type == "outlet" if entity is not None else (
            self.lexicon.is_outlet_phrase(item.speaker.name) or self.lexicon.is_outlet_phrase(phrase) or item.lemma == "report"
        )
        if not outlet:
            return item
        on = self.date_at_cue(item.window) or self.lay.anchor_at(item.window.start, self.default_anchor)
        source = self.resolver.resolve(after.cited_by, on=on.start if on else None)
        if source is None:
            return item
        return replace(item, speaker=source, via=item.speaker.name)
    # --- trailing: CONTENT, SPEAKER CUE -------------------------------------------------------

    def trailing(
        self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], window_end: int, earlier: list[Found]
    ) -> Found | None:
        content: Span | None  # trimmed below, and None when nothing is left
        speaker_span, appositive = subject
        boundary = min(self.role_start(speaker_span, appositive), cue.start)
        start = sentence.start
        split_at = None
        if earlier and earlier[-1].content.end <= boundary:
            start = max(start, earlier[-1].content.end, earlier[-1].window.end)
            previous = earlier[-1].content
            if boundary - previous.end <= 3 and earlier[-1].kind_hint != "quote":
                # "Armenia said A, but B, Asia Times reported": B is the outlet's, A stays Armenia's.
                split = _CLAUSE_SPLIT.search(self.masked, previous.start, previous.end)
                while split is not None and (following := _CLAUSE_SPLIT.search(self.masked, split.end(), previous.end)):
                    split = following
                if split is not None and not self.inside_quote(split.start()):
                    start, split_at = split.end(), split.start() + 1
        region = self.region_ending_at(boundary)
        if region is not None and region.start < sentence.start - 1:
            region = None  # a quotation closing the paragraph before is not this cue's content
        if region is not None and (region.start <= start + 2 or region.start - 1 <= self.first_word(start)):
            content = region  # the quotation is the whole content
        else:
            content = Span(start, boundary)
            if region is not None and region.start < start:
                content = Span(region.start, boundary)
        content = self.trim(content)
        if content is None:
            return None
        predicate = _INTERPOSED_PREDICATE.match(self.masked, window_end, sentence.end) if region is None and start == sentence.start else None
        opened = None
        if predicate is None and region is None and start == sentence.start and not self.is_clause(content):
            # "In the end, Ms. Alvarez said, most commuters will pay more", "Six months ago, the
            # governor said, the state had ...": what stands before the attribution, no clause of
            # its own, opens the reported clause, which goes on after it.
            opened = self.clause_after(content, window_end, sentence)
        if opened is not None:
            content = opened
        elif not self.enough_content(content.start, content.end) and predicate is None and not (
            region is not None and len(WORD.findall(self.masked, content.start, content.end)) >= 2
        ):
            return None  # ('"Crime exists," he said': a whole quotation of two words is a statement too)
        if predicate is not None:
            # "The Monterrey plant, the company said, will add about 250 positions": the subject before
            # the attribution, the verb after it (a subject may hold a word that can be a verb: "The
            # plan, an aide said, is to ...").
            content = self.trim(Span(content.start, sentence.end))
            # A quoted predicate ('..., Ms. Tanzer said, "is a perfect example"') is the clause's verb.
            if content is None or not (self.is_clause(content) or '"' in predicate.group()):
                return None
        elif region is None and not self.is_clause(content):
            return None  # "X, Y and Z announced the deal": a list of names, not reported content
        elif region is None and self.adverbial_only(content) and self.masked[window_end : sentence.end].lstrip()[:1] != "," and WORD.search(self.masked, window_end, sentence.end):
            # "As he shook hands in Hollywood, Sanders reiterated his belief ...": an opening adverbial,
            # no content ("If she were alive, colleagues say, she would ..." goes on after the cue)
            return None
        elif region is None and start == sentence.start:
            content = self.interposed_rest(content, window_end, sentence)
        window = Span(boundary, self.sentence_tail_end(window_end, sentence.end))
        hint = " ".join(self.masked[content.start : content.end].split()[:10])
        item = self.make(speaker_span, appositive, cue, surface, lemma, content, window, None, subject_hint=hint)
        if item is not None and window_end > cue.end:
            item = self.cited(item, self.skip_adverbials(cue.end, sentence.end, lemma))
        if item is not None and split_at is not None:
            item = replace(item, attribution_start=split_at)
        return item

    def inverted_after_comma(self, sentence: Span, cue: Span, surface: str, lemma: str, earlier: list[Found]) -> Found | None:
        """"..., the race will be tight, said Dan Gerstein, an analyst in New York.": after a comma,
        a cue then a name that ends its clause is an inverted attribution of what precedes, whatever
        the words before the comma look like."""
        if not self.masked[max(sentence.start, cue.start - 3) : cue.start].rstrip().endswith(","):
            return None
        named = self.speaker_after(cue.end, sentence.end)
        if named is None or not self.masked[named.start : named.start + 1].isupper():
            return None
        if any(w.islower() and w not in NAME_PARTICLES for w in WORD.findall(self.masked, named.start, named.end)):
            return None  # "said Russia lied": a clause, not a name
        if lemma == "tell":
            return None  # ", told AFP": the audience follows the cue
        opened = self.masked.rfind(",", sentence.start, cue.start - 2) + 1
        aside = self.masked[opened : cue.start].split()
        if aside and aside[0].lower() in ("who", "which", "whose"):
            return None  # "The mayor, who spoke on Monday, said ...": the subject's aside
        if not self.is_clause(Span(max(opened, sentence.start), cue.start)):
            return None  # "Sessions, a close adviser to Trump, said": an appositive, not what was said
        following = self.masked[named.end : sentence.end].lstrip()
        if following[:1] not in (",", ".", ";", "") or not self.content_precedes(cue.start):
            return None
        return self.trailing(sentence, cue, surface, lemma, (named, ""), named.end, earlier)
    # --- according to -------------------------------------------------------------------------

    def according_to(self, sentence: Span, cue: Span) -> Found | None:
        content: Span | None  # trimmed below, and None when nothing is left
        phrase_end = self.phrase_end(cue.end, sentence.end)
        name = re.match(r",\s*((?:[A-Z][\w'.-]+\s+){0,3}[A-Z][\w'.-]+)\s*,", self.masked[phrase_end : phrase_end + 60])
        if name:
            # "According to the city's works director, Kevin Marsh, ...": the name is the speaker.
            phrase_end += name.end() - 1
        speaker_span = self.trim(Span(cue.end, phrase_end))
        if speaker_span is not None and self.masked[speaker_span.end - 1] == ")" and "(" not in self.masked[speaker_span.start : speaker_span.end]:
            speaker_span = self.trim(Span(speaker_span.start, speaker_span.end - 1))  # "(... according to Senate filings)"
        if speaker_span is None:
            return None
        relative = _REDUCED_RELATIVE.search(self.masked, speaker_span.start, sentence.end)
        if relative is not None and relative.start() < speaker_span.end:
            # "according to six experts The Washington Post consulted": a reduced relative clause
            # after the source describes it; the source is the noun before it.
            speaker_span = Span(speaker_span.start, relative.start() + len(relative.group(1)))
        before_cue = self.masked[sentence.start : cue.start]
        # "What caused it is unclear, but according to Omsk doctors, no poisons were found": after a
        # conjunction the source leads the clause that follows it, as at a sentence's start.
        opens_clause = before_cue.strip(' "') == "" or _CLAUSE_OPENS_BEFORE.search(before_cue) is not None
        if opens_clause:
            if self.masked[phrase_end : phrase_end + 1] != ",":
                # "According to the officer in charge of the base that night, ...": the source runs on to
                # the comma (a few words, no verb); else its end is unclear.
                comma = self.masked.find(",", phrase_end, min(sentence.end, phrase_end + 90))
                between = WORD.findall(self.masked, phrase_end, comma) if comma > 0 else []
                if comma < 0 or len(between) > 12 or any(w.lower() in self.lexicon.finite_verbs or w.lower() in self.lexicon.lemma_of for w in between):
                    return None
                phrase_end = comma
                speaker_span = self.trim(Span(cue.end, phrase_end)) or speaker_span
            content = Span(phrase_end + 1, sentence.end)
        else:
            content = Span(sentence.start, cue.start)
        content = self.trim(content)
        if content is None or not self.enough_content(content.start, content.end):
            return None
        if content.end <= cue.start and self.lowered[content.start : content.end].endswith((" that", ",that")):
            return None  # "CBS News reports that according to La Repubblica X told ...": what it says follows
        opening = self.cue_words_between(content.start, min(content.end, content.start + 60))
        document = WORD.findall(self.lowered, speaker_span.start, speaker_span.end)
        document = document[: next((k for k, w in enumerate(document) if k and w in ("of", "from", "by", "on")), len(document))]
        if document and document[-1] in self.lexicon.document_nouns and opening and content.start > cue.start and self.subject_before(Span(content.start, content.end), Span(*opening[0])) is not None:
            return None  # "According to a summary of the call, Ruiz expressed concern": Ruiz's statement, read at its cue
        if document and document[-1] in self.lexicon.finding_nouns:
            return None  # "according to a poll by the Forsa institute", "according to EU regulations": a finding or a norm, not a statement
        window = Span(cue.start, phrase_end)
        found = self.make(speaker_span, "", cue, "according to", "according", content, window, None)
        if found is not None:
            return found
        # "according to a person close to the talks", "according to one global index": whatever
        # follows "according to" is the source; kept as written, and unresolved.
        phrase = " ".join(self.masked[speaker_span.start : speaker_span.end].split())
        words = phrase.split()
        lex = self.lexicon
        if not 1 <= len(words) <= 10 or any(w in lex.finite_verbs or w.lower() in lex.pronouns or w.lower() in OBJECT_PRONOUNS for w in words):
            return None
        # Only people: "according to a large study", "the bill text", "a poll by Forsa" are findings
        # and documents, not statements (a document's issuer is read by the resolver above).
        cut = next((k for k, w in enumerate(words) if k and w.lower() in ("of", "from", "with", "by", "close", "familiar", "who", "in", "at", "on")), len(words))
        head = words[cut - 1].strip(",.").lower()
        people = head in lex.generic_speaker_heads or head in lex.anaphor_heads or head in ("person", "persons")
        people = people or (words[cut - 1][:1].isupper() and head.endswith("s") and cut >= 2)  # "numerous fellow Democrats"
        if not people or head in lex.document_nouns:
            return None
        surface = " ".join(words[1:]) if words[0].lower() in ("a", "an", "the") and len(words) > 1 else phrase
        if words[0].lower() in ("the", "this", "that", "its", "their", "his", "her"):
            # "according to the district", "the 2009 paper": someone or something named before, not certain
            source = ResolvedSpeaker(surface, None, "group", f"unresolved: source '{phrase}' refers back to no certain name")
        else:
            # "according to people familiar with the matter", "one global index": a source as written
            source = ResolvedSpeaker(surface, None, "group", f"surface form '{phrase}' after 'according to'")
        return self.make(speaker_span, "", cue, "according to", "according", content, window, source)
    # --- the found statement ------------------------------------------------------------------

    def make(
        self, speaker_span: Span, appositive: str, cue: Span, surface: str, lemma: str, content: Span, window: Span,
        speaker: ResolvedSpeaker | None, via: str | None = None, kind_hint: str = "clause", subject_hint: str = "",
    ) -> Found | None:
        """One cue's reading as a found statement: the content trimmed, the speaker phrase without
        openers and resolved unless `speaker` is given. None when no content is left or the
        phrase names no speaker."""
        trimmed = self.trim(content)
        if trimmed is None:
            return None
        content = trimmed
        speaker_span = self.without_openers(speaker_span)
        if speaker is None:
            speaker = self.speaker_of(speaker_span, appositive, content, window, subject_hint)
            if speaker is None:
                return None  # the words before the cue name no speaker: not an attribution
        attribution = min(speaker_span.start, cue.start)
        return Found(speaker, speaker_span, surface, lemma, cue, content, window, via, kind_hint, attribution)
