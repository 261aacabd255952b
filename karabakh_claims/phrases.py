"""The phrases around a reporting cue, read over one document's masked text.

`DocumentReader` holds what the extraction of one document knows: its layout (text.layout),
the quotation regions across sentences and paragraphs, where its cue words stand, and the
speaker resolver. Its methods read the pieces of a sentence around a cue: the adverbials
and "that" after it (`skip_adverbials`), the speaker phrase before it (`subject_before`) or
after a quotation (`speaker_after`), and where content ends. readings.py reads whole
attribution patterns with them; said_on.py dates what they find.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from karabakh_claims import dates
from karabakh_claims.cues import Lexicon
from karabakh_claims.entities import EntityIndex
from karabakh_claims.models import DateMention, Document, Span
from karabakh_claims.speakers import NAME_PARTICLES, PARTICLE_NAME, ResolvedSpeaker, SpeakerResolver
from karabakh_claims.text import NAME_ABBREVIATIONS, Layout, layout

_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_CLOSER_OF = {"„": "“", "»": "«"}
# Initialisms ("U.S."), words with inner ' . -, single marks. The literal first step and
# possessive runs (nothing after them could use a shorter run) make it about 20% faster.
# "Mr." and "Inc." are one token, so a speaker phrase reads through them: "said Mr. Kuehn".
# So is a middle initial between two names, "Richard T. Coyle" (not "Plan B. The minister").
_MIDDLE_INITIAL = r"(?<=[a-z] [A-Z]\.)(?=[ \t]+(?!(?:The|A|An|In|On|At|He|She|It|They|We|But|And|This|That|His|Her|Its|Their)\b)[A-Z][a-z])"
TOKEN = re.compile(
    # The lookahead turns away every other token at its first characters.
    r"[A-Z]\.(?:(?:[A-Z]\.)+|" + _MIDDLE_INITIAL + r")|(?=[A-Z][a-z]{1,6}\.)(?:" + "|".join(sorted((a.capitalize() for a in NAME_ABBREVIATIONS), key=len, reverse=True))
    + r")\.(?!\w)|\w++(?:['.-]\w++)*+|[^\w\s]"
)
WORD = re.compile(r"[^\W\d_]+")
PUNCT_STOP = frozenset(',;:()"—[]')
_MAX_SPEAKER_TOKENS = 20
_MIN_CONTENT_WORDS = 3
# As many words as content needs, separated by anything else: a search stops at the last one.
_FIGURE = re.compile(r"\s*(?:about |around |nearly |almost |more than |at least )?\d[\d,.]*\s*%?\s*[.,;]?\s*")
_FIGURE_AND_WORDS = re.compile(r"\d[\d,.]*%?\s+[^\W\d_]+\s+[^\W\d_]+")  # "40 were killed"
_ENOUGH_WORDS = re.compile(rf"[^\W\d_]++(?:[\W\d_]++[^\W\d_]++){{{_MIN_CONTENT_WORDS - 1}}}")
# Words opening a condition that a reported clause may begin with: "said, if elected, she would".
_CONDITIONS = frozenset("if unless once when".split())
# A finite auxiliary or modal: what follows it up to a cue is a verb phrase, not a subject.
_VERB_GROUP_OPENERS = frozenset("can could will would shall should may might must has have had do does did is are was were".split())
# "Significantly,", "Finally,": an adverb opening a sentence, not a name ("Kelly", "Connolly" are).
SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ally|ently|antly|ately|ously|ively|edly|ingly|arly|ully)|[A-Z][a-z]{2,}(?:ibly|ably)")
# Question words: a phrase or sentence they open is a question or a subject clause, no speaker.
QUESTION_WORDS = frozenset("what why how where when which whom whose".split())
# "He's", "It's": a pronoun and its verb written as one word.
CONTRACTED_PRONOUN = re.compile(r"(?i:he|she|it|that|there|i|we|they|you)['’](?i:s|ve|re|m|d|ll)")
# Participles whose agent wrote or issued a document ("signed by"), unlike a medium that carried it.
_AUTHORING = frozenset("signed issued written authored drafted released sent".split())
PREPOSITIONS = frozenset("on in at to during via through throughout amid among despite from for with over before after".split())
DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
RELATIVE_OPENERS = frozenset(("who", "whose", "whom"))
# "State Rep. Paul Sandoval, R-Millbrook, tweeted": a party and district label, not a name.
_PARTY_LABEL = re.compile(r"(?:[RDI]|Dem|Rep|Ind)-[A-Z]")
_MAX_ASIDE_TOKENS = 60  # "X, who ... (a relative clause of up to 60 tokens), said"
_COMPANY_ENDINGS = frozenset(("Inc.", "Co.", "Corp.", "Ltd."))
_PARTICIPLE_OBJECTS = PREPOSITIONS | {"about", "whether", "if"}  # "asked about", "asked whether": a clause
_ABBREVIATION_END = re.compile(r"(?:(?<!\w)(?:[A-Z]\.)*[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jr|Sr|Prof|Rev|Gov|Sen|Rep|No))\.$")
_QUOTE_TOKENS = frozenset({"'", '"'})
# Prepositions in -ing: what follows them belongs to the clause before, not a free adjunct.
_ING_PREPOSITIONS = frozenset({"including", "excluding", "regarding", "concerning", "during", "notwithstanding", "pending", "following", "barring"})
_JOURNALIST_ASIDE = re.compile(r",\s+(?:a|an)\s+(\w+)\s+(?:that|which|\w+\s+could)\b[^,]*$")
# ", although it was not clear whether ...", " - though it is unclear if ...": the reporter's own doubt.
_UNCLEAR_ASIDE = re.compile(r"\s*(?:,|—|–|\s-)\s*(?:although|though|but|even\s+though|and)\s+it\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|not\s+(?:yet\s+)?clear|not\s+known|unknown)\b")
# ", Neil Armitage." / " in the DRC, Vivian van de Perre, adding that": the name after a role (and
# the rest of its phrase), at the end or before a participle that goes on with what the speaker said.
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_NAME_AFTER_ROLE = re.compile(
    rf"(?:\s+(?:in|of|at|for|from|to)\s+[^,.;:\"“”\n]{{1,40}})?,\s+((?:[A-Z][\w'’.-]+\s+(?:(?:{_PARTICLES})\s+){{0,2}}){{1,3}}[A-Z][\w'’-]+)\s*(?:[.!?]|,\s+(?:adding|saying|noting|stressing)\b|$)"
)
BE_FORMS = frozenset("was were been being is are be".split())
# The auxiliary of a passive before its participle: "was quoted", "had been reported".
PASSIVE_AUXILIARY = r"\b(?:was|were|is|are|has been|have been|had been)\s+"
_VERB_AUXILIARIES = BE_FORMS | frozenset("has have had do does did will would shall should can could may might must".split())
OBJECT_PRONOUNS = frozenset("us him her them me you".split())
SPEAKER_LABEL = re.compile(r"(?<![\w'.-])([A-Z][\w'.-]{0,30}(?: [A-Z][\w'.-]{0,30}){0,3}):[ \t]+(?=\S)")
# The longest SPEAKER_LABEL before its colon (four words of up to 31 characters, three spaces).
_LABEL_REACH = 4 * 31 + 3
_LABEL_COLON = re.compile(r":[ \t]+(?=\S)")


def first_speaker_label(text: str) -> re.Match[str] | None:
    """SPEAKER_LABEL.search(text): the same match, found without trying the pattern at every
    capital of a long text. A label ends at the first colon after its start, a colon and a
    space, so the labels come in the order of those colons and each is looked for only within
    reach of one (the look-behind still sees the text before it)."""
    for colon in _LABEL_COLON.finditer(text):
        found = SPEAKER_LABEL.search(text, max(0, colon.start() - _LABEL_REACH), colon.end() + 1)
        if found is not None:
            return found
    return None


NOT_SPEAKER_LABELS = frozenset(
    "q question a answer interviewer host presenter announcer anchor moderator narrator note update editor photo embed source "
    "warning caption correction read more related see also watch listen original url by".split()
) | {"mr speaker", "madam speaker", "mr deputy speaker", "madam deputy speaker"}  # a chair's procedural lines

# In a transcript the interviewer's and the answers' labels are labels too.
_NOT_TRANSCRIPT_LABELS = NOT_SPEAKER_LABELS - {"q", "question", "a", "answer"}


@lru_cache(maxsize=4)
def _cue_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The words of `words` where they end a word (letter runs, as WORD finds them);
    DocumentReader.cue_words_of drops the few matches that start inside a longer word.

    The words are nested by shared prefix, so the regex engine follows one branch per
    letter: one scan finds the cues, where matching every word of the text and testing
    each against the set cost a Python step per word. A look back for the start of the
    word would be tried at every character; testing the character before a match is cheaper.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if WORD.fullmatch(word):  # nothing else was ever a word of the text
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
    depth = 0  # curly double quotations open inside a single quotation inside the one open_at opened
    p_index = 0
    for match in re.finditer('"', masked):
        i = match.start()
        while p_index < len(paragraph_ends) and paragraph_ends[p_index] < i:
            if open_at is not None and open_at < paragraph_ends[p_index]:
                if not _reopens_next(masked, paragraph_ends[p_index]):
                    regions.append(Span(open_at + 1, paragraph_ends[p_index]))
                    open_at = None
                    depth = 0
            p_index += 1
        original = text[i]
        if open_at is not None and original == _CLOSER_OF.get(text[open_at]):
            opening = False  # German „quote“ and »quote«: the mark that opens in English closes here
        elif original in _OPENERS:
            opening = True
        elif original in _CLOSERS:
            opening = False
        else:
            opening = i == 0 or masked[i - 1] in " \n([{—-/"
        if opening:
            continuing = open_at is not None and i in paragraph_starts
            if open_at is not None and original == "“" == text[open_at] and _single_quote_open(text, open_at, i):
                depth += 1  # “A said ‘B said “no”’”: marks alternate as they nest; the outer quotation goes on
            elif not continuing:
                open_at = i
                depth = 0
        elif depth:
            depth -= 1
        elif open_at is not None:
            if i > open_at + 1:
                regions.append(Span(open_at + 1, i))
            open_at = None
    if open_at is not None:
        end = next((e for e in paragraph_ends if e > open_at), len(masked))
        regions.append(Span(open_at + 1, end))
    return regions


def _single_quote_open(text: str, start: int, end: int) -> bool:
    """Whether a single quotation (‘) opens in text[start:end] and is still open at `end`."""
    opened = text.rfind("‘", start, end)
    if opened < 0:
        return False
    closed = text.find("’", opened, end)
    # A ’ between two letters is an apostrophe ("they’re"), not a closing mark.
    while closed >= 0 and closed + 1 < end and text[closed + 1].isalpha() and text[closed - 1].isalpha():
        closed = text.find("’", closed + 1, end)
    return closed < 0


# A sentence opening with who speaks and a relative clause without commas, up to the cue: "Lawmakers
# who grilled Magness for five hours last week said", "Mayor Ana Ruiz who toured the site said",
# "A British caver who helped rescue 12 boys said", "One of the insurers of the ship that was stuck in
# the canal said", "Doctors at the hospital where he is treated said" (not "The man who police said").
_OPENING_WHO_CLAUSE = re.compile(
    r"\s*((?:[A-Z][a-z]+s|(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+|(?:A|An|The)\s+(?:[A-Za-z-]+\s+){0,2}[a-z]+"
    r"|(?:One|Some|Two|Three|Several|Many)\s+of\s+(?:the|its|their)\s+[a-z]+)"
    # (with the place or body they belong to: "Doctors at a German hospital", "the insurers of the ship")
    r"(?:\s+(?:of|at|in|from)\s+(?:the|a|an)\s+(?:[A-Za-z-]+\s+){0,3}[a-z]+)?)"
    # a subject's relative clause: its verb right after "who"/"that"/"which" ("that was stuck"), or a place's
    # (its rest holds no subject of the cue's own: not '... a story that posted this week that he believes')
    r"\s+(?:(?:who\s+[a-z]+ed|(?:that|which)\s+(?:[a-z]+ed|was|were|is|are|has|have|had))\b(?=\s+[A-Za-z0-9])"
    r"(?:(?!\b(?:that|he|she|they|it|we|I)\b)[^,;:\"“”()]){1,120}?|where\s[^,;:\"“”()]{1,120}?)\s+$"
)


# Examples listed after a subject, up to its cue: ", including Japan, the US and Britain, ", "such as X and Y".
_ITEM = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
# (one example, or a list whose last is joined by "and": "..., including Somalia, Djibouti, and Sudan, Erdogan added" ends with its speaker)
_EXAMPLES_BEFORE_CUE = re.compile(rf",?\s+(?:including|such as)\s+(?:{_ITEM}|(?:{_ITEM}\s*,\s*)*{_ITEM},?\s+and\s+{_ITEM}),?\s+$")

# A clause's subject pronoun right after a by-phrase: "was told by Sir David he ...".
_SUBJECT_PRONOUN = re.compile(r"\s*(?:he|she|they|we|i)\b")

# After a quotation: a name, a comma and an appositive that runs to the cue without its closing
# comma ('"...," Nurul Islam, an injured worker treated at the City Hospital said').
_NAME_THEN_OPEN_APPOSITIVE = re.compile(
    r"[”\"]\s*(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*,\s+(?P<appositive>(?:an?|the)\s+[^,;:“”\"]{3,120}?)\s+$"
)
# Words that open a question or a relative clause after a noun phrase ("asked by reporters why ...").
_WH_WORDS = frozenset({"why", "whether", "how", "what", "when", "where", "who", "whom", "which"})
# A verb that carries the cue's subject over to it: "went on to say", "continued to insist".
_GOES_ON_TO = re.compile(r"\b(?:(?:went|goes|go|going|has gone|had gone)\s+on|continued|continues|continue|proceeded|proceeds)\s+to\s+$")


def _reopens_next(masked: str, paragraph_end: int) -> bool:
    rest = masked[paragraph_end : paragraph_end + 400].lstrip()
    return rest.startswith('"')


@dataclass(frozen=True, slots=True)
class AfterCue:
    """What follows a cue: where its adverbials end, where the content starts, whether "that"
    opened it, the agent of a passive cue ("told by X") and a source it cites (", citing X,")."""

    end: int
    content_start: int | None
    had_that: bool
    passive_by: tuple[Span, str] | None
    cited_by: str | None


class DocumentReader:
    """One document as extraction reads it: its anchors, layout, quotations and cue words,
    what was found so far (for dates and coreference), and the phrases around a cue."""

    def __init__(self, doc: Document, entities: EntityIndex, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        # The store's names, not its common nouns, tell whether the text is about the store's
        # subject; only then does "the opposition" or "the prime minister" mean the store's.
        names = entities.names_only()
        self.about_store = names.named_in(doc.text[:3000]) if names is not entities or doc.year_hint is not None else False
        self.entities = (entities if self.about_store else names).own_acronyms_first(doc.text)
        self.resolver = SpeakerResolver(self.entities, lexicon, doc.text)
        year = doc.published.start.year if doc.published else None
        dateline = dates.parse_dateline(doc.text)
        if dateline is None and doc.published is None and doc.year_hint is not None and self.about_store:
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
        self._interviewee: ResolvedSpeaker | None | bool = False  # False: not looked for yet
        self._tweets_by_signature = {tweet.signature: tweet for tweet in self.lay.tweets}
        self._cue_dates: dict[tuple[int, int], DateMention | None] = {}
        self._adverbials_read: dict[tuple[int, int, str], AfterCue] = {}
        self._paragraph_starts = [p.start for p in self.lay.paragraphs]
        self._blank_lines = [m.start() for m in re.finditer("\n(?=\n)", self.masked)]
        self._built: list[tuple[str, int, DateMention | None, DateMention]] = []  # speaker, paragraph, anchor, said_on
        self._doc_year: int | None | bool = False  # computed on first need
        self._region_starts = [r.start for r in self.regions]
        self._cue_spans = self.find_cue_words()
        self._cue_starts = [start for start, _ in self._cue_spans]

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
        # isalnum() holds for every letter: most cues follow a space, ruled out without a match.
        return [
            (start + m.start(), start + m.end()) for m in found
            if not (m.start() and chunk[m.start() - 1].isalnum() and WORD.match(chunk, m.start() - 1, m.start()))
        ]

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
            and WORD.fullmatch(lowered, offset - 1, offset + 1) is not None
        )

    def word_before(self, floor: int, offset: int) -> tuple[int, str] | None:
        """The last word of the lowered text in [floor, offset), and where it starts."""
        # In the reversed stretch that word comes first: no scan from `floor` is needed.
        found = WORD.search(self.lowered[floor:offset][::-1])
        if found is None:
            return None
        return offset - found.end(), found.group()[::-1]

    def inside_quote(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._region_starts, offset) - 1
        if i >= 0 and self.regions[i].start <= offset < self.regions[i].end:
            return self.regions[i]
        return None

    def in_quotation(self, offset: int) -> bool:
        # A method, not a lambda in the generator that uses it: compiled, the two would form a cycle.
        return self.inside_quote(offset) is not None

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
        return list(TOKEN.finditer(self.masked, start, end))

    def word_from(self, start: int) -> str:
        """The lowered text from `start` to the next space; slicing only that keeps a call
        independent of the length of the document."""
        space = self.lowered.find(" ", start)
        return self.lowered[start : space if space >= 0 else len(self.lowered)]

    def first_word(self, start: int) -> int:
        """Where the first word at or after `start` begins (`start` when none follows)."""
        match = WORD.search(self.masked, start)
        return match.start() if match else start

    def joint_subject(self, toks: list[re.Match[str]], and_at: int, collected: list[re.Match[str]]) -> bool:
        """Whether "and" at `and_at` joins two described subjects of one cue: "The police and the
        army said", "The Catalan authorities and the Mossos police deny". Only when what comes
        before "and" is a short noun phrase of its own that opens the sentence or follows a comma,
        with a determiner or a capital first and no verb in it ("He arrived in the city and the
        mayor said" joins two clauses)."""
        if not collected or collected[0].group().lower() not in ("the", "a", "an") or len(collected) < 2:
            return False
        lex = self.lexicon
        k = and_at - 1
        phrase: list[str] = []
        while k >= 0 and toks[k].group() not in PUNCT_STOP and toks[k].group() not in (".", "!", "?") and len(phrase) <= 6:
            phrase.insert(0, toks[k].group())
            k -= 1
        if not 2 <= len(phrase) <= 6 or phrase[0].lower() not in ("the", "a", "an"):
            return False
        return all(
            w.lower() not in lex.finite_verbs and w.lower() not in lex.lemma_of and w.lower() not in PREPOSITIONS
            and w.lower() not in lex.clause_boundaries and not (w.islower() and w.endswith(("ed", "ing", "ly")))
            for w in phrase[1:]
        )

    def audience_before_clause(self, toks: list[re.Match[str]]) -> int | None:
        """"told the court the money was gone", "told the committee he had lied": where a short
        audience (an article and a noun or two) ends and a clause opens with its own subject,
        a verb following soon after; None when the words read otherwise."""
        lex = self.lexicon
        for k in range(2, min(len(toks) - 1, 5)):
            word = toks[k].group()
            lower = word.lower()
            previous = toks[k - 1].group()
            if not previous.isalpha() or previous.lower() in lex.finite_verbs or previous.lower() in PREPOSITIONS or previous.lower() == "of":
                return None
            if (lower in DETERMINERS or lower in lex.pronouns or word[:1].isupper()) and any(t.group().lower() in lex.finite_verbs for t in toks[k + 1 : k + 5]):
                return k
        return None

    def name_before_description(self, toks: list[re.Match[str]], end: int) -> tuple[Span, str] | None:
        """"Michele Siekerka, the head of the association — a group that ... — said": with the aside
        between dashes set aside (toks[end] closes what is left), a name, a comma and a description
        that opens with an article; the name speaks and the description is its appositive."""
        comma = next((k for k in range(end, max(-1, end - 14), -1) if toks[k].group() in PUNCT_STOP), None)
        if comma is None or comma < 1 or toks[comma].group() != "," or comma + 1 > end or toks[comma + 1].group().lower() not in ("the", "a", "an"):
            return None
        if self.opening_word(toks[comma - 1].group()):
            return None  # "Earlier, the agency — which ... — said": a time before the comma, no name
        k = comma - 1
        while k >= 0 and (toks[k].group()[:1].isupper() or toks[k].group() == ".") and comma - k <= 5:
            k -= 1
        if k == comma - 1 or not toks[k + 1].group()[:1].isupper() or not (k < 0 or toks[k].group() in PUNCT_STOP or toks[k].group().lower() in DETERMINERS):
            return None
        return Span(toks[k + 1].start(), toks[comma - 1].end()), self.masked[toks[comma + 1].start() : toks[end].end()]

    def clause_like(self, words: list[str], *, participles: bool = True) -> bool:
        """A subject then a finite verb before any "and"/"which": "the strikes killed 21", not "the handover and said"."""
        for index, word in enumerate(words[:12]):
            lower = word.lower()
            if lower in ("and", "but", "which", "who", "that", "or"):
                return False
            if index >= 1 and (lower in self.lexicon.finite_verbs or (participles and lower.endswith("ed") and len(lower) > 4)):
                if words[index - 1].lower() in DETERMINERS:
                    continue  # "the plan", "its needs": a noun after a determiner, not a verb
                return True
        return False

    def in_transcript(self, offset: int) -> bool:
        """Whether `offset` is in a paragraph of a transcript ("Q: The government says ...")."""
        k = bisect.bisect_right(self._paragraph_starts, offset) - 1
        start = self._paragraph_starts[k] if k >= 0 else 0
        label = SPEAKER_LABEL.match(self.masked, start)
        return label is not None and label.group(1).lower() not in _NOT_TRANSCRIPT_LABELS

    def period_before(self, offset: int, floor: int = 0) -> int:
        """The last full stop before `offset` that ends a sentence ("U.S." and "Mr." do not), or -1."""
        floor = max(0, floor)
        end = self.masked.rfind(".", floor, offset)
        while end >= 0 and not self.masked[max(0, end - 4) : end].islower() and _ABBREVIATION_END.search(self.masked, max(0, end - 8), end + 1):
            end = self.masked.rfind(".", floor, end)
        return end

    def blank_line_before(self, offset: int) -> int:
        """Where the last blank line ("\\n\\n") starting before `offset - 1` starts, or -1 (masked.rfind("\\n\\n", 0, offset))."""
        # A bisect over the blank lines found once: rfind from 0 is quadratic over a long paragraph.
        i = bisect.bisect_right(self._blank_lines, offset - 2) - 1
        return self._blank_lines[i] if i >= 0 else -1

    def statement_between(self, start: int, end: int) -> bool:
        """Whether an attribution found so far starts in [start, end)."""
        i = bisect.bisect_left(self._statement_starts, start)
        return i < len(self._statement_starts) and self._statement_starts[i] < end

    # --- pieces of a sentence ------------------------------------------------------------

    def skip_adverbials(self, start: int, end: int, lemma: str) -> AfterCue:
        """Read past "Sunday", "in a statement", "told reporters", ", citing X," up to the content."""
        key = (start, end, lemma)
        after = self._adverbials_read.get(key)
        if after is None:  # a trailing attribution reads the same stretch again for ", citing X"
            after = self._adverbials_read[key] = self._skip_adverbials(start, end, lemma)
        return after

    def _skip_adverbials(self, start: int, end: int, lemma: str) -> AfterCue:
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
            if j is None and toks[0].group().lower() in OBJECT_PRONOUNS:
                j = 1  # "told us the delay was caused by shelling"
            if j is None:
                # "told jurors he found rotted joists": the audience ends where a subject pronoun begins.
                j = next((k for k in range(1, min(len(toks), 5)) if (toks[k].group() in lex.pronouns or toks[k].group() == "I")
                          and toks[k - 1].group()[:1].isalpha() and toks[k - 1].group().lower() not in lex.finite_verbs), None)
            first = 1 if toks[0].group().lower() in DETERMINERS and len(toks) > 1 else 0
            if j is None and first == 1 and toks[1].group().islower():
                j = self.audience_before_clause(toks)
            if j is None and toks[first].group()[:1].isupper():
                j = first + 1
                while j < len(toks) and j < first + 5 and toks[j].group()[:1].isupper():
                    j += 1  # "told AFP", "told the BBC"
            i = j or 0
        cited_by = None
        # "reported by X" / "cited by X": X speaks for the content before.
        # "concluded by implying that ...", "say by 55%-41% that ...": a manner or a margin, no agent.
        manner = len(toks) > 1 and toks[0].group().lower() == "by" and (
            toks[1].group()[:1].isdigit() or (toks[1].group().endswith("ing") and toks[1].group().islower())
        )
        that = next((k for k in range(2, min(len(toks), 8)) if toks[k].group().lower() == "that"), None) if manner else None
        if that is not None:
            return AfterCue(toks[that].end(), toks[that].end(), True, None, None)
        if toks and toks[0].group().lower() == "by" and not manner:
            phrase_end = self.phrase_end(toks[0].end(), end)
            speaker = self.trim(Span(toks[0].end(), phrase_end))
            if speaker is not None:
                that = re.compile(r"\s*that\b").match(self.lowered, phrase_end)
                if that is not None:
                    # "he had been told by commanders that X": the by-phrase said X.
                    return AfterCue(that.end(), that.end(), True, (speaker, ""), None)
                subject = _SUBJECT_PRONOUN.match(self.lowered, phrase_end)
                if subject is not None and lemma in ("tell", "say", "warn", "assure", "inform", "promise"):
                    # (not "rejected by an electorate he no longer recognized": a relative clause)
                    # "was told by Sir David he only had an issue with the headline": a clause without "that"
                    start = self.first_word(phrase_end)
                    return AfterCue(start, start, True, (speaker, ""), None)
                return AfterCue(phrase_end, None, False, (speaker, ""), None)
        that_at = None
        for k, tok in enumerate(toks[: 24 if lemma == "tell" else 12]):  # (an audience may be long: "told judges at the International Court of Justice (ICJ) on Tuesday that")
            word = tok.group().lower()
            if word == "that":
                that_at = k
                break
            # The two marks of a quoted title whose words were set aside above ('on the show
            # "Morning Joe" that') do not end the search; a quotation's opening mark does.
            emptied = tok.group() == '"' and any(0 <= j < len(toks) and toks[j].group() == '"' for j in (k - 1, k + 1))
            if (word == "." and not self.date_abbreviation_stop(toks, k)) or word == ";" or (tok.group() == '"' and not emptied):
                break
        # "in an interview that was broadcast": a relative "that", not the one opening the content.
        relative = that_at is not None and that_at + 1 < len(toks) and toks[that_at + 1].group().lower() in _VERB_AUXILIARIES
        if that_at is not None and that_at + 1 < len(toks) and not relative:
            # "told a crowd at a bar that spilled out onto the street": a verb right after "that"
            # makes it a relative pronoun; a reported clause opens with its subject.
            following = toks[that_at + 1].group()
            relative = following.islower() and (following in lex.finite_verbs or (following.endswith("ed") and len(following) > 4))
        if that_at is not None and not relative and self.leads_to_that(toks[:that_at], lemma):
            return AfterCue(toks[that_at].end(), toks[that_at].end(), True, None, None)
        while i < len(toks):
            word = toks[i].group()
            lower = word.lower()
            if lower in ("while", "when", "after", "before") and i + 1 < len(toks) and toks[i + 1].group().lower().endswith("ing"):
                # "said Saturday while apologising to motorists", "said after completing an investigation
                # that": an occasion, up to the next comma or the end (before "after" reads as a preposition)
                close = next((k for k in range(i + 2, len(toks)) if toks[k].group() in (",", ".", ";") or toks[k].group().lower() == "that"), len(toks))
                i = close + 1 if close < len(toks) and toks[close].group() == "," else close
                if i < len(toks) and toks[i].group().lower() == "that":
                    break  # "said while visiting the site that ...": the content follows
                continue
            if lower in PREPOSITIONS:
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
            if self.date_abbreviation_stop(toks, i):
                i += 1  # "said on Sept. 5 that": the stop belongs to the month
                continue
            before = i - 2 if i > 1 and self.date_abbreviation_stop(toks, i - 1) else i - 1
            # "said Nov 9", "said Wednesday 21 August", not "said 300 jobs" nor "said Wednesday 40 people died"
            dated = word.isdigit() and len(word) <= 2 and int(word) <= 31 and before >= 0 and toks[before].group().lower() in lex.time_words and (
                toks[before].group().lower() in dates.MONTH_WORDS or (i + 1 < len(toks) and toks[i + 1].group().lower() in dates.MONTH_WORDS)
            ) and not (i + 2 < len(toks) and toks[i + 1].group() == "," and toks[i + 2].group().isdigit())
            possessed = any(t.group().endswith(("'s", "’s")) for t in toks[i : i + 2])
            if lower in lex.time_words and possessed:
                break  # "said Monday evening's face-off took place ...": the day is the content's, not the cue's
            if lower in ("this", "last", "next") and not (i + 1 < len(toks) and toks[i + 1].group().lower() in lex.time_words):
                break  # "said this was the end of the war": "this" opens the content ("said this week" is a time)
            if lower in lex.time_words or dated or lower in ("reporters", "journalists", "lawmakers", "mps", "colleagues"):
                i += 1
                continue
            if word == "," and i + 2 < len(toks) and toks[i + 1].group().lower() in lex.parentheticals and toks[i + 2].group() == ",":
                i += 3  # "He said, however, that ...": an aside between the cue and its content
                continue
            aside_end = self.aside_end(toks, i)
            if aside_end is not None and toks[i + 1].group().lower() in PREPOSITIONS:
                i = aside_end + 1  # "said, among other things, that ...": a prepositional aside
                continue
            if aside_end is not None and toks[i + 1].group().lower() in _CONDITIONS:
                i += 1  # "She said, if elected, she would ...": the condition opens the content
                break
            if lower.endswith("ly") and word.islower() and lower not in lex.ly_nouns and i + 1 < len(toks) and toks[i + 1].group().lower() == "that":
                i += 1  # "say privately that": the adverb says how ("said roughly 40" keeps its qualifier)
                continue
            break
        if i < len(toks) and (toks[i].group() == ":" or (toks[i].group() == "," and self.region_starting_at(toks[i].end()))):
            i += 1
        if i < len(toks) and toks[i].group().lower() == "that":
            return AfterCue(toks[i].end(), toks[i].end(), True, None, cited_by)
        pos_end = toks[i - 1].end() if i > 0 else start
        content_start = toks[i].start() if i < len(toks) else None
        return AfterCue(pos_end, content_start, False, None, cited_by)

    def date_abbreviation_stop(self, toks: list[re.Match[str]], k: int) -> bool:
        """Whether toks[k] is the stop of an abbreviated month before a day ("Sept. 5", "Oct. 12"),
        not the end of a sentence."""
        return (
            0 < k < len(toks) - 1 and toks[k].group() == "." and toks[k - 1].end() == toks[k].start()
            and toks[k - 1].group()[:1].isupper() and toks[k - 1].group().lower() in self.lexicon.time_words
            and toks[k + 1].group().isdigit()
        )

    @staticmethod
    def before_bracketed_label(toks: list[re.Match[str]], i: int) -> int:
        """Where the name before a bracketed label ending at toks[i] ends: "Sen. Ruth Hale
        (D-Ore.), who backed the bill, said" -> "Hale". `i` itself when toks[i] closes no short
        bracket after a word."""
        if i < 2 or toks[i].group() != ")":
            return i
        opened = next((k for k in range(i - 1, max(-1, i - 8), -1) if toks[k].group() == "("), None)
        return opened - 1 if opened is not None and opened >= 1 and toks[opened - 1].group()[:1].isalpha() else i

    def aside_end(self, toks: list[re.Match[str]], i: int) -> int | None:
        """The comma closing a short aside that opens at the comma toks[i] (", among other
        things,", ", if elected,"), with words after it; None when toks[i] opens no such aside: a
        finite verb or a quotation inside it, more than five words, or nothing after it."""
        if toks[i].group() != ",":
            return None
        for k in range(i + 2, min(len(toks) - 1, i + 7)):
            word = toks[k].group()
            if word == ",":
                return k
            if not word[:1].isalnum() or word.lower() in self.lexicon.finite_verbs:
                return None
        return None

    def leads_to_that(self, toks: list[re.Match[str]], lemma: str) -> bool:
        """Whether the words between a cue and its "that" are adverbials or an audience:
        "said on Monday that", "told jurors in her opening statement Tuesday that",
        "argued in her own closing remarks that"; no verb among them."""
        # A quoted title among them is a name: 'said on the show "Morning Joe" that'.
        toks = [t for t in toks if t.group() not in _QUOTE_TOKENS]
        if toks and toks[0].group() in ("out", "off"):
            toks = toks[1:]  # "pointed out that", "brushed off claims that": the verb's particle
        if not toks:
            return True
        if all(self.adverbial_word(t.group()) for t in toks):
            return True
        lex = self.lexicon
        words = [t.group().lower() for t in toks]
        after_next = [t.group() for t in toks[2:]] + [""]
        if any(
            w == "to" and following.islower() and following not in DETERMINERS and following not in OBJECT_PRONOUNS
            and following not in ("his", "her", "their", "its", "our") and not following.endswith("s")
            and not (then.islower() and then.endswith("s") and len(then) > 3 and then not in ("this", "was", "has", "its", "his", "hers", "does", "goes"))  # "a briefing to member states that": a noun phrase
            for w, following, then in zip(words, [t.group() for t in toks[1:]], after_next)
        ):
            return False  # "agreed to sign a deal that allows ...": an infinitive; its "that" is a relative
        # ("claimed without evidence that": a manner before the "that" too)
        opens = lemma in lex.audience_cues or words[0] in PREPOSITIONS or words[0] == "without" or words[0] in lex.time_words
        # "and" between capitals is part of a name: "a filing with the Securities and Exchange Commission".
        named = (
            {k for k in range(1, len(toks) - 1) if toks[k - 1].group()[:1].isupper() and toks[k + 1].group()[:1].isupper()}
            if "and" in words else set()
        )
        return opens and not any(
            # After a determiner a verb form is a modifier: "her own opening statement".
            ((w in lex.finite_verbs or (w in lex.lemma_of and w not in lex.noun_cues)) and previous not in DETERMINERS)
            or w in _VERB_AUXILIARIES or (w in lex.clause_boundaries and k not in named) or (not w[0].isalnum() and w not in ("(", ")"))  # ", citing X," is no audience ("(ICJ)" is a name's)
            for k, (previous, w) in enumerate(zip(["", *words], words))
        )

    def opening_word(self, word: str) -> bool:
        """A sentence adverb or a time word that opens a sentence before a comma ("Nevertheless,",
        "However,", "Significantly,", "Yesterday,"), never a name."""
        lower = word.lower()
        return lower in self.lexicon.parentheticals or lower in self.lexicon.time_words or bool(SENTENCE_ADVERB.fullmatch(word))

    def adverbial_word(self, word: str) -> bool:
        lower = word.lower()
        lex = self.lexicon
        return (
            lower in lex.time_words or lower in PREPOSITIONS or lower in DETERMINERS or lower in OBJECT_PRONOUNS
            or lower in lex.adverbial_heads or word[:1].isupper() or word.isdigit() or word in (",", "-")
        )

    def adverbial_chunk_end(self, toks: list[re.Match[str]], start: int) -> int | None:
        """End index of a prepositional adverbial ("in a statement on Twitter"), or None."""
        lex = self.lexicon
        for j in range(start, min(len(toks), start + 7)):
            word = toks[j].group().lower()
            if word in DETERMINERS and j > start and toks[j - 1].group().lower() not in DETERMINERS and word not in ("his", "her", "its", "their"):
                return None  # "told CNN the letter was ...": a determiner opens the next phrase, the content
            if word in lex.adverbial_heads or word in lex.time_words:
                while True:
                    if j + 1 < len(toks) and toks[j + 1].group().lower() in lex.adverbial_heads:
                        j += 1  # "in a video address", "on his Facebook page"
                        continue
                    # "in a Facebook Live broadcast": a name's word or two, then the head
                    k = next((k for k in range(j + 1, min(len(toks), j + 3)) if toks[k].group().lower() in lex.adverbial_heads), None)
                    if k is not None and all(toks[m].group()[:1].isupper() for m in range(j + 1, k)):
                        j = k
                        continue
                    return j + 1
            if not (word in DETERMINERS or toks[j].group()[:1].isupper() or word.isdigit() or word.endswith("'s") or "-" in word):
                if word not in ("televised", "live", "official", "press", "daily", "weekly", "joint", "lengthy", "brief", "short", "long", "national", "local", "state", "public", "private", "own", "social", "separate", "phone", "telephone", "video", "news"):
                    return None
        return None

    def spaced(self, tok: re.Match[str]) -> bool:
        """Whether a hyphen stands between spaces, as a dash does ("Rayner - deputy PM - says")."""
        return self.masked[tok.start() - 1 : tok.start()] == " " and self.masked[tok.end() : tok.end() + 1] == " "

    def name_part(self, toks: list[re.Match[str]], i: int) -> bool:
        """Whether a capitalised month or modal after a capitalised word is the end of a name
        ("Theresa May", "Mrs May", "Ms Will"), not a date or an auxiliary; a weekday never is
        ("the White House Monday said")."""
        word = toks[i].group()
        if not (word[:1].isupper() and word[1:].islower()) or i == 0 or word.lower().endswith("day"):
            return False
        before = toks[i - 1].group()
        return before[:1].isupper() and before.lower() not in self.lexicon.time_words and before.lower() not in PREPOSITIONS

    def subject_before(self, sentence: Span, cue: Span) -> tuple[Span, str] | None:
        """The speaker phrase right before a cue, and its appositive if any."""
        window = self.lowered[max(sentence.start, cue.start - 160) : cue.start]
        # (cheap tests first: these patterns run once per cue)
        listed = _EXAMPLES_BEFORE_CUE.search(self.masked, max(sentence.start, cue.start - 160), cue.start) if ("includ" in window or "such as" in window) else None
        if listed is not None and listed.start() > sentence.start:
            # "the governments of 14 countries including Japan, the US and Britain expressed": the
            # governments speak, not the examples listed after them
            return self.subject_before(sentence, Span(listed.start(), listed.start() + 1))
        if "”" in window or '"' in window:
            unclosed = _NAME_THEN_OPEN_APPOSITIVE.search(self.masked, max(sentence.start, cue.start - 160), cue.start)
            if unclosed is not None:
                return Span(unclosed.start("name"), unclosed.end("name")), unclosed.group("appositive")
        going_on = _GOES_ON_TO.search(self.masked, max(sentence.start, cue.start - 40), cue.start) if window.endswith("to ") else None
        if going_on is not None:
            cue = Span(going_on.start(), cue.end)  # "Governor Reeves went on to say that": the subject of "went on"
        opening = None
        if any(w in self.lowered[sentence.start : cue.start] for w in (" who ", " that ", " which ", " where ")):
            opening = _OPENING_WHO_CLAUSE.match(self.masked, sentence.start, cue.start)
        if opening is not None and (opening.group(1)[-1:] != "s" or opening.group(1).split()[-1].lower() in self.lexicon.generic_speaker_heads
                                    or opening.group(1).split()[-1][:1].isupper()):
            # "Lawmakers who grilled Magness for five hours last week said": the people the relative
            # clause describes open the sentence and speak, not anyone the clause names. "A British
            # caver who helped ..." keeps its clause: someone described, whom the resolver leaves unnamed.
            indefinite = opening.group(1).split()[0] in ("A", "An")
            return Span(opening.start(1), opening.end() if indefinite else opening.end(1)), ""
        # The longest reach back is an aside of 40 tokens between dashes: about 300 characters.
        toks = self.tokens(max(sentence.start, cue.start - 300), cue.start)
        lex = self.lexicon
        i = len(toks) - 1
        while i >= 0 and (
            toks[i].group().lower() in lex.auxiliaries or toks[i].group().lower() in lex.time_words
            or (toks[i].group().endswith("ly") and self.adverb_at(toks, i))
            or (toks[i].group() in lex.parentheticals and not toks[i].group().endswith(("ing", "ed")))  # "Russians now say"
        ) and not self.name_part(toks, i):
            i -= 1
            if i >= 0 and toks[i].group() in _QUOTE_TOKENS:
                i -= 1  # "Mayor 'categorically rejects' claims": the mark opens the quoted verb
        if i < 0:
            return None
        if toks[i].group().lower() in ("which", "who") and i >= 1:
            # "..., Human Rights Watch and Amnesty International, which said ...": the antecedent speaks.
            j = i - 1 if toks[i - 1].group() != "," else i - 2
            if j >= 1 and toks[j].group().islower() and toks[j].group().endswith("s") and toks[j - 1].group().endswith(("'s", "’s")):
                return Span(toks[j - 1].start(), toks[j].end()), ""  # "outrage from Navalny's allies, who claim ...": the allies
            named = self.name_before(toks, j, anywhere=True) if j >= 0 else None
            described = next((k for k in range(j, max(-1, j - 8), -1) if toks[k].group() == ","), None) if named is not None else None
            if described is not None and described >= 1 and toks[described + 1].group().lower() == "the" and toks[described - 1].group()[:1].isupper():
                # "Tim Scott, the committee's ranking Republican, who said": the name before its description
                named = self.name_before(toks, described - 1, anywhere=True) or named
            if named is not None and toks[i].group().lower() == "who":
                k = next((k for k in range(j, -1, -1) if toks[k].start() < named.start), -1)
                if k >= 1 and toks[k].group().lower() in PREPOSITIONS:
                    head = toks[k - 1].group().lower()
                    if head in lex.generic_speaker_heads and (head.endswith("s") or head in ("police", "people")):  # people, not "the campaign in Philadelphia"
                        return Span(toks[k - 1].start(), toks[k - 1].end()), ""  # "Police in Las Vegas, who had said": the police
                    return None  # "a staff member for the campaign in Philadelphia who said": a place, not who spoke
                if k >= 0 and toks[k].group().lower() in PREPOSITIONS:
                    return None
            name = (named or self.noun_phrase_before(toks, j)) if j >= 0 else None
            if name is not None:
                return name, ""
            return None
        appositive = ""
        skipped = self.asides_before(toks, i)
        if skipped is not None:
            # "Cory James, 22, of Flint, Mich., said": an age and a home town are no speaker.
            appositive = self.masked[toks[skipped + 1].start() : toks[i - 1].end()]
            i = skipped - 1
        elif toks[i].group() in ("—", "–", ")") or (toks[i].group() == "-" and self.spaced(toks[i])):
            # "the OSCE Minsk Group — co-chaired by the U.S., France and Russia — said": skip the aside
            # (between dashes, or hyphens typed as dashes: "Angela Rayner - deputy PM - says").
            opener = "(" if toks[i].group() == ")" else toks[i].group()
            opened = next((k for k in range(i - 1, max(-1, i - 40), -1) if toks[k].group() == opener and (opener != "-" or self.spaced(toks[k]))), None)
            if opened is None or opened == 0 or not toks[opened - 1].group()[:1].isalpha():
                return None
            appositive = self.masked[toks[opened + 1].start() : toks[i - 1].end()] if opened + 1 <= i - 1 else ""
            i = opened - 1
            named = self.name_before_description(toks, i) if opener != "(" else None
            if named is not None:
                return named
        elif toks[i].group() == ",":
            j = i - 1
            while j >= 0 and (toks[j].group() not in PUNCT_STOP or toks[j].group() in ('"', "(", ")")) and i - j <= _MAX_ASIDE_TOKENS:
                j -= 1  # an appositive may quote a name ('spokesman for the "NKR" President') or hold a short bracket ("(P&I)")
            if j < 0 or toks[j].group() != ",":
                # "Kerry who spoke late Friday to his Turkish counterpart, said": a relative clause
                # without its first comma, after the name that opens the sentence.
                who = next((k for k in range(1, min(5, i)) if toks[k].group() == "who"), None)
                if j < 0 and who is not None and all(t.group()[:1].isupper() for t in toks[:who]) and toks[0].group().lower() not in DETERMINERS:
                    return Span(toks[0].start(), toks[who - 1].end()), ""
                return None
            if j + 1 < i and toks[j + 1].group().lower() not in RELATIVE_OPENERS:
                j = self.relative_opening_before(toks, j, i) or j
            appositive = self.masked[toks[j + 1].start() : toks[i - 1].end()] if j + 1 <= i - 1 else ""
            inner = toks[j + 1 : i]
            if len(inner) > 2 and inner[-1].group() == ")":
                bracket = next((k for k in range(len(inner) - 2, 0, -1) if inner[k].group() == "("), None)
                if bracket is not None and len(inner) - bracket <= 6:
                    inner = inner[:bracket]  # "Sen. Mark Leno (D San Francisco)": the name, without its party and place
            home = next((k for k in range(len(inner) - 2, max(1, len(inner) - 4), -1) if inner[k].group() == "of"), None)
            if (
                home is not None and all(t.group()[:1].isupper() for t in inner[home + 1 :])
                and sum(t.group()[:1].isupper() and t.group().isalpha() and t.group().lower() not in self.lexicon.anaphor_heads for t in inner[:home]) >= 2
            ):
                inner = inner[:home]  # "Rep. Darrell Issa of California": the name, without the state it stands for
            opener = inner[0].group().lower() if inner else ""
            if opener in RELATIVE_OPENERS:
                # "Margaret Haworth, 74, who has lived in the village for 41 years, said": the
                # relative clause describes the speaker, who stands before it (after an age).
                i = j - 1
                if i >= 2 and toks[i].group().isdigit() and toks[i - 1].group() == ",":
                    i -= 2
                i = self.before_bracketed_label(toks, i)
                if i < 0:
                    return None
            elif (
                inner and len(inner) <= 8 and toks[0].start() <= sentence.start + 1 and toks[0].group().lower() in PREPOSITIONS
                and not any(t.group() == "," for t in toks[:j])
                and all(t.group()[:1].isupper() or t.group() == "." for t in inner) and inner[-1].group()[:1].isupper()
            ):
                # "In a press conference, IDF Spokesman Rear Adm. Daniel Hagari, said that": a stray comma
                # after the subject that follows an opening adverbial.
                return Span(inner[0].start(), inner[-1].end()), ""
            elif i - j > 25:
                return None  # a long stretch between commas that describes no one
            elif opener in PREPOSITIONS or opener in lex.parentheticals:
                # "The mayor, for his part, said" / "Moscow, however, said": the subject stands before.
                # "TASS, citing the emergency services, reported": read_cue makes the cited one speak.
                appositive, i = (appositive if opener == "citing" else ""), j - 1
            elif (
                1 <= len(inner) <= 4 and inner[0].group()[:1].isupper()
                and (inner[-1].group()[:1].isupper() or PARTICLE_NAME.match(inner[-1].group()))
                and all(t.group()[:1].isupper() or t.group() in NAME_PARTICLES or PARTICLE_NAME.match(t.group()) for t in inner)
                and not _PARTY_LABEL.match(inner[0].group())
                # "speaking at a rally in Wilmington, N.C., warned": a place's region, not a name
                and not (j >= 2 and toks[j - 1].group()[:1].isupper() and toks[j - 2].group().lower() in ("in", "near", "outside", "at"))
            ):
                # "Its president, Linda Perez, told ...": the name between the commas speaks.
                role_end = j - 1
                role_start = max(0, role_end - 6)
                for k in range(role_end, role_start - 1, -1):
                    if toks[k].group() in PUNCT_STOP or toks[k].group() in ('"', ".", "!", "?"):
                        role_start = k + 1  # '"...," the fire chief, Ana Ruiz, said': the role starts after the quotation
                        break
                role = self.masked[toks[role_start].start() : toks[role_end].end()] if 0 <= role_start <= role_end else ""
                return Span(inner[0].start(), inner[-1].end()), role
            else:
                i = self.before_bracketed_label(toks, j - 1)
                if i >= 2 and toks[i].group().isdigit() and toks[i - 1].group() == ",":
                    i -= 2  # "Marley Anderson, 21, a junior from Las Vegas, said": the age before the description
                if opener in ("a", "an", "the"):
                    # "Khin Mya Thandar, a researcher at Open Atlas Myanmar, a group that documents
                    # attacks, said": a second description; the first, with the role, is the appositive.
                    k = i
                    while k >= 0 and toks[k].group() not in PUNCT_STOP and j - k <= 12:
                        k -= 1
                    # (or a title: "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said")
                    first_description = toks[k + 1].group().lower() in ("a", "an", "the") or toks[k + 1].group().islower() if k + 1 < j else False
                    if k > 0 and toks[k].group() == "," and k + 1 < j and first_description and toks[k - 1].group()[:1].isupper():
                        appositive, i = self.masked[toks[k + 1].start() : toks[j - 1].end()], k - 1
                # "One juror, a retired bus driver who ..., told": a described subject as well as a name
                # ("His attorneys, both public defenders, have admitted": a quantifier's aside, after a possessive)
                described = opener in ("a", "an", "both", "all", "each") and i >= 1 and toks[i].group().isalpha() and toks[i - 1].group().lower() in (
                    "one", "the", "a", "an", "his", "her", "their", "its"
                )
                # "The commission, led by a Swiss diplomat, said", "A watchdog investigating the
                # shooting, which ..., said": a participle's aside describes the noun before it.
                participle_aside = (
                    opener.endswith(("ed", "ing")) and opener not in self.lexicon.lemma_of and i >= 1 and toks[i].group().isalpha() and toks[i].group().islower()
                    and toks[i - 1].group().lower() in ("the", "a", "an") and (i == 1 or toks[i - 2].group() in PUNCT_STOP)
                )
                if participle_aside and toks[i].group().lower() in self.lexicon.document_nouns and len(inner) > 2 and inner[1].group().lower() == "by" and opener in _AUTHORING:
                    # "The statement, signed by chief prosecutor Remy Heitz, said": its signatory speaks
                    # ("carried by the official news agency": an outlet relays it, see _AUTHORING).
                    return Span(inner[2].start(), inner[-1].end()), ""
                described = described or participle_aside
                if i < 0 or not (toks[i].group()[:1].isupper() or PARTICLE_NAME.match(toks[i].group()) or described):
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
            if word == "." and i > 0 and len(toks[i - 1].group()) == 1 and toks[i - 1].group().isupper() and collected and collected[0].group()[:1].isupper():
                collected[:0] = [toks[i - 1], toks[i]]  # "J. Gerald Hebert": an initial, not a full stop
                i -= 2
                continue
            if word == ")" and collected and i >= 3 and toks[i - 2].group() == "(" and toks[i - 1].group().isupper() and toks[i - 3].group()[:1].isupper():
                collected[:0] = toks[i - 2 : i + 1]  # "an Israel Defense Forces (IDF) statement said": the name's acronym
                i -= 3
                continue
            if word in PUNCT_STOP or word in (".", "!", "?"):
                break
            if lower in lex.clause_boundaries:
                before = toks[i - 1].group() if i > 0 else ""
                capitals = collected and before[:1].isupper() and (
                    collected[0].group()[:1].isupper()
                    or (collected[0].group().lower() == "the" and len(collected) > 1 and collected[1].group()[:1].isupper())
                )  # "the CIA and the State Department": two bodies, one joint subject
                # "world economy and world politics": coordination inside a title, not a new clause.
                nouns = (
                    collected and collected[0].group().islower() and before.islower()
                    and before.lower() not in lex.finite_verbs and not before.endswith(("ed", "ly"))
                    and before.lower() not in DETERMINERS and before.lower() not in lex.clause_boundaries
                    and any(t.group().lower() in ("of", "at", "for") for t in collected)
                )
                # "an Armenian MP and head of a parliamentary committee": two roles of one speaker.
                roles = collected and collected[0].group().lower() in lex.anaphor_heads and before[:1].isupper()
                if lower == "and" and (capitals or nouns or roles or self.joint_subject(toks, i, collected)):
                    collected.insert(0, toks[i])
                    i -= 1
                    continue
                break
            if (lower in lex.lemma_of or lower in lex.finite_verbs) and collected and not word[:1].isupper():
                break  # "which saw Armenia admit": the subject starts after the verb ("State" is a name's)
            collected.insert(0, toks[i])
            i -= 1
            if len(collected) == 1 and (lower in lex.pronouns or word == "I") and not (
                i >= 0 and toks[i].group().lower() in ("with", "of", "about", "for", "to", "on", "from", "by", "at")
            ):
                break  # "On Friday she acknowledged": a pronoun is the whole subject ("people familiar with it told": no)
        if (
            i >= 1 and toks[i].group().lower() in ("that", "which") and len(collected) >= 2
            and collected[0].group().islower() and collected[0].group().lower() not in DETERMINERS
            and collected[1].group().lower() in DETERMINERS
        ):
            # "The company that manages the vessel Sea Breeze said": a relative clause opening with its
            # verb and that verb's object describes the subject; the subject speaks, not the vessel.
            described = self.described_by_relative(toks, i)
            opens = next((k for k in range(i - 1, -1, -1) if toks[k].start() == described), None) if described is not None else None
            if opens is None or toks[opens].group().lower() not in DETERMINERS:
                return None  # not "the company that ...": whose clause it is stays unknown
            return Span(described, collected[-1].end()), ""
        if len(collected) > 2 and collected[0].group().isdigit() and collected[1].group().lower() == "per":
            collected = collected[3:]  # "the 50,000 per day city officials estimated": a quantity, then who spoke
        if not collected:
            return None
        # ("which saw Armenia admit": a name after the verb is its object and the cue's subject)
        verb = i >= 1 and toks[i].group().islower() and (toks[i].group() in lex.lemma_of or toks[i].group() in lex.finite_verbs) and not collected[0].group()[:1].isupper()
        relative = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].group().lower() in ("who", "that", "which")), None) if verb else None
        if relative is not None:
            # "Aides who have run the numbers argue": the people the relative clause describes speak,
            # not the object of its verb ("the numbers").
            described = self.described_by_relative(toks, relative) if toks[relative].group().lower() == "who" else None
            if described is None or collected[-1].group().lower() in PREPOSITIONS:
                return None  # "... a wave of populist frustration to": the relative clause goes on
            return Span(described, collected[-1].end()), ""
        words = [t.group() for t in collected]
        lowers = [w.lower() for w in words]
        first = lowers[0]
        if len(words) >= 2 and first.endswith("ing") and words[0][:1].isupper() and words[1].islower():
            return None  # "Showing such favor tells ...": a gerund, not a speaker ("Channing Tatum said" is a name)
        if all(w in lex.clause_boundaries or w in DETERMINERS or w in lex.auxiliaries or w == "having" for w in lowers):
            return None  # "Having said that, ..."
        if words[-1].endswith(("'s", "’s")) and not CONTRACTED_PRONOUN.fullmatch(words[-1]):
            return None  # "Hooton's main takeaway was his warning that": the possessor says nothing
        if any(
            w.islower() and w.endswith("ed") and len(w) > 4 and words[k - 1][:1].isupper() and lowers[k - 1] not in DETERMINERS
            and (k + 1 == len(words) or lowers[k + 1] in DETERMINERS or lowers[k + 1] in PREPOSITIONS)  # "Democratic registered voters" is a noun phrase
            for k, w in enumerate(words) if k > 0
        ):
            return None  # "after Lazar released notes that", "Sharpton avoided a declarative answer": a name and its verb
        if len(words) > 1 and lowers[-1] in ("most", "more", "less", "least", "so", "too", "very"):
            return None  # "the candidates most often described as": a degree adverb ends no speaker
        if any(w in ("how", "why", "whether") for w in lowers[1:]):
            return None  # "The deal and how it was handled, telling ...": a clause, not a speaker
        if "what" in words[1:] or words[0] == "what":
            # "in what Valadares called", "lamenting what the writers described as": a free relative,
            # whose subject follows "what"
            k = len(words) - 1 - words[::-1].index("what")
            if k + 1 >= len(words):
                return None
            collected, words, lowers, first = collected[k + 1 :], words[k + 1 :], lowers[k + 1 :], lowers[k + 1]
        if first in QUESTION_WORDS:
            return None  # "What Romney has said privately ... is": a question or a subject clause
        if lowers[:2] == ["according", "to"]:
            return None  # "according to La Repubblica Schettino told": where the source ends and the subject begins is unclear
        if any(lowers[k] == "of" and words[k + 1].islower() and lowers[k + 1].endswith("ing") for k in range(len(words) - 2)):
            return None  # "accused Kyiv of carrying out the attack saying": an accusation and its object, no subject ("the head of marketing" is one)
        if CONTRACTED_PRONOUN.fullmatch(words[0]):
            # "He's suggesting that": the pronoun speaks; "It's worth noting that" has no subject.
            pronoun = re.split(r"['’]", words[0])[0]
            speaks = pronoun.lower() in lex.pronouns and pronoun.lower() not in ("it", "you")
            return (Span(collected[0].start(), collected[0].start() + len(pronoun)), "") if speaks else None
        if len(words) > 1 and words[-1].islower() and (lowers[-1] in PREPOSITIONS or lowers[-1] == "of"):
            return None  # "Sanders took the stage to acknowledge", "articles from scholars": no subject ends so
        if first in PREPOSITIONS and len(words) > 1 and (words[1].islower() or lowers[1] in DETERMINERS):
            # "In his new article Hersh said": the name after the adverbial speaks ("Under Armour
            # said" is a name); with no name after it ("At the time officials said"), no one.
            k = len(words)
            while k > 1 and words[k - 1][:1].isupper():
                k -= 1
            if k == len(words) or k <= 1:
                return None
            collected, words, lowers, first = collected[k:], words[k:], lowers[k:], lowers[k]
        if i >= 0 and toks[i].group().lower() in _VERB_GROUP_OPENERS and all(w.islower() for w in words):
            return None  # "the party can reasonably campaign saying": a verb phrase after its auxiliary
        participle_opener = first.endswith("ed") and len(words) > 1 and lowers[1] in _PARTICIPLE_OBJECTS
        if participle_opener or any(w in lex.finite_verbs and not word[:1].isupper() for w, word in zip(lowers, words)) or (
            words[0].islower() and (first in PREPOSITIONS or first.endswith("ed"))
        ):
            return None  # a clause, not a noun phrase
        # The head of "director of security studies at X" is the word before the first preposition.
        preposition = next((k for k, w in enumerate(lowers) if k > 0 and (w in PREPOSITIONS or w == "of")), len(words))
        head = lowers[preposition - 1]
        role_head = (head in lex.anaphor_heads or head in lex.title_words) and head not in lex.document_nouns and head not in lex.anaphor_group_heads
        role_first = first in ("the", "a", "an") or (words[0].islower() and first in lex.title_words)
        # "Corinne Dufka, Sahel director at HRW said": a role in lower case after capitals, a full name before the comma.
        lower_role = words[preposition - 1].islower() and not role_first
        if (role_first or lower_role) and role_head and not appositive and i >= 1 and toks[i].group() == ",":
            # "Arayik Harutyunyan, the Armenian-backed president of X said": the name is before the comma.
            name = self.name_before(toks, i - 1)
            if name is not None and lower_role and len(self.masked[name.start : name.end].split()) < 2:
                name = None  # one capitalised word before the comma is no certain name ("In Moscow, Kremlin spokesman ...")
            # ("Nevertheless, the Israeli Defense Forces said": a sentence adverb is no name; "On Friday,
            # the hospital director said": an opening time or place, no name)
            named_words = self.masked[name.start : name.end].split() if name is not None else []
            if named_words and (named_words[0].lower() in PREPOSITIONS or any(w.lower().strip(",.") in lex.time_words for w in named_words)):
                name = None
            if name is not None and not self.opening_word(self.masked[name.start : name.end]):
                appositive = self.masked[collected[0].start() : collected[-1].end()]
                return name, appositive
        span = Span(collected[0].start(), collected[-1].end())
        return span, appositive

    def asides_before(self, toks: list[re.Match[str]], i: int) -> int | None:
        """The comma opening a chain of asides that end at toks[i] (a comma) and describe the name
        before them without naming anyone: an age (", 22,"), a home town (", of Flint, Mich.,").
        None when the stretch before toks[i] is no such aside."""
        start = None
        while i >= 0 and toks[i].group() == ",":
            j = i - 1
            while j >= 0 and toks[j].group() not in PUNCT_STOP and i - j <= 6:
                j -= 1
            if j < 1 or toks[j].group() != ",":
                break
            inner = [t.group() for t in toks[j + 1 : i] if t.group() != "."]
            age = len(inner) == 1 and inner[0].isdigit() and len(inner[0]) <= 3
            home = 2 <= len(inner) <= 4 and inner[0] in ("of", "from") and all(w[:1].isupper() for w in inner[1:])
            region = (  # "of Flint, Mich.,": the region of the home town before it
                1 <= len(inner) <= 2 and all(w[:1].isupper() for w in inner) and j >= 2
                and toks[j - 1].group()[:1].isupper() and toks[j - 2].group() in ("of", "from")
            )
            if not (age or home or region):
                break
            start, i = j, j
        return start if start is not None and toks[start - 1].group()[:1].isupper() else None

    def adverb_at(self, toks: list[re.Match[str]], i: int) -> bool:
        """An adverb in -ly after the subject ("Weston falsely said", "she angrily denied", "Ana
        Ruiz, a senior official, categorically denied"), not a noun in -ly ("the family said",
        "Smith's family said")."""
        word = toks[i].group()
        if not (word.endswith("ly") and len(word) > 4 and word.islower()) or i == 0 or word in self.lexicon.ly_nouns:
            return False
        before = toks[i - 1].group()
        if before in _QUOTE_TOKENS and i >= 2:
            before = toks[i - 2].group()  # "Russia 'categorically rejects'"
        if before == ",":
            return True  # "Ana Ruiz, a senior official, categorically denied": after the appositive's comma
        lex = self.lexicon
        head = before.lower() in lex.anaphor_heads or before.lower() in lex.generic_speaker_heads or before.lower() in lex.anaphor_group_heads
        return before.lower() not in DETERMINERS and not before.endswith(("'s", "’s")) and (before[:1].isupper() or before.islower() and (len(before) <= 4 or head))

    def relative_opening_before(self, toks: list[re.Match[str]], j: int, i: int) -> int | None:
        """The comma opening a relative clause that the comma at `j` only continues: "Valadares,
        whose side moved up to second, three points behind the leaders, insisted" is one aside."""
        for k in range(j - 1, max(0, i - _MAX_ASIDE_TOKENS), -1):
            word = toks[k].group()
            if word == "," and toks[k + 1].group().lower() in RELATIVE_OPENERS:
                return k
            if word in PUNCT_STOP and word != ",":
                return None
        return None

    def name_before(self, toks: list[re.Match[str]], index: int, *, anywhere: bool = False) -> Span | None:
        """A run of capitalised words ("and" may join two) ending at toks[index] and starting a clause."""
        j = index
        while j >= 0 and index - j < 9 and (toks[j].group()[:1].isupper() or (toks[j].group() == "and" and j > 0 and toks[j - 1].group()[:1].isupper())):
            j -= 1
        if j == index:
            return None
        if j >= 0 and toks[j].group() not in PUNCT_STOP and toks[j].group().lower() not in self.lexicon.clause_boundaries and not anywhere:
            return None
        return Span(toks[j + 1].start(), toks[index].end())

    def described_by_relative(self, toks: list[re.Match[str]], relative: int) -> int | None:
        """Where the noun phrase a "who" clause describes starts: "Aides who ...", "The officials
        who ...", "Two senior aides who ..." (up to four words, no verb or preposition)."""
        lex = self.lexicon
        start = None
        for k in range(relative - 1, max(-1, relative - 5), -1):
            word = toks[k].group()
            lower = word.lower()
            if not word.isalnum() or lower in lex.finite_verbs or lower in PREPOSITIONS or lower in lex.clause_boundaries:
                break
            start = k
            if lower in DETERMINERS:
                break
        if start is None or toks[relative - 1].group().lower() in DETERMINERS:
            return None
        if start >= 2 and toks[start - 1].group().lower() in ("in", "from", "at") and toks[start].group()[:1].isupper():
            # "Lebanese villagers in Qana who were witness ...": a place after the people it
            # locates; the people are described, from where their phrase starts.
            head = self.described_by_relative(toks, start - 1)
            if head is not None and toks[start - 2].group().isalpha() and not (toks[start - 2].group()[:1].isupper() and toks[start - 2].start() > head):
                return head  # (not "the Vatican in Rome": a name, not people, before the place)
        return toks[start].start()

    def noun_phrase_before(self, toks: list[re.Match[str]], index: int) -> Span | None:
        """"criticised by the opposition, which said ...": a determiner and up to three
        lower-case words ending at toks[index], the antecedent of the relative pronoun."""
        lex = self.lexicon
        for j in range(index, max(-1, index - 4), -1):
            word = toks[j].group()
            if word.lower() in DETERMINERS and j < index:
                return Span(toks[j].start(), toks[index].end())
            lower = word.lower()
            if not word.isalpha() or lower in lex.finite_verbs or lower in PREPOSITIONS or lower in lex.clause_boundaries:
                return None
        return None

    def speaker_after(self, start: int, end: int) -> Span | None:
        """Inverted attribution: '"...," said Jones.' — a name right after the cue, then the end."""
        before = self.masked[max(0, start - 40) : start].rstrip()
        cue_word = re.search(r"[A-Za-z]+$", before)  # (the cue may follow its comma with no space: '...,",said X')
        cue_start = cue_word.start() if cue_word is not None else before.rfind(" ")
        preceding = before[:cue_start].rstrip() if cue_start >= 0 else ""
        if not preceding.endswith((",", '"', ",'")):
            return None
        phrase_end = self.phrase_end(start, end)
        span = self.trim(Span(start, phrase_end))
        if span is None:
            return None
        words = self.masked[span.start : span.end].split()
        if not words or len(words) > _MAX_SPEAKER_TOKENS or words[0].lower() in PREPOSITIONS or words[0].lower() in self.lexicon.time_words:
            return None
        if any(w in self.lexicon.finite_verbs or w in BE_FORMS for w in words):
            return None  # "insisted the second yellow card had been ...": a clause follows, not a speaker
        named = _NAME_AFTER_ROLE.match(self.masked, span.end, end)
        if named is not None:
            # '"...," said the Met Office's chief meteorologist, Neil Armitage.': the name speaks.
            return Span(named.start(1), named.end(1))
        if any(w[:1].isupper() for w in words):
            return span
        # '"...," say survivors.' / "..., said the engineers": a group or a role in lower case, up to the end.
        head = [w.lower() for w in words][: next((k for k, w in enumerate(words) if k > 0 and w in ("of", "in", "at", "from")), len(words))][-1]
        lex = self.lexicon
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and head.isalpha()
        ends = not self.masked[span.end : end].strip(" .!?\n")
        heads = head in lex.anaphor_heads or head in lex.generic_speaker_heads or head in lex.document_nouns
        return span if ends and (plural or heads) and head not in lex.time_words else None

    def phrase_end(self, start: int, end: int) -> int:
        """Where a noun phrase that starts at `start` stops: a comma, a clause word, or the end."""
        previous = ""
        determined = False  # the phrase opened with a determiner: "a preliminary report by ..."
        for tok in TOKEN.finditer(self.masked, start, end):
            word = tok.group()
            if word in (",", ";", ":", ".", "(", '"') or (word.lower() in self.lexicon.clause_boundaries and word.lower() != "and"):
                return tok.start()
            if previous and word in ("he", "she", "they", "we", "I"):
                return tok.start()  # "was told by Sir David he only had an issue": the clause's own subject
            if previous and word.lower() in _WH_WORDS:
                return tok.start()  # "was asked by reporters why passengers stayed": the question, not the askers
            # "the report", "the ministry's statement", "filed by state attorney X", "a preliminary
            # report": a noun, not a verb
            noun = previous in DETERMINERS or previous.endswith(("'s", "’s")) or previous in ("by", "of") or (
                determined and word.lower() in self.lexicon.noun_cues and previous.isalpha() and previous not in self.lexicon.lemma_of
            ) or (not previous and word.lower() in self.lexicon.noun_cues)  # "according to claims from ...", "reports by ..."
            determined = determined or (not previous and word.lower() in DETERMINERS)
            if (word.lower() in self.lexicon.lemma_of and not noun) or word.lower() in ("on", "in", "during", "at"):
                return tok.start()
            previous = word.lower()
        return end

    def sentence_tail_end(self, start: int, end: int) -> int:
        stop = self.masked.find(",", start, end)
        return stop if stop >= 0 else end

    def enough_content(self, start: int, end: int) -> bool:
        """Words enough to be a claim, or a figure alone ("and the rebels said 55")."""
        if end <= start:
            return False
        return (
            _ENOUGH_WORDS.search(self.masked, start, min(end, start + 200)) is not None
            or (end - start < 24 and _FIGURE.fullmatch(self.masked, start, end) is not None)
            or _FIGURE_AND_WORDS.search(self.masked, start, min(end, start + 60)) is not None
        )

    def quote_end_within(self, start: int, end: int) -> int:
        region = self.inside_quote(end - 1)
        return region.end if region is not None and region.start >= start else end

    def cut_trailing_attribution(self, content: Span, sentence: Span) -> Span:
        """Drop ", AFP reported" / ", as reported by TASS" / ", according to X" from a content's end,
        and a free adjunct after a comma (", heavily criticizing ...") from a reported clause."""
        text = self.masked[content.start : content.end]
        for match in re.finditer(r",\s+(?:\w+ly\s+|however,\s+)?([a-z]+ing)\b|\s+—\s+(?:a|an|which|who|something)\b", text):
            if match.group(1) in _ING_PREPOSITIONS:
                continue  # "killed 10 villagers, including seven children": the clause goes on
            if not self.inside_quote(content.start + match.start()) and self.clause_like(WORD.findall(text[: match.start()])):
                content = Span(content.start, content.start + match.start())
                text = text[: match.start()]
                break
        unclear = _UNCLEAR_ASIDE.search(text)
        if unclear is not None and not self.inside_quote(content.start + unclear.start()):
            # "he saw one gunman, although it was not clear whether ...": the reporter's doubt, not the speaker's
            content = Span(content.start, content.start + unclear.start())
            text = text[: unclear.start()]
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
        elif end + 1 < span.end and self.masked[end : end + 2] == ',"' and self.masked.count('"', start, end) % 2 == 1:
            end += 2  # (with the comma inside it: 'could not be “sufficiently substantiated,”')
        elif start > span.start and self.masked[start - 1] == '"' and self.masked.count('"', start, end) % 2 == 1:
            start -= 1  # and the opening mark of one that closes inside it
        return Span(start, end) if end > start else None
