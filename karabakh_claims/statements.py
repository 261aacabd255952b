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

plus dash and colon attribution of quotations, embedded tweets, and quotations that
continue the previous speaker's quote. Outlets that relay another speaker become `via`.

Not handled: statements whose speaker is only in an earlier headline, free indirect
speech without a cue, single-quote quotations, nested attribution more than one level
deep. Ambiguous speakers yield no statement rather than a guess.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import islice

from karabakh_claims import dates
from karabakh_claims.cues import Lexicon, load_lexicon
from karabakh_claims.entities import EntityIndex
from karabakh_claims.models import DateMention, Document, Polarity, Span, Statement, StatementKind
from karabakh_claims.speakers import ResolvedSpeaker, SpeakerResolver
from karabakh_claims.text import NAME_ABBREVIATIONS, Layout, clean, layout, sentences

# Initialisms ("U.S."), words with inner ' . -, single marks. The literal first step and
# possessive runs (nothing after them could use a shorter run) make it about 20% faster.
# "Mr." and "Inc." are one token, so a speaker phrase reads through them: "said Mr. Kuehn".
# So is a middle initial between two names, "Richard T. Coyle" (not "Plan B. The minister").
_MIDDLE_INITIAL = r"(?<=[a-z] [A-Z]\.)(?=[ \t]+(?!(?:The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|His|Her|Its|Their)\b)[A-Z][a-z])"
_TOKEN = re.compile(
    # The lookahead turns away every other token at its first characters.
    r"[A-Z]\.(?:(?:[A-Z]\.)+|" + _MIDDLE_INITIAL + r")|(?=[A-Z][a-z]{1,6}\.)(?:" + "|".join(sorted((a.capitalize() for a in NAME_ABBREVIATIONS), key=len, reverse=True))
    + r")\.(?!\w)|\w++(?:['.-]\w++)*+|[^\w\s]"
)
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT_STOP = frozenset(',;:()"—[]')
_MAX_SPEAKER_TOKENS = 20
_MIN_CONTENT_WORDS = 3
# As many words as content needs, separated by anything else: a search stops at the last one.
_ENOUGH_WORDS = re.compile(rf"[^\W\d_]++(?:[\W\d_]++[^\W\d_]++){{{_MIN_CONTENT_WORDS - 1}}}")
_MAX_CUES_PER_SENTENCE = 12
_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_PREPOSITIONS = frozenset("on in at to during via through from for with over before after".split())
_DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
_RELATIVE_OPENERS = frozenset(("who", "whose", "whom"))
# "State Rep. Paul Sandoval, R-Millbrook, tweeted": a party and district label, not a name.
_PARTY_LABEL = re.compile(r"(?:[RDI]|Dem|Rep|Ind)-[A-Z]")
_RELATIVE_ASIDE = re.compile(rf",\s+(?:{'|'.join(_RELATIVE_OPENERS)})\s[^,;:\"]{{0,300}},")
_MAX_ASIDE_TOKENS = 60  # "X, who ... (a relative clause of up to 60 tokens), said"
_COMPANY_ENDINGS = frozenset(("Inc.", "Co.", "Corp.", "Ltd."))
_PARTICIPLE_OBJECTS = _PREPOSITIONS | {"about", "whether", "if"}  # "asked about", "asked whether": a clause
_FALLBACK = "no date at the cue"
_CLAUSE_GOES_ON = re.compile(r"[,\s]*(?:but|and)\s+(?:that|also|said)\b")
_NEGATED_CUE = re.compile(r"(?:\bnot|n't|\bnever|\bdeclined to|\brefused to|\bwithout)\s+(?:\w+ly\s+)?$")
_NEGATED_CUE_ENDS = ("not", "n't", "never", "to", "without", "ly")  # how a match ends before its spaces
# "said he would believe it when he saw it": a modal verb makes a cue hypothetical, not an act of saying.
_HYPOTHETICAL_CUE = re.compile(r"\b(?:would|will|could|might|may|should|can|must|shall)\s+(?:(?!only\b)\w+ly\s+|also\s+)?$")
_HYPOTHETICAL_ENDS = ("would", "will", "could", "might", "may", "should", "can", "must", "shall", "ly", "also")
_ABBREVIATION_END = re.compile(r"(?:(?<!\w)(?:[A-Z]\.)*[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jr|Sr|Prof|Rev|Gov|Sen|Rep|No))\.$")
_CLAUSE_END = re.compile(r"\s[—–-]+\s|[;,.:!?]")
_OBJECT_THEN_COMMA = re.compile(r"(?:it|them|him|her|this|that)\s*,")
_JOURNALIST_ASIDE = re.compile(r",\s+(?:a|an)\s+(\w+)\s+(?:that|which|\w+\s+could)\b[^,]*$")
_NAME_AFTER_ROLE = re.compile(r",\s+((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s*(?:[.!?]|$)")
_NESTED_CUE = re.compile(r"\b(told|said|warned|assured|informed)\s+(?:(?:me|us|him|her|them)\s+)?(?:openly\s+|privately\s+|then\s+)?that\b")
_FIRST_PERSONS = frozenset("i we you me us they it".split())
_BE_FORMS = frozenset("was were been being is are be".split())
_VERB_AUXILIARIES = _BE_FORMS | frozenset("has have had do does did will would shall should can could may might must".split())
_CAME_AFTER = re.compile(r"\bcame\s+(a|one|two|three|four|five|six|seven)\s+(days?|weeks?)\s+after\b", re.IGNORECASE)
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+)?$")
# What continues a reported clause after an interposed attribution (", at their June summit");
# "as", "while", "after" and "with" more often open the reporter's own circumstance.
_INTERPOSED_REST = re.compile(
    r"\s*,\s*(?:because|since|although|though|unless|until|if|and|but|or|so|than|at|in|on|by|for|from|to|of)\s"
)
# "Interfax quoted X as saying": the outlet stands before "quoted", X between it and "as".
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<quoted>[^.;:\"]{2,120}?),?\s+as\s+$")
_CLAUSE_SPLIT = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+|;\s+")
_OBJECT_PRONOUNS = frozenset("us him her them me you".split())
_SEQUEL = re.compile(r"\b(?:next|following|same)\s+day\b|\bday\s+later\b|\bdays\s+later\b|\bweeks?\s+later\b", re.IGNORECASE)
_LABEL = re.compile(r"(?<![\w'.-])([A-Z][\w'.-]{0,30}(?: [A-Z][\w'.-]{0,30}){0,3}):[ \t]+(?=\S)")
_NOT_SPEAKER_LABELS = frozenset("q question a answer interviewer note update editor photo embed source warning caption correction read more related see also watch listen original url by".split())
_CONDUIT_LEMMAS = frozenset({"report", "say", "according", "write", "cite", "quote", "publish"})


@dataclass(frozen=True, slots=True)
class _Found:
    """A statement before ids and dates: spans into the document."""

    speaker: ResolvedSpeaker
    speaker_span: Span
    cue: str
    lemma: str
    cue_span: Span
    content: Span
    window: Span
    via: str | None = None
    kind_hint: str = "clause"
    attribution_start: int = -1  # where speaker-and-cue begin; a content running past it is cut
    embedded: bool = False  # reported within another content ("he was told by X that ..."), which goes on


@lru_cache(maxsize=4)
def _cue_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The words of `words` where they end a word (letter runs, as _WORD finds them);
    _DocumentExtractor.cue_words_of drops the few matches that start inside a longer word.

    The words are nested by shared prefix, so the regex engine follows one branch per
    letter: one scan finds the cues, where matching every word of the text and testing
    each against the set cost a Python step per word. A look back for the start of the
    word would be tried at every character; testing the character before a match is cheaper.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if _WORD.fullmatch(word):  # nothing else was ever a word of the text
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
    if not trie:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{_alternation(trie)})(?![^\W\d_])")


def _alternation(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _alternation(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
    return pattern + "?" if "" in node else pattern


def quotation_regions(lay: Layout) -> list[Span]:
    """Inner spans of double quotations, in order.

    Curly marks give direction; a straight mark opens after space or punctuation.
    A paragraph that ends inside a quotation continues when the next paragraph opens
    with a quotation mark (news convention); otherwise the quotation ends with its
    paragraph. One pass over the marks: linear, no backtracking.
    """
    text, masked = lay.text, lay.masked
    regions: list[Span] = []
    paragraph_ends = [p.end for p in lay.paragraphs]
    paragraph_starts = {p.start for p in lay.paragraphs}
    open_at: int | None = None
    p_index = 0
    for match in re.finditer('"', masked):
        i = match.start()
        while p_index < len(paragraph_ends) and paragraph_ends[p_index] < i:
            if open_at is not None and open_at < paragraph_ends[p_index]:
                if not _reopens_next(masked, paragraph_ends[p_index]):
                    regions.append(Span(open_at + 1, paragraph_ends[p_index]))
                    open_at = None
            p_index += 1
        original = text[i]
        if original in _OPENERS:
            opening = True
        elif original in _CLOSERS:
            opening = False
        else:
            opening = i == 0 or masked[i - 1] in " \n([{—-/"
        if opening:
            continuing = open_at is not None and i in paragraph_starts
            if not continuing:
                open_at = i
        elif open_at is not None:
            if i > open_at + 1:
                regions.append(Span(open_at + 1, i))
            open_at = None
    if open_at is not None:
        end = next((e for e in paragraph_ends if e > open_at), len(masked))
        regions.append(Span(open_at + 1, end))
    return regions


def _reopens_next(masked: str, paragraph_end: int) -> bool:
    rest = masked[paragraph_end : paragraph_end + 400].lstrip()
    return rest.startswith('"')


@dataclass(frozen=True, slots=True)
class _After:
    """What follows a cue: where its adverbials end, where the content starts, whether "that"
    opened it, the agent of a passive cue ("told by X") and a source it cites (", citing X,")."""

    end: int
    content_start: int | None
    had_that: bool
    passive_by: tuple[Span, str] | None
    cited_by: str | None


class _DocumentExtractor:
    def __init__(self, doc: Document, entities: EntityIndex, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.resolver = SpeakerResolver(entities, lexicon, doc.text)
        self.entities = entities
        year = doc.published.start.year if doc.published else None
        dateline = dates.parse_dateline(doc.text)
        if dateline is None and doc.published is None and doc.year_hint is not None and self.about_store(doc.text):
            # The store's year is a fair guess for a yearless dateline only in a text about
            # the store's subject; for any other text the year is unknown and dates stay open.
            dateline = dates.parse_dateline(doc.text, year_hint=doc.year_hint)
        self.default_anchor = doc.published or dateline
        if year is None and dateline is not None:
            year = dateline.start.year
        self.lay = layout(doc.text, heading=lambda line: dates.parse_heading_date(line, year_hint=year, anchor=self.default_anchor))
        self.masked = self.lay.masked
        self.lowered = self.masked.lower()
        self._cue_words = frozenset((*self.lexicon.lemma_of, "according"))
        self.regions = quotation_regions(self.lay)
        self._statement_starts: list[int] = []
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", doc.text))]
        self._interview_date: DateMention | None | bool = None  # None: not looked for yet
        self._tweets_by_signature = {tweet.signature: tweet for tweet in self.lay.tweets}
        self._cue_dates: dict[tuple[int, int], DateMention | None] = {}
        self._adverbials_read: dict[tuple[int, int, str], _After] = {}
        self._paragraph_starts = [p.start for p in self.lay.paragraphs]
        self._built: list[tuple[str, int, DateMention | None, DateMention]] = []  # speaker, paragraph, anchor, said_on
        self._doc_year: int | None | bool = False  # computed on first need
        self._region_starts = [r.start for r in self.regions]
        self._cue_spans = self.find_cue_words()
        self._cue_starts = [start for start, _ in self._cue_spans]

    def about_store(self, text: str) -> bool:
        """Whether the text's opening names anyone or anything of the store (outlets aside)."""
        for entity_id, _ in self.entities.iter_mentions(text[:3000], roles=False):
            entity = self.entities.get(entity_id)
            if entity is not None and entity.type != "outlet":
                return True
        return False

    # --- helpers over the masked text ---------------------------------------------------

    def find_cue_words(self) -> list[tuple[int, int]]:
        """Where the lowered text has a cue word, as each paragraph read on its own has it."""
        if len(self.lowered) == len(self.masked):
            # Only white space lies between paragraphs: one scan of the whole text finds the same words.
            return self.cue_words_of(0, len(self.lowered))
        spans: list[tuple[int, int]] = []
        for paragraph in self.lay.paragraphs:  # lower() lengthened a character: offsets drift
            spans += self.cue_words_of(paragraph.start, paragraph.end)
        return spans

    def cue_words_of(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cue words of the lowered text in [start, end), that stretch read on its own."""
        chunk = self.lowered[start:end]
        found = _cue_pattern(self._cue_words).finditer(chunk)
        return [(start + m.start(), start + m.end()) for m in found if not (m.start() and _WORD.match(chunk, m.start() - 1, m.start()))]

    def cue_words_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The cue words in [start, end) of one paragraph, as the words of that stretch alone."""
        if self.splits_word(start) or self.splits_word(end):
            return self.cue_words_of(start, end)  # a word cut at an edge reads as its part inside
        return self._cue_spans[bisect.bisect_left(self._cue_starts, start) : bisect.bisect_left(self._cue_starts, end)]

    def splits_word(self, offset: int) -> bool:
        """Whether `offset` falls between two letters of one word of the lowered text."""
        lowered = self.lowered
        # isalnum() holds for every letter: the usual space or stop at an edge is ruled out without a match.
        return (
            0 < offset < len(lowered) and lowered[offset - 1].isalnum() and lowered[offset].isalnum()
            and _WORD.fullmatch(lowered, offset - 1, offset + 1) is not None
        )

    def word_before(self, floor: int, offset: int) -> tuple[int, str] | None:
        """The last word of the lowered text in [floor, offset), and where it starts."""
        # In the reversed stretch that word comes first: no scan from `floor` is needed.
        found = _WORD.search(self.lowered[floor:offset][::-1])
        if found is None:
            return None
        return offset - found.end(), found.group()[::-1]

    def inside_quote(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._region_starts, offset) - 1
        if i >= 0 and self.regions[i].start <= offset < self.regions[i].end:
            return self.regions[i]
        return None

    def regions_between(self, start: int, end: int) -> list[Span]:
        """The quotation regions overlapping [start, end)."""
        i = max(0, bisect.bisect_right(self._region_starts, start) - 1)
        found = []
        while i < len(self.regions) and self.regions[i].start < end:
            if self.regions[i].end > start:
                found.append(self.regions[i])
            i += 1
        return found

    def region_ending_at(self, offset: int) -> Span | None:
        """A quotation whose closing mark sits just before `offset` (ignoring , . and spaces)."""
        j = offset
        while j > 0 and self.masked[j - 1] in " ,.;\n":
            j -= 1
        if j > 0 and self.masked[j - 1] == '"':
            # Regions do not overlap: those before the last one starting before j - 2 end earlier.
            for i in range(max(0, bisect.bisect_left(self._region_starts, j - 2) - 1), len(self.regions)):
                region = self.regions[i]
                if region.end == j - 1 or region.end == j - 2:
                    return region
                if region.start > j:
                    break
        return None

    def region_starting_at(self, offset: int) -> Span | None:
        j = offset
        while j < len(self.masked) and self.masked[j] in " ,:\n":
            j += 1
        if j < len(self.masked) and self.masked[j] == '"':
            i = bisect.bisect_left(self._region_starts, j + 1)
            if i < len(self.regions) and self._region_starts[i] == j + 1:
                return self.regions[i]
        return None

    def tokens(self, start: int, end: int) -> list[re.Match[str]]:
        return list(_TOKEN.finditer(self.masked, start, end))

    # --- the pass over sentences ------------------------------------------------------------

    def run(self) -> Iterator[Statement]:
        found: list[_Found] = []
        in_quote = lambda offset: self.inside_quote(offset) is not None  # noqa: E731
        for paragraph in self.lay.paragraphs:
            if not self.cue_words_between(paragraph.start, paragraph.end):
                continue  # nothing reported here: no need to split it into sentences
            for sentence in sentences(self.masked, paragraph, inside_quote=in_quote):
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
                following = _WORD.match(self.lowered, end + 1) if self.lowered[end : end + 1] == " " else None
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
            if glued or previous in _DETERMINERS:
                continue  # "the said agreement", "so-called", "state-run", "a Facebook post"
            if lower in lex.noun_cues and before is not None and (
                self.masked[before[0]].isupper() and previous in lex.adverbial_heads or previous in _PREPOSITIONS
            ):
                continue  # "Facebook post", "in reports"
            yield Span(start, end), surface, lex.lemma_of[lower]

    def sentence_statements(self, sentence: Span) -> list[_Found]:
        results: list[_Found] = []
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
            # A later attribution inside an earlier content ends that content before it.
            results = [
                replace(f, content=Span(f.content.start, self.cut_point(f.content, item)))
                if f.content.start < item.attribution_start < f.content.end and not item.embedded and not self.inside_quote(item.attribution_start)
                else f
                for f in results
            ]
            results = [f for f in results if f.kind_hint == "quote" or self.enough_content(f.content.start, f.content.end)]
            results.append(item)
            bisect.insort(self._statement_starts, item.attribution_start)
        results.extend(self.nested_in_quotes(sentence))
        return self.merge_conduits(results)

    def nested_in_quotes(self, sentence: Span) -> Iterator[_Found]:
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
                if _FIRST_PERSONS.intersection(phrase.lower().split()) or phrase.lower() in self.lexicon.pronouns or (before and before[-1] in _BE_FORMS):
                    continue  # the quoted speaker's "we said that", a passive "we were told that": no third party
                lemma = self.lexicon.lemma_of[surface.lower()]
                start = self.first_word(cue_match.end())
                after = _After(cue_match.end(), start, True, None, None)
                remembered = len(self.resolver.context.history)
                item = self.leading(inner, cue, surface, lemma, subject, after)
                # The third party is not who "he" or "she" means outside the quotation.
                del self.resolver.context.history[remembered:]
                if item is not None:
                    yield replace(item, embedded=True)

    def end_at_coordinated_cue(self, cue: Span, surface: str, results: list[_Found]) -> list[_Found]:
        """"said A and called for talks": the speaker's second act ends the content of the
        first, even when it reports nothing itself."""
        joined = _COORDINATED.search(self.lowered, max(0, cue.start - 8), cue.start)
        if joined is None or not surface.lower().endswith("ed"):
            return results
        at = joined.start()
        return [
            replace(f, content=Span(f.content.start, at))
            if f.content.start < at < f.content.end and f.kind_hint != "quote" and not self.inside_quote(at) and self.enough_content(f.content.start, at)
            else f
            for f in results
        ]

    def cut_point(self, content: Span, later: _Found) -> int:
        text = self.masked[content.start : later.attribution_start].rstrip()
        stripped = re.sub(r"(?:[,;]?\s*\b(?:and|but|while|as|whereas)\s*|[,;—]\s*)$", "", text).rstrip(" ,;")
        return content.start + len(stripped)

    def read_cue(self, sentence: Span, cue: Span, surface: str, lemma: str, earlier: list[_Found]) -> _Found | None:
        if lemma == "according":
            return self.according_to(sentence, cue)
        before = max(sentence.start, cue.start - 30)
        # A search tries every position; the test of how the stretch ends rules out nearly all cues first.
        if self.lowered[before : cue.start].rstrip().endswith(_NEGATED_CUE_ENDS) and _NEGATED_CUE.search(self.lowered, before, cue.start):
            return None  # "did not say when", "declined to comment": nothing is attributed
        if self.lowered[before : cue.start].rstrip().endswith(_HYPOTHETICAL_ENDS) and _HYPOTHETICAL_CUE.search(self.lowered, before, cue.start):
            return None
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
            return self.trailing(sentence, cue, surface, lemma, after.passive_by, after.end, earlier)
        if surface.lower().endswith("ing"):
            # "..., adding that ...", "saying ...": the speaker of the clause goes on.
            if not self.content_follows(after, sentence, lemma):
                return None
            return self.quoted_as_saying(sentence, cue, surface, lemma, after) or self.continued(sentence, cue, surface, lemma, after, earlier)
        subject = self.subject_before(sentence, cue)
        if subject is not None and subject[1].lower().startswith("citing "):
            after = _After(after.end, after.content_start, after.had_that, after.passive_by, subject[1][len("citing ") :].strip())
            subject = (subject[0], "")
        introduced = self.colon_quote_after(cue, sentence) if subject is not None else None
        if introduced is not None and not (after.content_start is not None and self.region_starting_at(after.content_start)):
            after = _After(introduced.start - 1, introduced.start, True, None, after.cited_by)
        if subject is not None and surface.lower() in self.lexicon.noun_cues:
            phrase = self.masked[subject[0].start : subject[0].end]
            opener, last = phrase.split(" ", 1)[0].lower(), phrase.rsplit(" ", 1)[-1].lower()
            after_verb = last in self.lexicon.lemma_of or last in self.lexicon.finite_verbs  # "denied reports"
            if not (phrase[:1].isupper() or phrase.lower() in self.lexicon.pronouns) or opener in _PREPOSITIONS or opener in _DETERMINERS or after_verb:
                subject = None  # "a controversial Facebook post", "In a televised address": a noun, not a cue
        after_object = self.object_then_content(after, sentence, lemma) if subject is not None else None
        if after_object is not None:
            after = _After(after_object, after_object, True, None, after.cited_by)
        if subject is not None:
            boundary = min(self.role_start(*subject), cue.start)
            if lemma == "tell" and not after.had_that and self.content_precedes(boundary) and not self.region_starting_at(after.content_start or cue.end):
                # "..., Turkish sources told the London-based outlet.": the audience, not content, follows.
                return self.trailing(sentence, cue, surface, lemma, subject, after.end, earlier)
            relative = self.relative_clause(sentence, cue, surface, lemma, subject, after)
            if relative is not None:
                return relative
            if self.content_follows(after, sentence, lemma):
                return self.leading(sentence, cue, surface, lemma, subject, after, earlier=earlier)
            if self.content_precedes(min(subject[0].start, cue.start)):
                return self.trailing(sentence, cue, surface, lemma, subject, after.end, earlier)
            return None
        words_before = self.masked[max(sentence.start, cue.start - 12) : cue.start].split()
        after_object = self.object_then_content(after, sentence, lemma)
        if after_object is not None:
            after = _After(after_object, after_object, True, None, after.cited_by)
        if words_before and words_before[-1].lower() in ("and", "but") and self.content_follows(after, sentence, lemma):
            # "Lavrov said X, and said Y" / "The US welcomed the deal but said ...": elided subject.
            return self.continued(sentence, cue, surface, lemma, after, earlier)
        inverted = self.speaker_after(cue.end, sentence.end)
        if inverted is not None and self.content_precedes(cue.start):
            return self.trailing(sentence, cue, surface, lemma, (inverted, ""), inverted.end, earlier)
        return None

    def first_quotation(self, start: int, end: int) -> Span | None:
        """The first quotation opening in [start, end), before any other reporting cue."""
        first_quote = self.masked.find('"', start, end)
        if first_quote < 0:
            return None
        between = set(_WORD.findall(self.lowered, start, first_quote)) - self.lexicon.noun_cues
        return None if not self._cue_words.isdisjoint(between) else self.region_starting_at(first_quote)

    def colon_quote_after(self, cue: Span, sentence: Span) -> Span | None:
        """'addressed the Armenian people on October 29: "..."': the quotation the colon introduces."""
        colon = self.masked.find(":", cue.end, min(sentence.end, cue.end + 120))
        if colon < 0 or self.inside_quote(colon) or _WORD.search(self.masked, cue.end, colon) is None:
            return None
        between = self.lowered[cue.end : colon]
        if any(word in self._cue_words for word in _WORD.findall(between)):
            return None
        return self.region_starting_at(colon + 1)

    def object_then_content(self, after: _After, sentence: Span, lemma: str) -> int | None:
        """Where the content starts in "accused Turkey of supporting ...": after the preposition."""
        preposition = self.lexicon.content_after_object.get(lemma)
        if preposition is None or after.content_start is None:
            return None
        match = re.compile(rf"\b{preposition}\s+").search(self.lowered, after.content_start, min(sentence.end, after.content_start + 80))
        if match is None or self.inside_quote(match.start()):
            return None
        return match.end() if self.enough_content(match.end(), sentence.end) else None

    def content_follows(self, after: _After, sentence: Span, lemma: str) -> bool:
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
        if after.had_that:
            return True
        if self.claim_noun_that(start, sentence.end) is not None:
            return True
        words = _WORD.findall(self.masked, start, min(sentence.end, start + 160))
        first = words[0].lower() if words else ""
        second = words[1].lower() if len(words) > 1 else ""
        gerund = first.endswith("ing") and lemma in self.lexicon.gerund_cues  # "denied carrying out an attack"
        if lemma in self.lexicon.needs_that and not quoted and not gerund:
            # "announced it was increasing its air defences": a clause even without "that";
            # "as officials call it, the book ...": an object.
            return not _OBJECT_THEN_COMMA.match(self.masked, start) and self.subject_clause(words)
        if lemma in self.lexicon.needs_that and self.first_quotation(start, sentence.end) is not None:
            return True  # "called for a "lasting solution"", "urged Turkey to "end ..."": the quoted words
        conduit = first == "as" and second in self.lexicon.conduit_verbs
        # "said at least 70 civilians had died", "said over 100 people came": a quantity, not an adverbial.
        quantity = (first == "at" and second in ("least", "most")) or (first in _PREPOSITIONS and self.masked[start + len(first) : start + len(first) + 2].strip()[:1].isdigit())
        if quantity:
            return True
        participle = (
            first.endswith(("ed", "ing")) and not gerund and first not in self.lexicon.finite_verbs
            and second not in self.lexicon.finite_verbs and not self.clause_like(words)
        )  # "published on Twitter", but not "fighting had resumed" or "something ... could"
        if first in _PREPOSITIONS or first in ("and", "but", "or", "nor") or conduit or participle:
            return False  # "said during a live stream published on ...": an adverbial, not a clause
        if lemma in ("say", "tell", "add") or quoted:
            return True
        return self.clause_like(words)

    def claim_noun_that(self, start: int, end: int) -> int | None:
        """Where the content starts in "reports circulating on social media that X": after "that"."""
        stop = min(end, start + 120)
        opening = [t.group().lower() for t in islice(_TOKEN.finditer(self.masked, start, stop), 3)]
        if not any(w in self.lexicon.claim_nouns for w in opening):
            return None  # nearly every call ends here, on three tokens
        toks = self.tokens(start, stop)
        words = [t.group().lower() for t in toks]
        for k, word in enumerate(words[:10]):
            if word == "that" and k >= 1:
                return toks[k].end()
            if word in (",", ";", '"'):
                return None
        return None

    def subject_clause(self, words: list[str]) -> bool:
        """A clause that opens with its subject ("it was increasing ...", "the town was ..."),
        after a verb that otherwise takes an object ("announced the merger")."""
        if not words:
            return False
        first = words[0].lower()
        opens = first in self.lexicon.pronouns or first in ("the", "a", "an", "its", "their", "his", "her", "this", "these", "some", "no") or words[0][:1].isupper()
        # "it was", "the alarms were": a participle ("a new round ... achieved by") is not enough.
        return opens and first not in _OBJECT_PRONOUNS and self.clause_like(words, participles=False)

    def clause_like(self, words: list[str], *, participles: bool = True) -> bool:
        """A subject then a finite verb before any "and"/"which": "the strikes killed 21", not "the handover and said"."""
        for index, word in enumerate(words[:12]):
            lower = word.lower()
            if lower in ("and", "but", "which", "who", "that", "or"):
                return False
            if index >= 1 and (lower in self.lexicon.finite_verbs or (participles and lower.endswith("ed") and len(lower) > 4)):
                return True
        return False

    def is_clause(self, content: Span) -> bool:
        """A finite verb among the words: reported content is a clause, not a bare noun phrase."""
        if '"' in self.masked[content.start : content.end]:
            return True
        words = _WORD.findall(self.masked, content.start, content.end)
        return any(w.lower() in self.lexicon.finite_verbs or (w.endswith("ed") and len(w) > 4) for w in words)

    def content_precedes(self, boundary: int) -> bool:
        """Whether the text before an attribution ends like reported content: a comma, a quote, a dash.

        A short title phrase may stand between ("..." former ambassador and co-chair X writes).
        """
        before = self.masked[max(0, boundary - 4) : boundary].rstrip()
        if before.endswith('"') and not before[:-1].endswith((",", ".", "!", "?", "—", "-")):
            # '"Yes" he said' is rare; 'the "NKR" leadership said' is a name in scare quotes.
            region = self.region_ending_at(self.masked.rfind('"', 0, boundary) + 1)
            return region is not None and len(_WORD.findall(self.masked, region.start, region.end)) >= 4
        if before.endswith((",", '"', "—", ",'", "-")):
            return True
        region = self.region_ending_at(self.masked.rfind('"', 0, boundary) + 1) if '"' in self.masked[max(0, boundary - 120) : boundary] else None
        if region is None:
            return False
        between = self.masked[region.end + 1 : boundary]
        words = _WORD.findall(between)
        return between.lstrip().startswith(",") and len(words) <= 12 and not any(w.lower() in self.lexicon.finite_verbs for w in words)

    # --- patterns -------------------------------------------------------------------

    def quoted_as_saying(self, sentence: Span, cue: Span, surface: str, lemma: str, after: _After) -> _Found | None:
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

    def continued(self, sentence: Span, cue: Span, surface: str, lemma: str, after: _After, earlier: list[_Found]) -> _Found | None:
        """A cue without its own subject: the previous speaker of the sentence, else its subject."""
        if earlier:
            previous = earlier[-1]
            item = self.leading(sentence, cue, surface, lemma, (previous.speaker_span, ""), after, speaker=previous.speaker)
            if item is not None:
                # "..., adding that ...": the same act of speaking, so the same date.
                item = replace(item, window=previous.window)
        else:
            subject = self.relative_antecedent(sentence, cue) or self.sentence_subject(sentence, cue)
            if subject is None:
                return None
            item = self.leading(sentence, cue, surface, lemma, (subject, ""), after)
        if item is None:
            return None
        start = self.masked.rfind(",", sentence.start, cue.start)
        words_between = _WORD.findall(self.masked, start + 1, cue.start) if start >= 0 else []
        begin = start if start >= 0 and len(words_between) <= 2 else cue.start
        return replace(item, attribution_start=begin)

    def relative_antecedent(self, sentence: Span, cue: Span) -> Span | None:
        """"jurors heard from Kayla Brightman, 22, who lived below and testified that": the
        name the relative clause describes is the subject of its coordinated cue."""
        toks = self.tokens(max(sentence.start, cue.start - 300), cue.start)
        who = next((k for k in range(len(toks) - 1, 0, -1) if toks[k].group() in _PUNCT_STOP or toks[k].group().lower() == "who"), None)
        if who is None or toks[who].group().lower() != "who" or toks[who - 1].group() != ",":
            return None
        j = who - 2
        if j >= 2 and toks[j].group().isdigit() and toks[j - 1].group() == ",":
            j -= 2  # an age between the name and "who"
        return self.name_before(toks, j, anywhere=True) if j >= 0 else None

    def sentence_subject(self, sentence: Span, cue: Span) -> Span | None:
        """The name that opens a sentence ("The United States welcomed ... but said ..."),
        after an opening adverbial ("In the evening, Pogosyan made a statement, saying ...")."""
        toks = self.tokens(sentence.start, cue.start)
        if toks and (toks[0].group().lower() in _PREPOSITIONS or toks[0].group().lower() in self.lexicon.clause_boundaries):
            comma = next((k for k, t in enumerate(toks[:10]) if t.group() == ","), None)
            if comma is None:
                return None
            toks = toks[comma + 1 :]
        words: list[re.Match[str]] = []
        if toks and toks[0].group().lower() in ("a", "an", "the") and len(toks) > 1 and toks[1].group().islower():
            # "A group of exporters wrote ..., saying": a common-noun subject up to its verb.
            for tok in toks[:8]:
                lower = tok.group().lower()
                # A past tense after the noun ("The ministry issued a statement") is the verb too.
                verb = lower in self.lexicon.lemma_of or lower in self.lexicon.finite_verbs or lower in self.lexicon.auxiliaries or (len(words) >= 2 and lower.endswith("ed"))
                if not tok.group().isalpha() or (words and verb):
                    break
                words.append(tok)
            return Span(words[0].start(), words[-1].end()) if len(words) >= 2 else None
        for tok in toks:
            if tok.group()[:1].isupper() or (words and tok.group().lower() in ("of", "for", "and")) or (not words and tok.group().lower() == "the"):
                words.append(tok)
                continue
            break
        while words and not words[-1].group()[:1].isupper():
            words.pop()
        if not words or all(not w.group()[:1].isupper() for w in words):
            return None
        return Span(words[0].start(), words[-1].end())

    def leading(
        self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], after: _After,
        speaker: ResolvedSpeaker | None = None, earlier: Sequence[_Found] = (),
    ) -> _Found | None:
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
                clause = self.subject_clause(_WORD.findall(self.masked, content_start, clause_end))
                if quoted is not None and not clause:
                    content = quoted
                elif not (gerund or clause):
                    return None  # "welcomed the agreement": a noun phrase, nothing said
        content = self.cut_trailing_attribution(content, sentence)
        # "X says A last year, and he argues that B": a date in the content before is not B's.
        # (The earlier content still runs on to the end of the sentence: it is cut after this read.)
        floor = max((min(f.content.end, speaker_span.start) for f in earlier if f.content.start < speaker_span.start), default=0)
        window = Span(max(min(sentence.start, speaker_span.start), cue.start - 300, floor), max(after.end, cue.end))
        kind_hint = "quote" if (region is not None and content == region) or self.masked[content.start - 1 : content.start] == '"' else "clause"
        return self.cited(self.make(speaker_span, appositive, cue, surface, lemma, content, window, speaker, kind_hint=kind_hint), after)

    def relative_clause(self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], after: _After) -> _Found | None:
        """"an attack which Azerbaijan says killed 20 civilians": the relative clause's verb
        phrase is what the speaker says; it ends with the clause."""
        start = after.content_start
        preceding = self.masked[max(sentence.start, subject[0].start - 8) : subject[0].start].split()
        if start is None or after.had_that or not preceding or preceding[-1].lower() not in ("which", "that", "who"):
            return None
        verb = _WORD.match(self.masked, start)
        if verb is None or not (verb.group() in self.lexicon.finite_verbs or (verb.group().endswith("ed") and len(verb.group()) > 4)):
            return None
        stop = _CLAUSE_END.search(self.masked, start, sentence.end)
        end = stop.start() if stop else sentence.end
        for word in list(_WORD.finditer(self.masked, verb.end(), end))[1:]:
            if word.group() in self.lexicon.finite_verbs:
                end = word.start() - 1  # "the man who police said stole the car was arrested"
                break
        content = Span(start, end)
        if len(_WORD.findall(self.masked, content.start, content.end)) < 2:
            return None
        window = Span(subject[0].start, cue.end)
        return self.make(subject[0], subject[1], cue, surface, lemma, content, window, None)

    def quote_opens_clause(self, region: Span, end: int) -> bool:
        """'that "small sabotage groups" were operating': the quotation is only the subject of
        the reported clause, whose verb follows it before any punctuation."""
        if self.masked[region.end - 1 : region.end] in (",", ".", ";", ":", "!", "?"):
            return False  # '"the vote was fair," adding ...': the quotation closed its clause
        rest = self.masked[region.end + 1 : end]
        clause = re.split(r'[,.;:!?"]', rest, maxsplit=1)[0]
        words = clause.split()
        if not words or not words[0][:1].islower():
            return False
        return any(w in self.lexicon.finite_verbs or (w.endswith("ed") and len(w) > 4) for w in words[:8])

    def cited(self, item: _Found | None, after: _After) -> _Found | None:
        """"X reported, citing Y": Y is the speaker and X relays it."""
        if item is None or not after.cited_by:
            return item
        on = self.date_at_cue(item.window) or self.lay.anchor_at(item.window.start, self.default_anchor)
        source = self.resolver.resolve(after.cited_by, on=on.start if on else None)
        if source is None:
            return item
        return replace(item, speaker=source, via=item.speaker.name)

    def trailing(
        self, sentence: Span, cue: Span, surface: str, lemma: str, subject: tuple[Span, str], window_end: int, earlier: list[_Found]
    ) -> _Found | None:
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
        if content is None or not self.enough_content(content.start, content.end):
            return None
        if region is None and not self.is_clause(content):
            return None  # "X, Y and Z announced the deal": a list of names, not reported content
        if region is None and start == sentence.start:
            content = self.interposed_rest(content, window_end, sentence)
        window = Span(boundary, self.sentence_tail_end(window_end, sentence.end))
        hint = " ".join(self.masked[content.start : content.end].split()[:10])
        item = self.make(speaker_span, appositive, cue, surface, lemma, content, window, None, subject_hint=hint)
        if item is not None and window_end > cue.end:
            item = self.cited(item, self.skip_adverbials(cue.end, sentence.end, lemma))
        if item is not None and split_at is not None:
            item = replace(item, attribution_start=split_at)
        return item

    def interposed_rest(self, content: Span, attribution_end: int, sentence: Span) -> Span:
        """"Lawyers don't expect difficulties, Mr. Kuehn said, because the lines barely overlap":
        a reported clause that goes on after the attribution keeps it inside its span."""
        rest = _INTERPOSED_REST.match(self.lowered, attribution_end, sentence.end)
        if rest is None or self.cue_words_between(rest.end(), sentence.end) or self.regions_between(attribution_end, sentence.end):
            return content  # another report follows, or a quotation: not one clause
        whole = self.trim(Span(content.start, sentence.end))
        return whole if whole is not None and self.enough_content(rest.end(), whole.end) else content

    def role_start(self, speaker_span: Span, appositive: str) -> int:
        """Where a speaker phrase begins, with a role standing before the name: "..., the
        ICRC's regional director, Martin Schuepp, said" begins at "the ICRC's"."""
        if appositive:
            role_at = self.masked.rfind(appositive, max(0, speaker_span.start - len(appositive) - 4), speaker_span.start)
            if role_at >= 0:
                return role_at
        return speaker_span.start

    def according_to(self, sentence: Span, cue: Span) -> _Found | None:
        content: Span | None  # trimmed below, and None when nothing is left
        phrase_end = self.phrase_end(cue.end, sentence.end)
        name = re.match(r",\s*((?:[A-Z][\w'.-]+\s+){0,3}[A-Z][\w'.-]+)\s*,", self.masked[phrase_end : phrase_end + 60])
        if name:
            # "According to the city's works director, Kevin Marsh, ...": the name is the speaker.
            phrase_end += name.end() - 1
        speaker_span = self.trim(Span(cue.end, phrase_end))
        if speaker_span is None:
            return None
        if self.masked[sentence.start : cue.start].strip(' "') == "":
            content = Span(phrase_end + 1, sentence.end)
        else:
            content = Span(sentence.start, cue.start)
        content = self.trim(content)
        if content is None or not self.enough_content(content.start, content.end):
            return None
        window = Span(cue.start, phrase_end)
        return self.make(speaker_span, "", cue, "according to", "according", content, window, None)

    def previous_subject(self, offset: int) -> str:
        """The opening of the sentence before `offset`, where a pronoun's antecedent usually stands.

        When that sentence already had a statement, its speaker is the better antecedent,
        so an empty hint is returned and the speaker history decides.
        """
        end = self.period_before(offset)
        if end < 0:
            return ""
        start = max(self.period_before(end), self.masked.rfind("\n\n", 0, end)) + 1
        if self.statement_between(start, end):
            return ""
        return self.masked[start:end].strip()

    def in_transcript(self, offset: int) -> bool:
        """Whether `offset` is in a paragraph of a transcript ("Q: The government says ...")."""
        k = bisect.bisect_right(self._paragraph_starts, offset) - 1
        start = self._paragraph_starts[k] if k >= 0 else 0
        label = _LABEL.match(self.masked, start)
        return label is not None and label.group(1).lower() not in _NOT_SPEAKER_LABELS - {"q", "question", "a", "answer"}

    def anaphoric(self, phrase: str) -> bool:
        """"the minister", "the Dutchman", "the 29-year-old": a phrase that may refer back (and so
        needs the sentence before), unlike "the Russian Defence Ministry"."""
        words = phrase.split()
        if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "this", "that"):
            return False
        return not any(w[:1].isupper() and w.lower() not in self.lexicon.anaphor_heads for w in words[1:])

    def period_before(self, offset: int, floor: int = 0) -> int:
        """The last full stop before `offset` that ends a sentence ("U.S." and "Mr." do not), or -1."""
        floor = max(0, floor)
        end = self.masked.rfind(".", floor, offset)
        while end >= 0 and not self.masked[max(0, end - 4) : end].islower() and _ABBREVIATION_END.search(self.masked, max(0, end - 8), end + 1):
            end = self.masked.rfind(".", floor, end)
        return end

    def statement_between(self, start: int, end: int) -> bool:
        """Whether an attribution found so far starts in [start, end)."""
        i = bisect.bisect_left(self._statement_starts, start)
        return i < len(self._statement_starts) and self._statement_starts[i] < end

    def word_from(self, start: int) -> str:
        """The lowered text from `start` to the next space; slicing only that keeps a call
        independent of the length of the document."""
        space = self.lowered.find(" ", start)
        return self.lowered[start : space if space >= 0 else len(self.lowered)]

    def first_word(self, start: int) -> int:
        match = _WORD.search(self.masked, start)
        return match.start() if match else start

    def make(
        self, speaker_span: Span, appositive: str, cue: Span, surface: str, lemma: str, content: Span, window: Span,
        speaker: ResolvedSpeaker | None, via: str | None = None, kind_hint: str = "clause", subject_hint: str = "",
    ) -> _Found | None:
        trimmed = self.trim(content)
        if trimmed is None:
            return None
        content = trimmed
        if speaker is None:
            phrase = " ".join(self.lay.visible(speaker_span.start, speaker_span.end).split())
            refers_back = phrase.lower() in self.lexicon.pronouns or self.anaphoric(phrase)
            context_hint = self.previous_subject(min(speaker_span.start, content.start)) if refers_back else ""
            # Roles are dated by the cue's own date or the section's; the full chain runs once, in build.
            on = self.date_at_cue(window) or self.lay.anchor_at(window.start, self.default_anchor)
            speaker = self.resolver.resolve(
                phrase,
                on=on.start if on else None,
                appositive=appositive,
                subject_hint=subject_hint,
                context_hint=context_hint,
                at=speaker_span.start,
            )
            if speaker is None:
                return None
        attribution = min(speaker_span.start, cue.start)
        return _Found(speaker, speaker_span, surface, lemma, cue, content, window, via, kind_hint, attribution)

    # --- pieces of a sentence ------------------------------------------------------------

    def skip_adverbials(self, start: int, end: int, lemma: str) -> _After:
        """Read past "Sunday", "in a statement", "told reporters", ", citing X," up to the content."""
        key = (start, end, lemma)
        after = self._adverbials_read.get(key)
        if after is None:  # a trailing attribution reads the same stretch again for ", citing X"
            after = self._adverbials_read[key] = self._skip_adverbials(start, end, lemma)
        return after

    def _skip_adverbials(self, start: int, end: int, lemma: str) -> _After:
        # Adverbials and "that" come within a couple of dozen words of the cue; every
        # token tokenised here costs time on each cue.
        stop = min(end, start + 160)
        near = self.regions_between(start, stop)
        toks = self.tokens(start, stop)
        if near:  # most cues have no quotation this close: then there is nothing to filter
            toks = [t for t in toks if not any(r.start <= t.start() < r.end for r in near)]
        lex = self.lexicon
        i = 0
        if lemma == "tell" and toks:
            # The audience of "told": "told a press conference", "told AFP", "told reporters".
            j = self.adverbial_chunk_end(toks, 0)
            if j is None and toks[0].group().lower() in _OBJECT_PRONOUNS:
                j = 1  # "told us the delay was caused by shelling"
            if j is None:
                # "told jurors he found rotted joists": the audience ends where a subject pronoun begins.
                j = next((k for k in range(1, min(len(toks), 5)) if (toks[k].group() in lex.pronouns or toks[k].group() == "I")
                          and toks[k - 1].group()[:1].isalpha() and toks[k - 1].group().lower() not in lex.finite_verbs), None)
            first = 1 if toks[0].group().lower() in _DETERMINERS and len(toks) > 1 else 0
            if j is None and toks[first].group()[:1].isupper():
                j = first + 1
                while j < len(toks) and j < first + 5 and toks[j].group()[:1].isupper():
                    j += 1  # "told AFP", "told the BBC"
            i = j or 0
        cited_by = None
        # "reported by X" / "cited by X": X speaks for the content before.
        if toks and toks[0].group().lower() == "by":
            phrase_end = self.phrase_end(toks[0].end(), end)
            speaker = self.trim(Span(toks[0].end(), phrase_end))
            if speaker is not None:
                that = re.compile(r"\s*that\b").match(self.lowered, phrase_end)
                if that is not None:
                    # "he had been told by commanders that X": the by-phrase said X.
                    return _After(that.end(), that.end(), True, (speaker, ""), None)
                return _After(phrase_end, None, False, (speaker, ""), None)
        that_at = None
        for k, tok in enumerate(toks[:12]):
            word = tok.group().lower()
            if word == "that":
                that_at = k
                break
            if word in ("." , ";") or tok.group() == '"':
                break
        # "in an interview that was broadcast": a relative "that", not the one opening the content.
        relative = that_at is not None and that_at + 1 < len(toks) and toks[that_at + 1].group().lower() in _VERB_AUXILIARIES
        if that_at is not None and not relative and self.leads_to_that(toks[:that_at], lemma):
            return _After(toks[that_at].end(), toks[that_at].end(), True, None, None)
        while i < len(toks):
            word = toks[i].group()
            lower = word.lower()
            if lower in _PREPOSITIONS:
                j = self.adverbial_chunk_end(toks, i + 1)
                if j is not None:
                    i = j
                    continue
                break
            if word == "," and i + 1 < len(toks) and toks[i + 1].group().lower() == "citing":
                close = next((k for k in range(i + 2, min(len(toks), i + 16)) if toks[k].group() in (",", ".", ";")), len(toks))
                if close > i + 2:
                    cited_by = self.masked[toks[i + 2].start() : toks[close - 1].end()]
                    i = close + 1 if close < len(toks) and toks[close].group() == "," else close
                    continue
                break
            dated = word.isdigit() and i > 0 and toks[i - 1].group().lower() in lex.time_words  # "said Nov 9", not "said 300 jobs"
            if lower in lex.time_words or dated or lower in ("reporters", "journalists", "lawmakers", "mps", "colleagues"):
                i += 1
                continue
            break
        if i < len(toks) and (toks[i].group() == ":" or (toks[i].group() == "," and self.region_starting_at(toks[i].end()))):
            i += 1
        if i < len(toks) and toks[i].group().lower() == "that":
            return _After(toks[i].end(), toks[i].end(), True, None, cited_by)
        pos_end = toks[i - 1].end() if i > 0 else start
        content_start = toks[i].start() if i < len(toks) else None
        return _After(pos_end, content_start, False, None, cited_by)

    def leads_to_that(self, toks: list[re.Match[str]], lemma: str) -> bool:
        """Whether the words between a cue and its "that" are adverbials or an audience:
        "said on Monday that", "told jurors in her opening statement Tuesday that",
        "argued in her own closing remarks that"; no verb among them."""
        if all(self.adverbial_word(t.group()) for t in toks):
            return True
        lex = self.lexicon
        words = [t.group().lower() for t in toks]
        opens = lemma == "tell" or words[0] in _PREPOSITIONS or words[0] in lex.time_words
        return opens and not any(
            # After a determiner a verb form is a modifier: "her own opening statement".
            ((w in lex.finite_verbs or (w in lex.lemma_of and w not in lex.noun_cues)) and previous not in _DETERMINERS)
            or w in _VERB_AUXILIARIES or w in lex.clause_boundaries or not w[0].isalnum()  # ", citing X," is no audience
            for previous, w in zip(["", *words], words)
        )

    def adverbial_word(self, word: str) -> bool:
        lower = word.lower()
        lex = self.lexicon
        return (
            lower in lex.time_words or lower in _PREPOSITIONS or lower in _DETERMINERS or lower in _OBJECT_PRONOUNS
            or lower in lex.adverbial_heads or word[:1].isupper() or word.isdigit() or word in (",", "-")
        )

    def adverbial_chunk_end(self, toks: list[re.Match[str]], start: int) -> int | None:
        """End index of a prepositional adverbial ("in a statement on Twitter"), or None."""
        lex = self.lexicon
        for j in range(start, min(len(toks), start + 7)):
            word = toks[j].group().lower()
            if word in lex.adverbial_heads or word in lex.time_words:
                while j + 1 < len(toks) and toks[j + 1].group().lower() in lex.adverbial_heads:
                    j += 1  # "in a video address", "on his Facebook page"
                return j + 1
            if not (word in _DETERMINERS or toks[j].group()[:1].isupper() or word.isdigit() or word.endswith("'s") or "-" in word):
                if word not in ("televised", "live", "official", "press", "daily", "weekly", "joint", "lengthy", "brief", "short", "long", "national", "local", "state", "public", "private", "own", "social", "separate", "phone", "telephone", "video", "news"):
                    return None
        return None

    def subject_before(self, sentence: Span, cue: Span) -> tuple[Span, str] | None:
        """The speaker phrase right before a cue, and its appositive if any."""
        # The longest reach back is an aside of 40 tokens between dashes: about 300 characters.
        toks = self.tokens(max(sentence.start, cue.start - 300), cue.start)
        lex = self.lexicon
        i = len(toks) - 1
        while i >= 0 and (toks[i].group().lower() in lex.auxiliaries or toks[i].group().lower() in lex.time_words):
            i -= 1
        if i < 0:
            return None
        if toks[i].group().lower() in ("which", "who") and i >= 1:
            # "..., Human Rights Watch and Amnesty International, which said ...": the antecedent speaks.
            j = i - 1 if toks[i - 1].group() != "," else i - 2
            name = (self.name_before(toks, j, anywhere=True) or self.noun_phrase_before(toks, j)) if j >= 0 else None
            if name is not None:
                return name, ""
            return None
        appositive = ""
        if toks[i].group() in ("—", "–", ")"):
            # "the OSCE Minsk Group — co-chaired by the U.S., France and Russia — said": skip the aside.
            opener = "(" if toks[i].group() == ")" else toks[i].group()
            opened = next((k for k in range(i - 1, max(-1, i - 40), -1) if toks[k].group() == opener), None)
            if opened is None or opened == 0 or not toks[opened - 1].group()[:1].isalpha():
                return None
            appositive = self.masked[toks[opened + 1].start() : toks[i - 1].end()] if opened + 1 <= i - 1 else ""
            i = opened - 1
        elif toks[i].group() == ",":
            j = i - 1
            while j >= 0 and (toks[j].group() not in _PUNCT_STOP or toks[j].group() == '"') and i - j <= _MAX_ASIDE_TOKENS:
                j -= 1  # an appositive may quote a name: 'spokesman for the "NKR" President' 
            if j < 0 or toks[j].group() != ",":
                return None
            appositive = self.masked[toks[j + 1].start() : toks[i - 1].end()] if j + 1 <= i - 1 else ""
            inner = toks[j + 1 : i]
            opener = inner[0].group().lower() if inner else ""
            if opener in _RELATIVE_OPENERS:
                # "Margaret Haworth, 74, who has lived in the village for 41 years, said": the
                # relative clause describes the speaker, who stands before it (after an age).
                i = j - 1
                if i >= 2 and toks[i].group().isdigit() and toks[i - 1].group() == ",":
                    i -= 2
                if i < 0:
                    return None
            elif i - j > 25:
                return None  # a long stretch between commas that describes no one
            elif opener in _PREPOSITIONS or opener in lex.parentheticals:
                # "The mayor, for his part, said" / "Moscow, however, said": the subject stands before.
                # "TASS, citing the emergency services, reported": read_cue makes the cited one speak.
                appositive, i = (appositive if opener == "citing" else ""), j - 1
            elif 1 <= len(inner) <= 4 and all(t.group()[:1].isupper() for t in inner) and not _PARTY_LABEL.match(inner[0].group()):
                # "Its president, Linda Perez, told ...": the name between the commas speaks.
                role_end = j - 1
                role = self.masked[toks[max(0, role_end - 6)].start() : toks[role_end].end()] if role_end >= 0 else ""
                return Span(inner[0].start(), inner[-1].end()), role
            else:
                i = j - 1
                if opener in ("a", "an", "the"):
                    # "Khin Mya Thandar, a researcher at Open Atlas Myanmar, a group that documents
                    # attacks, said": a second description; the first, with the role, is the appositive.
                    k = i
                    while k >= 0 and toks[k].group() not in _PUNCT_STOP and j - k <= 12:
                        k -= 1
                    if k > 0 and toks[k].group() == "," and k + 1 < j and toks[k + 1].group().lower() in ("a", "an", "the") and toks[k - 1].group()[:1].isupper():
                        appositive, i = self.masked[toks[k + 1].start() : toks[j - 1].end()], k - 1
                if i < 0 or not toks[i].group()[:1].isupper():
                    return None
        collected: list[re.Match[str]] = []
        while i >= 0 and len(collected) < _MAX_SPEAKER_TOKENS:
            word = toks[i].group()
            lower = word.lower()
            if collected and word in _COMPANY_ENDINGS:
                break  # "... at Brannock, Hale & Co. Ms. Ostrow said": the stop ended a sentence
            if word == "," and i > 0 and toks[i - 1].group()[:1].isupper() and len(collected) >= 3 and collected[0].group()[:1].isupper() and (
                collected[1].group() == "and" or (len(collected) > 2 and collected[2].group() == "and")
            ):
                # "the Department for Environment, Food and Rural Affairs": a list inside a name.
                collected.insert(0, toks[i])
                i -= 1
                continue
            if word in _PUNCT_STOP or word in (".", "!", "?"):
                break
            if lower in lex.clause_boundaries:
                before = toks[i - 1].group() if i > 0 else ""
                capitals = collected and collected[0].group()[:1].isupper() and before[:1].isupper()
                # "world economy and world politics": coordination inside a title, not a new clause.
                nouns = (
                    collected and collected[0].group().islower() and before.islower()
                    and before.lower() not in lex.finite_verbs and not before.endswith(("ed", "ly"))
                    and before.lower() not in _DETERMINERS and before.lower() not in lex.clause_boundaries
                    and any(t.group().lower() in ("of", "at", "for") for t in collected)
                )
                # "an Armenian MP and head of a parliamentary committee": two roles of one speaker.
                roles = collected and collected[0].group().lower() in lex.anaphor_heads and before[:1].isupper()
                if lower == "and" and (capitals or nouns or roles):
                    collected.insert(0, toks[i])
                    i -= 1
                    continue
                break
            if (lower in lex.lemma_of or lower in lex.finite_verbs) and collected:
                break  # "which saw Armenia admit": the subject starts after the verb
            collected.insert(0, toks[i])
            i -= 1
            if len(collected) == 1 and (lower in lex.pronouns or word == "I"):
                break  # "On Friday she acknowledged": a pronoun is the whole subject
        if not collected:
            return None
        words = [t.group() for t in collected]
        lowers = [w.lower() for w in words]
        first = lowers[0]
        if all(w in lex.clause_boundaries or w in _DETERMINERS or w in lex.auxiliaries for w in lowers):
            return None
        participle_opener = first.endswith("ed") and len(words) > 1 and lowers[1] in _PARTICIPLE_OBJECTS
        if participle_opener or any(w in lex.finite_verbs for w in lowers) or (
            words[0].islower() and (first in _PREPOSITIONS or first.endswith("ed"))
        ):
            return None  # a clause, not a noun phrase
        # The head of "director of security studies at X" is the word before the first preposition.
        preposition = next((k for k, w in enumerate(lowers) if k > 0 and (w in _PREPOSITIONS or w == "of")), len(words))
        head = lowers[preposition - 1]
        role_head = (head in lex.anaphor_heads or head in lex.title_words) and head not in lex.document_nouns and head not in lex.anaphor_group_heads
        role_first = first in ("the", "a", "an") or (words[0].islower() and first in lex.title_words)
        if role_first and role_head and not appositive and i >= 1 and toks[i].group() == ",":
            # "Arayik Harutyunyan, the Armenian-backed president of X said": the name is before the comma.
            name = self.name_before(toks, i - 1)
            if name is not None:
                appositive = self.masked[collected[0].start() : collected[-1].end()]
                return name, appositive
        span = Span(collected[0].start(), collected[-1].end())
        return span, appositive

    def name_before(self, toks: list[re.Match[str]], index: int, *, anywhere: bool = False) -> Span | None:
        """A run of capitalised words ("and" may join two) ending at toks[index] and starting a clause."""
        j = index
        while j >= 0 and index - j < 9 and (toks[j].group()[:1].isupper() or (toks[j].group() == "and" and j > 0 and toks[j - 1].group()[:1].isupper())):
            j -= 1
        if j == index:
            return None
        if j >= 0 and toks[j].group() not in _PUNCT_STOP and toks[j].group().lower() not in self.lexicon.clause_boundaries and not anywhere:
            return None
        return Span(toks[j + 1].start(), toks[index].end())

    def noun_phrase_before(self, toks: list[re.Match[str]], index: int) -> Span | None:
        """"criticised by the opposition, which said ...": a determiner and up to three
        lower-case words ending at toks[index], the antecedent of the relative pronoun."""
        lex = self.lexicon
        for j in range(index, max(-1, index - 4), -1):
            word = toks[j].group()
            if word.lower() in _DETERMINERS and j < index:
                return Span(toks[j].start(), toks[index].end())
            lower = word.lower()
            if not word.isalpha() or lower in lex.finite_verbs or lower in _PREPOSITIONS or lower in lex.clause_boundaries:
                return None
        return None

    def speaker_after(self, start: int, end: int) -> Span | None:
        """Inverted attribution: '"...," said Jones.' — a name right after the cue, then the end."""
        before = self.masked[max(0, start - 40) : start].rstrip()
        cue_start = before.rfind(" ")
        preceding = before[:cue_start].rstrip() if cue_start >= 0 else ""
        if not preceding.endswith((",", '"', ",'")):
            return None
        phrase_end = self.phrase_end(start, end)
        span = self.trim(Span(start, phrase_end))
        if span is None:
            return None
        words = self.masked[span.start : span.end].split()
        if not words or len(words) > _MAX_SPEAKER_TOKENS or words[0].lower() in _PREPOSITIONS or words[0].lower() in self.lexicon.time_words:
            return None
        named = _NAME_AFTER_ROLE.match(self.masked, span.end, end)
        if named is not None:
            # '"...," said the Met Office's chief meteorologist, Neil Armitage.': the name speaks.
            return Span(named.start(1), named.end(1))
        return span if any(w[:1].isupper() for w in words) else None

    def phrase_end(self, start: int, end: int) -> int:
        """Where a noun phrase that starts at `start` stops: a comma, a clause word, or the end."""
        for tok in _TOKEN.finditer(self.masked, start, end):
            word = tok.group()
            if word in (",", ";", ":", ".", "(", '"') or (word.lower() in self.lexicon.clause_boundaries and word.lower() != "and"):
                return tok.start()
            if word.lower() in self.lexicon.lemma_of or word.lower() in ("on", "in", "during", "at"):
                return tok.start()
        return end

    def sentence_tail_end(self, start: int, end: int) -> int:
        stop = self.masked.find(",", start, end)
        return stop if stop >= 0 else end

    def enough_content(self, start: int, end: int) -> bool:
        return end > start and _ENOUGH_WORDS.search(self.masked, start, min(end, start + 200)) is not None

    def quote_end_within(self, start: int, end: int) -> int:
        region = self.inside_quote(end - 1)
        return region.end if region is not None and region.start >= start else end

    def cut_trailing_attribution(self, content: Span, sentence: Span) -> Span:
        """Drop ", AFP reported" / ", as reported by TASS" / ", according to X" from a content's end,
        and a free adjunct after a comma (", heavily criticizing ...") from a reported clause."""
        text = self.masked[content.start : content.end]
        for match in re.finditer(r",\s+(?:\w+ly\s+|however,\s+)?[a-z]+ing\b|\s+—\s+(?:a|an|which|who|something)\b", text):
            if not self.inside_quote(content.start + match.start()) and self.clause_like(_WORD.findall(text[: match.start()])):
                content = Span(content.start, content.start + match.start())
                text = text[: match.start()]
                break
        aside = _JOURNALIST_ASIDE.search(text)
        if aside is not None and aside.group(1).lower() in self.lexicon.aside_nouns and not self.inside_quote(content.start + aside.start()):
            # "..., a figure that could not be independently verified": the reporter speaks.
            content = Span(content.start, content.start + aside.start())
            text = text[: aside.start()]
        for match in re.finditer(r",\s*(?:as\s+)?(?:\w+\s+){0,6}?(?:reported|according\s+to|cited\s+by|citing)\b", text):
            if not self.inside_quote(content.start + match.start()):
                return Span(content.start, content.start + match.start())
        return content

    def trim(self, span: Span) -> Span | None:
        start, end = span.start, span.end
        while start < end and self.masked[start] in " \n\"',:;—-":
            start += 1
        while end > start and self.masked[end - 1] in " \n\"',:;—-.":
            end -= 1
        if end < span.end and self.masked[end] == '"' and self.masked.count('"', start, end) % 2 == 1:
            end += 1  # keep the closing mark of a quotation that opened inside the content
        elif start > span.start and self.masked[start - 1] == '"' and self.masked.count('"', start, end) % 2 == 1:
            start -= 1  # and the opening mark of one that closes inside it
        return Span(start, end) if end > start else None

    # --- tweets, continuations, conduits ----------------------------------------------

    def tweets(self) -> Iterator[_Found]:
        for tweet in self.lay.tweets:
            content = self.trim(tweet.content)
            if content is None or not self.enough_content(content.start, content.end):
                continue
            speaker = self.resolver.resolve(tweet.author, on=None) or ResolvedSpeaker(tweet.author, None, "person", "tweet signature")
            yield _Found(speaker, tweet.signature, "tweeted", "tweet", tweet.signature, content, tweet.signature)

    def colon_attributions(self, found: list[_Found]) -> Iterator[_Found]:
        """Transcripts and colon attribution: "Jones: About half." / 'Smith: "We will not ..."'.

        The label must name a speaker: a store entity, or a person introduced earlier in the
        text by a fuller name. Interviewer labels (Q:, Question:) are not statements.
        """
        content: Span | None  # trimmed below, and None when nothing is left
        taken = [(f.content.start, f.content.end) for f in found]
        for paragraph in self.lay.paragraphs:
            if self.masked.find(":", paragraph.start, paragraph.end) < 0:
                continue
            for match in _LABEL.finditer(self.masked, paragraph.start, paragraph.end):
                at = match.start()
                if at != paragraph.start and self.masked[max(paragraph.start, at - 2) : at].strip() not in (".", "!", "?", '."', '"'):
                    continue
                label = match.group(1)
                if label.lower() in _NOT_SPEAKER_LABELS or self.inside_quote(at):
                    continue
                region = self.region_starting_at(match.end())
                if region is not None:
                    content = region
                elif at == paragraph.start:
                    content = Span(match.end(), paragraph.end)
                else:
                    continue
                content = self.trim(content)
                if content is None or any(s <= content.start < e for s, e in taken):
                    continue
                speaker = self.label_speaker(label, at)
                if speaker is None:
                    continue
                span = Span(at, at + len(label))
                yield _Found(speaker, span, ":", "say", Span(match.end() - 2, match.end() - 1), content, Span(paragraph.start, paragraph.start), attribution_start=at)

    def label_speaker(self, label: str, offset: int) -> ResolvedSpeaker | None:
        entity, how = self.entities.resolve(label)
        if entity is not None and not how.startswith("fuzzy"):
            return ResolvedSpeaker(entity.name, entity.id, "person" if entity.type == "person" else "group", f"transcript label '{label}'")
        introduced = re.search(rf"\b((?:[A-Z][\w'-]+ ){{1,2}}){re.escape(label)}\b", self.masked[:offset])
        if introduced is None:
            return None
        name = f"{introduced.group(1)}{label}"
        return ResolvedSpeaker(name, None, "person", f"transcript label '{label}' -> {name}")

    def continued_quotes(self, found: list[_Found]) -> Iterator[_Found]:
        """A quotation with no cue of its own, right after a statement, continues that speaker."""
        covered = sorted((f.content.start, f.content.end) for f in found)
        covered_starts = [s for s, _ in covered]
        ordered = sorted((f for f in found if not f.embedded), key=lambda f: f.content.end)
        ordered_ends = [f.content.end for f in ordered]
        for region in self.regions:
            k = bisect.bisect_right(covered_starts, region.start)
            if any(s <= region.start and region.end <= e + 1 for s, e in covered[max(0, k - 8) : k]):
                continue
            words = len(_WORD.findall(self.masked, region.start, min(region.end, region.start + 200)))
            sentence_like = self.masked[region.end - 1 : region.end] in (".", "!", "?")
            if words < 3 or (words < 6 and not sentence_like):
                continue
            before = self.masked[max(0, region.start - 3) : region.start - 1].strip()
            if before and before[-1] not in ".!?:":
                continue
            k = bisect.bisect_right(ordered_ends, region.start)
            previous = [f for f in ordered[max(0, k - 8) : k] if region.start - max(f.content.end, f.window.end) < 400]
            if not previous:
                continue
            last = previous[-1]
            between = self.masked[max(last.content.end, last.window.end) : region.start]
            if between.strip(' ."\n,') and len(_WORD.findall(between)) > 0:
                continue
            content = self.trim(region)
            if content is not None:
                yield replace(last, content=content, window=Span(region.start, region.start))

    def relayed_by(self, sentence: Span, cue: Span, lemma: str, results: list[_Found]) -> None:
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
        if len(_WORD.findall(between)) > 2:
            return
        phrase = self.masked[phrase_span.start : phrase_span.end]
        entity, _ = self.entities.resolve(phrase)
        outlet = entity.type == "outlet" if entity is not None else self.lexicon.is_outlet_phrase(phrase)
        if outlet:
            results[-1] = replace(previous, via=entity.name if entity is not None else " ".join(phrase.split()))

    def merge_conduits(self, items: list[_Found]) -> list[_Found]:
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

    def is_outlet(self, item: _Found) -> bool:
        if item.speaker.entity_id:
            entity = self.entities.get(item.speaker.entity_id)
            if entity is not None:
                return entity.type == "outlet"
        return self.lexicon.is_outlet_phrase(self.masked[item.speaker_span.start : item.speaker_span.end])

    # --- dates and the final record -------------------------------------------------

    def date_at_cue(self, window: Span) -> DateMention | None:
        key = (window.start, window.end)
        if key not in self._cue_dates:
            text = self.masked[window.start : window.end]
            if "," in text:
                # "X, who examined the building in March 2022, told jurors": the relative
                # clause dates what the speaker did, not when they said this.
                text = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), text)
            anchor = self.anchor_for(window.start)
            self._cue_dates[key] = dates.said_on_for(text, anchor=anchor, offset=window.start) if text.strip() else None
        return self._cue_dates[key]

    def date_in_sentence_naming(self, offset: int, speaker: str) -> DateMention | None:
        """"Jones confirmed this on Sunday evening. In a post, she insisted ...": the sentence
        before, reporting nothing itself but naming the speaker, dates the statement."""
        end = self.period_before(offset, offset - 300)
        if end < 0:
            return None
        start = max(self.period_before(end, end - 300), self.masked.rfind("\n\n", max(0, end - 300), end)) + 1
        if self.statement_between(start, end) or self.statement_between(end, offset):
            return None
        sentence = self.masked[start:end]
        named_at = self.speaker_named_at(sentence, speaker)
        if named_at is None:
            return None
        found = dates.find_dates(sentence, anchor=self.anchor_for(start), offset=start)
        days = [d for d in found if d.precision in ("day", "interval") and (d.end - d.start).days <= 7]
        if len(days) != 1:
            return None
        opening = len(sentence) - len(sentence.lstrip())
        first_clause_end = sentence.find(",", opening)
        introduced = sentence[opening:].split(" ", 1)[0].lower() in _PREPOSITIONS  # "At the briefing on Nov 9, X ..."
        in_opening_clause = introduced and first_clause_end >= 0 and days[0].span is not None and days[0].span.end - start <= first_clause_end
        if named_at - opening > 60 and not in_opening_clause:
            return None  # the sentence dates something else about the speaker ("a protest on Wednesday against X")
        return replace(days[0], basis=f"date of the sentence before, which names {speaker}: {days[0].basis}")

    def speaker_named_at(self, sentence: str, speaker: str) -> int | None:
        """Where `sentence` names `speaker` (surname or a store alias), or None."""
        surname = speaker.split()[-1]
        if len(surname) >= 3 and surname in sentence:
            found = re.search(rf"\b{re.escape(surname)}", sentence)
            if found:
                return found.start()
        if not self.entities.names_entity(speaker) or not self.entities.may_name(speaker, sentence):
            return None  # the store knows no one of that name, or none of their names stands here
        for entity_id, span in self.entities.find_mentions(sentence, roles=False):
            entity = self.entities.get(entity_id)
            if entity is not None and entity.name == speaker:
                return span.start
        return None

    def interview_date(self) -> DateMention | None:
        """The date the introduction gives the interview, for the answers of a transcript."""
        if self._interview_date is None:
            self._interview_date = False
            first_label = _LABEL.search(self.masked)
            intro = self.masked[: first_label.start() if first_label else 0][:3000]
            for sentence in re.split(r"(?<=[.!?])\s+", intro):
                if any(word in sentence.lower() for word in self.lexicon.interview_words):
                    offset = intro.find(sentence)
                    anchor = self.anchor_for(offset)
                    # "would not drop him for next Saturday's game": a date after the article's is no interview's.
                    found = [d for d in dates.find_dates(sentence, anchor=anchor, offset=offset) if anchor is None or d.start <= anchor.end]
                    if found and (found[0].end - found[0].start).days <= 7:
                        self._interview_date = replace(found[0], basis=f"date of the interview: {found[0].basis}")
                        break
        return self._interview_date if isinstance(self._interview_date, DateMention) else None

    def date_opening_sentence_before(self, offset: int) -> DateMention | None:
        """"On Thursday he went further. He said ...": a date that opens the sentence just
        before, when that sentence reports nothing itself, dates what follows."""
        end = self.period_before(offset, offset - 250)
        if end < 0 or self.masked[end + 1 : offset].strip(" \n\"") and len(_WORD.findall(self.masked, end + 1, offset)) > 3:
            return None
        start = max(self.period_before(end, end - 250), self.masked.rfind("\n\n", max(0, end - 250), end)) + 1
        if self.statement_between(start, end):
            return None
        opening = self.masked[start:end].lstrip(" \n\"")
        first = opening.split(" ", 1)[0].lower()
        if first not in ("on", "later", "earlier", "last", "this", "that", "by", "in") and first not in self.lexicon.time_words:
            return None
        begin = start + (len(self.masked[start:end]) - len(opening))
        found = dates.find_dates(self.masked[begin : begin + 40], anchor=self.anchor_for(begin), offset=begin)
        if not found or found[0].span is None or found[0].span.start - begin > 12:
            return None
        return replace(found[0], basis=f"date opening the sentence before: {found[0].basis}")

    def occasion_date(self, cue_window: str, offset: int) -> DateMention | None:
        """"On the call, she said" / "testified at the same hearing": the date the text gave
        that occasion where it last introduced one ("on a conference call Wednesday evening")."""
        patterns = _occasion_patterns(self.lexicon.occasion_nouns)
        if patterns is None:
            return None
        back_reference, introduction = patterns
        named = back_reference.search(cue_window)
        if named is None:
            return None
        noun = named.group("noun").lower()
        before = self.masked[max(0, offset - 6000) : offset]
        for mention in reversed([m for m in introduction.finditer(before) if m.group("noun").lower() == noun][-3:]):
            at = offset - len(before) + mention.start()
            start = max(self.period_before(at, at - 400), self.masked.rfind("\n\n", max(0, at - 400), at)) + 1
            end = self.masked.find(". ", at)
            end = len(self.masked) if end < 0 else end
            found = dates.find_dates(self.masked[start:end], anchor=self.anchor_for(start), offset=start)
            # The date of the occasion: the only one within 60 characters of its mention.
            near = [d for d in found if d.span is not None and abs(d.span.start - at) <= 60 and (d.end - d.start).days <= 31]
            if len(near) == 1:
                return replace(near[0], basis=f"date of the {noun} introduced before: {near[0].basis}")
        return None

    def anchor_for(self, offset: int) -> DateMention | None:
        """The anchor at `offset`; a wide one (a publication range of years) is narrowed to the
        year the text's own full dates point to, so "November 5" resolves in that year."""
        anchor = self.lay.anchor_at(offset, self.default_anchor)
        if anchor is None or (anchor.end - anchor.start).days <= 62:
            return anchor
        if self._doc_year is False:
            self._doc_year = _dominant_year(self.doc.text)
        year = self._doc_year
        if year is None or not anchor.start.year <= year <= anchor.end.year:
            return anchor
        start = max(anchor.start, date(year, 1, 1))
        end = min(anchor.end, date(year, 12, 31))
        return DateMention(start, end, "interval", f"{anchor.basis}, year {year} from the text's dates", anchor.span)

    def said_on(self, window: Span, content_start: int, speaker: str | None = None) -> DateMention | None:
        """The date of saying: a date at the cue; else "the next day" after the previous statement;
        else the same speaker's dated statement just before (same section); else the anchor."""
        text = self.masked[window.start : window.end]
        found = self.date_at_cue(window)
        if found is not None:
            return found
        section_anchor = self.lay.anchor_at(window.start, self.default_anchor)
        paragraph = bisect.bisect_right(self._paragraph_starts, window.start)
        opening = self.date_opening_sentence_before(window.start)
        named = self.date_in_sentence_naming(window.start, speaker) if speaker is not None and opening is None else None
        if _SEQUEL.search(text):
            # "Smith tweeted on Sunday ... In an address the next day, she said": a day after the date before.
            base = opening or named or (self._built[-1][3] if self._built else None)
            sequel = dates.resolve_relative(text, base) if base is not None else None
            if sequel is not None:
                return sequel
        prior = _CAME_AFTER.search(text)
        if prior is not None and self._built:
            # "His comments came a day after Cavusoglu told reporters": the day before those comments.
            earlier = dates.resolve_relative(f"{prior.group(1)} {prior.group(2)} earlier", self._built[-1][3])
            if earlier is not None:
                return replace(earlier, basis=f"'{prior.group(0)}' the statement before: {earlier.basis}")
        if opening is not None or named is not None:
            return opening or named
        occasion = self.occasion_date(text, window.start)
        if occasion is not None:
            return occasion
        if (window.start == window.end or self.in_transcript(window.start)) and self._interview_date is not False:
            interview = self.interview_date()
            if interview is not None:
                return interview
        if speaker is not None:
            earlier = self.same_speaker_date(speaker, paragraph, section_anchor)
            if earlier is not None:
                return earlier
        if section_anchor is None:
            return None
        return DateMention(section_anchor.start, section_anchor.end, section_anchor.precision, f"{_FALLBACK}; {section_anchor.basis}", section_anchor.span)

    def same_speaker_date(self, speaker: str, paragraph: int, anchor: DateMention | None) -> DateMention | None:
        """The date of the speaker's statement just before, in the same paragraph ("he added").

        When the anchor only bounds the date (a publication week), any earlier dated
        statement of the speaker under it counts: "In November 17 remarks, Smith said ...
        Speaking to a radio station, Smith said ..." are one occasion, and a day beats a week.
        """
        vague = anchor is not None and anchor.start != anchor.end
        for name, where, its_anchor, when in reversed(self._built):
            if its_anchor != anchor or (paragraph != where and not vague):
                break
            if name == speaker and not when.basis.startswith(_FALLBACK):
                inherited = f"as {name}'s statement before: "
                return replace(when, basis=inherited + when.basis.removeprefix(inherited), span=None)
        return None

    def context_before(self, offset: int) -> str:
        """The sentence before `offset` (it may end the previous paragraph), as one line."""
        window = self.masked[max(0, offset - 400) : offset]
        cut = max(window.rfind(". ", 0, max(0, len(window) - 2)), window.rfind(".\n", 0, max(0, len(window) - 2)))
        previous = max(window.rfind(". ", 0, max(0, cut)), window.rfind(".\n", 0, max(0, cut))) if cut > 0 else -1
        start = offset - len(window) + previous + 1
        return " ".join(self.lay.visible(start, offset).split())[-400:]

    def tweet_date(self, item: _Found) -> DateMention | None:
        tweet = self._tweets_by_signature.get(item.cue_span)
        return dates.parse_heading_date(tweet.date_text, year_hint=None) if tweet is not None else None

    def build(self, item: _Found) -> Statement | None:
        text = self.doc.text
        content_text = _unquote(clean(self.lay.visible(item.content.start, item.content.end)))
        if not content_text:
            return None
        if item.embedded:
            # Reported within another statement: only a date at its own cue tells when it was said.
            said_on = self.date_at_cue(Span(item.attribution_start, item.cue_span.end))
        else:
            said_on = self.tweet_date(item) or self.said_on(item.window, item.content.start, item.speaker.name)
        if said_on is not None:
            paragraph = bisect.bisect_right(self._paragraph_starts, item.content.start)
            self._built.append((item.speaker.name, paragraph, self.lay.anchor_at(item.window.start, self.default_anchor), said_on))
        polarity = self.polarity(item, content_text)
        region = self.inside_quote(item.content.start)
        kind: StatementKind
        if item.embedded and region is not None and region.start < item.cue_span.start:
            kind = "mixed" if '"' in self.masked[item.content.start : item.content.end] else "indirect"  # the quoted speaker's paraphrase
        elif item.cue == ":" and region is None:
            kind = "direct"  # a transcript answer is the speaker's own words
        elif region is not None and region.start <= item.content.start and item.content.end <= region.end:
            kind = "direct"
        elif region is not None or '"' in self.masked[item.content.start : item.content.end]:
            kind = "mixed"
        else:
            kind = "indirect"
        is_tweet = item.cue_span in self._tweets_by_signature
        speaker_text = item.speaker.name if is_tweet else clean(text[item.speaker_span.start : item.speaker_span.end])
        key = f"{self.doc.path}:{item.content.start}:{item.content.end}:{item.speaker.name}"
        return Statement(
            id="s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
            speaker=item.speaker.name,
            speaker_text=speaker_text,
            cue=clean(item.cue),
            content=content_text,
            kind=kind,
            said_on=said_on,
            via=item.via,
            polarity=polarity,
            file=self.doc.path,
            span=item.content,
            speaker_span=item.speaker_span,
            cue_span=item.cue_span,
            speaker_id=item.speaker.entity_id,
            speaker_basis=item.speaker.basis,
            line=bisect.bisect_right(self._line_starts, item.content.start),
            context=self.context_before(min(item.content.start, item.speaker_span.start)),
        )

    def polarity(self, item: _Found, content: str) -> Polarity:
        lex = self.lexicon
        if item.lemma in lex.deny:
            return "deny"
        lowered = f" {content.lower()} "
        if item.lemma in ("call", "describe") and any(f" {w}" in lowered for w in lex.denial_words):
            return "deny"
        if item.lemma in lex.negating_cues:
            head = " ".join(lowered.split()[:12])
            if any(f" {n} " in f" {head} " or (n.startswith("n'") and n in head) for n in lex.negations):
                return "deny"
        return "assert"


@lru_cache(maxsize=4)
def _occasion_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a definite reference to an occasion: "at the same hearing", "On the call";
    its introduction: "at a state legislative hearing", "on a conference call")."""
    if not nouns:
        return None
    alternatives = "|".join(map(re.escape, nouns))
    noun = rf"(?P<noun>{alternatives})\b(?!\s+(?:{alternatives})\b)"  # "conference call": the call
    back = re.compile(rf"\b(?i:at|on|during|after|in|from)\s+(?i:the\s+same|that|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{noun})")
    intro = re.compile(rf"\b(?i:at|on|during|in)\s+(?i:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})")
    return back, intro


def _unquote(content: str) -> str:
    """Strip quote marks that enclose the whole content, and stray ones at its edges."""
    marks = "\"“”„«»"
    if len(content) >= 2 and content[0] in marks and content[-1] in marks and sum(content.count(m) for m in marks) == 2:
        return content[1:-1].strip()
    if content[:1] in marks and sum(content.count(m) for m in marks) == 1:
        return content[1:].strip()
    return content.strip()


def _dominant_year(text: str) -> int | None:
    """The year most full dates of the text fall in (None when it states none)."""
    years = Counter(m.start.year for m in dates.find_dates(text, anchor=None) if m.precision == "day")
    return years.most_common(1)[0][0] if years else None


def extract_statements(doc: Document, *, entities: EntityIndex, lexicon: Lexicon | None = None) -> Iterator[Statement]:
    """Yield the attributed statements of one document, in text order.

    Speakers resolve through `entities` (the store); dates against the document's
    section headings, dateline or published date (never the clock).

    >>> doc = Document("x.txt", 'Officials said on Monday that the bridge had reopened.')
    >>> [s.speaker for s in extract_statements(doc, entities=EntityIndex([]))]
    ['Officials']
    """
    extractor = _DocumentExtractor(doc, entities, lexicon or load_lexicon())
    yield from extractor.run()
