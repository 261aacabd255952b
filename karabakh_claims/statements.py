"""Attributed statements: who said what, and when, in one document.

Method (rule-based, in the spirit of textacy's `direct_quotations`, extended to reported
speech): the text is laid out (text.layout) so that URLs, tweet signatures and dated
headings are masked and page-break fragments rejoined; quotation regions are found
across sentences and paragraphs; then every reporting cue of the lexicon (cues.yaml)
outside a quotation is read in its sentence as one of:

- leading:   SPEAKER [aux] CUE [adverbials] [that|:|,] CONTENT
- trailing:  CONTENT, SPEAKER CUE [adverbials].   /   "QUOTE," CUE SPEAKER.
- according: According to SPEAKER, CONTENT.   /   CONTENT, according to SPEAKER.
- passive conduit: CONTENT, as reported by OUTLET.

plus dash and colon attribution of quotations (labels.py: transcripts, Q&A answers,
parliamentary records, a headline's "Speaker: claim"), embedded tweets, and quotations that
continue the previous speaker's quote. Outlets that relay another speaker become `via`.

Not handled: statements whose speaker is only in an earlier headline, free indirect
speech without a cue, single-quote quotations, nested attribution more than one level
deep. Ambiguous speakers yield no statement rather than a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from karabakh_claims.content_bounds import CHARACTERISING, MAIN_VERB_AFTER, ContentBounds
from karabakh_claims.cues import Lexicon, load_lexicon
from karabakh_claims.entities import EntityIndex
from karabakh_claims.labels import LabelReading
from karabakh_claims.models import Document, Span, Statement
from karabakh_claims.phrases import BE_FORMS, DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, WORD, AfterCue
from karabakh_claims.said_on import Found, StatementDating
from karabakh_claims.speaker_phrase import SpeakerPhrase
from karabakh_claims.speakers import NAME_PARTICLES, ResolvedSpeaker
from karabakh_claims.text import sentences

_MAX_CUES_PER_SENTENCE = 12
_CLAUSE_GOES_ON = re.compile(r"[,\s]*(?:but|and)\s+(?:that|also|said)\b")
_NEGATED_CUE = re.compile(r"(?:\bnot|\bcannot|n't|\bnever|\bdeclined to|\brefused to|\bwithout)\s+(?:\w+ly\s+)?$")
_NEGATED_CUE_ENDS = ("not", "n't", "never", "to", "without", "ly")  # how a match ends before its spaces
# "said he would believe it when he saw it": a modal verb makes a cue hypothetical, not an act of saying.
_HYPOTHETICAL_CUE = re.compile(r"\b(?:would|will|could|might|may|should|can|must|shall)\s+(?:(?!only\b)\w+ly\s+|also\s+)?$")
_HYPOTHETICAL_ENDS = ("would", "will", "could", "might", "may", "should", "can", "must", "shall", "ly", "also")
_CLAUSE_END = re.compile(r"\s[—–-]+\s|[;,.:!?]")
_NESTED_CUE = re.compile(r"\b(told|said|warned|assured|informed)\s+(?:(?:me|us|him|her|them)\s+)?(?:openly\s+|privately\s+|then\s+)?that\b")
_FIRST_PERSONS = frozenset("i we you me us they it".split())
# "Interfax quoted X as saying": the outlet stands before "quoted", X between it and "as".
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<quoted>[^.;:\"]{2,120}?),?\s+as\s+$")
_CLAUSE_SPLIT = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+|;\s+")
# Words after which a cue in -ing continues the subject's act ("and saying", "while insisting").
_ING_JOINERS = ("and", "while", "before", "after", "by", "when", "also", "then", "in", "without", "as", "but", "even", "further", "repeatedly", "again", "not", "including", "instead of", "besides", "of")
# Words that end a cue's noun-phrase object: the next clause or act begins.
_OBJECT_ENDS = frozenset("but while whereas although though because since saying adding after before when amid despite until unless if".split())
RELATIVE_PASSIVE = re.compile(r"\b(?:which|who|whom|that)\b")
_CONDUIT_LEMMAS = frozenset({"report", "say", "according", "write", "cite", "quote", "publish"})


# The verb of a reported clause after an attribution interposed after its subject.
_INTERPOSED_PREDICATE = re.compile(r"\s*,\s*(?:will|would|has|have|had|is|are|was|were|could|should|may|might|must|can|remains?|plans?)\b")
# After a cue word, what makes it a noun: a relative "that" with a plural verb ("states that
# have"), a title before a name ("state Sen. Black").
_NOUN_AFTER_CUE = re.compile(r"\s+that\s+(?:have|are|were)\b|\s+(?P<title>Sen|Rep|Gov|Lt|Atty|Gen)\.\s+[A-Z]")
_POSSESSIVES = frozenset("his her their its our my your".split())
_PARTICLES = frozenset("out up off down away back over".split())


class _DocumentExtractor(LabelReading, SpeakerPhrase, ContentBounds, StatementDating):
    """One document's pass over its sentences: every cue read as one of the patterns above."""

    # --- the pass over sentences ------------------------------------------------------------

    def run(self) -> Iterator[Statement]:
        yield from self.rule_statements()

    def rule_statements(self) -> Iterator[Statement]:
        """Stage 2a: the statements the rules propose, in text order (speakers resolved as read)."""
        found: list[Found] = []
        for paragraph in self.lay.paragraphs:
            if not self.cue_words_between(paragraph.start, paragraph.end):
                continue  # nothing reported here: no need to split it into sentences
            for sentence in sentences(self.masked, paragraph, inside_quote=self.in_quotation):
                found.extend(self.sentence_statements(sentence))
        found.extend(self.tweets())
        found.extend(self.colon_attributions(found))
        found.extend(self.continued_quotes(found))
        seen: set[tuple[int, int]] = set()
        for item in sorted(found, key=lambda f: (f.content.start, f.content.end)):
            key = (item.content.start, item.content.end)
            if key in seen:
                continue
            seen.add(key)
            statement = self.build(item)
            if statement is not None:
                yield statement

    def cues_in(self, sentence: Span) -> Iterator[tuple[Span, str, str]]:
        """Reporting cues of the sentence outside quotations: (span, surface, lemma)."""
        lex = self.lexicon
        for start, end in self.cue_words_between(sentence.start, sentence.end):
            lower = self.lowered[start:end]
            if self.inside_quote(start):
                continue
            if lower == "according":
                following = WORD.match(self.lowered, end + 1) if self.lowered[end : end + 1] == " " else None
                if following is not None and following.group() == "to":
                    yield Span(start, following.end()), "according to", "according"
                continue
            surface = self.masked[start:end]
            before = self.word_before(sentence.start, start)
            if before is not None and surface[0].isupper():
                continue  # part of a name: "the United States", "Says Who"
            # Only a word right before the cue modifies it: 'on this," said' is no "this said".
            adjacent = before is not None and not self.masked[before[0] + len(before[1]) : start].strip()
            previous = before[1] if before is not None and adjacent else ""
            glued = self.masked[start - 1 : start] in ("-", "'") or self.masked[end : end + 1] == "-"
            if glued or previous in DETERMINERS:
                continue  # "the said agreement", "so-called", "state-run", "a Facebook post"
            noun = _NOUN_AFTER_CUE.match(self.masked, end, min(sentence.end, end + 20))
            if noun is not None and ((noun.group("title") and lower == "state") or (not noun.group("title") and lower.endswith("s"))):
                continue  # "Rust Belt states that have suffered", "state Sen. Richard Black": nouns
            possessed = self.masked[max(sentence.start, start - 3) : start].rstrip().endswith(("'s", "’s", "s'", "s’"))
            if lower.endswith("ing") and (possessed or previous in _POSSESSIVES) and self.lowered[end : end + 4] == " of ":
                continue  # "the candidate's telling of a false story": a noun, not a cue
            if lower in lex.noun_cues and before is not None and (previous in lex.adverbial_heads or previous in PREPOSITIONS):
                continue  # "Facebook post", "a blog post", "in reports"
            yield Span(start, end), surface, lex.lemma_of[lower]

    def sentence_statements(self, sentence: Span) -> list[Found]:
        results: list[Found] = []
        cues = list(self.cues_in(sentence))
        if len(cues) > _MAX_CUES_PER_SENTENCE:
            return []  # a list of words, not a sentence: no attribution to read
        for cue_span, surface, lemma in cues:
            if any(f.content.start <= cue_span.start < f.content.end and f.kind_hint == "quote" for f in results):
                continue
            item = self.read_cue(sentence, cue_span, surface, lemma, results)
            if item is None:
                self.relayed_by(sentence, cue_span, lemma, results)
                results = self.end_at_coordinated_cue(cue_span, surface, results)
                continue
            if self.in_subordinate_clause(item) and any(f.content.start < item.attribution_start < f.content.end for f in results):
                # "It said that on March 31 when the mayor confirmed that X, he did not mention Y":
                # the mayor's words are part of what the earlier content tells.
                item = replace(item, embedded=True)
            # A later attribution inside an earlier content ends that content before it.
            results = [
                replace(f, content=Span(f.content.start, self.cut_point(f.content, item)))
                if f.content.start < item.attribution_start < f.content.end and not item.embedded and not self.inside_quote(item.attribution_start)
                else f
                for f in results
            ]
            results = [f for f in results if f.kind_hint == "quote" or self.enough_content(f.content.start, f.content.end)]
            item = self.before_complement(item, results)
            first = self.first_half(sentence, item, results)
            if first is not None:
                results.append(first)
            results.append(item)
            bisect.insort(self._statement_starts, item.attribution_start)
        results.extend(self.nested_in_quotes(sentence))
        return self.merge_conduits(results)

    def stance_cue_before(self, at: int) -> bool:
        """Whether the word just before `at` is a cue that takes a stance on its object
        ("dismissed", "rejected", "denied": object_cues)."""
        words = WORD.findall(self.lowered, max(0, at - 20), at)
        return bool(words) and self.lexicon.lemma_of.get(words[-1]) in self.lexicon.object_cues

    def first_half(self, sentence: Span, item: Found, earlier: list[Found]) -> Found | None:
        """'"We will rebuild the bridge," Mayor Tom Reyes said, "and we will do it before winter."':
        the quotation before an attribution whose own content is the quotation after it is the
        same speaker's first half."""
        if item.kind_hint != "quote" or item.embedded or not item.speaker_span.end <= item.cue_span.start < item.content.start:
            return None
        boundary = min(item.speaker_span.start, item.cue_span.start)
        before = self.masked[max(sentence.start, boundary - 3) : boundary].rstrip()
        if not before.endswith(('"', ',"', ", ")) and not before.endswith(","):
            return None
        region = self.region_ending_at(boundary)
        if region is None or region.start < sentence.start - 1 or region.end > boundary:
            return None
        if self.masked[region.end - 1 : region.end] not in (",", "") and not before.endswith(","):
            return None  # the first half breaks off with a comma: '"A," he said, "B"'
        if any(f.content.start <= region.start < f.content.end or region.start <= f.content.start < region.end for f in earlier):
            return None
        content = self.trim(region)
        if content is None or not self.enough_content(content.start, content.end):
            return None
        return replace(item, content=content, attribution_start=boundary)

    def nested_in_quotes(self, sentence: Span) -> Iterator[Found]:
        """'"At that point, the mayor told me that the lanes would stay," Smith said': a named
        third party's words reported inside a quotation."""
        if self.masked.find('"', sentence.start, sentence.end) < 0 and self.inside_quote(sentence.start) is None:
            return
        for region in self.regions_between(sentence.start, sentence.end):
            if self.masked[region.end : region.end + 1] != '"' or region.end - region.start > 3000:
                continue  # an unclosed quotation is no place to look for a reported third party
            inner = Span(max(region.start, sentence.start), min(region.end, sentence.end))
            for cue_match in _NESTED_CUE.finditer(self.masked, inner.start, inner.end):
                cue = Span(cue_match.start(1), cue_match.end(1))
                surface = cue_match.group(1)
                subject = self.subject_before(inner, cue)
                if subject is None:
                    continue
                phrase = self.masked[subject[0].start : subject[0].end]
                before = self.lowered[max(inner.start, cue.start - 8) : cue.start].split()
                if _FIRST_PERSONS.intersection(phrase.lower().split()) or phrase.lower() in self.lexicon.pronouns or (before and before[-1] in BE_FORMS):
                    continue  # the quoted speaker's "we said that", a passive "we were told that": no third party
                lemma = self.lexicon.lemma_of[surface.lower()]
                start = self.first_word(cue_match.end())
                after = AfterCue(cue_match.end(), start, True, None, None)
                remembered = len(self.resolver.context.history)
                item = self.leading(inner, cue, surface, lemma, subject, after)
                # The third party is not who "he" or "she" means outside the quotation.
                del self.resolver.context.history[remembered:]
                if item is not None:
                    yield replace(item, embedded=True)

    def read_cue(self, sentence: Span, cue: Span, surface: str, lemma: str, earlier: list[Found]) -> Found | None:
        if lemma == "according":
            return self.according_to(sentence, cue)
        before = max(sentence.start, cue.start - 30)
        # A search tries every position; the test of how the stretch ends rules out nearly all cues first.
        if self.lowered[before : cue.start].rstrip().endswith(_NEGATED_CUE_ENDS) and _NEGATED_CUE.search(self.lowered, before, cue.start):
            return None  # "did not say when", "declined to comment": nothing is attributed
        if self.lowered[before : cue.start].rstrip().endswith(_HYPOTHETICAL_ENDS) and (modal := _HYPOTHETICAL_CUE.search(self.lowered, before, cue.start)):
            if self.masked[modal.start()].islower():
                return None  # a capitalised "May" or "Will" is a name ("Theresa May said"), not a modal verb
        after = self.skip_adverbials(cue.end, sentence.end, lemma)
        if after.passive_by is not None:
            if after.had_that:
                # The agent of "was told by engineers that" is a source whatever its head noun.
                span = after.passive_by[0]
                phrase = " ".join(self.lay.visible(span.start, span.end).split())
                on = self.date_at_cue(Span(cue.start, after.end)) or self.lay.anchor_at(cue.start, self.default_anchor)
                agent = self.resolver.resolve(phrase, on=on.start if on else None, at=span.start)
                agent = agent or self.resolver.group_named(phrase, "agent of a passive cue")
                item = self.leading(sentence, cue, surface, lemma, after.passive_by, after, speaker=agent)
                return item and replace(item, embedded=True)
            clause_start = max(sentence.start, self.masked.rfind(",", sentence.start, cue.start))
            before_cue = self.masked[max(sentence.start, cue.start - 30) : cue.start].rstrip()
            words_before = [w.lower() for w in WORD.findall(before_cue)]
            while len(words_before) > 1 and self.passive_adverb(words_before[-1]):
                words_before.pop()  # "was immediately refuted by", "was first reported by"
            previous = words_before[-1] if words_before else ""
            if before_cue[-1:].isalnum() and previous not in BE_FORMS and previous not in ("as", "been", "being", "get", "got"):
                return None  # "the two men accused by the police of ...": a participle after a noun, no attribution
            if RELATIVE_PASSIVE.search(self.lowered, clause_start, cue.start):
                return None  # "gains, all of which had been reported by media outlets": the relative's antecedent is reported
            item = self.trailing(sentence, cue, surface, lemma, after.passive_by, after.end, earlier)
            return item and self.without_passive_verb(item)
        if surface.lower().endswith("ing"):
            # "..., adding that ...", "saying ...": the speaker of the clause goes on.
            if not self.content_follows(after, sentence, lemma):
                return None
            joined = self.masked[max(sentence.start, cue.start - 12) : cue.start].rstrip()
            word = WORD.findall(joined)[-1].lower() if WORD.findall(joined) else ""
            if joined and joined[-1].isalnum() and word not in _ING_JOINERS and not self.lowered[max(0, cue.start - 30) : cue.start].rstrip().endswith(_ING_JOINERS):
                # "a blog post by a US investigative journalist alleging that ...": the noun before the
                # participle speaks, not the subject of the sentence.
                agent = self.with_agent(self.subject_before(sentence, cue), sentence, cue)
                if agent is not None:
                    words = self.masked[agent[0].start : agent[0].end].split()
                    if words[0].lower() == "by" and len(words) > 1:
                        agent = (Span(self.first_word(agent[0].start + 2), agent[0].end), agent[1])
                    first, last = words[0].lower(), words[-1].lower().strip(",")
                    lex = self.lexicon
                    # "his decision saying ...", "issued a statement saying ...": no speaker before the
                    # participle (a document, a thing, a clause); the subject's act goes on.
                    # "sent out a text message to supporters saying": a verb's particle or a preposition
                    # opens no speaker.
                    thing = first in _POSSESSIVES or first in _PARTICLES or (words[0].islower() and (first in PREPOSITIONS or first.endswith("ing")))
                    thing = thing or last in lex.document_nouns or any(
                        w.islower() and (w in lex.finite_verbs or w in lex.lemma_of or (w.endswith("ed") and len(w) > 4)) for w in words[1:]
                    )
                    if thing and self.stance_cue_before(agent[0].start):
                        # "The ministry dismissed a report alleging ...": the document alleges, and the
                        # subject disputes it; reading "alleging" as the subject's would invert it.
                        return None
                    item = None if thing else self.leading(sentence, cue, surface, lemma, agent, after)
                    if item is not None:
                        return replace(item, embedded=True)  # inside what another cue reports ("dismissed a post by X alleging ...")
            return self.quoted_as_saying(sentence, cue, surface, lemma, after) or self.continued(sentence, cue, surface, lemma, after, earlier)
        inverted_first = self.inverted_after_comma(sentence, cue, surface, lemma, earlier)
        if inverted_first is not None:
            return inverted_first
        subject = self.subject_before(sentence, cue)
        if subject is not None and subject[1].lower().startswith("citing "):
            after = AfterCue(after.end, after.content_start, after.had_that, after.passive_by, subject[1][len("citing ") :].strip())
            subject = (subject[0], "")
        introduced = self.colon_quote_after(cue, sentence) if subject is not None else None
        if introduced is not None and not (after.content_start is not None and self.region_starting_at(after.content_start)):
            after = AfterCue(introduced.start - 1, introduced.start, True, None, after.cited_by)
        if subject is not None and surface.lower() in self.lexicon.noun_cues:
            phrase = self.masked[subject[0].start : subject[0].end]
            opener, last = phrase.split(" ", 1)[0].lower(), phrase.rsplit(" ", 1)[-1].lower()
            after_verb = last in self.lexicon.lemma_of or last in self.lexicon.finite_verbs  # "denied reports"
            after_verb = after_verb or last.endswith(("'s", "’s"))  # "Mayor Cole's report said": a noun after a possessive
            if not (phrase[:1].isupper() or phrase.lower() in self.lexicon.pronouns) or opener in PREPOSITIONS or opener in DETERMINERS or after_verb:
                subject = None  # "a controversial Facebook post", "In a televised address": a noun, not a cue
        object_after = after
        after_object = self.object_then_content(after, sentence, lemma) if subject is not None else None
        if after_object is not None and lemma in self.lexicon.object_cues and not self.word_from(after_object).endswith("ing"):
            after_object = None  # "blamed Russia for the poisonings": the object and its charge, read below
        if after_object is not None:
            after = AfterCue(after_object, after_object, True, None, after.cited_by)
        if subject is not None and (as_said := self.as_attribution(sentence, cue, surface, lemma, subject)) is not None:
            return as_said
        if subject is not None:
            boundary = min(self.role_start(*subject), cue.start)
            if (
                lemma == "tell" and not after.had_that and self.content_precedes(boundary)
                and not self.region_starting_at(after.content_start or cue.end) and not self.opening_adverbial(sentence.start, boundary)
                and not self.adverbial_only(Span(sentence.start, boundary))
            ):
                # "..., Turkish sources told the London-based outlet.": the audience, not content, follows
                # (but "After the hearing, Afolabi told reporters his client was devastated").
                return self.trailing(sentence, cue, surface, lemma, subject, after.end, earlier)
            relative = self.relative_clause(sentence, cue, surface, lemma, subject, after)
            if relative is not None:
                return relative
            if self.lexicon.object_cues.get(lemma) == "any" and after_object is None and not after.had_that:
                # "blamed Moscow for the "killings" of civilians": the object and its charge, quotes and all.
                charged = self.object_stance(sentence, cue, surface, lemma, subject, object_after)
                if charged is not None:
                    return charged
            if self.content_follows(after, sentence, lemma) and not self.manner_after_quote(cue, after, boundary):
                item = self.leading(sentence, cue, surface, lemma, subject, after, earlier=earlier)
                if item is not None or lemma not in self.lexicon.object_cues:
                    return item
                return self.object_stance(sentence, cue, surface, lemma, subject, object_after)  # no clause: an object
            if self.content_precedes(min(subject[0].start, cue.start)):
                return self.trailing(sentence, cue, surface, lemma, subject, after.end, earlier)
            return self.object_stance(sentence, cue, surface, lemma, subject, object_after)
        words_before = self.masked[max(sentence.start, cue.start - 24) : cue.start].split()
        while len(words_before) > 1 and words_before[-1].lower() in self.lexicon.auxiliaries:
            words_before.pop()  # "and has said", "but had also told"
        after_object = self.object_then_content(after, sentence, lemma)
        if after_object is not None:
            after = AfterCue(after_object, after_object, True, None, after.cited_by)
        if words_before and words_before[-1].lower() in ("and", "but") and self.content_follows(after, sentence, lemma):
            # "Lavrov said X, and said Y" / "The US welcomed the deal but said ...": elided subject.
            return self.continued(sentence, cue, surface, lemma, after, earlier)
        inverted = self.speaker_after(cue.end, sentence.end)
        if inverted is not None and self.content_precedes(cue.start):
            return self.trailing(sentence, cue, surface, lemma, (inverted, ""), inverted.end, earlier)
        return None

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

    def object_stance(self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], after: AfterCue) -> Found | None:
        """A cue whose noun-phrase object is what is said: "Moscow denied any involvement", "rejected
        the accusations as baseless", "The company disputes this figure", "blamed Russia for the
        poisonings" (content "Russia for the poisonings"). Not a passive ("was denied access"), an
        indirect object ("denied him a visa"), nor a thing refused ("rejected the bill")."""
        takes = self.lexicon.object_cues.get(lemma)
        start = after.content_start
        if takes is None or start is None or start >= sentence.end:
            return None
        skipped = WORD.findall(self.lowered, cue.end, start)
        if skipped and all(w in DETERMINERS or w == "any" for w in skipped):
            start = self.first_word(cue.end)  # "disputes this figure": the determiner is the object's
        before = WORD.findall(self.lowered, max(sentence.start, cue.start - 40), cue.start)
        while before and before[-1].endswith("ly") and len(before[-1]) > 4:
            before.pop()  # "was strongly denied"
        if before and (before[-1] in BE_FORMS or before[-1] in ("get", "got", "gets")):
            return None  # a passive: "Journalists were denied access"
        if self.masked[start] in '",;:.—-' and not self.region_starting_at(start):
            return None
        toks = self.tokens(start, min(sentence.end, start + 400))
        words = [t.group().lower() for t in toks]
        if not words or words[0] in OBJECT_PRONOUNS and takes != "any":
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

    # --- patterns -------------------------------------------------------------------

    def quoted_as_saying(self, sentence: Span, cue: Span, surface: str, lemma: str, after: AfterCue) -> Found | None:
        """"Interfax quoted the regional governor, Yerlan Abdikarimov, as saying that ...": the one
        quoted speaks, and the outlet that quoted them relays it."""
        framed = _QUOTED_AS.search(self.masked, sentence.start, cue.start)
        if framed is None:
            return None
        outlet = " ".join(self.masked[sentence.start : framed.start()].split()).strip(" ,")
        quoted = self.trim(Span(framed.start("quoted"), framed.end("quoted")))
        if not outlet or quoted is None:
            return None
        role, name = "", quoted
        inner = re.fullmatch(r"(.+?),\s*([A-Z][^,]+?),?", self.masked[quoted.start : quoted.end])
        if inner is not None:
            # "the regional governor, Yerlan Abdikarimov": the name speaks, the role describes them.
            role, name = inner.group(1), Span(quoted.start + inner.start(2), quoted.start + inner.end(2))
        item = self.leading(sentence, cue, surface, lemma, (name, role), after)
        # "The state news agency TASS quoted": the outlet by its store name when the store has it.
        known = [self.entities.get(entity_id) for entity_id, _ in self.entities.find_mentions(outlet, roles=False)]
        outlets = [entity.name for entity in known if entity is not None and entity.type == "outlet"]
        return item and replace(item, via=outlets[0] if outlets else outlet.removeprefix("the ").removeprefix("The "))

    def continued(self, sentence: Span, cue: Span, surface: str, lemma: str, after: AfterCue, earlier: list[Found]) -> Found | None:
        """A cue without its own subject: the previous speaker of the sentence, else its subject."""
        if earlier:
            previous = earlier[-1]
            item = self.leading(sentence, cue, surface, lemma, (previous.speaker_span, ""), after, speaker=previous.speaker)
            if item is not None:
                # "..., adding that ...": the same act of speaking, so the same date.
                item = replace(item, window=previous.window)
        else:
            described = self.relative_antecedent(sentence, cue)
            subject = described or self.sentence_subject(sentence, cue)
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
            elif self.quote_opens_clause(region, sentence.end):
                content = Span(region.start - 1, sentence.end)
        else:
            content = Span(content_start, max(sentence.end, self.quote_end_within(content_start, sentence.end)))
            if lemma in self.lexicon.needs_that and not after.had_that and claim_clause is None:
                # "described the agreement as "unspeakably painful"": what is attributed is the quotation.
                quoted = self.first_quotation(content_start, content.end)
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
            if word.group() in self.lexicon.finite_verbs:
                end = word.start() - 1  # "the man who police said stole the car was arrested"
                break
        content = Span(start, end)
        if len(WORD.findall(self.masked, content.start, content.end)) < 2:
            return None
        window = Span(subject[0].start, cue.end)
        return self.make(subject[0], subject[1], cue, surface, lemma, content, window, None)

    def cited(self, item: Found | None, after: AfterCue) -> Found | None:
        """"X reported, citing Y": Y is the speaker and X relays it."""
        if item is None or not after.cited_by:
            return item
        on = self.date_at_cue(item.window) or self.lay.anchor_at(item.window.start, self.default_anchor)
        source = self.resolver.resolve(after.cited_by, on=on.start if on else None)
        if source is None:
            return item
        return replace(item, speaker=source, via=item.speaker.name)

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
        elif not self.enough_content(content.start, content.end) and predicate is None:
            return None
        if predicate is not None:
            # "The Monterrey plant, the company said, will add about 250 positions": the subject before
            # the attribution, the verb after it (a subject may hold a word that can be a verb: "The
            # plan, an aide said, is to ...").
            content = self.trim(Span(content.start, sentence.end))
            if content is None or not self.is_clause(content):
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
        if self.masked[sentence.start : cue.start].strip(' "') == "":
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
        opening = self.cue_words_between(content.start, min(content.end, content.start + 60))
        document = WORD.findall(self.lowered, speaker_span.start, speaker_span.end)
        document = [w for w in document[: next((k for k, w in enumerate(document) if k and w in ("of", "from", "by", "on")), len(document))]]
        if document and document[-1] in self.lexicon.document_nouns and opening and content.start > cue.start and self.subject_before(Span(content.start, content.end), Span(*opening[0])) is not None:
            return None  # "According to a summary of the call, Ruiz expressed concern": Ruiz's statement, read at its cue
        if document and document[-1] in self.lexicon.finding_nouns:
            return None  # "according to a poll by the Forsa institute": a finding, not a statement
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

    # --- tweets, continuations, conduits ----------------------------------------------

    def tweets(self) -> Iterator[Found]:
        for tweet in self.lay.tweets:
            content = self.trim(tweet.content)
            if content is None or not self.enough_content(content.start, content.end):
                continue
            speaker = self.resolver.resolve(tweet.author, on=None) or ResolvedSpeaker(tweet.author, None, "person", "tweet signature")
            yield Found(speaker, tweet.signature, "tweeted", "tweet", tweet.signature, content, tweet.signature)

    def continued_quotes(self, found: list[Found]) -> Iterator[Found]:
        """A quotation with no cue of its own, right after a statement, continues that speaker."""
        covered = sorted((f.content.start, f.content.end) for f in found)
        covered_starts = [s for s, _ in covered]
        ordered = sorted((f for f in found if not f.embedded), key=lambda f: f.content.end)
        ordered_ends = [f.content.end for f in ordered]
        for region in self.regions:
            k = bisect.bisect_right(covered_starts, region.start)
            if any(s <= region.start and region.end <= e + 1 for s, e in covered[max(0, k - 8) : k]):
                continue
            words = len(WORD.findall(self.masked, region.start, min(region.end, region.start + 200)))
            sentence_like = self.masked[region.end - 1 : region.end] in (".", "!", "?")
            if words < 3 or (words < 6 and not sentence_like):
                continue
            # (a quotation mark written as two apostrophes is masked as a space and a mark: look past both)
            before = self.masked[max(0, region.start - 12) : region.start - 1].rstrip().rstrip('"').rstrip()
            if before and before[-1] not in ".!?:,":
                continue
            k = bisect.bisect_right(ordered_ends, region.start)
            previous = [f for f in ordered[max(0, k - 8) : k] if region.start - max(f.content.end, f.window.end) < 400]
            if not previous:
                continue
            last = previous[-1]
            between = self.masked[max(last.content.end, last.window.end) : region.start]
            if between.strip(' ."\n,') and len(WORD.findall(between)) > 0 and not self.rest_of_attribution(between):
                continue
            content = self.trim(region)
            if content is not None:
                yield replace(last, content=content, window=Span(region.start, region.start))

    @staticmethod
    def rest_of_attribution(between: str) -> bool:
        """'"...," said Carl Brook, a longtime strategist. "...': what ends the attribution's
        sentence after its speaker (an appositive, a relative clause) keeps the next quotation
        with that speaker; a sentence of its own, or a quotation, does not."""
        rest = between.strip(" \n")
        if not rest.startswith(",") or '"' in rest.rstrip('"') or len(WORD.findall(rest)) > 30:
            return False
        body = rest.rstrip(' "\n')
        return body.endswith(".") and not re.search(r"[.!?]\s", body[:-1])

    def relayed_by(self, sentence: Span, cue: Span, lemma: str, results: list[Found]) -> None:
        """'"...," X said, AFP reported.' / '..., as reported by TASS.': the outlet after a
        statement, with nothing of its own to report, relays that statement."""
        if not results or lemma not in _CONDUIT_LEMMAS:
            return
        previous = results[-1]
        if previous.via or cue.start < previous.cue_span.end:
            return
        after = self.skip_adverbials(cue.end, sentence.end, lemma)
        if after.passive_by is not None:
            phrase_span = after.passive_by[0]
        else:
            subject = self.subject_before(sentence, cue)
            if subject is None:
                return
            phrase_span = subject[0]
        between = self.masked[max(previous.content.end, previous.window.end) : min(phrase_span.start, cue.start)]
        if len(WORD.findall(between)) > 2:
            return
        phrase = self.masked[phrase_span.start : phrase_span.end]
        entity, _ = self.entities.resolve(phrase)
        outlet = entity.type == "outlet" if entity is not None else self.lexicon.is_outlet_phrase(phrase)
        if outlet:
            results[-1] = replace(previous, via=entity.name if entity is not None else " ".join(phrase.split()))

    def merge_conduits(self, items: list[Found]) -> list[Found]:
        """An outlet that reports another statement of its sentence becomes that statement's `via`."""
        kept = list(items)
        for outer in items:
            if outer.lemma not in _CONDUIT_LEMMAS or not self.is_outlet(outer):
                continue
            inner = [f for f in kept if f is not outer and outer.content.start <= f.cue_span.start and f.content.end <= outer.content.end + 2]
            if outer.attribution_start < outer.content.start:
                continue  # "A said X, but Y, AFP reported": Y is the outlet's own, split off X
            inner += [f for f in kept if f is not outer and f.content.start <= outer.content.start and outer.cue_span.start >= f.content.end - 2 and f.window.end <= outer.speaker_span.start + 1]
            if inner:
                kept = [f if f not in inner else replace(f, via=f.via or outer.speaker.name) for f in kept if f is not outer]
        return kept

    def is_outlet(self, item: Found) -> bool:
        if item.speaker.entity_id:
            entity = self.entities.get(item.speaker.entity_id)
            if entity is not None:
                return entity.type == "outlet"
        return self.lexicon.is_outlet_phrase(self.masked[item.speaker_span.start : item.speaker_span.end])


# Above the tagger's ceiling: by default the output is the rules' (precision as before); lower
# it (extract --min-confidence 0) to add what the tagger reads.
DEFAULT_MIN_CONFIDENCE = 0.6


def extract_statements(
    doc: Document,
    *,
    entities: EntityIndex,
    lexicon: Lexicon | None = None,
    use_model: bool = True,
    min_confidence: float | None = None,
    read_all: bool = True,
) -> Iterator[Statement]:
    """Yield the attributed statements of one document, in text order.

    The stages: layout (text.layout) -> candidate spans proposed by the rules, each with the
    pattern that proposed it -> the trained tagger's decision (model.py: it scores the rules'
    statements and adds those it reads that the rules missed) -> speaker resolution in text
    order -> dating -> records. Speakers resolve through `entities` (the store); dates against
    the document's section headings, dateline or published date (never the clock).
    Statements below `min_confidence` (default DEFAULT_MIN_CONFIDENCE, above what the tagger's
    own statements carry, so the default output is the rules' and the tagger does not run)
    are dropped. A rule statement's confidence is its pattern's measured precision.

    >>> doc = Document("x.txt", 'Officials said on Monday that the bridge had reopened.')
    >>> [s.speaker for s in extract_statements(doc, entities=EntityIndex([]))]
    ['Officials']
    """
    from karabakh_claims.decide import MODEL_CEILING, decide, rule_confidences

    extractor = _DocumentExtractor(doc, entities, lexicon or load_lexicon())
    ruled = list(extractor.rule_statements())
    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    if not use_model or threshold > MODEL_CEILING:
        decided = rule_confidences(ruled)  # nothing the tagger adds could pass: it need not read
    else:
        decided = decide(extractor, ruled, read_all=read_all)
    for statement in decided:
        if statement.confidence >= threshold:
            yield statement
