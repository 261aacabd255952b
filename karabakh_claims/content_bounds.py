"""Where a statement's content starts and where it stops: the content bounds of the cue rules.

Whether what follows a cue reads as its content (a clause, a quotation, a claim noun's "that"
clause) or what precedes it does; how a sentence opens (an adverbial, a subordinate clause),
so that an opening phrase is not taken for content; and where a content ends: at the main
clause after a subordinate one, another source's report, the speaker's next act, the main verb
after a relative aside, a passive's verb group, or a later attribution in the same sentence.

A mixin of the document extractor (statements.py): it reads the masked text, the lexicon and
the quotation regions the extractor holds (phrases.DocumentReader). It answers with spans, yes
or no, or a found statement with its content cut; it resolves no speakers and finds no
statements of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from karabakh_claims.models import Span
from karabakh_claims.phrases import BE_FORMS, DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, TOKEN, WORD, AfterCue
from karabakh_claims.said_on import Found

_OBJECT_THEN_COMMA = re.compile(r"(?:it|them|him|her|this|that)\s*,")
# The verbs a quoted predicate opens with after an interposed attribution.
_PREDICATE_VERBS = frozenset("is are was were has have had will would could should may might must can remains".split())
CHARACTERISING = frozenset({"describe"})  # cues whose "X as Y" is a claim about X
# "the situation as an indiscriminate act": an object of a few words, then "as" and what it is called.
_CHARACTERISED_AS = re.compile(r"(?:[\w'’-]+\s+){1,6}?as\s+[\w'’-]+")
# What a cue after a quotation may go on with besides content: "said of the plan", "said without comment".
_MANNER_OPENERS = frozenset("of without about while as after before onstage outside inside here there afterward afterwards again just then".split())
# Conjunctions that open a subordinate clause: "As he shook hands ..., X reiterated".
SUBORDINATORS = frozenset("as while when whenever after before since although though if because until once unless whereas".split())
# Conjunctions that make an opening capitalised word part of an adverbial clause ("Even before
# the vote,"): after a name, a verb comes instead.
CONJUNCTIONS = frozenset("before after when while if though although as since until".split())
_OPENING_PREPOSITIONS = frozenset("outside inside despite following".split())
_NEW_REPORT = re.compile(r",\s+(?:and|but|while)\s+((?:[\w'’-]+\s+){1,6}?)([a-z]+)\s+that\b")
_NAMED_SOURCE_REPORTS = re.compile(
    r",\s+(?:and|but|while|whereas)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+(?:is\s+|was\s+|has\s+|had\s+)?([a-z]+)\b"
)
# (the comma may close a quotation: '“sufficiently substantiated,” but noted ...')
_SECOND_ACT = re.compile(r',"?\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+|[a-z]+ly\s+)?([a-z]{3,}ed)\b(?!\s+(?:to|by)\b)')
# Without the comma: "said he was out of the loop and coolly asserted, '...'": a second cue that
# opens its own speech (a comma, a quotation mark or "that" right after it).
_SECOND_CUE = re.compile(r'\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+|[a-z]+ly\s+)?([a-z]{3,}ed)(?=\s*(?:,|"|that\b))')
_NOT_ACTS = frozenset("need needed indeed".split())
# A relative clause set off by a comma after a speaker: "Graham, who says", "the ministry, which later said".
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|which)\b")
# Where a relative clause's content ends: the comma before the main clause's verb (", spoke to us").
MAIN_VERB_AFTER = re.compile(r",\s+(?:(?:also|then|later)\s+)?[a-z]+ed\b|,\s+(?:spoke|told|said|went|left|came|took|gave|made|won|lost|was|were|has|had|is|will)\b")
# What continues a reported clause after an interposed attribution (", at their June summit");
# "as", "while", "after" and "with" more often open the reporter's own circumstance.
_INTERPOSED_REST = re.compile(
    r"\s*,\s*(?:because|since|although|though|unless|until|if|and|but|or|so|than|at|in|on|by|for|from|to|of)\s"
)
# Besides the forms of "be", the words of a passive's verb group before its participle.
_PASSIVE_AUXILIARIES = frozenset({"been", "being", "has", "have", "had"})
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+)?(?P<aux>(?:have|has|had|did|does|do)\s+(?:not|never)\s+)?$")
_QUOTED_COMPLEMENT = re.compile(r'\bas\s+"')


# 'as "baseless"' before the claims a denial calls so.
_AS_QUOTED = re.compile(r'as\s+"[^"\n]{1,40}"\s+')


class ContentBounds:
    """Where content starts and stops (see the module's docstring)."""

    # --- whether content follows or precedes a cue --------------------------------------------

    def content_follows(self, after: AfterCue, sentence: Span, lemma: str) -> bool:
        """Whether what follows the cue reads as its content (a quotation or a clause)."""
        start = after.content_start
        if start is None:
            return False
        if not self.enough_content(start, sentence.end):
            # "calling it "vandalism"": a short object, but the speaker's own word.
            return lemma in self.lexicon.needs_that and self.masked[start : start + 4].lstrip().startswith(("it ", "them ")) and self.first_quotation(start, sentence.end) is not None
        if self.region_starting_at(start) is not None and self.masked[start] in '":':
            return True
        if self.masked[start] in ",;)—-":
            return False
        quoted = '"' in self.masked[start : sentence.end]
        if quoted and lemma in self.lexicon.audience_cues and lemma != "tell":
            # "warned the police, the army and the guard about an attack, although the "information
            # was ..."": a quotation after the audience and its "about" is no content of the cue.
            first_quote = self.masked.find('"', start, sentence.end)
            opening = WORD.findall(self.masked, start, first_quote if first_quote >= 0 else sentence.end)[:30]
            quoted = not any(w.lower() in ("about", "of", "against") for w in opening)
        if after.had_that:
            return True
        if self.claim_noun_that(start, sentence.end) is not None:
            return True
        words = WORD.findall(self.masked, start, min(sentence.end, start + 160))
        first = words[0].lower() if words else ""
        second = words[1].lower() if len(words) > 1 else ""
        gerund = first.endswith("ing") and lemma in self.lexicon.gerund_cues  # "denied carrying out an attack"
        if lemma in self.lexicon.needs_that and not quoted and not gerund:
            # "announced it was increasing its air defences": a clause even without "that";
            # "as officials call it, the book ...": an object; "described the situation as a
            # reckless act": the object and what it was called.
            if lemma in CHARACTERISING and self.characterised(start, sentence.end):
                return True
            return not _OBJECT_THEN_COMMA.match(self.masked, start) and self.subject_clause(words)
        if lemma in self.lexicon.needs_that and self.first_quotation(start, sentence.end) is not None:
            return True  # "called for a "lasting solution"", "urged Turkey to "end ..."": the quoted words
        conduit = first == "as" and second in self.lexicon.conduit_verbs
        # "said at least 70 civilians had died", "said over 100 people came": a quantity, not an adverbial.
        quantity = (first == "at" and second in ("least", "most")) or (first == "over" and self.masked[start + len(first) : start + len(first) + 2].strip()[:1].isdigit())
        if quantity or (gerund and lemma not in self.lexicon.action_gerund_cues):
            return True  # "denied receiving a warning": a gerund clause is what was denied or admitted
        participle = (
            first.endswith(("ed", "ing")) and not gerund and first not in self.lexicon.finite_verbs
            and second not in self.lexicon.finite_verbs and not self.clause_like(words)
        )  # "published on Twitter", but not "fighting had resumed" or "something ... could"
        if first in PREPOSITIONS or first in ("and", "but", "or", "nor") or conduit or participle:
            return False  # "said during a live stream published on ...": an adverbial, not a clause
        if lemma == "tell" and not quoted and first not in self.lexicon.pronouns and not self.clause_like(words) and not self.subject_clause(words):
            return False  # "told his version of the night's events": a thing told, no clause
        if lemma in ("say", "tell", "add") or quoted:
            return True
        return self.clause_like(words)

    def content_precedes(self, boundary: int) -> bool:
        """Whether the text before an attribution ends like reported content: a comma, a quote, a dash.

        A short title phrase may stand between ("..." former ambassador and co-chair X writes).
        """
        before = self.masked[max(0, boundary - 4) : boundary].rstrip()
        if before.endswith('"') and not before[:-1].endswith((",", ".", "!", "?", "—", "-")):
            # '"Yes" he said' is rare; 'the "NKR" leadership said' is a name in scare quotes.
            region = self.region_ending_at(self.masked.rfind('"', 0, boundary) + 1)
            return region is not None and len(WORD.findall(self.masked, region.start, region.end)) >= 4
        if before.endswith((",", '"', "—", ",'", "-")):
            return True
        region = self.region_ending_at(self.masked.rfind('"', 0, boundary) + 1) if '"' in self.masked[max(0, boundary - 120) : boundary] else None
        if region is None:
            return False
        between = self.masked[region.end + 1 : boundary]
        words = WORD.findall(between)
        return between.lstrip().startswith(",") and len(words) <= 12 and not any(w.lower() in self.lexicon.finite_verbs for w in words)

    def manner_after_quote(self, cue: Span, after: AfterCue, boundary: int) -> bool:
        """'"...," he said of the claim during a call', '"...," Reyes said carefully, as ...': after
        a quotation, a cue followed by a preposition or an adverb says how, where or about what
        the quotation was said; the content is the quotation, not what follows."""
        if after.had_that or after.content_start is None:
            return False
        before = self.masked[max(0, boundary - 4) : boundary].rstrip(" ")
        quoted = self.region_ending_at(self.masked.rfind('"', 0, boundary) + 1) if before.endswith((',"', '?"', '!"')) else None
        if quoted is None:
            return False  # a quotation that closed its sentence ('."') is not this cue's content
        if len(WORD.findall(self.masked, quoted.start, quoted.end)) < 3:
            return False  # 'on Fox's "Hannity," Gingrich said if ...': a title, not what was said
        if self.region_starting_at(after.content_start) is not None:
            return False  # '"...," she said, "...": the second half of the quotation
        word = self.word_from(self.first_word(cue.end)).rstrip(",.;:")
        return (
            word in PREPOSITIONS or word in _MANNER_OPENERS or word in self.lexicon.time_words
            or word in SUBORDINATORS  # '"...," Sessions said when endorsing him'
            or (word.endswith("ly") and len(word) > 4 and word.replace("-", "").isalpha())  # "matter-of-factly"
        )

    def first_quotation(self, start: int, end: int) -> Span | None:
        """The first quotation opening in [start, end), before any other reporting cue."""
        first_quote = self.masked.find('"', start, end)
        if first_quote < 0:
            return None
        between = set(WORD.findall(self.lowered, start, first_quote)) - self.lexicon.noun_cues
        return None if not self._cue_words.isdisjoint(between) else self.region_starting_at(first_quote)

    def colon_quote_after(self, cue: Span, sentence: Span) -> Span | None:
        """'addressed the Armenian people on October 29: "..."': the quotation the colon introduces."""
        colon = self.masked.find(":", cue.end, min(sentence.end, cue.end + 120))
        if colon < 0 or self.inside_quote(colon) or WORD.search(self.masked, cue.end, colon) is None:
            return None
        between = self.lowered[cue.end : colon]
        if any(word in self._cue_words for word in WORD.findall(between)):
            return None
        return self.region_starting_at(colon + 1)

    def object_then_content(self, after: AfterCue, sentence: Span, lemma: str) -> int | None:
        """Where the content starts in "accused Turkey of supporting ...": after the preposition."""
        preposition = self.lexicon.content_after_object.get(lemma)
        if preposition is None or after.content_start is None:
            return None
        match = re.compile(rf"\b{preposition}\s+").search(self.lowered, after.content_start, min(sentence.end, after.content_start + 80))
        if match is None or self.inside_quote(match.start()):
            return None
        return match.end() if self.enough_content(match.end(), sentence.end) else None

    def claim_noun_that(self, start: int, end: int) -> int | None:
        """Where the content starts in "reports circulating on social media that X": after "that"
        (also after what the claims were called: 'dismissed as "baseless" Mali's accusations that X')."""
        called = _AS_QUOTED.match(self.masked, start, end)
        if called is not None:
            start = called.end()
        stop = min(end, start + 120)
        opening = [t.group().lower() for t in islice(TOKEN.finditer(self.masked, start, stop), 3)]
        if not any(w in self.lexicon.claim_nouns for w in opening):
            return None  # nearly every call ends here, on three tokens
        toks = self.tokens(start, stop)
        words = [t.group().lower() for t in toks]
        for k, word in enumerate(words[:10]):
            if word == "that" and k >= 1:
                return toks[k].end()
            if word in (",", ";", '"') or (k >= 1 and word in self.lexicon.lemma_of and words[k - 1] == "and"):
                return None  # "accusations against X and stated that": the "that" is the next cue's
        return None

    def characterised(self, start: int, end: int) -> bool:
        """"the situation as an indiscriminate act", "the footage as staged": an object, then "as"
        and what it is called; not "the plan as the city grew" (a clause after "as")."""
        found = _CHARACTERISED_AS.match(self.masked, start, end)
        if found is None:
            return False
        after = WORD.findall(self.masked, found.end() - len(found.group().split()[-1]), min(end, found.end() + 40))[:3]
        clause = len(after) >= 3 and after[0].lower() in DETERMINERS and (after[2].lower() in self.lexicon.finite_verbs or after[2].endswith("ed"))
        return not clause

    def subject_clause(self, words: list[str]) -> bool:
        """A clause that opens with its subject ("it was increasing ...", "the town was ..."),
        after a verb that otherwise takes an object ("announced the merger")."""
        if not words:
            return False
        first = words[0].lower()
        opens = first in self.lexicon.pronouns or first in ("the", "a", "an", "its", "their", "his", "her", "this", "these", "some", "no") or words[0][:1].isupper()
        # "it was", "the alarms were": a participle ("a new round ... achieved by") is not enough.
        return opens and first not in OBJECT_PRONOUNS and self.clause_like(words, participles=False)

    def is_clause(self, content: Span) -> bool:
        """A finite verb among the words: reported content is a clause, not a bare noun phrase."""
        if '"' in self.masked[content.start : content.end]:
            return True
        words = WORD.findall(self.masked, content.start, content.end)
        return any(w.lower() in self.lexicon.finite_verbs or (w.endswith("ed") and len(w) > 4) for w in words)

    def interposed_before_quote(self, sentence: Span, boundary: int, after: AfterCue) -> bool:
        """Whether an attribution stands between a subject and its quoted predicate: 'The club's
        investment, Ms. Tanzer said, "is a perfect example"' (the quotation opens with a verb)."""
        if after.had_that or after.content_start is None or self.region_starting_at(after.content_start) is None:
            return False
        if not self.masked[sentence.start : boundary].rstrip().endswith(","):
            return False
        before = WORD.findall(self.masked, sentence.start, boundary)
        if len(before) < 2 or '"' in self.masked[sentence.start : boundary] or self.adverbial_only(Span(sentence.start, boundary)):
            return False
        verb = WORD.match(self.masked, self.first_word(after.content_start))
        return verb is not None and verb.group() in _PREDICATE_VERBS

    def quote_before_clause(self, region: Span, end: int) -> bool:
        """'said that "out of its responsibility," it "intervened ..."': a quotation closed by a
        comma after "that" opens the reported clause, whose subject and verb follow it (not an
        attribution: '"...," he said')."""
        if self.masked[region.end - 1 : region.end] != ",":
            return False
        words = WORD.findall(self.masked, region.end + 1, min(end, region.end + 80))[:4]
        if len(words) < 2 or not (words[0] in self.lexicon.pronouns or words[0] in DETERMINERS):
            return False  # a subject opens the clause: 'it "intervened"', 'the plan would'; not 'citing ...'
        return not self.cue_words_between(region.end + 1, min(end, region.end + 40))

    def quote_opens_clause(self, region: Span, end: int) -> bool:
        """'that "small sabotage groups" were operating': the quotation is only the subject of
        the reported clause, whose verb follows it before any punctuation."""
        if self.masked[region.end - 1 : region.end] in (",", ".", ";", ":", "!", "?"):
            return False  # '"the vote was fair," adding ...': the quotation closed its clause
        rest = self.masked[region.end + 1 : end]
        clause = re.split(r'[,.;:!?"]', rest, maxsplit=1)[0]
        words = clause.split()
        if not words or not words[0][:1].islower() or words[0] in SUBORDINATORS:
            return False  # '"we will win" when she spoke': another clause, not the quotation's verb
        return any(w in self.lexicon.finite_verbs or (w.endswith("ed") and len(w) > 4) for w in words[:8])
    # --- how the sentence opens: an adverbial or a subordinate clause before the attribution ---

    def opening_adverbial(self, start: int, end: int) -> bool:
        """Whether [start, end) is a sentence's opening adverbial ("After the hearing,", "Outside
        the courthouse,", "On Monday,"): a few words from a preposition or time word, no verb."""
        words = WORD.findall(self.masked, start, end)
        if len(words) > 1 and words[0] in ("But", "And", "Yet", "So"):
            words = words[1:]  # "But on Saturday, Prieto told the Herald he ...": the conjunction opens the adverbial
        if not 1 <= len(words) <= 6:
            return False
        first = words[0].lower()
        opens = first in PREPOSITIONS or first in _OPENING_PREPOSITIONS or first in self.lexicon.time_words
        return opens and not any(w.lower() in self.lexicon.finite_verbs for w in words)

    def adverbial_only(self, content: Span) -> bool:
        """Whether what stands before a subject and its cue is only an adverbial that opens the
        sentence: a subordinate clause with no main clause after it ("As he shook hands with
        voters in Dunmore"), or a prepositional phrase with no finite verb ("In the final Mass of
        his trip, held along the border"). Reported content has a main clause of its own."""
        words = WORD.findall(self.masked, content.start, content.end)
        if not words:
            return False
        first = words[0].lower()
        one_piece = "," not in self.masked[content.start : content.end]
        if first in SUBORDINATORS:
            return one_piece  # "As he shook hands ..."
        # "Back when the Wall fell", "Almost a week after X ...": a modifier, then the conjunction
        # ("The campaign spent as much as ...", "Obama once promised ..." are clauses).
        led = next((k for k in (1, 2) if k < len(words) and words[k].lower() in CONJUNCTIONS and words[k].lower() not in ("as", "if")), None)
        if one_piece and led is not None and first not in DETERMINERS and not any(w.lower() in self.lexicon.finite_verbs for w in words[:led]):
            return True
        participle = first.endswith("ed") and words[0][:1].isupper()  # "Reached by phone on Tuesday"
        opener = first in PREPOSITIONS or first in self.lexicon.time_words or participle  # "Friday on CNN's show"
        return opener and not any(w.lower() in self.lexicon.finite_verbs for w in words)

    def opens_subordinate_clause(self, offset: int, start: int | None = None) -> bool:
        """Whether the words before `offset` in its sentence (from `start`, else from the last
        sentence end) are only a subordinating conjunction ("As", "Even as", "While", "When"): the
        sentence opens with a subordinate clause."""
        if start is None:
            start = max(self.period_before(offset), self.blank_line_before(offset)) + 1
        words = WORD.findall(self.lowered, start, offset)
        return 1 <= len(words) <= 2 and words[-1] in SUBORDINATORS

    def in_subordinate_clause(self, item: Found) -> bool:
        """Whether an attribution opens a "when" clause inside a sentence ("on March 31 when the
        mayor confirmed that ..."): it tells of the time of what is reported around it."""
        return self.after_when(item.speaker_span.start) and item.cue_span.start > item.speaker_span.start

    def in_free_relative(self, item: Found) -> bool:
        """Whether an attribution stands in a "what" clause ("the actions of what he calls 'an evil
        man'", "what officials described as a mistake") or a relative clause ("a fisherman who told
        her ..."): it describes a thing or a person inside what is reported around it."""
        if item.cue_span.start <= item.speaker_span.start:
            return False
        # (a cheap look first: most attributions have no "wh" word just before them)
        relative = self.word_before(max(0, item.speaker_span.start - 12), item.speaker_span.start) if "wh" in self.lowered[
            max(0, item.speaker_span.start - 8) : item.speaker_span.start] else None
        if relative is not None and relative[1] == "what":
            return True  # "the actions of what he calls ..."
        if (
            relative is not None and relative[1] in ("who", "whom", "which") and self.masked[max(0, relative[0] - 4) : relative[0]].rstrip().endswith(",")
            and self.masked[item.content.end : item.content.end + 2].lstrip().startswith(",")
        ):
            return True  # "the shooter, who they believe acted alone, is dead": a relative between commas, the sentence going on
        # "came from a fisherman who told her he ...": a relative clause on a noun of what is reported
        return self.masked[item.speaker_span.end : item.cue_span.start].split() in (["who"], ["that"])

    def after_when(self, offset: int) -> bool:
        """Whether a "when" without a comma before it stands right before `offset` ("on March 31
        when the mayor ..."); ", when Armenia first said ..." is a clause of its own."""
        if not self.word_before_is(offset, "when"):
            return False
        before_when = self.masked[max(0, offset - 8) : offset].rstrip()[: -len("when")]
        return not before_when.rstrip().endswith(",")

    def word_before_is(self, offset: int, word: str) -> bool:
        before = self.word_before(max(0, offset - 12), offset)
        return before is not None and before[1] == word
    # --- where a content stops ----------------------------------------------------------------

    def bounded(self, content: Span, region: Span | None, sentence: Span, speaker_span: Span, cue: Span) -> Span:
        """A leading statement's content up to where the sentence goes on with something else: the
        main clause after a subordinate one, another source's report, the speaker's next act, the
        main verb after a relative aside."""
        subordinate = self.opens_subordinate_clause(speaker_span.start, sentence.start)
        if (subordinate or self.after_when(speaker_span.start)) and content != region:
            # "While the party says they are on their way, the donors are not": the subordinate
            # clause ends at the comma before the main clause.
            content = self.before_main_clause(content)
        if content != region:
            # "Salvesen denied that her design had been at fault, and a later investigation found that
            # ...": another source's report, a clause of its own, ends the content.
            for other in _NEW_REPORT.finditer(self.masked, content.start, content.end):
                verb = other.group(2).lower()
                subject = other.group(1).split()[0]
                reports = verb in self.lexicon.lemma_of or verb in self.lexicon.finite_verbs or verb.endswith("ed")
                opens_subject = subject.lower() in ("a", "an", "the") or subject[:1].isupper()
                if reports and opens_subject and not self.inside_quote(other.start()):
                    content = self.trim(Span(content.start, other.start())) or content
                    break
            # "Kirby said the US was not involved, but CNN is reporting that ...": a named source and its
            # own cue after the comma report apart (no "that" needed).
            named = _NAMED_SOURCE_REPORTS.search(self.masked, content.start, content.end)
            if named is not None and named.group(2).lower() in self.lexicon.lemma_of and not self.inside_quote(named.start()):
                content = self.trim(Span(content.start, named.start())) or content
            # "Graham said she was impressed, but lamented the tone": a past tense right after ", but"
            # or ", and", with no subject of its own, is the speaker's next act, not what was said.
            act = _SECOND_ACT.search(self.masked, content.start, content.end)
            if act is None:
                act = _SECOND_CUE.search(self.masked, content.start, content.end)
                act = act if act is not None and act.group(1).lower() in self.lexicon.lemma_of else None
            if act is not None and not self.inside_quote(act.start(1)) and act.group(1).lower() not in _NOT_ACTS:
                closes_quote = self.masked[act.start() + 1 : act.start() + 2] == '"'
                content = self.trim(Span(content.start, act.start() + 2 if closes_quote else act.start())) or content
        if self.in_relative_aside(speaker_span, cue):
            # "Cruz, who says Trump is attacking him, said the party was split": the aside ends
            # where the main clause's verb follows a comma.
            main_verb = MAIN_VERB_AFTER.search(self.masked, content.start, content.end)
            if main_verb is not None:
                content = self.trim(Span(content.start, main_verb.start())) or content
        return content

    def before_main_clause(self, content: Span) -> Span:
        """`content` up to the last comma outside quotations after which a clause follows, when
        one does."""
        for comma in reversed([m.start() for m in re.finditer(",", self.masked[content.start : content.end])]):
            at = content.start + comma
            rest = self.trim(Span(at + 1, content.end))
            if self.inside_quote(at) is None and rest is not None and self.is_clause(rest) and self.enough_content(rest.start, rest.end):
                return self.trim(Span(content.start, at)) or content
        return content

    def in_relative_aside(self, speaker_span: Span, cue: Span) -> bool:
        """Whether the cue is the verb of a relative clause set off by a comma after its speaker:
        "Graham, who says ..., tweeted"."""
        return _RELATIVE_ASIDE.match(self.lowered, speaker_span.end, cue.start) is not None

    def clause_after(self, adverbial: Span, attribution_end: int, sentence: Span) -> Span | None:
        """The reported clause an opening adverbial begins, when it goes on after an interposed
        attribution (", Ms. Alvarez said, most commuters will pay more"): the whole sentence but
        the attribution, as for an interposed predicate. None when no clause follows, another
        report or a quotation follows, or the sentence ends at the attribution."""
        rest = self.masked[attribution_end : sentence.end]
        if not rest.lstrip().startswith(","):
            return None
        opening = WORD.findall(rest, 0, 40)[:2]
        if re.match(r",\s*\w+,", rest.lstrip()) or any(w.lower() == "that" for w in opening):
            return None  # "Speaking to reporters, the minister said, however, that ...": the leading reading's
        for cue_start, _ in self.cue_words_between(attribution_end, sentence.end):
            before = self.word_before(attribution_end, cue_start)
            if before is None or before[1] not in DETERMINERS:
                return None  # another report follows ("the state" is a noun, not a cue)
        after = self.trim(Span(attribution_end + rest.index(",") + 1, sentence.end))
        if after is None or not self.enough_content(after.start, after.end) or not self.is_clause(after):
            return None
        quoted = self.regions_between(attribution_end, sentence.end)
        if quoted and len(WORD.findall(self.masked, after.start, quoted[0].start)) < 3:
            return None  # a quotation right after the attribution is its own reading
        return self.trim(Span(adverbial.start, sentence.end))

    def interposed_rest(self, content: Span, attribution_end: int, sentence: Span) -> Span:
        """"Lawyers don't expect difficulties, Mr. Kuehn said, because the lines barely overlap":
        a reported clause that goes on after the attribution keeps it inside its span."""
        rest = _INTERPOSED_REST.match(self.lowered, attribution_end, sentence.end)
        if rest is None or self.cue_words_between(rest.end(), sentence.end) or self.regions_between(attribution_end, sentence.end):
            return content  # another report follows, or a quotation: not one clause
        whole = self.trim(Span(content.start, sentence.end))
        return whole if whole is not None and self.enough_content(rest.end(), whole.end) else content

    def without_passive_verb(self, item: Found) -> Found | None:
        """"This information was immediately refuted by X": the content is "This information",
        not its verb ("was immediately")."""
        toks = self.tokens(item.content.start, item.content.end)
        end = len(toks)
        while end > 1:
            word = toks[end - 1].group()
            verb_group = word.lower() in BE_FORMS or word.lower() in _PASSIVE_AUXILIARIES or word.lower() in ("and", "but")
            if not (verb_group or (word.islower() and self.passive_adverb(word))):
                break
            end -= 1
        if end == len(toks):
            return item
        content = self.trim(Span(item.content.start, toks[end - 1].end()))
        return replace(item, content=content) if content is not None else item

    def passive_adverb(self, word: str) -> bool:
        """An adverb between a passive's auxiliary and its verb ("was first reported", "was
        later confirmed", "was immediately refuted")."""
        lowered = word.lower()
        if lowered in BE_FORMS or lowered in _PASSIVE_AUXILIARIES:
            return False
        return lowered.endswith("ly") or lowered in self.lexicon.auxiliaries
    # --- one content cut by another statement of its sentence ---------------------------------

    def cut_point(self, content: Span, later: Found) -> int:
        text = self.masked[content.start : later.attribution_start].rstrip()
        stripped = re.sub(r"(?:[,;]?\s*\b(?:and|but|while|as|whereas)\s*|[,;—]\s*)$", "", text).rstrip(" ,;")
        return content.start + len(stripped)

    def end_at_coordinated_cue(self, cue: Span, surface: str, results: list[Found]) -> list[Found]:
        """"said A and called for talks": the speaker's second act ends the content of the
        first, even when it reports nothing itself."""
        joined = _COORDINATED.search(self.lowered, max(0, cue.start - 8), cue.start)
        if joined is None:
            # "..., but have not said who ...": a negated auxiliary makes any cue the speaker's second act
            joined = _COORDINATED.search(self.lowered, max(0, cue.start - 24), cue.start)
            joined = joined if joined is not None and joined.group("aux") else None
        if joined is None or not (surface.lower().endswith("ed") or joined.group("aux")):
            return results
        at = joined.start()
        return [
            replace(f, content=Span(f.content.start, at))
            if f.content.start < at < f.content.end and f.kind_hint != "quote" and not self.inside_quote(at) and self.enough_content(f.content.start, at)
            else f
            for f in results
        ]

    def before_complement(self, item: Found, earlier: list[Found]) -> Found:
        """'The ministry dismissed a report alleging that X as "pure fiction"': the report's
        claim (X) ends where the ministry's judgement of the report begins."""
        for outer in earlier:
            at = outer.complement_at
            if at < 0 and outer.lemma in ("dismiss", "reject") and outer.content.start <= item.content.start:
                # "dismissed X as "nonsense"": a judgement in quotation marks after "as".
                found = _QUOTED_COMPLEMENT.search(self.masked, item.content.start, outer.content.end + 1)
                at = found.start() if found is not None else -1
            if outer.content.start <= item.content.start < at < item.content.end:
                end = len(self.masked[item.content.start : at].rstrip()) + item.content.start
                if self.enough_content(item.content.start, end):
                    return replace(item, content=Span(item.content.start, end))
        return item
