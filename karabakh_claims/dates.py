"""Dates: ISO dates and intervals from the store, and date expressions in news text.

Relative expressions are always resolved against an explicit anchor passed in by the
caller (a section heading, a dateline, the source's published date); nothing here
reads the clock.

`find_dates` runs an ordered chain of strategies over the text: explicit dates
("Nov. 9", "7 November 2020", "Oct. 19-20", "2020-11-10"), months and years ("in May
2019", "in 1992", "the 1988-94 conflict", "the 1990s"), weekdays ("Monday evening"),
anchor-relative words ("yesterday", "last week", "three days ago") and sequels relative
to the previous date in the same text ("the next day", "two days later"). The chain is
one alternation, so at any position the earlier strategy wins and matches never
overlap. Every result carries its precision, a readable `basis` and its `Span`.

Not handled: future-tense weekdays ("will meet Monday" resolves to the past Monday),
clock times, "the day before the vote" (refers to an event, not a date), holidays,
numeric dates other than ISO ("10/11/2020" is ambiguous), all-caps month names.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate

from karabakh_claims.models import DateMention, DatePrecision, Span

_ISO_DAY = r"\d{4}-\d{2}-\d{2}"
_ISO_RE = re.compile(rf"^\s*({_ISO_DAY})(?:\s*/\s*({_ISO_DAY}))?\s*$")


@lru_cache(maxsize=8192)  # a store repeats its days: 100,000 claims, a few hundred dates
def parse_iso(text: str, *, basis: str = "explicit") -> DateMention | None:
    """Parse `2020-11-08` or the inclusive interval `2020-11-05/2020-11-07`.

    Returns None for anything else, including impossible dates and intervals whose
    end precedes their start.

    >>> parse_iso("2020-11-05/2020-11-07").iso()
    '2020-11-05/2020-11-07'
    """
    match = _ISO_RE.match(text)
    if not match:
        return None
    try:
        start = date.fromisoformat(match.group(1))
        end = date.fromisoformat(match.group(2)) if match.group(2) else start
    except ValueError:
        return None
    if end < start:
        return None
    return DateMention(start, end, "day" if start == end else "interval", basis)


# --- vocabularies ---------------------------------------------------------------

_MONTH_NAMES = (
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
    ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
    ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
)  # fmt: skip
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
# The month names and abbreviations in lower case, for readers that only need to tell one.
MONTH_WORDS = frozenset(name.lower() for names in _MONTH_NAMES for name in names)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
# A capitalised word after a weekday that makes it part of a name ("Sunday Times").
_NAMES_AFTER_WEEKDAY = frozenset({"Times", "Telegraph", "Express", "Mirror", "Herald", "Post",
                                  "Mail", "Independent", "Star", "Tribune", "Review", "School"})  # fmt: skip
# Words that report a speech act; `said_on_for` prefers the date nearest to one of them.
SPEECH_CUES = frozenset({"said", "says", "say", "told", "tells", "stated", "announced", "added",
                         "wrote", "writes", "tweeted", "posted", "claimed", "declared", "insisted",
                         "reported", "asked", "denied", "confirmed", "warned", "remarks",
                         "comments", "statement", "interview", "speech", "address", "briefing"})  # fmt: skip
# Relative words resolved against the anchor's day: (first, last) of what they mean.
_Resolver = Callable[[date], tuple[date, date]]
_DAY = timedelta(days=1)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_of(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _weekend(d: date) -> tuple[date, date]:
    saturday = d - timedelta(days=(d.weekday() - 5) % 7)
    return saturday, saturday + _DAY


def _month_back(d: date, n: int) -> tuple[date, date]:
    index = d.year * 12 + d.month - 1 - n
    return _month_of(index // 12, index % 12 + 1)


_SAME_DAY: _Resolver = lambda d: (d, d)  # noqa: E731
_RELATIVE: dict[str, tuple[_Resolver, DatePrecision]] = {
    **{w: (_SAME_DAY, "day") for w in ("today", "earlier today", "later today", "tonight",
                                       "this morning", "this afternoon", "this evening")},
    "yesterday": (lambda d: (d - _DAY, d - _DAY), "day"),
    "last night": (lambda d: (d - _DAY, d - _DAY), "day"),
    # Under a day's heading, "overnight" is the night that ends on that day.
    "overnight": (lambda d: (d - _DAY, d), "day"),
    "this week": (lambda d: (_monday(d), _monday(d) + 6 * _DAY), "day"),
    "earlier this week": (lambda d: (_monday(d), max(_monday(d), d - _DAY)), "day"),
    "last week": (lambda d: (_monday(d) - 7 * _DAY, _monday(d) - _DAY), "day"),
    **{w: (_weekend, "day") for w in ("last weekend", "over the weekend", "this weekend",
                                      "at the weekend", "over the past weekend")},
    "this month": (lambda d: _month_back(d, 0), "month"),
    "earlier this month": (lambda d: (d.replace(day=1), max(d.replace(day=1), d - _DAY)), "day"),
    "last month": (lambda d: _month_back(d, 1), "month"),
    "this year": (lambda d: (date(d.year, 1, 1), date(d.year, 12, 31)), "year"),
    "last year": (lambda d: (date(d.year - 1, 1, 1), date(d.year - 1, 12, 31)), "year"),
}  # fmt: skip
# Relative words need a narrow anchor: "yesterday" against a whole month means nothing.
_MAX_RELATIVE_ANCHOR_DAYS = 7
# Choosing a missing year: a date after the anchor costs this many times its distance.
_FUTURE_PENALTY = 3


# --- patterns (compiled once; every quantifier is bounded or over disjoint tokens) ---

def _alt(words: Iterable[str], *, capital: bool = False) -> str:
    """An alternation of the words, longest first; a space matches any whitespace.

    `capital` adds each word with its first letter upper-cased (sentence starts). This is
    used instead of re.IGNORECASE, which makes the chain several times slower.
    """
    forms = {f for w in words for f in ((w, w[0].upper() + w[1:]) if capital else (w,))}
    escaped = (re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in sorted(forms, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


_MON = _alt(_MONTHS) + r"\b"
_WD = _alt(_WEEKDAYS) + r"\b"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)(?!\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
_YEAR_TAIL = rf"(?:,?\s+(?P<y>{_YEAR})(?![,.]\d))?"
_MD = (rf"\b(?:{_WD},?\s+)?(?P<mon>{_MON})(?:\.\s*|\s+)(?P<d1>{_DAYNUM})"
       rf"(?:\s*[-–—]\s*(?:(?P<mon2>{_MON})\.?\s+)?(?P<d2>{_DAYNUM}))?{_YEAR_TAIL}")
_DM = (rf"(?<![\w,.:/-])(?:{_WD},?\s+)?(?P<d1>{_DAYNUM})(?:\s*[-–—]\s*(?P<d2>{_DAYNUM}))?"
       rf"\s+(?:of\s+)?(?P<mon>{_MON})(?:\.(?=,?\s+{_YEAR}))?{_YEAR_TAIL}")  # "7 Nov. 2020", not "7 November."
_ISO_IN_TEXT = r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])"
_EXPLICIT = tuple(re.compile(p) for p in (_ISO_IN_TEXT, _MD, _DM))


@dataclass(frozen=True, slots=True)
class _Strategy:
    """One link of the chain: a pattern and the function that resolves its match."""

    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], DateMention | None, DateMention | None], DateMention | None]


def _describe(anchor: DateMention) -> str:
    iso = anchor.iso()
    return anchor.basis if iso in anchor.basis else f"{anchor.basis} {iso}".strip()


def _mention(start: date, end: date, unit: DatePrecision, basis: str, m: re.Match[str]) -> DateMention:
    precision: DatePrecision = unit if unit != "day" else ("day" if start == end else "interval")
    core = "core" if "core" in m.re.groupindex and m.group("core") else 0
    return DateMention(start, end, precision, basis, Span(*m.span(core)))


def _pick_year(build: Callable[[int], tuple[date, date] | None], anchor: DateMention) -> tuple[date, date] | None:
    """The year closest to the anchor, a date after it counting `_FUTURE_PENALTY` times."""
    ref, best_cost = anchor.end, 0
    best: tuple[date, date] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        got = build(year)
        if got is None:
            continue
        cost = (ref - got[1]).days if got[1] < ref else max(0, (got[0] - ref).days) * _FUTURE_PENALTY
        if best is None or cost < best_cost:
            best, best_cost = got, cost
    return best


def _around(anchor: DateMention | None, fn: _Resolver) -> tuple[date, date] | None:
    """Apply a day-to-range rule to both ends of the anchor and join the results."""
    if anchor is None or (anchor.end - anchor.start).days >= _MAX_RELATIVE_ANCHOR_DAYS:
        return None
    (a, _), (_, b) = fn(anchor.start), fn(anchor.end)
    return (a, b) if a <= b else None


def _explicit(m: re.Match[str], anchor: DateMention | None, _prev: object = None,
              *, year_hint: int | None = None, basis: str = "explicit date") -> DateMention | None:
    g = m.groupdict()
    if "m" in g:  # ISO
        got = parse_iso(m.group(0))
        return got and DateMention(got.start, got.end, "day", basis, Span(*m.span()))
    mon = _MONTHS[g["mon"]]
    mon2 = _MONTHS[g["mon2"]] if g.get("mon2") else mon

    def build(year: int) -> tuple[date, date] | None:
        try:
            start = date(year, mon, int(g["d1"].rstrip("stndrh")))
            end = date(year + (mon2 < mon), mon2, int(g["d2"].rstrip("stndrh"))) if g["d2"] else start
        except ValueError:
            return None
        return (start, end) if start <= end else None

    if g["y"] or year_hint is not None:
        found = build(int(g["y"]) if g["y"] else year_hint)  # type: ignore[arg-type]
    elif anchor is not None:
        found, basis = _pick_year(build, anchor), f"{basis}, year from {_describe(anchor)}"
    else:
        return None
    return found and _mention(*found, "day", basis, m)


def _month(m: re.Match[str], anchor: DateMention | None, _prev: object) -> DateMention | None:
    mon = _MONTHS[m.group("mon")]
    if m.group("y"):
        return _mention(*_month_of(int(m.group("y")), mon), "month", "explicit month", m)
    got = anchor and _pick_year(lambda y: _month_of(y, mon), anchor)
    return got and _mention(*got, "month", f"month, year from {_describe(anchor)}", m)  # type: ignore[arg-type]


def _years(m: re.Match[str], _anchor: object, _prev: object) -> DateMention | None:
    first, second = int(m.group("y")), m.group("y2")
    last = first + 9 if m.group("decade") else first
    if second:
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if not 0 < last - first <= 30:  # "1500-2000 troops" is not a year range
            return None
    return _mention(date(first, 1, 1), date(last, 12, 31), "year", "explicit year", m)


def _weekday(m: re.Match[str], anchor: DateMention | None, _prev: object) -> DateMention | None:
    after = m.string[m.end() : m.end() + 16].split()
    if after and after[0].strip(".,;:") in _NAMES_AFTER_WEEKDAY:
        return None
    wd, rel = _WEEKDAYS.index(m.group("wd")), " ".join((m.group("rel") or "").lower().split())
    where = {"next": "after", "this coming": "after", "last": "before", "this past": "before"}.get(rel, "on or before")

    def step(d: date) -> tuple[date, date]:
        if where == "after":
            d += timedelta(days=(wd - d.weekday() - 1) % 7 + 1)
        elif where == "before":
            d -= timedelta(days=(d.weekday() - wd - 1) % 7 + 1)
        else:  # a bare weekday: the anchor's own day counts
            d -= timedelta(days=(d.weekday() - wd) % 7)
        return d, d

    got = _around(anchor, step)
    return got and _mention(*got, "day", f"weekday ('{m.group(0)}') {where} {_describe(anchor)}", m)  # type: ignore[arg-type]


_NAME_BEFORE = re.compile(r"\b[A-Z]\w*[ \t]+$")


def _is_name(m: re.Match[str]) -> bool:
    """'Today' right after a capitalised word is a title ("USA Today"), not a date."""
    return m.group(0)[0].isupper() and bool(_NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()))


def _relative(m: re.Match[str], anchor: DateMention | None, _prev: object) -> DateMention | None:
    phrase = " ".join(m.group("rel").lower().split())
    if phrase in ("today", "tonight") and _is_name(m):
        return None
    fn, unit = _RELATIVE[phrase]
    got = _around(anchor, fn)
    basis = f"relative ('{m.group(0)}') to {_describe(anchor)}" if anchor else ""
    return got and _mention(*got, unit, basis, m)


def _shift(base: DateMention, n: int, unit: str) -> tuple[tuple[date, date], DatePrecision]:
    if unit in ("day", "week"):
        days = timedelta(days=n * (7 if unit == "week" else 1))
        return (base.start + days, base.end + days), "day"
    if unit == "month":
        return (_month_back(base.start, -n)[0], _month_back(base.end, -n)[1]), "month"
    return (date(base.start.year + n, 1, 1), date(base.end.year + n, 12, 31)), "year"


def _counted(m: re.Match[str], anchor: DateMention | None, prev: DateMention | None) -> DateMention | None:
    word, unit, direction = m.group("n").lower(), m.group("unit").lower(), m.group("dir").lower()
    n = _NUMBERS.get(word) or int(word)
    base = anchor if direction == "ago" else prev
    if base is None or (direction == "ago" and _around(anchor, _SAME_DAY) is None):
        return None
    got, unit_p = _shift(base, -n if direction in ("ago", "earlier") else n, unit)
    what = _describe(base) if direction == "ago" else f"{base.iso()} stated before"
    return _mention(*got, unit_p, f"relative ('{m.group(0)}') to {what}", m)


def _sequel(m: re.Match[str], _anchor: object, prev: DateMention | None) -> DateMention | None:
    back = (m.group("which") or m.group("ba") or "").lower() in ("previous", "before")
    if prev is None:
        return None
    got, _ = _shift(prev, -1 if back else 1, "day")
    return _mention(*got, "day", f"relative ('{m.group(0)}') to {prev.iso()} stated before", m)


_PREP_WORDS = ("in", "since", "during", "until", "till", "through", "from")
_EDGE_WORDS = ("early", "late", "mid")
_WD_REL_WORDS = ("last", "next", "this past", "this coming", "this")
_PREP, _EDGE, _WD_REL = (_alt(w, capital=True) for w in (_PREP_WORDS, _EDGE_WORDS, _WD_REL_WORDS))
_STRATEGIES = (
    _Strategy("iso", _EXPLICIT[0], _explicit),
    _Strategy("month day", _EXPLICIT[1], _explicit),
    _Strategy("day month", _EXPLICIT[2], _explicit),
    _Strategy("month year", re.compile(rf"\b(?P<mon>{_MON})\.?,?\s+(?P<y>{_YEAR})"), _month),
    _Strategy("month", re.compile(
        rf"\b(?:{_PREP}\s+(?:{_EDGE}[-\s]?)?|{_EDGE}[-\s]?)"
        rf"(?P<core>(?P<mon>{_alt(n[0] for n in _MONTH_NAMES)}))\b(?P<y>)(?!\.?,?\s*\d|['’]s)"), _month),
    _Strategy("year range", re.compile(
        rf"(?<![\w,.-])(?P<y>{_YEAR})\s*[-–—]\s*(?P<y2>\d{{4}}|\d\d)(?![\w-])(?P<decade>)"), _years),
    _Strategy("decade", re.compile(r"\b(?P<y>1[89]\d0|20\d0)(?P<decade>['’]?s)\b(?P<y2>)"), _years),
    _Strategy("year", re.compile(
        rf"\b{_PREP}\s+(?:the\s+year\s+|(?:a|an|his|her|its|their|our|my)\s+(?={_YEAR}\s+[a-z]))?"
        rf"(?P<core>(?P<y>{_YEAR}))(?![,.]\d|\s*[-–—]\s*\d)"
        r"(?P<y2>)(?P<decade>)"), _years),
    _Strategy("weekday", re.compile(
        rf"(?<!Bloody )\b(?:(?P<rel>{_WD_REL})\s+)?(?P<wd>{_WD})"
        rf"{_PART}"), _weekday),
    _Strategy("relative", re.compile(rf"\b(?P<rel>{_alt(_RELATIVE, capital=True)})\b{_PART}"), _relative),
    _Strategy("counted", re.compile(
        rf"\b(?P<n>{_alt(_NUMBERS, capital=True)}|\d{{1,2}})\s+(?P<unit>day|week|month|year)s?"
        r"\s+(?P<dir>ago|later|earlier)\b"), _counted),
    _Strategy("sequel", re.compile(
        r"\b[Tt]he\s+(?:(?P<which>next|following|previous)\s+day|day\s+(?P<ba>before|after)"
        r"(?=\s*[,.;)]|\s*$))\b"), _sequel),
)  # fmt: skip
# Every strategy starts at a word start with a digit, a capital or one of these words;
# testing that once, before trying the strategies one by one, makes the scan 4x faster.
# A new strategy that starts with another lower-case word must add it here.
_LOWER_STARTS = {*_PREP_WORDS, *_EDGE_WORDS, *_NUMBERS, "the",
                 *(w.split()[0] for w in (*_WD_REL_WORDS, *_RELATIVE))}  # fmt: skip
# The chain as one alternation: the leftmost match wins, then the earliest strategy.
_CHAIN = re.compile(rf"\b(?=[0-9A-Z]|{_alt(_LOWER_STARTS)}\b)(?:" + "|".join(
    f"(?P<s{i}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', s.pattern.pattern)})"
    for i, s in enumerate(_STRATEGIES)) + ")")  # fmt: skip


def _scan(text: str, anchor: DateMention | None, previous: DateMention | None, offset: int) -> list[DateMention]:
    found: list[DateMention] = []
    for hit in _CHAIN.finditer(text):
        strategy = _STRATEGIES[int(hit.lastgroup[1:])]  # type: ignore[index]
        m = strategy.pattern.match(text, hit.start())
        got = m and strategy.resolve(m, anchor, previous)
        if got:
            previous = got
            if offset and got.span:
                got = replace(got, span=Span(got.span.start + offset, got.span.end + offset))
            found.append(got)
    return found


def find_dates(text: str, *, anchor: DateMention | None, offset: int = 0) -> list[DateMention]:
    """All date expressions in `text` that resolve, in text order, spans shifted by `offset`.

    `anchor` is the date the text was written or the section it sits under (a day or a
    short interval); without it only fully specified dates resolve. Sequels ("the next
    day", "two days later") resolve against the previous date found in `text` and are
    dropped when there is none. Expressions that cannot be resolved are left out.

    >>> sunday = DateMention(date(2020, 11, 8), date(2020, 11, 8), "day", "dateline")
    >>> [d.iso() for d in find_dates("Armenia said Saturday that on Nov. 5 ...", anchor=sunday)]
    ['2020-11-07', '2020-11-05']
    """
    return _scan(text, anchor, None, offset)


def resolve_relative(expr: str, base: DateMention) -> DateMention | None:
    """The first date in `expr` with `base` as both anchor and previous date ("the next day")."""
    found = _scan(expr, base, base, 0)
    return found[0] if found else None


_DIGIT = re.compile(r"\d")
_LABEL = re.compile(r"^\s*(?P<head>[^:\n]{1,40}?)\s*(?::[^\n]{0,80})?\s*$")


def _fullmatch_explicit(line: str, start: int, end: int) -> re.Match[str] | None:
    return next((m for p in _EXPLICIT if (m := p.fullmatch(line, start, end))), None)


def parse_heading_date(line: str, *, year_hint: int | None, anchor: DateMention | None = None) -> DateMention | None:
    """The date of a line that is only a date, optionally followed by ': label'.

    "Nov. 16: what you need to know today" -> 2020-11-16 with year_hint 2020; lines that
    merely contain a date among other words give None. A heading without a year takes
    `year_hint`, else the year closest to `anchor`, else None. Basis "section heading
    'Nov. 16'"; the span is relative to `line`.
    """
    if _DIGIT.search(line) is None:
        return None  # each form a heading takes has a day number: most lines are out at once
    label = _LABEL.match(line)
    m = label and _fullmatch_explicit(line, *label.span("head"))
    if not m:
        return None
    return _explicit(m, anchor, year_hint=year_hint, basis=f"section heading '{m.group(0)}'")


_TOP_LINES = 20
# "YEREVAN, Nov 12 (Reuters) -", and without an agency "WASHINGTON, Nov. 18 --" / "LONDON, 18 November 2024 —".
_WIRE = tuple(
    re.compile(rf"^\s*[A-Z][A-Z.'’ /-]{{1,40}},\s*(?:[A-Z][\w.'’ -]{{0,30}},\s*)?(?P<core>{form})\s*(?:\(|[-–—]{{1,2}}\s)")
    for form in (_MD, _DM)
) + tuple(  # a city in mixed case only before an agency: "Almaty, March 12, 2025 (AFP) -"
    re.compile(rf"^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s*(?:[A-Z][\w.'’ -]{{0,30}},\s*)?(?P<core>{form})\s*\([A-Z][A-Za-z]{{1,10}}\)")
    for form in (_MD, _DM)
)
_STAMP = re.compile(
    r"^\s*(?P<kind>(?i:first published|published|last updated|updated|last modified|modified|posted|date))\s*:?\s*(?i:on\s+)?"
)
# Around the date of a date line: "Thu 27 May 2021 06.00 BST", "Updated 6:12 PM EDT, October 18, 2023".
_SHORT_WEEKDAY = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+")
_CLOCK = r"\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?\s*[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
_LEADING_CLOCK = re.compile(rf"{_CLOCK},?\s+")
_MAX_DATE_LINE = 120
# A paper's name in capitals before the date: "THE WALL STREET JOURNAL, Thursday, November 16, 1989".
# Or a place before the date on a line of its own: "Berlin, 26 November 2025".
_MASTHEAD = re.compile(rf"(?:[A-Z][A-Z.&'’ -]{{2,50}}|(?!{_WD}\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s+(?=[A-Z0-9])")
_EMPHASIS_MARKS = ("*", "_")
_EMPHASIS_EDGES = re.compile(r"^[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?=\s*$)")
_TRAILING_CLOCK = re.compile(rf"(?:(?:[\s,]+|\s*[·|•]\s*)(?:at\s+)?{_CLOCK})?\s*$")  # "March 18, 2025 · 5:04 AM ET"


def _dateline_on(line: str) -> tuple[int, re.Match[str]] | None:
    """(rank, match) of a dateline on one line; rank 1 for "Updated"/"Last modified", a last resort."""
    if line[:1] in _EMPHASIS_MARKS or line.rstrip()[-1:] in _EMPHASIS_MARKS:
        # Markdown's "*Last updated: 19 February 2025*": the marks become spaces, offsets stay.
        line = _EMPHASIS_EDGES.sub(lambda m: " " * len(m.group()), line)
    if m := next((x for p in _WIRE if (x := p.match(line))), None):
        return 0, m
    if stamp := _STAMP.match(line):
        # "Published: Thu 27 May 2021", "Updated 6:12 PM EDT, October 18, 2023", "Published 9:12 a.m. ET Thu, May 15, 2025"
        start = _skip(_SHORT_WEEKDAY, line, _skip(_LEADING_CLOCK, line, _skip(_SHORT_WEEKDAY, line, stamp.end())))
        m = next((x for p in _EXPLICIT if (x := p.match(line, start))), None)
        kind = stamp.group("kind").lower()
        return m and (int(kind.endswith(("updated", "modified"))), m)
    if not line.strip() or len(line) > _MAX_DATE_LINE:
        return None  # a date line is short; a long line is prose (and would make the search slow)
    start = _skip(_SHORT_WEEKDAY, line, _skip(_MASTHEAD, line, len(line) - len(line.lstrip())))
    clock = _TRAILING_CLOCK.search(line, start)  # it may match the empty end of the line
    end = clock.start() if clock else len(line)
    m = _fullmatch_explicit(line, start, end)
    return (0, m) if m and m.group("y") else None


def _skip(pattern: re.Pattern[str], line: str, pos: int) -> int:
    """The position after `pattern` when it matches at `pos`, else `pos`."""
    found = pattern.match(line, pos)
    return found.end() if found else pos


def parse_dateline(text: str, *, year_hint: int | None = None) -> DateMention | None:
    """The date of a wire dateline or a date line in the first lines of an article.

    Recognises "YEREVAN, Nov 12 (Reuters) -", a line that is only a full date
    ("Tuesday, November 10, 2020"), and "Published: 12 November 2020"; an "Updated ..."
    line is used only when nothing else is found. A wire dateline without a year takes
    the year of the first full date (or month and year) in the first lines, never a bare
    year, which in a lede is usually history ("the 1988-94 war"); else `year_hint` (the
    caller's best guess, e.g. the store's publication year); otherwise None.
    Basis "dateline" (", year from the first lines" when the year was borrowed).
    """
    found = _dateline_in(text)
    if found is None:
        return None
    start, m, year, basis = found
    if basis is None:
        if year_hint is None:
            return None
        year, basis = year_hint, "dateline, year from the store's sources"
    mention = _explicit(m, None, year_hint=year, basis=basis)
    if mention is None or mention.span is None:
        return None
    return replace(mention, span=Span(mention.span.start + start, mention.span.end + start))


@lru_cache(maxsize=2)  # the extractor asks again, with a year hint, when the text gives no year
def _dateline_in(text: str) -> tuple[int, re.Match[str], int | None, str | None] | None:
    """(offset of its line, the match, the year it takes, basis) of the dateline of `text`:
    year None when the match has its own, basis None when neither it nor the text has one."""
    # Blank lines on top (a front matter block, blanked) are not among the first lines.
    top = len(text) - len(text.lstrip()) if text[:1].isspace() else 0
    top = text.rfind("\n", 0, top) + 1
    lines = text[top:].split("\n", _TOP_LINES)[:_TOP_LINES]  # not a split of the whole text
    head, starts = "\n".join(lines), accumulate((len(line) + 1 for line in lines), initial=top)
    found: tuple[int, re.Match[str], str] | None = None
    for line, start in zip(lines, starts, strict=False):
        on = _dateline_on(line)
        if on is not None and (found is None or on[0] == 0):
            found = start, on[1], line
            if on[0] == 0:
                break  # the first full date line; an "Updated" line counts only when there is none
    if found is None:
        return None
    start, m, line = found
    if m.group("y"):
        return start, m, None, "dateline"
    years = [d.start.year for d in find_dates(head, anchor=None) if d.precision != "year"]
    if years:
        return start, m, years[0], "dateline, year from the first lines"
    by_weekday = _year_from_weekday(m, line[m.end() :], text)
    if by_weekday is not None:
        return start, m, *by_weekday
    return start, m, None, None


_LEAD_WEEKDAY = re.compile(rf"\bon\s+({_WD})")
_BARE_YEAR = re.compile(rf"(?<![\w$£€.,-]){_YEAR}")


def _year_from_weekday(dateline: re.Match[str], lead: str, text: str) -> tuple[int, str] | None:
    """The year of a yearless dateline, when the lede's weekday allows only one.

    "SPRINGFIELD, March 4 (AP) — The council voted on Thursday ... in 2020": of the years
    the text mentions and the years after them, only 2021 has a Thursday March 4. The
    weekday must be the dateline's own day; two fitting years, or none, give None.
    """
    weekday = _LEAD_WEEKDAY.search(lead.split(". ", 1)[0])
    if weekday is None:
        return None
    mentioned = {int(y.group()) for y in _BARE_YEAR.finditer(text)}
    fitting = set()
    for year in mentioned | {y + 1 for y in mentioned}:
        mention = _explicit(dateline, None, year_hint=year, basis="")
        if mention is not None and mention.start.weekday() == _WEEKDAYS.index(weekday.group(1)):
            fitting.add(year)
    if len(fitting) != 1:
        return None
    year = fitting.pop()
    return year, f"dateline, year from the weekday ('{weekday.group(0)}') and the years the text names"


_CUE_RE = re.compile(r"\b" + _alt(SPEECH_CUES) + r"\b", re.IGNORECASE)


def said_on_for(cue_window: str, *, anchor: DateMention | None, offset: int = 0) -> DateMention | None:
    """The date of the speech act in an attribution clause, or None when it is not dated.

    `cue_window` is the speaker, the cue and its adverbials only ("X said on Monday
    morning", "In November 17 televised remarks, X said"). When several dates occur,
    the one nearest to a reporting word (`SPEECH_CUES`) wins, then the earlier one.
    """
    found = find_dates(cue_window, anchor=anchor, offset=offset)
    if not found:
        return None
    cues = [m.span() for m in _CUE_RE.finditer(cue_window)]

    def distance(d: DateMention) -> int:
        s, e = d.span.start - offset, d.span.end - offset  # type: ignore[union-attr]
        return min((max(cs - e, s - ce, 0) for cs, ce in cues), default=0)

    return min(found, key=distance)


# --- publication dates from metadata (front matter, HTML, JSON fields, --published) -------------

_META_DATETIME = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?\s*$")
_META_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_META_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")


def parse_metadata_date(value: object, *, basis: str) -> DateMention | None:
    """A publication date as metadata writes it, as a day (or an ISO interval), or None.

    Accepts an ISO date or interval ("2024-03-07", "2020-11-22/2020-11-28"); an ISO date-time
    ("2024-03-07T23:30:00-05:00", "2024-03-07 08:15:00"), whose day is taken as written, in
    the publisher's own time zone; "20240307"; an RFC 2822 date ("Thu, 07 Mar 2024 08:15:00
    GMT", RSS); a written date ("7 March 2024", "March 7, 2024", "Thursday 7 March 2024
    08.15 GMT"); Unix time in seconds or milliseconds (10 or 13 digits; its day in UTC).
    A date without a year, a month alone, or anything else gives None. `basis` is the
    mention's basis (where the metadata came from).

    >>> parse_metadata_date("2024-03-07T23:30:00-05:00", basis="front matter 'date'").iso()
    '2024-03-07'
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(int(value))
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = value.strip()
    if got := parse_iso(text, basis=basis):
        return got
    if m := _META_DATETIME.match(text):
        return parse_iso(m.group(1), basis=basis)
    if m := _META_COMPACT.match(text):
        return parse_iso(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", basis=basis)
    if m := _META_EPOCH.match(text):
        from datetime import datetime, timezone

        seconds = int(m.group(1)) // (1000 if len(m.group(1)) == 13 else 1)
        day = datetime.fromtimestamp(seconds, tz=timezone.utc).date()
        return DateMention(day, day, "day", basis)
    if "," in text[:4] and text[:3].isalpha():  # RFC 2822 opens with a short weekday and a comma
        from email.utils import parsedate_to_datetime

        try:
            day = parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            day = None
        if day is not None:
            return DateMention(day, day, "day", basis)
    on = _dateline_on(text)
    if on is None or on[0] != 0 or not on[1].group("y"):
        return None
    written = _explicit(on[1], None, basis=basis)
    return replace(written, span=None) if written is not None and written.start == written.end else None
