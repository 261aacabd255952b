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

This module is the driver: the cues of a sentence (`cues_in`), which reading each cue takes
(`read_cue`), how the statements of one sentence bound each other (a later attribution ends
an earlier content; the two halves of an interrupted quotation; a third party reported
inside a quotation), and what joins statements across sentences (quotations that continue
a speaker, outlets that relay one). The stages it calls are mixins of its extractor class:

- readings.py        the readings of one cue: leading, trailing, according to, and their variants
- speaker_phrase.py  where the speaker phrase stands around a cue, and whom it names
- content_bounds.py  where a statement's content starts and where it stops
- labels.py          colon attribution
- said_on.py         when each statement was said, and the finished record

over phrases.py's DocumentReader (the document as extraction reads it).

Not handled: statements whose speaker is only in an earlier headline, free indirect
speech without a cue, single-quote quotations, nested attribution more than one level
deep. Ambiguous speakers yield no statement rather than a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from karabakh_claims.content_bounds import ContentBounds
from karabakh_claims.cues import Lexicon, load_lexicon
from karabakh_claims.entities import EntityIndex
from karabakh_claims.labels import LabelReading
from karabakh_claims.models import Document, Span, Statement
from karabakh_claims.phrases import BE_FORMS, DETERMINERS, PASSIVE_AUXILIARY, PREPOSITIONS, WORD, AfterCue
from karabakh_claims.readings import CueReadings
from karabakh_claims.said_on import Found, StatementDating
from karabakh_claims.speaker_phrase import SpeakerPhrase
from karabakh_claims.speakers import ResolvedSpeaker
from karabakh_claims.text import sentences

_MAX_CUES_PER_SENTENCE = 12
_NEGATED_CUE = re.compile(r"(?:\bnot|\bcannot|n't|\bnever|\bdeclined to|\brefused to|\bwithout)\s+(?:\w+ly\s+)?$")
_NEGATED_CUE_ENDS = ("not", "n't", "never", "to", "without", "ly")  # how a match ends before its spaces
# "said he would believe it when he saw it": a modal verb makes a cue hypothetical, not an act of saying.
_HYPOTHETICAL_CUE = re.compile(r"\b(?:would|will|could|might|may|should|can|must|shall)\s+(?:(?!only\b)\w+ly\s+|also\s+)?$")
_HYPOTHETICAL_ENDS = ("would", "will", "could", "might", "may", "should", "can", "must", "shall", "ly", "also")
_NESTED_CUE = re.compile(r"\b(told|said|warned|assured|informed)\s+(?:(?:me|us|him|her|them)\s+)?(?:openly\s+|privately\s+|then\s+)?that\b")
_FIRST_PERSONS = frozenset("i we you me us they it".split())
# Words after which a cue in -ing continues the subject's act ("and saying", "while insisting").
_ING_JOINERS = ("and", "while", "before", "after", "by", "when", "also", "then", "in", "without", "as", "but", "even", "further", "repeatedly", "again", "not", "including", "instead of", "besides", "of")
# Number words that open a noun phrase ("declared three days of mourning"), as a figure does.
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands several".split())
# Words before a cue in -ing that make it a finite verb in the progressive ("are telling", "have
# been saying", "keep insisting"), whose subject stands before them.
_PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "keep", "keeps", "kept"})
# An adverbial of a few words without a comma, then "that": "during the standoff that".
_THAT_AFTER_ADVERBIAL = re.compile(r"\s*(?:during|in|on|at|after|before|over|last|this|earlier|later)\b[^,.;:!?\"“”]{0,40}?\bthat\b")
RELATIVE_PASSIVE = re.compile(r"\b(?:which|who|whom|that)\b")
_CONDUIT_LEMMAS = frozenset({"report", "say", "according", "write", "cite", "quote", "publish"})
# After a cue word, what makes it a noun: a relative "that" with a plural verb ("states that
# have"), a title before a name ("state Sen. Black").
# A cue word in -s before a plural verb is a noun: "Rust Belt states that have suffered",
# "sweeping claims have no legal basis", "reports were denied"; before a title, "state Sen.".
# "was quoted as saying by Geo News" ("was quoted saying by IRNA"): the passive before the cue.
_QUOTED_AS_SAYING_BY = re.compile(PASSIVE_AUXILIARY + r"quoted(?:\s+as)?\s*$")
_NOUN_AFTER_CUE = re.compile(r"(?:\s+that)?\s+(?:have|are|were|had)\b|\s+(?P<title>Sen|Rep|Gov|Lt|Atty|Gen)\.\s+[A-Z]")
_POSSESSIVES = frozenset("his her their its our my your".split())
_PARTICLES = frozenset("out up off down away back over".split())


# A preposition (or a verb of citing), then the people who do the act of the participle after them:
# "in response to city officials reporting", "after Smith saying", "cited experts saying".
_PREPOSITION_THEN_PEOPLE = re.compile(
    r"\b(?:to|from|after|amid|following|over|cited|citing|quoting|quoted)\s+((?:the\s+)?(?:[a-z]+\s+){0,2}[a-z]+s|(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)\s+$"
)

# Words before a participle that make it an adjective of the noun after it: "all reported contributions".
# A cue whose object only points back: "said this while briefing journalists", "said so on Monday."
_SAID_THIS = re.compile(r"\s+(?:this|so)\b(?=\s*[.,;]|\s+(?:while|when|after|before|as|during|at|in|on)\b)")
_SAYING = frozenset("say tell add state report write note".split())  # ("denies this" does deny: a stance on what came before)
_ADJECTIVE_ENDING = re.compile(r"(?:less|ous|ful|able|ible)$")  # "Baseless", "Dubious": no one's name
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen several many few".split())
_QUANTIFIERS = frozenset("all some any no many most few several both each every".split())
_PLURAL_NOUN_AFTER = re.compile(r"\s+([a-z]{3,}s)\b(?!')")

class _DocumentExtractor(LabelReading, CueReadings, SpeakerPhrase, ContentBounds, StatementDating):
    """One document's pass over its sentences: every cue read as one of the readings above."""

    # --- the pass over sentences ------------------------------------------------------------

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
            plural_after = _PLURAL_NOUN_AFTER.match(self.masked, end, min(sentence.end, end + 30))
            if previous in _QUANTIFIERS and lower.endswith("ed") and plural_after and plural_after.group(1) not in lex.finite_verbs:
                continue  # "all reported contributions", "some claimed victims": an adjective before its noun
            noun = _NOUN_AFTER_CUE.match(self.masked, end, min(sentence.end, end + 20))
            if noun is not None and ((noun.group("title") and lower == "state") or (not noun.group("title") and lower in lex.noun_cues)):
                continue  # "Rust Belt states that have suffered", "state Sen. Richard Black": nouns
            possessed = self.masked[max(sentence.start, start - 3) : start].rstrip().endswith(("'s", "’s", "s'", "s’"))
            if lower.endswith("ing") and (possessed or previous in _POSSESSIVES) and self.lowered[end : end + 4] == " of ":
                continue  # "the candidate's telling of a false story": a noun, not a cue
            if lower in lex.noun_cues and before is not None and (previous in lex.adverbial_heads or previous in PREPOSITIONS):
                continue  # "Facebook post", "a blog post", "in reports"
            yield Span(start, end), surface, lex.lemma_of[lower]

    def prepositional_agent(self, sentence: Span, cue: Span) -> tuple[Span, str] | None:
        """"... released a statement in response to city officials reporting that ...": the people a
        preposition names just before the participle do its act (a plural of people, or a name)."""
        before = self.masked[max(sentence.start, cue.start - 80) : cue.start]
        found = _PREPOSITION_THEN_PEOPLE.search(before)
        if found is None:
            return None
        words = found.group(1).split()
        if words[-1][:1].islower() and words[-1].lower() not in self.lexicon.generic_speaker_heads:
            return None  # "in response to the plan saying": a thing
        start = cue.start - len(before) + found.start(1)
        return Span(start, start + len(found.group(1))), ""

    def noun_cue_as_verb(self, sentence: Span, cue: Span, surface: str, subject: tuple[Span, str], after: AfterCue) -> bool:
        """Whether a cue word that is also a noun ("claims", "reports", "post", "estimates") is a
        verb here, with the phrase before it as its subject: a name or a pronoun ("Omar Tal claims"),
        not a noun phrase it ends ("a controversial Facebook post", "In a televised address",
        "denied reports", "Mayor Cole's report said"), unless a speaker's head noun and "that" follow
        ("The minister claims that ...") or it ends a sentence after a comma (", the IMF estimates.")."""
        phrase = self.masked[subject[0].start : subject[0].end]
        opener, last = phrase.split(" ", 1)[0].lower(), phrase.rsplit(" ", 1)[-1].lower()
        lex = self.lexicon
        if " " not in phrase and (phrase.lower() in lex.denial_words or _ADJECTIVE_ENDING.search(phrase.lower())):
            return False  # "Baseless claims that ...", "Dubious reports": an adjective, then the noun
        if " " not in phrase and phrase[:1].isupper() and phrase.lower() not in lex.pronouns and not phrase.endswith("s") \
                and not surface.lower().endswith(("s", "ed")) and not self.lowered[max(0, subject[0].start - 5) : subject[0].start].rstrip().endswith("and"):
            return False  # "in Owo, Ondo state, was": one name does not "state"; the place's region
        if phrase.split()[-1].lower() in _NUMBER_WORDS or phrase.split()[-1].isdigit():
            return False  # "sent Prieto two reports": a number, then the noun
        following = WORD.search(self.lowered, cue.end, sentence.end)
        if following is not None and following.start() - cue.end <= 1 and (following.group() in lex.lemma_of or following.group() in lex.finite_verbs):
            return False  # "Initial press reports said", "The claims were": the noun, then its verb
        after_verb = last in lex.lemma_of or last in lex.finite_verbs or last.endswith(("'s", "’s"))
        head = last in lex.anaphor_heads or last in lex.anaphor_group_heads or last in lex.generic_speaker_heads
        that_next = after.had_that and after.content_start is not None and self.lowered[cue.end : after.content_start].split() == ["that"]
        named = len(phrase.split()) >= 2 and all(w[:1].isupper() for w in phrase.split()[1:])  # "the IRGC claims that"
        if opener in DETERMINERS and (head or named) and surface.lower().endswith("s") and that_next:
            return True
        trailing = (
            (phrase[:1].isupper() or opener in DETERMINERS)  # not "..., matching Wall Street estimates."
            and not self.masked[cue.end : sentence.end].strip(" .\n\"”’'")
            and self.masked[max(sentence.start, subject[0].start - 3) : subject[0].start].rstrip().endswith(",")
        )
        if trailing:
            return True
        return (phrase[:1].isupper() or phrase.lower() in lex.pronouns) and opener not in PREPOSITIONS and opener not in DETERMINERS and not after_verb

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
            if (self.in_subordinate_clause(item) or self.in_free_relative(item)) and any(f.content.start < item.attribution_start < f.content.end for f in results):
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
        particle = self.lexicon.particle_cues.get(lemma)
        if particle is not None and self.word_from(self.first_word(cue.end)) != particle:
            return None  # "pointed the finger at": not "pointed out"
        before = max(sentence.start, cue.start - 30)
        # A search tries every position; the test of how the stretch ends rules out nearly all cues first.
        if self.lowered[before : cue.start].rstrip().endswith(_NEGATED_CUE_ENDS) and _NEGATED_CUE.search(self.lowered, before, cue.start):
            return None  # "did not say when", "declined to comment": nothing is attributed
        if self.lowered[before : cue.start].rstrip().endswith(_HYPOTHETICAL_ENDS) and (modal := _HYPOTHETICAL_CUE.search(self.lowered, before, cue.start)):
            if self.masked[modal.start()].islower():
                return None  # a capitalised "May" or "Will" is a name ("Theresa May said"), not a modal verb
        if surface.endswith("ed") and lemma in self.lexicon.object_cues and self.lowered.startswith(" of ", cue.end) and self.after_noun(cue.start):
            return None  # "the man accused of killing ...": a participle that describes the man ("which he has accused of": a verb)
        after = self.skip_adverbials(cue.end, sentence.end, lemma)
        if lemma in _SAYING and _SAID_THIS.match(self.masked, cue.end, sentence.end):
            return None  # "said this while briefing journalists": it refers to what was reported before
        if after.passive_by is not None:
            later_that = _THAT_AFTER_ADVERBIAL.match(self.lowered, after.end, sentence.end) if not after.had_that else None
            if later_that is not None:
                # "were told by the gunman during the standoff that he ...": the agent's words follow
                # an adverbial; the passive does not close a clause reported before it.
                after = AfterCue(later_that.end(), self.first_word(later_that.end()), True, after.passive_by, after.cited_by)
            if not after.had_that and (lemma == "ask" or (lemma in self.lexicon.audience_cues and "," not in self.masked[sentence.start : cue.start])):
                # "Lee was asked by reporters why ...", "He was told by police": the subject is the
                # audience, and nothing before it was said ("..., drivers were told by police" is)
                return None
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
            if before_cue[-1:].isalnum() and previous not in BE_FORMS and previous not in ("as", "been", "being", "get", "got", "quoted"):
                return None  # "the two men accused by the police of ...": a participle after a noun, no attribution
            if RELATIVE_PASSIVE.search(self.lowered, clause_start, cue.start):
                return None  # "gains, all of which had been reported by media outlets": the relative's antecedent is reported
            quoted = _QUOTED_AS_SAYING_BY.search(self.lowered, clause_start, cue.start)
            if quoted is not None:
                # '"...," Ghafoor was quoted as saying by Geo News': the one quoted speaks, the outlet relays.
                quoted_subject = self.subject_before(sentence, Span(quoted.start(), quoted.end()))
                if quoted_subject is None:
                    return None
                item = self.trailing(sentence, cue, surface, lemma, quoted_subject, after.end, earlier)
                via = " ".join(self.lay.visible(after.passive_by[0].start, after.passive_by[0].end).split())
                return item and replace(item, via=via)
            item = self.trailing(sentence, cue, surface, lemma, after.passive_by, after.end, earlier)
            return item and self.without_passive_verb(item)
        if surface.lower().endswith("ing") and lemma == "address" and self.lowered[max(0, cue.start - 8) : cue.start].rstrip().endswith(("while", "when")):
            return None  # "while addressing the media outside Parliament House": an occasion, not a statement
        if surface.lower().endswith("ing"):
            # "Interfax quoted X as saying that ...", "..., CNN quoted X as saying.": the one quoted speaks.
            quoted = self.quoted_as_saying(sentence, cue, surface, lemma, after)
            if quoted is not None:
                return quoted
            # "..., adding that ...", "saying ...": the speaker of the clause goes on.
            if not self.content_follows(after, sentence, lemma):
                return None
            joined = self.masked[max(sentence.start, cue.start - 12) : cue.start].rstrip()
            word = WORD.findall(joined)[-1].lower() if WORD.findall(joined) else ""
            progressive = self.progressive_start(sentence, cue) if word in _PROGRESSIVE_AUXILIARIES else None
            if progressive is not None:
                # "residents have been telling him that ...", "people keep telling her ...": a verb
                # in the progressive, whose subject stands before its auxiliaries; never the
                # sentence's subject going on (that would give the outer speaker the inner words).
                agent = self.with_agent(self.subject_before(sentence, Span(progressive, progressive + 1)), sentence, cue)
                item = self.leading(sentence, cue, surface, lemma, agent, after) if agent is not None else None
                return item and replace(item, embedded=True)
            if joined and joined[-1].isalnum() and word not in _ING_JOINERS and not self.lowered[max(0, cue.start - 30) : cue.start].rstrip().endswith(_ING_JOINERS):
                # "a blog post by a US investigative journalist alleging that ...": the noun before the
                # participle speaks, not the subject of the sentence.
                agent = self.with_agent(self.subject_before(sentence, cue), sentence, cue) or self.prepositional_agent(sentence, cue)
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
                    thing = first in _POSSESSIVES or first in _PARTICLES or (words[0].islower() and (first in PREPOSITIONS or first == "of" or first.endswith("ing")))
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
                elif (
                    earlier and earlier[-1].content.start <= cue.start < earlier[-1].content.end and self.masked[cue.end : cue.end + 2].strip()[:1] not in (":", '"')
                    and "with" not in WORD.findall(self.lowered, max(sentence.start, cue.start - 30), cue.start)[-3:]  # "..., with one suggesting that"
                ):
                    # "say they had received no information warning them that ...": a participle after a
                    # noun inside what was said describes the noun; the speaker does not go on ('the
                    # attack saying: "..."' still introduces the subject's words).
                    return None
            return self.continued(sentence, cue, surface, lemma, after, earlier)
        inverted_first = self.inverted_after_comma(sentence, cue, surface, lemma, earlier)
        if inverted_first is not None:
            return inverted_first
        subject = self.subject_before(sentence, cue)
        opening = WORD.match(self.masked, subject[0].start) if subject is not None else None
        if opening is not None and opening.group().islower() and opening.group().endswith("ing") and opening.group() != "during":
            # "..., matching Wall Street estimates.", "beating analysts' forecasts": a participle and
            # its object, no speaker.
            next_word = WORD.match(self.masked, self.first_word(opening.end()))
            if next_word is not None and next_word.group()[:1].isupper():
                subject = None
        if subject is not None and subject[1].lower().startswith("citing "):
            after = AfterCue(after.end, after.content_start, after.had_that, after.passive_by, subject[1][len("citing ") :].strip())
            subject = (subject[0], "")
        introduced = self.colon_quote_after(cue, sentence) if subject is not None else None
        if introduced is not None and not (after.content_start is not None and self.region_starting_at(after.content_start)):
            after = AfterCue(introduced.start - 1, introduced.start, True, None, after.cited_by)
        if subject is not None and surface.lower() in self.lexicon.noun_cues and not self.noun_cue_as_verb(sentence, cue, surface, subject, after):
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
            if self.interposed_before_quote(sentence, boundary, after):
                # 'The club's investment, Ms. Tanzer said, "is a perfect example of adapting"': the
                # subject before the attribution, the quoted predicate after it.
                return self.trailing(sentence, cue, surface, lemma, subject, after.end, earlier)
            if self.content_follows(after, sentence, lemma) and not self.manner_after_quote(cue, after, boundary):
                item = self.leading(sentence, cue, surface, lemma, subject, after, earlier=earlier)
                if item is not None or lemma not in self.lexicon.object_cues:
                    return item
                return self.object_stance(sentence, cue, surface, lemma, subject, object_after)  # no clause: an object
            if self.content_precedes(min(subject[0].start, cue.start)):
                if lemma in self.lexicon.needs_that and self.object_follows(after, sentence):
                    return None  # "..., the government declared three days of mourning": an act and its object
                return self.trailing(sentence, cue, surface, lemma, subject, after.end, earlier)
            return self.object_stance(sentence, cue, surface, lemma, subject, object_after)
        words_before = self.masked[max(sentence.start, cue.start - 24) : cue.start].split()
        while len(words_before) > 1 and (words_before[-1].lower() in self.lexicon.auxiliaries or (words_before[-1].endswith("ly") and words_before[-1].islower())):
            words_before.pop()  # "and has said", "but had also told", "and coolly asserted"
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

    # --- tweets, continuations, conduits ----------------------------------------------

    def tweets(self) -> Iterator[Found]:
        for tweet in self.lay.tweets:
            content = self.trim(tweet.content)
            if content is None or not self.enough_content(content.start, content.end):
                continue
            speaker = self.resolver.resolve(tweet.author, on=None) or ResolvedSpeaker(tweet.author, None, "person", "tweet signature")
            yield Found(speaker, tweet.signature, "tweeted", "tweet", tweet.signature, content, tweet.signature)

    def object_follows(self, after: AfterCue, sentence: Span) -> bool:
        """Whether a noun phrase follows the cue as its object ("declared three days of mourning"),
        which a cue that closes an attribution never has."""
        if after.content_start is None:
            return False
        words = WORD.findall(self.masked, after.content_start, min(sentence.end, after.content_start + 60))
        if len(words) < 2:
            return False
        first = words[0].lower()
        return first in DETERMINERS or first.isdigit() or first in _NUMBER_WORDS

    def after_noun(self, at: int) -> bool:
        """Whether the word before `at` may end a noun phrase: not an auxiliary, a pronoun or a
        relative ("the man accused of", not "which he has accused of" or "they accused")."""
        words = WORD.findall(self.lowered, max(0, at - 20), at)
        return bool(words) and words[-1] not in self.lexicon.auxiliaries and words[-1] not in self.lexicon.pronouns and words[-1] not in ("who", "which", "that")

    def progressive_start(self, sentence: Span, cue: Span) -> int | None:
        """Where the auxiliaries of a progressive cue begin ("have been" in "residents have been
        telling"), or None when the words before the cue are no such verb group."""
        words = list(WORD.finditer(self.lowered, max(sentence.start, cue.start - 40), cue.start))
        start = None
        aux = self.lexicon.auxiliaries
        for w in reversed(words):
            if w.group() in _PROGRESSIVE_AUXILIARIES or (w.group() in aux and start is not None):
                start = w.start()
            else:
                break
        return start

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
