"""The speaker phrase of a statement: where it stands around a cue, and whom it names.

Besides the phrase right before a cue (phrases.subject_before) and after a quotation
(phrases.speaker_after): the name that opens the sentence past its opening adverbials, for a
cue with no subject of its own (`sentence_subject`); the name a "who" clause describes
(`relative_antecedent`); the noun of an absolute "with" phrase (`with_agent`); a role standing
before the name (`role_start`). The phrase, without the quotation marks and conjunction before
it (`without_openers`), is resolved by speakers.py with the hints a pronoun or a description
that refers back needs: the sentence before, the pronoun's own sentence (`speaker_of`).

A mixin of the document extractor (statements.py): it reads the masked text, the lexicon, the
speaker resolver and the dates at cues the extractor holds (phrases.DocumentReader,
said_on.StatementDating), and asks content_bounds.py whether a sentence opens with a
subordinate clause. A phrase that names no speaker gives None: the cue is no attribution.
"""

from __future__ import annotations

import re

from karabakh_claims.content_bounds import CONJUNCTIONS, SUBORDINATORS
from karabakh_claims.models import Span
from karabakh_claims.phrases import CONTRACTED_PRONOUN, DETERMINERS, PREPOSITIONS, PUNCT_STOP, QUESTION_WORDS, SENTENCE_ADVERB, WORD
from karabakh_claims.speakers import PARTICLE_NAME, ResolvedSpeaker

# A verb opening a question ("Does the candidate tire and say the wrong thing?"); not "Will" or
# "May", which are names too.
_QUESTION_AUXILIARIES = frozenset("do does did is are was were has have had should would could".split())
# "with Senator John Reyes telling": a name after "with", right before an -ing cue.
_WITH_NAME = re.compile(r"\bwith\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\s+$")
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Or)\s+(?=[A-Z])")


def _capitals_from(toks: list[re.Match[str]], k: int) -> int:
    """The index after the run of capitalised tokens that starts at toks[k]."""
    while k < len(toks) and toks[k].group()[:1].isupper():
        k += 1
    return k


# A capitalised compound describing what follows: "Saudi-owned", "Kremlin-backed", "State-run", "UN-led".
_DESCRIBING_COMPOUND = re.compile(r"[A-Z][\w'’]*-(?:owned|backed|run|led|based|funded|controlled|affiliated|linked|aligned)")

# A closing quotation mark after a sentence's end, then the next sentence: '... "had been abandoned." Lumumba'.
_QUOTE_ENDS_SENTENCE = re.compile(r"(?:^|[.!?])[\"”’']\s+(?=[A-Z])")

# The subject of a coordinated clause: ", and President Barack Obama delivered".
_COORDINATED_SUBJECT = re.compile(r",\s+(?:and|but)\s+((?:[A-Z][\w.'’-]+\s+){1,4}?[A-Z][\w'’-]+)\s+(?:[a-z]+ed|said|told|gave|made|took)\b")

class SpeakerPhrase:
    """Where the speaker phrase stands and whom it names (see the module's docstring)."""

    # --- where the phrase stands --------------------------------------------------------------

    def sentence_subject(self, sentence: Span, cue: Span) -> Span | None:
        """The name that opens a sentence ("The United States welcomed ... but said ..."),
        after an opening adverbial ("In the evening, Pogosyan made a statement, saying ...")."""
        toks = self.tokens(sentence.start, cue.start)
        lex = self.lexicon
        dateline = next((k for k, t in enumerate(toks[:4]) if not (t.group().isupper() and t.group().isalpha())), None)
        if dateline and toks[dateline].group() in (":", "—", "–", "-") and len(toks) > dateline + 1:
            toks = toks[dateline + 1 :]  # "NEW DELHI: Bangladesh's former foreign minister ...": a dateline, not the subject
        elif len(toks) > 7 and dateline == 1 and len(toks[0].group()) >= 3 and toks[1].group() == "," and toks[2].group()[:1].isupper():
            # "TEKIRDAG, Turkey (AA) President Erdogan ...", "KYIV, Ukraine - The mayor ...": a dateline with
            # its country and the agency's tag
            k = 3
            if toks[k].group() == "(" and toks[k + 2].group() == ")" and toks[k + 1].group().isupper():
                k += 3
            if k < len(toks) and toks[k].group() in (":", "—", "–", "-"):
                k += 1
            if k > 3:
                toks = toks[k:]
        coordinated = list(_COORDINATED_SUBJECT.finditer(self.masked, sentence.start, cue.start))
        if coordinated:
            # "Gov. Rick Scott declared ..., and President Barack Obama delivered a statement ... decrying":
            # the participle goes with the clause it ends, whose subject follows the ", and"
            last = coordinated[-1]
            return Span(last.start(1), last.end(1))
        if len(toks) > 2 and toks[0].group() in ("But", "And", "Yet", "So") and toks[1].group() != ",":
            toks = toks[1:]  # "But the government of Qatar has responded ..., saying": the conjunction is no subject
        if toks and self.opens_adverbial(toks):
            # "Last year, he ...", "Speaking at a rally in Dunmore, Senator Alder attacked ...":
            # the subject follows the opening phrase's comma; "At an event in Ames, Iowa, on
            # Sunday, Clinton ...": a place's region and a second adverbial go on with it.
            for _ in range(3):
                # A participle's clause is longer than a phrase: "Speaking at a rally in Dunmore,",
                # "after meeting with the Rev. Al Sharpton and other civil rights leaders,".
                participle = any(t.group().lower().endswith("ing") for t in toks[:2])
                comma = next((k for k, t in enumerate(toks[: 16 if participle else 10]) if t.group() == ","), None)
                if comma is None:
                    return None
                toks = toks[comma + 1 :]
                region = next((k for k, t in enumerate(toks[:5]) if t.group() != "." and not t.group()[:1].isupper()), None)
                if not toks or not (self.opens_adverbial(toks) or (region and toks[region].group() == ",")):
                    break
            if toks and toks[0].group() in lex.pronouns:
                return Span(toks[0].start(), toks[0].end())  # lower case: the pronoun after the comma
        if toks and CONTRACTED_PRONOUN.fullmatch(toks[0].group()):
            # "He's suggesting that ...": the pronoun speaks; "It's worth noting" has no subject.
            pronoun = re.split(r"['’]", toks[0].group())[0]
            if pronoun.lower() not in lex.pronouns or pronoun.lower() in ("it", "you"):
                return None
            return Span(toks[0].start(), toks[0].start() + len(pronoun))
        if toks and (toks[0].group().lower() in QUESTION_WORDS or toks[0].group().lower() in _QUESTION_AUXILIARIES):
            return None  # "What do you think of X saying ...", "Does the candidate ... say": a question, not a statement
        words: list[re.Match[str]] = []
        if toks and _DESCRIBING_COMPOUND.fullmatch(toks[0].group()):
            # "Saudi-owned satellite news channel Al Arabiya published ...": the name after its description.
            k = 1
            while k < len(toks) and k <= 4 and toks[k].group().isalpha() and toks[k].group().islower():
                k += 1
            named = _capitals_from(toks, k)
            if k > 1 and named > k:
                return Span(toks[k].start(), toks[named - 1].end())
        if len(toks) > 2 and toks[0].group().lower() == "the" and "-" in toks[1].group() and toks[1].group().islower() and toks[2].group()[:1].isupper():
            toks = [toks[0], *toks[2:]]  # "The so-called Ruling Council", "the Iran-backed Houthis": the name after the adjective
        if toks and toks[0].group().lower() in ("a", "an", "the") and len(toks) > 1 and toks[1].group().islower():
            # "A group of exporters wrote ..., saying": a common-noun subject up to its verb.
            for tok in toks[:8]:
                lower = tok.group().lower()
                # A past tense after the noun ("The ministry issued a statement") is the verb too.
                verb = lower in self.lexicon.lemma_of or lower in self.lexicon.finite_verbs or lower in self.lexicon.auxiliaries or (len(words) >= 2 and lower.endswith("ed"))
                if not tok.group().isalpha() or (words and verb):
                    break
                words.append(tok)
            if len(words) < 2 or words[-1].group().lower() in lex.time_words:
                return None  # "A few minutes later they ...": a time, not the subject
            return Span(words[0].start(), words[-1].end())
        head: re.Match[str] | None = None
        for k, tok in enumerate(toks):
            if tok.group()[:1].isupper() or (words and (tok.group().lower() in ("of", "for", "and") or PARTICLE_NAME.match(tok.group()))) \
                    or (not words and tok.group().lower() == "the"):
                words.append(tok)
                continue
            lower = tok.group().lower()
            if words and (lower in lex.anaphor_heads or lower in lex.title_words) and lower not in lex.anaphor_group_heads \
                    and k + 2 < len(toks) and toks[k + 1].group()[:1].isupper() and toks[k + 2].group()[:1].isupper():
                words.append(tok)  # "Foreign minister Hasan Mahmud criticised ..., calling": a role in lower case, then the name
                continue
            possessive = words and words[0].group().lower() in ("my", "our", "your", "his", "her", "its", "their")
            if words and words[-1].group()[:1].isupper() and not possessive and (
                lower in lex.anaphor_group_heads or (lower in lex.anaphor_heads and "spokes" not in lower)
            ):
                # "The British government hit back, accusing ...", "The Catalan minister chose ...": the capitals
                # modify the head noun ("The Armenian Defence Ministry spokesman" speaks for the ministry, as written)
                head = tok
            elif words and words[0].group().lower() in ("a", "an") and len(words) == 2 and tok.group().isalpha() and not (
                lower in lex.auxiliaries or lower in lex.finite_verbs or lower in lex.lemma_of or lower.endswith("ed")
            ):
                return None  # "A Texas jury ordered ...": an adjective before a noun no list holds, not a name ("A Texas")
            break
        while words and not (words[-1].group()[:1].isupper() or PARTICLE_NAME.match(words[-1].group())):
            words.pop()
        if not words or all(not w.group()[:1].isupper() for w in words):
            return None
        if head is None and words[-1].group().endswith(("'s", "’s")):
            # "Latvia's foreign ministry called ...": the possessor's body or official speaks;
            # "Hooton's main takeaway was his warning that ...": the possessor is no subject.
            at = next(k for k, t in enumerate(toks) if t is words[-1])
            owned = next((t for t in toks[at + 1 : at + 4] if t.group().lower() in lex.anaphor_group_heads or t.group().lower() in lex.anaphor_heads), None)
            if owned is None:
                # "The UN's secretary-general Antonio Guterres has released ...": a role, then the name.
                k = at + 1
                while k < len(toks) and k <= at + 3 and toks[k].group()[:1].islower():
                    k += 1
                named = _capitals_from(toks, k)
                after = toks[named].group().lower() if named < len(toks) else ""
                verb = after in lex.auxiliaries or after in lex.finite_verbs or after in lex.lemma_of or after.endswith("ed")
                if k > at + 1 and named - k >= 2 and verb:  # not "France's far-right National Front party leader"
                    return Span(toks[k].start(), toks[named - 1].end())
                return None
            # "Bangladesh's former foreign minister Hasan Mahmud on Saturday criticised": the name after the role.
            k = toks.index(owned) + 1
            named = _capitals_from(toks, k)
            if named - k >= 2:
                return Span(toks[k].start(), toks[named - 1].end())
            return Span(words[0].start(), owned.end())
        return Span(words[0].start(), (head or words[-1]).end())

    def with_subject(self, sentence: Span, cue: Span) -> Span | None:
        """The subject of an absolute "with" (or "despite") clause right before a participle cue: "Israelis
        cheered the rescue while Palestinians counted the cost, with Hamas officials saying ..."."""
        if not self.masked[cue.start : cue.end].lower().endswith("ing"):
            return None
        toks = self.tokens(max(sentence.start, cue.start - 80), cue.start)
        # "with" or "despite": "Firms expressed no responsibility, despite experts saying the work failed ..."
        at = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 8), -1) if toks[k].group().lower() in ("with", "despite")), None)
        if at is None or at + 1 >= len(toks):
            return None
        phrase = toks[at + 1 :]
        lex = self.lexicon
        if any(not t.group()[:1].isalnum() or t.group().lower() in lex.finite_verbs or t.group().lower() in PREPOSITIONS for t in phrase):
            return None  # "with the help of ..." or a clause: no subject of its own
        head = phrase[-1].group().lower()
        if head in DETERMINERS or head in lex.pronouns or head in lex.document_nouns or head in lex.occasion_nouns:
            return None  # "opened the bridge with a speech saying ...": the speech is the mayor's
        return Span(phrase[0].start(), phrase[-1].end())

    def opens_adverbial(self, toks: list[re.Match[str]]) -> bool:
        """Whether a sentence opens with an adverbial phrase rather than its subject: a preposition
        or conjunction ("In the evening,"), a time word ("Last year,"), a participle ("Speaking at a
        rally,"), or a capitalised word the next word shows is no name ("Even before", "At the")."""
        first = toks[0].group()
        lower = first.lower()
        lex = self.lexicon
        following = toks[1].group() if len(toks) > 1 else ""
        if lower in PREPOSITIONS or lower in lex.clause_boundaries:
            return True
        if lower in lex.time_words and (following in (",", *lex.time_words) or following.lower() in lex.time_words or following.isdigit()):
            return True  # "Last year,", "Earlier this month,", "May 5," ("May welcomed" is a name)
        if SENTENCE_ADVERB.fullmatch(first) and (following == "," or (len(toks) > 2 and following.islower() and toks[2].group() == ",")):
            return True  # "Significantly, the judge said", "Visibly angry, Smith left ..., saying"
        if following == "," and len(toks) > 2 and (toks[2].group() in SUBORDINATORS or toks[2].group() in lex.pronouns):
            return True  # "Well, if you read ...", "Yes, we ...": a word before a comma and a clause is no subject
        if lower.endswith("ing") and first[:1].isupper() and (following in PREPOSITIONS or following == "about"):
            return True  # "Speaking at", "Writing in": a name in -ing ("Browning said") has no preposition after it
        if first[:1].isupper() and following in CONJUNCTIONS:
            return True  # "Even before the vote,", "Shortly after the call ended,"
        if first[:1].isupper() and (following in PREPOSITIONS or following in DETERMINERS or (lower.endswith("ing") and following.islower())):
            # "Back in 2012,", "Absent a deal,", "Facing mounting pressure,": a phrase up to a comma
            # with no verb in it opens the sentence ("Moscow on Friday said" has no such comma)
            comma = next((k for k, t in enumerate(toks[:8]) if t.group() == ","), None)
            return comma is not None and not any(
                t.group().lower() in lex.finite_verbs or t.group().lower() in lex.lemma_of for t in toks[1:comma]
            )
        return False

    def relative_antecedent(self, sentence: Span, cue: Span) -> Span | None:
        """"jurors heard from Kayla Brightman, 22, who lived below and testified that": the
        name the relative clause describes is the subject of its coordinated cue."""
        toks = self.tokens(max(sentence.start, cue.start - 300), cue.start)
        who = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].group() in PUNCT_STOP or toks[k].group().lower() == "who"), None)
        if who is None or toks[who].group().lower() != "who" or toks[who - 1].group() != ",":
            return None
        j = who - 2
        if j >= 2 and toks[j].group().isdigit() and toks[j - 1].group() == ",":
            j -= 2  # an age between the name and "who"
        return self.name_before(toks, j, anywhere=True) if j >= 0 else None

    def with_agent(self, agent: tuple[Span, str] | None, sentence: Span, cue: Span) -> tuple[Span, str] | None:
        """"The debate ended with Maddow asking ...", "..., with Senator Dole tweeting that ...":
        in an absolute "with" phrase the noun after "with" does the act in -ing, not the subject
        of the sentence."""
        if agent is None:
            named = _WITH_NAME.search(self.masked, max(sentence.start, cue.start - 80), cue.start)
            return (Span(named.start(1), named.end(1)), "") if named is not None else None
        found = [m for m in WORD.finditer(self.masked, agent[0].start, agent[0].end) if m.group() == "with"]
        if not found or not self.masked[found[-1].end() : agent[0].end].strip():
            return agent
        return Span(self.first_word(found[-1].end()), agent[0].end), ""

    def role_start(self, speaker_span: Span, appositive: str) -> int:
        """Where a speaker phrase begins, with a role standing before the name: "..., the
        ICRC's regional director, Martin Schuepp, said" begins at "the ICRC's"."""
        if appositive:
            role_at = self.masked.rfind(appositive, max(0, speaker_span.start - len(appositive) - 4), speaker_span.start)
            if role_at >= 0:
                return role_at
        return speaker_span.start

    def without_openers(self, span: Span) -> Span:
        """A speaker phrase without the quotation marks and the sentence's conjunction before it:
        "''' Ms. Compton" (a quotation closing before the name), "But Mrs. Clinton"."""
        start = span.start
        while start < span.end and self.masked[start] in " \"'’‘“”":
            start += 1
        opener = _OPENING_CONJUNCTION.match(self.masked, start, span.end)
        if opener is not None and opener.end() < span.end:
            start = opener.end()
        return Span(start, span.end) if start < span.end else span
    # --- whom it names ------------------------------------------------------------------------

    def speaker_of(self, speaker_span: Span, appositive: str, content: Span, window: Span, subject_hint: str) -> ResolvedSpeaker | None:
        """Who the speaker phrase at `speaker_span` names, resolved with the hints a pronoun or a
        description that refers back needs (the sentence before, the pronoun's own sentence, the
        main clause after a subordinate one). None when it names no speaker."""
        phrase = " ".join(self.lay.visible(speaker_span.start, speaker_span.end).split())
        refers_back = phrase.lower() in self.lexicon.pronouns or self.anaphoric(phrase)
        context_hint = self.previous_subject(min(speaker_span.start, content.start)) if refers_back else ""
        sentence_hint = self.own_sentence_before(speaker_span.start) if phrase.lower() in self.lexicon.pronouns else ""
        if phrase.lower() in self.lexicon.pronouns and self.opens_subordinate_clause(speaker_span.start):
            # "Even as he accused the department of ..., Giuliani would not ...": the main clause's
            # subject, after the subordinate clause, is who "he" is.
            sentence_hint = self.masked[content.end : content.end + 200].lstrip(' ,"”') or sentence_hint
        # Roles are dated by the cue's own date or the section's; the full chain runs once, in build.
        on = self.date_at_cue(window) or self.lay.anchor_at(window.start, self.default_anchor)
        return self.resolver.resolve(
            phrase,
            on=on.start if on else None,
            appositive=appositive,
            subject_hint=subject_hint,
            context_hint=context_hint,
            sentence_hint=sentence_hint,
            at=speaker_span.start,
        )

    def previous_subject(self, offset: int) -> str:
        """The opening of the sentence before `offset`, where a pronoun's antecedent usually stands.

        When that sentence already had a statement, its speaker is the better antecedent,
        so an empty hint is returned and the speaker history decides.
        """
        end = self.period_before(offset)
        if end < 0:
            return ""
        blank = self.blank_line_before(end)
        start = max(self.period_before(end, blank), blank) + 1
        if self.statement_between(start, end):
            return ""
        return self.masked[start:end].strip()

    def own_sentence_before(self, offset: int) -> str:
        """The pronoun's own sentence up to it, when the pronoun stands inside it after a clause of
        the sentence's subject ("Clinton proposed rules that would end what she said were ..."); ""
        when the pronoun opens its sentence or a quotation stands before it (the quote's speaker decides)."""
        start = max(self.period_before(offset), self.blank_line_before(offset)) + 1
        before = self.masked[start:offset]
        # A quotation that ends a sentence before the pronoun's ('... "had been abandoned." Lumumba is
        # now sharing records that he says ...'): the pronoun's sentence starts after it.
        closing = _QUOTE_ENDS_SENTENCE.search(before)
        while closing is not None:
            start += closing.end()
            before = self.masked[start:offset]
            closing = _QUOTE_ENDS_SENTENCE.search(before)
        if '"' in before or len(before.split()) < 3:
            return ""
        # Its subject as the sentence reader finds it, past opening adverbials ("At a rally in
        # Portland, Maine, on Thursday, Trump included ... countries he said"); a name only.
        subject = self.sentence_subject(Span(start, offset), Span(offset, offset))
        if subject is None or not self.masked[subject.start : subject.start + 1].isupper():
            return ""
        return self.masked[subject.start : offset].strip()

    def anaphoric(self, phrase: str) -> bool:
        """"the minister", "the Dutchman", "the 29-year-old": a phrase that may refer back (and so
        needs the sentence before), unlike "the Russian Defence Ministry"."""
        words = phrase.split()
        if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "this", "that"):
            return False
        return not any(w[:1].isupper() and w.lower() not in self.lexicon.anaphor_heads for w in words[1:])
