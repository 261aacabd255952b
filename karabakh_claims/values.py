"""Values: what a claim or statement holds for its event's slot, in comparable form.

A date becomes an inclusive range of day ordinals, a figure a numeric range with a
label saying what is counted ("soldiers killed"), a fact or account a short text with
an outcome label ("taken", "contested", "not deployed"). The qualifier, counting and
outcome lexicons are data (karabakh_claims/data/values.yaml), loaded once.

`compare` says whether two values agree, conflict, count different things, or have
nothing to do with each other. Polarity (assert/deny) is not part of a value: the
caller decides what an assertion and a denial of agreeing values mean.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

from karabakh_claims.data import load
from karabakh_claims.dates import parse_iso
from karabakh_claims.models import DateMention, Event, Slot, Value

Comparison = Literal["agree", "conflict", "different-scope", "unrelated"]

# Fact and account texts at least this similar (rapidfuzz token_set_ratio, after
# outcome phrases are reduced to their labels) say the same thing.
FACT_SAME_TEXT = 80.0
# With the same outcome label, a weaker textual likeness is enough to be one fact.
FACT_SAME_OUTCOME_TEXT = 70.0
FACT_MAX_LENGTH = 120


@dataclass(frozen=True, slots=True)
class _Phrase:
    label: str
    words: frozenset[str]
    body: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The loaded values.yaml: qualifier ranges, counting words and outcome phrases."""

    qualifiers: tuple[tuple[str, float, float | None], ...]
    number_words: dict[str, float]
    scales: dict[str, float]
    vague_counts: dict[str, tuple[float, float]]
    counted: dict[str, str]
    counted_within: dict[str, frozenset[str]]
    measures_within: dict[str, frozenset[str]]
    zero_counts: dict[str, str | None]
    measures: dict[str, str]
    outcomes: tuple[_Phrase, ...]
    opposes: dict[str, frozenset[str]]
    stopwords: frozenset[str]
    scope_hedges: frozenset[str]
    negating: frozenset[str]
    outcome_starts: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]


def _phrase_body(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        if word == "*":
            # Up to five arbitrary words: "no foreign troops", "fighting for the city of X continues".
            parts.append(r"(?:[\w'’-]+\s+){0,5}?")
        else:
            parts.append(re.escape(word) + r"\s+")
    body = "".join(parts)
    return body[: -len(r"\s+")] if body.endswith(r"\s+") else body


def _phrase_regex(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){_phrase_body(phrase)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The value lexicons from karabakh_claims/data/values.yaml (read once, cached)."""
    raw = load("values.yaml")
    qualifiers = tuple(
        sorted(
            ((str(k).lower(), float(v["low"]), None if v["high"] is None else float(v["high"]))
             for k, v in raw["qualifiers"].items()),
            key=lambda q: -len(q[0]),
        )
    )
    outcomes: list[_Phrase] = []
    opposes: dict[str, frozenset[str]] = {}
    for label, entry in raw["outcomes"].items():
        opposes[label] = frozenset(entry.get("opposes") or ())
        for phrase in entry["phrases"]:
            words = frozenset(w.lower() for w in phrase.split() if w != "*")
            outcomes.append(_Phrase(label, words, _phrase_body(phrase)))
    # Phrases indexed by their first word, longest first: a text is scanned word by word
    # and only the phrases that can start at a word are tried (one big alternation is
    # ten times slower on 100,000 statements).
    outcomes.sort(key=lambda p: -len(p.body))
    starts: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for i, phrase in enumerate(outcomes):
        first = phrase.body.split("\\s+")[0].replace("\\", "").lower()
        starts.setdefault(first, []).append((i, re.compile(phrase.body + r"(?![\w-])", re.IGNORECASE)))
    return Lexicon(
        qualifiers=qualifiers,
        number_words={str(k).lower(): float(v) for k, v in raw["number_words"].items()},
        scales={str(k).lower(): float(v) for k, v in raw["scales"].items()},
        vague_counts={str(k).lower(): (float(v[0]), float(v[1])) for k, v in raw["vague_counts"].items()},
        counted={str(k).lower(): str(v) for k, v in raw["counted"].items()},
        counted_within={str(k).lower(): frozenset(map(str, v)) for k, v in raw.get("counted_within", {}).items()},
        measures_within={str(k).lower(): frozenset(map(str, v)) for k, v in raw.get("measures_within", {}).items()},
        zero_counts={str(k).lower(): v for k, v in sorted(raw.get("zero_counts", {}).items(), key=lambda kv: -len(str(kv[0])))},
        measures={str(k).lower(): str(v) for k, v in raw["measures"].items()},
        outcomes=tuple(outcomes),
        opposes=opposes,
        stopwords=frozenset(str(w).lower() for w in raw["stopwords"]),
        scope_hedges=frozenset(str(w).lower() for w in raw["scope_hedges"]),
        negating=frozenset(label for label, entry in raw["outcomes"].items() if entry.get("negates")),
        outcome_starts={k: tuple(v) for k, v in starts.items()},
    )


# --- outcomes ------------------------------------------------------------------


_OUTCOME_WORD_RE = re.compile(r"(?<![\w-])[\w'’]+")


@dataclass(frozen=True, slots=True)
class OutcomeMatch:
    """An outcome phrase found in a text: its label and where it stands."""

    label: str
    start: int
    end: int
    words: frozenset[str] = frozenset()


def find_outcomes(text: str) -> list[OutcomeMatch]:
    """Outcome phrases in `text`, left to right; at one position the longest phrase wins.

    Limits: no parsing, so "did not say it had fallen" reads as "taken"; negations are
    only recognised where the lexicon lists them ("has not fallen", "no * troops").

    >>> [m.label for m in find_outcomes("the ministry insisted that fighting was ongoing")]
    ['contested']
    """
    lex = lexicon()
    found: list[OutcomeMatch] = []
    covered = 0
    for word in _OUTCOME_WORD_RE.finditer(text):
        if word.start() < covered:
            continue
        for i, pattern in lex.outcome_starts.get(word.group().lower(), ()):
            match = pattern.match(text, word.start())
            if match:
                phrase = lex.outcomes[i]
                found.append(OutcomeMatch(phrase.label, match.start(), match.end(), phrase.words))
                covered = match.end()
                break
    return found


def _hypothetical(text: str, at: int) -> bool:
    """Whether the clause holding position `at` is conditional ("If X is captured", "could fall")."""
    clause_start = max(text.rfind(mark, 0, at) for mark in (",", ";", ".", ":", "—"))
    words = re.findall(r"[a-z]+(?: case)?", text[clause_start + 1 : at].lower())
    markers = _hypothetical_markers()
    return any(word in markers for word in words)


@lru_cache(maxsize=1)
def _hypothetical_markers() -> frozenset[str]:
    return frozenset(load("values.yaml").get("hypothetical_markers", []))


def outcome_of(text: str) -> str | None:
    """The outcome label of a short fact: the first outcome phrase in it, or None."""
    matches = find_outcomes(text)
    return matches[0].label if matches else None


def with_outcome_labels(text: str) -> str:
    """`text` with every outcome phrase replaced by its label, so paraphrases compare equal.

    Words a `*` gap stood for are kept after the label ("fighting for the city
    continues" -> "contested for the city").

    >>> with_outcome_labels("forces lost control of the town")
    'forces taken of the town'
    """
    pieces: list[str] = []
    last = 0
    for match in find_outcomes(text):
        pieces.append(text[last:match.start])
        pieces.append(match.label.replace(" ", "_"))
        gap = [w for w in text[match.start:match.end].split() if w.lower() not in match.words]
        if gap:
            pieces.append(" " + " ".join(gap))
        last = match.end
    pieces.append(text[last:])
    return "".join(pieces)


def outcomes_oppose(a: str | None, b: str | None) -> bool:
    """True when two outcome labels cannot both hold (per the `opposes` lists)."""
    if a is None or b is None:
        return False
    return b in lexicon().opposes.get(a, frozenset()) or a in lexicon().opposes.get(b, frozenset())


def negates(label: str | None) -> bool:
    """True for outcome labels that say the event has not happened ("contested", "not used")."""
    return label is not None and label in lexicon().negating


# --- numbers -------------------------------------------------------------------

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER_RE = re.compile(
    rf"(?<![\w.,/:-])(?P<fig>{_FIGURE})(?:\s*(?P<dash>-|–|to)\s*(?P<fig2>{_FIGURE}))?"
    rf"(?:\s+(?P<scale>hundred|thousand|million))?(?P<plus>\+)?(?![\w/:]|\.\d|,\d)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP_BEFORE_NOUN = frozenset(
    "of its their the his her our whom which them those these a an and more than".split()
)
# Words that end a counted noun phrase: "2,317 soldiers | had been killed".
_FUNCTION_WORDS = frozenset(
    """a an and or but the of in on at to from for with by as that which who whom whose
    had has have having was were is are be been being will would could should may might
    can did do does not no nor than then there their its his her our they them it he she
    we you this these those said says reported killed died while since after before during
    including among across into onto over under about""".split()
)
@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in a text: its range, what it counts, and where it stands."""

    text: str
    low: float
    high: float
    quantity: str | None
    start: int
    end: int
    hypothetical: bool = False  # in a conditional or projected clause: "could have destroyed 20"


def _to_float(figure: str) -> float:
    return float(figure.replace(",", ""))


def _qualifier_before(text: str, start: int) -> tuple[str, float, float | None] | None:
    before = text[max(0, start - 30):start].lower().rstrip()
    for phrase, low, high in lexicon().qualifiers:
        if phrase == "+":
            continue
        if before.endswith(phrase) and (
            len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum() or not phrase[0].isalnum()
        ):
            return phrase, low, high
    return None


def _apply_qualifier(n: float, qualifier: tuple[str, float, float | None] | None) -> tuple[float, float]:
    if qualifier is None:
        return n, n
    _, low, high = qualifier
    return low * n, math.inf if high is None else high * n


def _words_after(text: str, end: int, limit: int) -> list[re.Match[str]]:
    out = []
    for match in _WORD_RE.finditer(text, end):
        # A clause ends the counted noun phrase: "killed 21, and the ..." stops at the comma.
        if re.search(r"[.;:!?]", text[end:match.start()]):
            break
        out.append(match)
        if len(out) >= limit:
            break
    return out


def _phrase_at(words: list[str], i: int, table: dict[str, str]) -> tuple[str, int] | None:
    for width in (3, 2, 1):
        key = " ".join(words[i:i + width]).lower().replace("’", "'")
        if len(words[i:i + width]) == width and key in table:
            return table[key], width
    return None


# Words of a qualifier between a verb and its figure ("killed at least 21", "wounded some 40").
_QUALIFIER_WORDS = frozenset("at least most more less fewer than some about around nearly almost over up to roughly approximately an estimated".split())


def quantity_label(text: str, start: int, end: int) -> str | None:
    """What the figure at text[start:end] counts: "<counted> <measure>", e.g. "soldiers killed".

    Looks for a counted noun in the next few words ("2,317 of its soldiers"), then for a
    measure word ("killed", "died", "deaths") after it or shortly before the figure
    ("killed 21 civilians"). Unknown nouns are kept as written ("military flights").
    """
    lex = lexicon()
    after = _words_after(text, end, 12)
    words = [m.group() for m in after]
    # The noun phrase: skip "of its"/"of the", then content words up to a function word.
    i = 0
    while i < len(words) and words[i].lower() in _STOP_BEFORE_NOUN:
        i += 1
    phrase_start = i
    while i < len(words) and words[i].lower() not in _FUNCTION_WORDS and i - phrase_start < 4:
        i += 1
    noun_phrase = words[phrase_start:i]
    noun_end = i
    counted: str | None = None
    head_is_measure = bool(noun_phrase) and _phrase_at(noun_phrase, len(noun_phrase) - 1, lex.measures)
    for j in range(len(noun_phrase)):
        hit = _phrase_at(noun_phrase, j, lex.counted)
        if not hit:
            continue
        last = noun_phrase[j + hit[1] - 1].lower()
        is_head = j + hit[1] == len(noun_phrase)
        # The head of the phrase is what is counted ("armored personnel carriers" are not
        # personnel; in "civilian deaths" the head is a measure). A plural noun rarely
        # modifies another, so "peacekeepers continues" is noun + verb.
        if is_head or last.endswith("s") or last in {"people", "children"} or (
            head_is_measure and j + hit[1] == len(noun_phrase) - 1
        ):
            counted = hit[0]
            noun_phrase = noun_phrase[: j + hit[1]] if not head_is_measure else noun_phrase
            noun_end = phrase_start + j + hit[1]
            break
    if counted is None and noun_phrase and not head_is_measure:
        loose = [w.lower() for w in noun_phrase if not w[0].isupper()][-3:]
        counted = " ".join(loose) or None
    if head_is_measure and counted is not None:
        noun_end = phrase_start + len(noun_phrase) - 1
    measure: str | None = None
    # "killed 12 civilians and injured 30 others": a measure verb right before the figure (or
    # before its qualifier) is its measure, whatever the next clause says of another figure.
    before = [w.lower() for w in _WORD_RE.findall(text[max(0, start - 40):start])[-4:]]
    while before and before[-1] in _QUALIFIER_WORDS:
        before.pop()
    adjacent = _phrase_at(before, len(before) - 1, lex.measures) if before else None
    if adjacent:
        measure = adjacent[0]
    for i in range(noun_end, len(words)) if measure is None else ():
        hit = _phrase_at(words, i, lex.measures)
        if hit:
            measure = hit[0]
            break
    if measure is None:
        before = _WORD_RE.findall(text[max(0, start - 40):start])[-4:]
        for i in range(len(before)):
            hit = _phrase_at(before, i, lex.measures)
            if hit:
                measure = hit[0]
    parts = [p for p in (counted, measure) if p]
    return " ".join(parts) or None


def _is_date_or_time(text: str, start: int, end: int, figure: str) -> bool:
    before = text[max(0, start - 12):start].lower()
    after = text[end:end + 12].lower()
    if re.search(rf"(?:{_MONTHS})\.?\s*$", before) or re.match(rf"\s*(?:{_MONTHS})\b", after):
        return True
    if re.match(r"\s*(?:percent|per cent|%|km|kilomet|miles|hours|days|weeks|years|gmt|am\b|pm\b)", after):
        return True
    digits = figure.replace(",", "")
    # A bare four-digit figure from 1900 to 2099 is a year far more often than a count.
    return "," not in figure and len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099


def find_figures(text: str) -> list[Figure]:
    """Counted figures in `text`: qualified ranges with the label of what they count.

    Skips dates, years, times, percentages and distances. Number words ("twenty") and
    vague counts ("dozens of civilians") are read too.

    >>> f = find_figures("the president said almost 5,000 people have died")[0]
    >>> (f.low, f.high, f.quantity)
    (4500.0, 5000.0, 'people killed')
    """
    return list(_figures(text))


# Linking asks it of one statement for each number event it might count for.
@lru_cache(maxsize=1 << 14)
def _figures(text: str) -> tuple[Figure, ...]:
    return tuple(_find_figures(text))


def _find_figures(text: str) -> list[Figure]:
    lex = lexicon()
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for match in _NUMBER_RE.finditer(text):
        start, end = match.start(), match.end()
        if _is_date_or_time(text, start, end, match.group("fig")):
            continue
        scale = lex.scales.get((match.group("scale") or "").lower(), 1.0)
        n = _to_float(match.group("fig")) * scale
        if match.group("fig2"):
            low, high = n, _to_float(match.group("fig2")) * scale
            if high < low:
                continue
        else:
            qualifier = _qualifier_before(text, start)
            if match.group("plus"):
                qualifier = ("+", 1.0, None)
            low, high = _apply_qualifier(n, qualifier)
            if qualifier is not None and qualifier[0] not in {"+"}:
                q_start = text.lower().rfind(qualifier[0], 0, start)
                start = q_start if q_start >= 0 else start
        figures.append(Figure(text[start:end], low, high, quantity_label(text, match.start(), end), start, end))
        taken.append((start, end))
    # "not one soldier" is a count of nothing before it is the number one.
    figures.extend(_zero_counts(text, taken))
    words = {**lex.number_words, **{k: v for k, v in lex.vague_counts.items()}}
    lowered = _ascii_lowered(text)
    for phrase in sorted(words, key=len, reverse=True):
        if lowered is not None and phrase.isascii() and phrase.lower() not in lowered:
            continue  # not in the text, in any case: no match (the search looked up 35 patterns a text)
        for match in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.IGNORECASE):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            label = quantity_label(text, start, end)
            if phrase in lex.vague_counts:
                low, high = lex.vague_counts[phrase]
            else:
                # A bare number word ("six-week", "two or three days") counts only when a
                # counted noun follows it, or what happened to them does ("six were injured").
                if not label or (label.split()[0] not in set(lex.counted.values()) and not _befell(text, end)):
                    continue
                qualifier = _qualifier_before(text, start)
                low, high = _apply_qualifier(lex.number_words[phrase], qualifier)
            figures.append(Figure(text[start:end], low, high, label, start, end))
            taken.append((start, end))
    return sorted((replace(f, hypothetical=_hypothetical(text, f.start)) for f in figures), key=lambda f: f.start)


def _ascii_lowered(text: str) -> str | None:
    """`text` in lower case when it is ASCII, else None. In ASCII text a case-insensitive search
    for an ASCII phrase can only match where the lowered text holds the lowered phrase (with
    other characters, re.IGNORECASE matches more: 'ſ' for 's', the Kelvin sign for 'k')."""
    return text.lower() if text.isascii() else None


def _counted_noun_within(text: str, end: int, limit: int) -> str | None:
    """The class of the first counted noun among the `limit` words after `end`, or None."""
    words = [m.group() for m in _words_after(text, end, limit)]
    for i in range(len(words)):
        hit = _phrase_at(words, i, lexicon().counted)
        if hit:
            return hit[0]
    return None


def _befell(text: str, end: int) -> bool:
    """Whether a measure follows a figure as its verb: "six were injured", "two have died"."""
    words = [m.group().lower() for m in _words_after(text, end, 3)]
    verbs = {"were", "was", "had", "have", "has", "been", "are", "is"}
    for i in range(len(words)):
        if _phrase_at(words, i, lexicon().measures):
            return all(w in verbs for w in words[:i])
    return False


def _zero_counts(text: str, taken: list[tuple[int, int]]) -> list[Figure]:
    """Counts of nothing ("not a single resident", "no civilians") before a known counted noun."""
    lex = lexicon()
    known = set(lex.counted.values())
    found: list[Figure] = []
    lowered = _ascii_lowered(text)
    for phrase, implied in lex.zero_counts.items():
        if lowered is not None and phrase.isascii() and phrase.lower() not in lowered:
            continue  # as in _find_figures
        for match in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.IGNORECASE):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            label = quantity_label(text, start, end)
            counted = implied or _counted_noun_within(text, end, 3)
            if counted and (not label or label.split()[0] not in known):
                # "not a single resident was harmed": the noun is singular after a zero.
                measure = quantity_key(label)[1] if label else None
                label = " ".join(filter(None, (counted, measure)))
            if label and label.split()[0] in known:
                found.append(Figure(text[start:end], 0.0, 0.0, label, start, end))
                taken.append((start, end))
    return found


def _parse_number(text: str, scope: str | None) -> Value | None:
    raw = text.strip()
    if not raw:
        return None
    # Store forms: "2317", "2,317", "4000+", ">4000", "~2000", "20-21", "more than 4000".
    match = re.fullmatch(
        rf"(?P<q>[^\d]*?)\s*(?P<fig>{_FIGURE})\s*(?:(?:-|–|to)\s*(?P<fig2>{_FIGURE}))?\s*"
        r"(?P<scale>hundred|thousand|million)?\s*(?P<plus>\+)?",
        raw,
        re.IGNORECASE,
    )
    if not match:
        return None
    lex = lexicon()
    scale = lex.scales.get((match.group("scale") or "").lower(), 1.0)
    n = _to_float(match.group("fig")) * scale
    if match.group("fig2"):
        high = _to_float(match.group("fig2")) * scale
        if high < n or match.group("q").strip():
            return None
        return Value("number", raw, n, high, quantity=scope)
    qualifier_text = match.group("q").strip().lower()
    qualifier = None
    if match.group("plus"):
        if qualifier_text:
            return None
        qualifier = ("+", 1.0, None)
    elif qualifier_text:
        qualifier = next((q for q in lex.qualifiers if q[0] == qualifier_text), None)
        if qualifier is None:
            return None
    low, high = _apply_qualifier(n, qualifier)
    return Value("number", raw, low, high, quantity=scope)


# --- dates ---------------------------------------------------------------------


def date_value(mention: DateMention, *, outcome: str | None = None) -> Value:
    """A date-slot Value from a DateMention (inclusive day ordinals)."""
    return Value(
        "date", mention.iso(), float(mention.start.toordinal()), float(mention.end.toordinal()), outcome=outcome
    )


def _hull(mentions: list[DateMention]) -> DateMention:
    start = min(m.start for m in mentions)
    end = max(m.end for m in mentions)
    return DateMention(start, end, "day" if start == end else "interval", "hull of dates in the statement")


# --- public API ----------------------------------------------------------------


def parse_value(text: str, slot: Slot, *, scope: str | None = None) -> Value | None:
    """The Value a store claim holds for its event's slot (see docs/store-format.md).

    date: an ISO date or interval, or "by" one (on or before it); number: a figure with an optional qualifier or a
    range ("2317", "4000+", "more than 4000", "~2000", "20-21"), labelled with `scope`;
    fact: one line of at most 120 characters, with its outcome label; account: any
    non-empty text. Returns None when the text does not fit the slot.

    >>> parse_value("almost 5000", "number").low
    4500.0
    """
    if slot == "date":
        if text.startswith("by "):
            mention = parse_iso(text[3:])
            return Value("date", text, None, float(mention.end.toordinal())) if mention else None
        mention = parse_iso(text)
        return date_value(mention) if mention else None
    if slot == "number":
        return _parse_number(text, scope)
    stripped = " ".join(text.split())
    if not stripped:
        return None
    if slot == "fact":
        if "\n" in text.strip() or len(stripped) > FACT_MAX_LENGTH:
            return None
        return Value("fact", stripped, outcome=outcome_of(stripped))
    if slot == "account":
        return Value("account", stripped, outcome=outcome_of(stripped))
    return None


def _find_dates(content: str, anchor: DateMention | None) -> list[DateMention]:
    try:
        from karabakh_claims.dates import find_dates
    except ImportError:  # dates.find_dates is being written; ISO dates still work without it
        return [m for m in (parse_iso(t) for t in re.findall(r"\d{4}-\d{2}-\d{2}", content)) if m]
    return list(find_dates(content, anchor=anchor, offset=0))


# A time frame an undated outcome is placed in, other than the day it was told: "during that
# war", "in those years", "years ago", "at the time", "back then", "in the 1990s" (not "during
# the night", which is the same days).
_OTHER_TIME_FRAME = re.compile(
    r"\b(?:during|throughout|in)\s+(?:that|those)\b"
    r"|\b(?:years|decades|centuries|generations)\s+(?:ago|earlier|before)\b"
    r"|\bat\s+the\s+time\b|\bback\s+then\b|\bin\s+the\s+\d{4}s\b",
    re.IGNORECASE,
)


def extract_value(content: str, event: Event, *, anchor: DateMention | None) -> Value | None:
    """What an extracted statement's `content` holds for `event`'s slot, or None.

    date: the dates in the content (resolved against `anchor`, normally the statement's
    said_on), joined into one interval ("partially on November 5 and completely on
    November 7" -> 11-05/11-07); with no date in the content but an outcome phrase, what
    the day it was said tells: "had captured" said on the 9th holds that it happened by
    the 9th (an open range, "by 2020-11-09"), "fighting continues" that it had not
    happened as of that day (the day itself, for a denial). number: the figure of what
    the event counts (see `_event_figure`). fact/account: the content with its outcome label.

    Limits: no syntax; a content with several figures or dates about different things
    yields the first figure or the hull of all dates.
    """
    if event.slot == "date":
        outcomes = [m for m in find_outcomes(content) if not _hypothetical(content, m.start)]
        # A date is the event's date only where the statement says what happened
        # ("captured", "lost control", "fighting continues"); other dates are context.
        if not outcomes:
            return None
        outcome = outcomes[0].label
        mentions = _find_dates(content, anchor)
        if mentions:
            return date_value(_hull(mentions), outcome=outcome)
        if anchor is None or _OTHER_TIME_FRAME.search(content):
            # "During that war it fell ...": an outcome of another time, which the day the
            # statement was made does not date.
            return None
        if negates(outcome):
            return date_value(anchor, outcome=outcome)
        return Value("date", f"by {anchor.end.isoformat()}", None, float(anchor.end.toordinal()), outcome=outcome)
    if event.slot == "number":
        best = _event_figure(content, event)
        if best is None:
            return None
        return Value("number", best.text, best.low, best.high, quantity=best.quantity)
    text = " ".join(content.split())
    if not text:
        return None
    if event.slot == "fact" and len(text) > FACT_MAX_LENGTH:
        text = text[: FACT_MAX_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return Value(event.slot, text, outcome=outcome_of(content))


def event_figure(content: str, event: Event) -> Figure | None:
    """The figure of `content` that gives what number `event` counts, with where it stands,
    or None (see `_event_figure`)."""
    return _event_figure(content, event)


def _event_figure(content: str, event: Event) -> Figure | None:
    """The figure of `content` that gives what `event` counts.

    Hypothetical and projected figures ("could have destroyed 20", "may rise to 50") are
    not counts. Among the rest: one of the event's own class ("three of them children" for
    a count of children), else one of a class that includes or is included in it, else,
    when the event names no class, the first figure of a known class, else the first.
    """
    figures = [f for f in find_figures(content) if not f.hypothetical]
    if not figures:
        return None
    wanted = event_quantity(event)
    if wanted is not None:
        for acceptable in (("same",), ("wider", "narrower")):
            found = next((f for f in figures if f.quantity and quantity_relation(f.quantity, wanted) in acceptable), None)
            if found is not None:
                return found
        return None
    known = set(lexicon().counted.values())
    return next((f for f in figures if f.quantity and f.quantity.split()[0] in known), figures[0])


@lru_cache(maxsize=4096)
def quantity_key(quantity: str | None) -> tuple[str | None, str | None, frozenset[str]]:
    """(counted class, measure class, other words) of a quantity label or store scope.

    Words of `scope_hedges` ("confirmed", "reported") are dropped: they say how a count is
    known, not what it counts.

    "soldiers killed, northern side" -> ("soldiers", "killed", {"northern", "side"}).
    """
    if not quantity:
        return None, None, frozenset()
    lex = lexicon()
    words = [w.lower().replace("’", "'") for w in _WORD_RE.findall(quantity)]
    counted = measure = None
    rest: set[str] = set()
    i = 0
    while i < len(words):
        hit = _phrase_at(words, i, lex.counted) if counted is None else None
        if hit:
            counted, width = hit
            i += width
            continue
        hit = _phrase_at(words, i, lex.measures) if measure is None else None
        if hit:
            measure, width = hit
            i += width
            continue
        if words[i] not in _STOP_BEFORE_NOUN and words[i] not in lex.scope_hedges:
            rest.add(words[i])
        i += 1
    if counted is None and rest:
        counted, rest = " ".join(sorted(rest)), set()
    return counted, measure, frozenset(rest)


def same_quantity(a: str | None, b: str | None) -> bool:
    """True when two quantity labels count the same thing.

    A missing label means "what the event counts" and matches anything; a missing
    measure ("peacekeepers") matches any measure; extra words ("northern side") must
    match only when both labels have some.
    """
    return quantity_relation(a, b) == "same"


QuantityRelation = Literal["same", "wider", "narrower", "different"]


def quantity_relation(a: str | None, b: str | None) -> QuantityRelation:
    """How what `a` counts relates to what `b` counts.

    Two labels compare by what is counted and by what happened to it. "same" (see
    `same_quantity`); "wider" when `a` includes what `b` counts (people killed vs
    civilians killed, civilians harmed vs civilians killed: the `counted_within` and
    `measures_within` tables of values.yaml) and extra words do not differ; "narrower"
    the other way round; "different" otherwise.
    """
    if not a or not b:
        return "same"
    lex = lexicon()
    ca, ma, ra = quantity_key(a)
    cb, mb, rb = quantity_key(b)
    if ra and rb and ra != rb:
        return "different"
    relations = {_class_relation(ca, cb, lex.counted_within), _class_relation(ma, mb, lex.measures_within)}
    if "different" in relations or relations == {"wider", "narrower"}:
        return "different"
    if relations == {"same"}:
        return "same"
    return "wider" if "wider" in relations else "narrower"


def _class_relation(a: str | None, b: str | None, within: dict[str, frozenset[str]]) -> QuantityRelation:
    if a is None or b is None or a == b:  # "killed" alone: whatever the event counts
        return "same"
    if a in within.get(b, frozenset()):
        return "wider"
    if b in within.get(a, frozenset()):
        return "narrower"
    return "different"


def event_quantity(event: Event) -> str | None:
    """What a number event counts, read from its title and keywords ("How many children the
    strike killed" -> "children killed"), or None when they name no counted class."""
    # Asked once per statement and number event while linking: remembered per title and keywords.
    return _event_quantity(event.title, event.keywords)


@lru_cache(maxsize=1 << 12)
def _event_quantity(title: str, keywords: tuple[str, ...]) -> str | None:
    lex = lexicon()
    counted = measure = None
    for text in (title, *keywords):
        words = [w.lower() for w in _WORD_RE.findall(text)]
        for i in range(len(words)):
            if counted is None and (hit := _phrase_at(words, i, lex.counted)):
                counted = hit[0]
            if measure is None and (hit := _phrase_at(words, i, lex.measures)):
                measure = hit[0]
        if counted:
            break
    return " ".join(filter(None, (counted, measure))) or None


def _ranges_meet(a: Value, b: Value) -> bool:
    lo_a, hi_a = a.low if a.low is not None else -math.inf, a.high if a.high is not None else math.inf
    lo_b, hi_b = b.low if b.low is not None else -math.inf, b.high if b.high is not None else math.inf
    return lo_a <= hi_b and lo_b <= hi_a


def text_similarity(a: str, b: str) -> float:
    """rapidfuzz token_set_ratio of two texts after outcome phrases become labels (0-100)."""
    return fuzz.token_set_ratio(with_outcome_labels(a).lower(), with_outcome_labels(b).lower())


def compare(a: Value, b: Value) -> Comparison:
    """Whether two values of one event agree, conflict, count different things, or are unrelated.

    date: overlapping ranges agree, disjoint ones conflict. number: same quantity
    (see `same_quantity`) and ranges that meet agree, disjoint ones conflict; other
    quantities are "different-scope". fact/account: outcome labels that oppose
    conflict; texts that say the same thing (similar, or same outcome and somewhat
    similar) agree; anything else is "unrelated". Values of different slots are unrelated.

    >>> compare(parse_value("1960", "number"), parse_value("almost 2000", "number"))
    'agree'
    """
    if a.slot != b.slot:
        return "unrelated"
    if a.slot == "date":
        return "agree" if _ranges_meet(a, b) else "conflict"
    if a.slot == "number":
        relation = quantity_relation(a.quantity, b.quantity)
        if relation == "same":
            return "agree" if _ranges_meet(a, b) else "conflict"
        wide, narrow = (a, b) if relation == "wider" else (b, a)
        if relation != "different" and wide.high is not None and narrow.low is not None and wide.high < narrow.low:
            return "conflict"  # fewer people killed than the civilians among them
        return "different-scope"
    if outcomes_oppose(a.outcome, b.outcome):
        return "conflict"
    similarity = text_similarity(a.text, b.text)
    if similarity >= FACT_SAME_TEXT:
        return "agree"
    if a.outcome is not None and a.outcome == b.outcome and similarity >= FACT_SAME_OUTCOME_TEXT:
        return "agree"
    return "unrelated"


def format_number(value: Value) -> str:
    """A short label for a number value: "4000+", "4500-5000", "2317"."""
    def fmt(x: float) -> str:
        x = round(x, 6)  # 1,500 x 1.1 is 1650.0000000000002 in binary
        return f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"

    if value.low is None:
        return value.text
    if value.high is None or math.isinf(value.high):
        return f"{fmt(value.low)}+"
    if value.low == value.high:
        return fmt(value.low)
    return f"{fmt(value.low)}-{fmt(value.high)}"
