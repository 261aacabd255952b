"""Layout of a news text: what is prose, where sections start, sentences with absolute offsets.

Everything here is length-preserving: non-prose lines (URLs, tweet signatures,
headings, credits) are blanked with spaces in a *masked* copy of the text, so that
every offset found in the masked copy is an offset into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from karabakh_claims.models import DateMention, Span

# One character to one character, so offsets survive (textacy's approach).
_TRANSLATION = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
        "–": "-", "‐": "-", "‑": "-", "‒": "-", "−": "-",
        "—": "—", "―": "—",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\r": " ", "\t": " ",
    }
)

_URL_LINE = re.compile(r"^\s*(?:<?https?://\S+>?\s*)+$")
# The author starts with a non-space so that runs of spaces cannot be split ambiguously.
_TWEET_SIGNATURE = re.compile(
    r"^[ \t]*[—-]{1,2}[ \t]*(?P<author>[^\s(][^\n(]{0,79}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*\[?(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})"
)
# The same signature closing the line that holds the tweet ("... tells me. — Jo Doe (@jodoe) May 5, 2017").
_TWEET_SIGNATURE_INLINE = re.compile(
    r"[ \t][—–-]{1,2}[ \t]*(?P<author>[^\s(][^\n(—–]{0,79}?)[ \t]*\(@(?P<handle>\w{1,30})\)[ \t]*\[?(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\]?[ \t]*$"
)
# "STEPANAKERT, Nov 9 (Reuters) - ", "BAKU, Azerbaijan (AP) — ": where a wire story starts.
_DATELINE = re.compile(
    # "YEREVAN, Nov 12 (Reuters) -"; a city in mixed case ("Almaty (AFP) -") only with an agency.
    # The mixed-case words are possessive: given back, a word would only be tried again in a
    # lookahead that cannot succeed (a letter follows it), once for each of its letters.
    r"^\s*(?:[A-Z][A-Z .'’-]{1,40}|[A-Z][a-z]++(?:[ -][A-Z][a-z]++){0,2}+(?=[^\n(]{0,40}\([A-Z][A-Za-z]{1,10}\)))"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,?\s\d{4})?)?\s*(?:\([^)\n]{1,30}\))?\s*[-—–]{1,2}\s+"
)
_DATELINE_LINES = 20
_STANDFIRST = re.compile(r"[ \t]*([^\n]{1,240})\n[ \t]*\n")  # a line standing alone under the headline
_PIC_LINE = re.compile(r"^\s*\[?pic\.twitter\.com/\S+\s*$|^\s*\(photo credit:[^\n]*$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s")
_CLOCK_HEADING = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*[—–-]{1,2}[ \t]+\S")
_MARKER_STARTS = frozenset(">-*•")  # what a quotation's or a list item's marker starts with
_BLOCKQUOTE = re.compile(r"[ \t]*>[ \t]?")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?=\S)")
_META_LINE = re.compile(
    r"^\s*(?:\*\*)?(?:with reporting (?:by|from)\b|related article:|embed:|original url:|"
    r"by \[?[A-Z][^\n]{0,80}$|photo:|\(?photo credit)",
    re.IGNORECASE,
)
_TERMINAL = frozenset('.!?"\':')
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Starts only at the first of a run of stops, and takes the run possessively: a row of
# 100,000 dots is one linear scan, not a quadratic one.
# (The first stop is matched before the look back that it is the first: the scan then
# jumps from stop to stop instead of testing the look back at every character.)
# A stop ends a sentence before a space and a capital, at the end, or (in text scraped without
# its spaces: "at the United Nations.Peskov stressed") between a lower-case word and a capitalised one.
_SENTENCE_END = re.compile(r"[.!?](?<![.!?]{2})[.!?]*+[\"')\]]*+(?:(?=\s+[\"'(\[*]*[A-Z0-9])|\s*$|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2}))")
_MAX_SENTENCE = 3000
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt sgt st jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.n u.k e.u no inc ltd co corp vs etc e.g i.e prof sen rep gov jr sr mt ft adm brig cmdr
    messrs rev hon dept est approx fig""".split()
)
# Abbreviations that belong to a name or title: "Mr. Kuehn", "Harlan Industries Inc.".
NAME_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm brig cmdr st jr sr inc ltd co corp messrs rev hon".split()
)
# A stop right after this many letters ends a word longer than any abbreviation.
_PAST_ABBREVIATIONS = max(map(len, _ABBREVIATIONS)) + 1
# What follows a clock time's "p.m." in the same sentence: a day or a time zone.
_DAY_OR_ZONE = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][DS]?T|GMT|UTC|BST|CET)\b")


_REPLACEMENTS = tuple((chr(key), value) for key, value in _TRANSLATION.items() if chr(key) != value)


def normalise(text: str) -> str:
    """Map typographic quotes, dashes and odd spaces to plain ones, keeping length.

    One `str.replace` per character kind: each runs in C, and together they are several
    times faster than `str.translate` with a mapping on non-ASCII text.

    >>> normalise("“Shushi’s” – ok")
    '"Shushi\\'s" - ok'
    """
    if text.isascii():
        text = text.replace("`", "'").replace("\r", " ").replace("\t", " ")
    else:
        for old, new in _REPLACEMENTS:
            if old in text:
                text = text.replace(old, new)
    if "''" in text:
        # Quotation marks written as two apostrophes (``...'' or ''...''): a double quote, and a
        # space where the second apostrophe stood, on the side away from the quoted words.
        text = _TWO_APOSTROPHES.sub(lambda m: ' "' if m.group(1) else '" ', text)
    return text


# The two marks first, the looks behind after them: the search then skips to each "''" (a
# pattern that opens with a look-behind is tried at every character).
_TWO_APOSTROPHES = re.compile(r"''(?:(?<!\w'')(?=(\w))|(?<![\s']'')(?![\w']))")


def clean(fragment: str) -> str:
    """Readable one-line form of a span of text: line-break hyphenation and runs of space removed."""
    if "\n" not in fragment:
        return " ".join(fragment.split())  # both hyphenation patterns need a line break
    joined = re.sub(r"(?<=[a-z])-\s*\n\s*(?=[a-z])", "", fragment)
    joined = re.sub(r"(?<=\w)-\s*\n\s*(?=\w)", "-", joined)
    return " ".join(joined.split())


@dataclass(frozen=True, slots=True)
class Tweet:
    """An embedded tweet: its text block and the signature line that names author and date."""

    content: Span
    author: str
    handle: str
    date_text: str
    signature: Span


@dataclass(frozen=True, slots=True)
class Section:
    """A dated section (live-blog heading or dateline) that anchors the text after it."""

    start: int
    anchor: DateMention


@dataclass(frozen=True, slots=True)
class Layout:
    text: str
    masked: str
    paragraphs: tuple[Span, ...]
    sections: tuple[Section, ...]
    tweets: tuple[Tweet, ...]
    section_starts: tuple[int, ...] = ()
    hidden: tuple[Span, ...] = ()  # what layout blanked, in order: URLs, signatures, headings
    hidden_starts: tuple[int, ...] = ()  # bisected as plain integers, not through Span's ordering
    headlines: tuple[Span, ...] = ()  # the headline and the standfirst under it, read as prose

    def in_headline(self, offset: int) -> bool:
        """Whether `offset` falls in the headline or the standfirst."""
        return any(h.start <= offset < h.end for h in self.headlines)

    def visible(self, start: int, end: int) -> str:
        """The original text of [start, end) with the hidden lines blanked out."""
        i = max(0, bisect.bisect_left(self.hidden_starts, start) - 1)  # the last span starting before `start`
        pieces: list[str] = []
        cursor = start
        while i < len(self.hidden) and self.hidden[i].start < end:
            span = self.hidden[i]
            if span.end > cursor:
                pieces.append(self.text[cursor : max(cursor, span.start)])
                pieces.append(" ")
                cursor = max(cursor, span.end)
            i += 1
        pieces.append(self.text[cursor:end] if cursor < end else "")
        return "".join(pieces)

    def anchor_at(self, offset: int, default: DateMention | None) -> DateMention | None:
        """The anchor in force at `offset`: the last section heading before it, else `default`."""
        index = bisect.bisect_right(self.section_starts, offset) - 1
        return self.sections[index].anchor if index >= 0 else default


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of `text` with where it starts and ends."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        yield start, end, line
        start = end + 1


HeadingParser = Callable[[str], DateMention | None]


def layout(text: str, *, heading: HeadingParser) -> Layout:
    """Classify lines, blank the non-prose ones, join page-break fragments, find sections.

    `heading` parses a line that is only a date (a live-blog heading) or returns None;
    the caller binds the year hint. Embedded tweets are kept as prose for extraction and
    also listed with their signature, which names the author and the date.
    """
    hidden: list[Span] = []
    sections: list[Section] = []
    tweets: list[Tweet] = []
    block_start: int | None = None
    previous_block: Span | None = None
    item_starts: list[int] = []
    blank_top = text.count("\n", 0, len(text) - len(text.lstrip())) if text[:1].isspace() else 0  # a blanked front matter
    for number, (start, end, line) in enumerate(_lines(text)):
        if not line.strip():
            if block_start is not None:
                previous_block = Span(block_start, start)
            block_start = None
            continue
        first = line[:1]
        if first == " " or first == "\t":
            first = line.lstrip(" \t")[:1]
        digit = "0" <= first <= "9"
        marker = (_BLOCKQUOTE.match(line) or _LIST_ITEM.match(line)) if digit or first in _MARKER_STARTS else None
        while marker is not None and marker.end() < len(line):
            # "> " of a Markdown quotation, "- " or "2. " of a list item: blanked, and the rest
            # of the line read as any other; a list item is a paragraph of its own.
            _blank(hidden, start, start + marker.end())
            if marker.re is _LIST_ITEM:
                item_starts.append(start + marker.end())
            line, start = line[marker.end() :], start + marker.end()
            marker = _LIST_ITEM.match(line) if marker.re is _BLOCKQUOTE else None
        signature = _TWEET_SIGNATURE.match(line)
        if signature:
            # The tweet is the block just above its signature, blank line or not; where the
            # page indents the embed, it starts at the last indented line of that block.
            content = Span(block_start, start) if block_start is not None else previous_block or Span(start, start)
            content = _embedded_part(text, content)
            tweets.append(
                Tweet(
                    content,
                    _author(signature.group("author")),
                    signature.group("handle"),
                    signature.group("date"),
                    Span(start, end),
                )
            )
            _blank(hidden, start, end)
            block_start = None
            continue
        inline = _TWEET_SIGNATURE_INLINE.search(line) if "(@" in line else None
        if inline is not None and inline.start() > 0:
            # A tweet pasted as one line with its signature: the text before the dash is the tweet.
            tweets.append(
                Tweet(
                    Span(start, start + inline.start()),
                    _author(inline.group("author")),
                    inline.group("handle"),
                    inline.group("date"),
                    Span(start + inline.start(), end),
                )
            )
            _blank(hidden, start + inline.start(), end)
            block_start, previous_block = None, None  # a signature on the next line signs nothing above this one
            continue
        if block_start is None:
            block_start = start
        if _URL_LINE.match(line) or _PIC_LINE.match(line) or _META_LINE.match(line):
            _blank(hidden, start, end)
            continue
        heading_date = heading(line) if len(line) <= 60 else None
        if heading_date is not None:
            sections.append(Section(start, heading_date))
            _blank(hidden, start, end)
            block_start = None
            continue
        if _MARKDOWN_HEADING.match(line) or (digit and _CLOCK_HEADING.match(line) and _headline_like(line, 20)):
            # "## What happened", and a live blog's "7:20 p.m. ET — Whitfield says she is 'at peace'":
            # headings, whose "says" sums up a statement the entry below reports.
            _blank(hidden, start, end)
            block_start = None
            continue
        dateline = _DATELINE.match(line)
        # A bare "NEW YORK --" counts only at the top of the text, where wire copy puts it;
        # with an agency "(AP)" or a date it is a dateline wherever it stands.
        if dateline and (number - blank_top < _DATELINE_LINES or "(" in dateline.group() or any(ch.isdigit() for ch in dateline.group())):
            _blank(hidden, start, start + dateline.end())
    headlines = _headlines(text)
    masked_text = _blanked(normalise(text), hidden)
    masked_text = _join_page_breaks(masked_text)
    starts = tuple(section.start for section in sections)
    hidden = sorted(hidden)
    return Layout(text, masked_text, tuple(_paragraphs(masked_text, item_starts)), tuple(sections), tuple(tweets), starts, tuple(hidden),
                  tuple(span.start for span in hidden), headlines)


def _headlines(text: str) -> tuple[Span, ...]:
    """The first line, standing alone and unpunctuated, is a headline; so is a second such line
    right under it, the standfirst ("Chief executive says customers are 'asking how fast'").
    They stay prose: "X says Y" and "X: Y" there attribute a statement, often the only one
    the text gives in those words (news guidelines count them; extraction marks them)."""
    match = re.match(r"\s*([^\n]{1,160})\n[ \t]*\n", text)
    if match is None or not _headline_like(match.group(1), 20):
        return ()
    found = [Span(match.start(1), match.end(1))]
    standfirst = _STANDFIRST.match(text, match.end())
    if standfirst is not None and _headline_like(standfirst.group(1), 35):
        found.append(Span(standfirst.start(1), standfirst.end(1)))
    return tuple(found)


def first_line(text: str) -> Span:
    """The first line with words on it, when more lines follow: a text's headline if it has one.
    Blank lines and a blanked front matter above it are passed over. Span(0, 0) for a text of
    one line or none."""
    match = re.search(r"[^\s][^\n]*\n", text)
    return Span(match.start(), match.end() - 1) if match else Span(0, 0)


def _headline_like(line: str, max_words: int) -> bool:
    line = line.rstrip()
    return bool(line) and line[-1] not in '.!?"”:' and len(line.split()) <= max_words


def _author(signature: str) -> str:
    """A tweet's author as its signature gives it, without the emoji some put beside their name."""
    return " ".join(w for w in signature.split() if any(c.isalnum() for c in w))


def _embedded_part(text: str, block: Span) -> Span:
    starts = [m.start() + 1 for m in re.finditer(r"\n[ \t]+\S", text[block.start - 1 : block.end])]
    if text[block.start : block.start + 1] in (" ", "\t"):
        starts.insert(0, 1)
    if starts:
        return Span(block.start - 1 + starts[-1], block.end)
    return block


def _blank(hidden: list[Span], start: int, end: int) -> None:
    if end > start:
        hidden.append(Span(start, end))


def _blanked(text: str, spans: list[Span]) -> str:
    """`text` with the characters of `spans` (which may overlap) turned into spaces.

    Built from slices: a list of one string per character, blanked and joined again,
    cost more than the rest of the layout together.
    """
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans):
        start = max(cursor, span.start)
        if span.end > start:
            pieces += (text[cursor:start], " " * (span.end - start))
            cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _join_page_breaks(masked: str) -> str:
    """A paragraph that stops mid-sentence continues in the next one (hard-wrapped PDFs, live blogs)."""
    pieces: list[str] = []
    cursor = 0
    for match in _PARAGRAPH_BREAK.finditer(masked):
        # The last character before the break that is not a space, within 200 characters.
        end, floor = match.start(), max(0, match.start() - 200)
        while end > floor and masked[end - 1].isspace():
            end -= 1
        after = masked[match.end() : match.end() + 1]
        if end == floor or not after:
            continue
        last = masked[end - 1]
        continues = last == "-" or (last not in _TERMINAL and (after.islower() or last == ","))
        if continues:
            pieces += (masked[cursor : match.start()], masked[match.start() : match.end()].replace("\n", " "))
            cursor = match.end()
    if not pieces:
        return masked
    pieces.append(masked[cursor:])
    return "".join(pieces)


def _paragraphs(masked: str, item_starts: Sequence[int] = ()) -> Iterator[Span]:
    """The paragraphs of the masked text: between blank lines, and each list item on its own."""
    breaks: Iterable[tuple[int, int]] = (m.span() for m in _PARAGRAPH_BREAK.finditer(masked))
    if item_starts:
        breaks = sorted([*breaks, *((at, at) for at in item_starts)])
    start = 0
    for stop, resume in breaks:
        if stop < start:
            continue  # a list item right after a blank line: the break is already taken
        paragraph = _trim(masked, start, stop)
        if paragraph.end > paragraph.start:
            yield paragraph
        start = resume
    if masked[start:].strip():
        yield _trim(masked, start, len(masked))


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(masked: str, paragraph: Span, *, inside_quote: Callable[[int], bool] | None = None) -> Iterator[Span]:
    """Sentences of one paragraph, as absolute spans; abbreviations and initials do not end one.

    With `inside_quote`, a quotation of several sentences stays in the sentence that
    frames it, so the attribution after it is read with all of it.
    """
    start = paragraph.start
    for match in _SENTENCE_END.finditer(masked, paragraph.start, paragraph.end):
        if inside_quote is not None and inside_quote(match.end() - 1) and match.end() - start < _MAX_SENTENCE:
            continue
        stop = match.start()
        if stop < _PAST_ABBREVIATIONS or not masked[stop - _PAST_ABBREVIATIONS : stop].isalpha():
            word = _word_before(masked, stop)
            if word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            if word.lower() in ("a.m", "p.m") and _DAY_OR_ZONE.match(masked, match.end()):
                continue  # "shortly before 11:30 p.m. Sunday", "at 9 a.m. ET": the clock goes on
        end = match.end()
        yield from _bounded(masked, start, end)
        start = end
    yield from _bounded(masked, start, paragraph.end)


def _bounded(masked: str, start: int, end: int) -> Iterator[Span]:
    """A sentence, cut at spaces into pieces of at most _MAX_SENTENCE characters.

    Real sentences are far shorter; the bound keeps the work per sentence constant on
    text that has no sentence ends at all (a table dump, a line of 2 MB).
    """
    while end - start > _MAX_SENTENCE:
        cut = masked.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        if masked[start:cut].strip():
            yield _trim(masked, start, cut)
        start = cut
    if masked[start:end].strip():
        yield _trim(masked, start, end)


_WORD_BEFORE = re.compile(r"[^\W_][\w.]{0,19}$|$")


def _word_before(text: str, index: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, index - 20), index)
    word = match.group() if match else ""
    return word.lstrip(".")


class LineIndex:
    """1-based lines of many offsets into one text, each found by bisection (counting line
    breaks from the start for each is quadratic for thousands of quotes in one source)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        import bisect

        return bisect.bisect_right(self._starts, offset)
