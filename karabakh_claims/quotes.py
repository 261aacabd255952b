"""Find a curated quote in its source text, tolerating typographic differences.

Quotes in claims.yaml are typed by people, from texts that went through wire
services, CMSs and PDF exports. The same words then differ in ways that carry no
meaning, so matching ignores exactly these differences:

- whitespace: any run of whitespace (spaces, tabs, newlines, no-break spaces) is one
  space; a quote's leading and trailing whitespace is ignored;
- quotation marks: “ ” „ « » ″ become ", and ‘ ’ ‚ ‹ › ′ ` ´ become ';
- dashes: ‐ ‑ ‒ – — ― − become -;
- invisible characters: soft hyphens and zero-width spaces/joiners are dropped;
- the ellipsis character … equals three dots;
- hyphenation at line breaks: a letter, a hyphen, a line break and a letter. Whether
  the hyphen belongs to the word cannot be told from the text, so both readings
  match: `Nagorno-\\nKarabakh` matches `Nagorno-Karabakh`, and `assis-\\ntance`
  matches `assistance` (and, harmlessly, `assis-tance`).

Not ignored: letter case, other punctuation, spaces inside words, Unicode
normalisation forms (NFC vs NFD), and editorial brackets such as `[Azerbaijani]`.
A hyphen typed in the quote still needs a hyphen in the text (`re-sign` does not
match `resign`) unless that hyphen stands at a line break.

Offsets returned are into the original text, so `text[span.start:span.end]` is
the passage as it stands in the source. Matching is linear in the text's length
(one regex pass to normalise, then `str.find`), and a prepared text can be searched
for many quotes (`prepare`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from functools import lru_cache

from karabakh_claims.models import Span

__all__ = ["PreparedText", "find_quote", "normalise_for_match", "prepare"]

# One character to one character, so this step keeps offsets as they are.
_QUOTES2 = "“”„‟«»″〃＂"
_QUOTES1 = "‘’‚‛‹›′`´＇"
_DASHES = "‐‑‒–—―−﹘﹣－"
_MAP = {**dict.fromkeys(_QUOTES2, '"'), **dict.fromkeys(_QUOTES1, "'"), **dict.fromkeys(_DASHES, "-")}

_LETTER = r"[^\W\d_]"
_DASH = f"[-{_DASHES}]"
# The alternatives are tried in order: a hyphenated line break must win over the
# whitespace it contains. A single plain space needs no work, so it is not a token
# (this keeps the number of matches, and the time, low on long texts).
_TOKEN = re.compile(
    rf"(?P<brk>(?<={_LETTER}){_DASH}[ \t]*\r?\n[ \t]*(?={_LETTER}))"
    rf"|(?P<hyp>(?<={_LETTER}){_DASH}(?={_LETTER}))"
    r"|(?P<ws> \s+|[^\S ]\s*)"
    rf"|(?P<map>[{_QUOTES2}{_QUOTES1}{_DASHES}])"
    r"|(?P<drop>[\u00ad\u200b\u200c\u200d\u2060\ufeff])"
    r"|(?P<ell>…)"
)

# Flags on a normalised character: what stood between it and the previous letter.
_NO_HYPHEN, _HYPHEN, _BREAK = 0, 1, 2


class PreparedText:
    """A text normalised once for many quote searches.

    `norm` is the comparison form (see the module doc). `origin[i]` is the index in
    the original text of `norm[i]`; `flags[i]` says whether a hyphen (1) or a
    hyphenated line break (2) was removed just before `norm[i]`.
    """

    __slots__ = ("text", "norm", "origin", "flags", "hyphens")

    def __init__(self, text: str) -> None:
        self.text = text
        # `hyphens`: positions of typed hyphens, sorted, to check a candidate quickly.
        self.norm, self.origin, self.flags, self.hyphens = _normalise(text)

    def find(self, quote: str) -> Span | None:
        """Span of the first occurrence of `quote` in the original text, or None."""
        q_norm, _, _, q_hyphen_list = _normalise(quote.strip())
        if not q_norm.strip():
            return None
        q_hyphens = set(q_hyphen_list)
        start = self.norm.find(q_norm)
        while start != -1:
            if self._hyphens_agree(start, len(q_norm), q_hyphens):
                # An expanded "…" points all three dots at the one character, so the
                # end is always one past the origin of the last matched character.
                end = start + len(q_norm) - 1
                return Span(self.origin[start], self.origin[end] + 1)
            start = self.norm.find(q_norm, start + 1)
        return None

    def _hyphens_agree(self, start: int, length: int, q_hyphens: set[int]) -> bool:
        """A hyphen in the quote needs one in the text (typed or at a line break),
        and a typed hyphen in the text needs one in the quote."""
        flags = self.flags
        if any(flags[start + i] == _NO_HYPHEN for i in q_hyphens):
            return False
        i = bisect_left(self.hyphens, start + 1)
        while i < len(self.hyphens) and self.hyphens[i] < start + length:
            if self.hyphens[i] - start not in q_hyphens:
                return False
            i += 1
        return True


def _normalise(text: str) -> tuple[str, array, bytearray, list[int]]:
    """Comparison form of `text`, the origin of each of its characters, the hyphen
    flag of each, and the positions flagged as typed hyphens (sorted)."""
    parts: list[str] = []
    origin = array("l")
    flags = bytearray()
    hyphens: list[int] = []
    pos = 0
    pending = _NO_HYPHEN
    for match in _TOKEN.finditer(text):
        start = match.start()
        kind = match.lastgroup
        if start > pos or kind in _EMITTING:
            # A character is emitted: it carries the hyphen flag left pending.
            if pending == _HYPHEN:
                hyphens.append(len(flags))
            flags.append(pending)
            pending = _NO_HYPHEN
            if start > pos:
                parts.append(text[pos:start])
                origin.extend(range(pos, start))
                flags.extend(bytes(start - pos - 1))
                if kind in _EMITTING:
                    flags.append(_NO_HYPHEN)
        if kind == "ws":
            parts.append(" ")
            origin.append(start)
        elif kind == "map":
            parts.append(_MAP[match.group()])
            origin.append(start)
        elif kind == "ell":
            parts.append("...")
            origin.extend((start, start, start))
            flags.extend(b"\0\0")
        elif kind == "brk":
            pending = _BREAK
        elif kind == "hyp":
            pending = _HYPHEN
        # "drop": invisible characters vanish without resetting a pending hyphen.
        pos = match.end()
    if pos < len(text):
        if pending == _HYPHEN:
            hyphens.append(len(flags))
        parts.append(text[pos:])
        origin.extend(range(pos, len(text)))
        flags.append(pending)
        flags.extend(bytes(len(text) - pos - 1))
    return "".join(parts), origin, flags, hyphens


_EMITTING = frozenset({"ws", "map", "ell"})


@lru_cache(maxsize=64)
def prepare(text: str) -> PreparedText:
    """Normalise `text` once for many `find` calls (cached for the last 64 texts).

    >>> prepare("Nagorno-\\nKarabakh’s capital").find("Nagorno-Karabakh's")
    Span(start=0, end=19)
    """
    return PreparedText(text)


def find_quote(quote: str, text: str) -> Span | None:
    """Where `quote` occurs in `text`, after the normalisation in the module doc.

    Returns a Span of character offsets into the original `text` (the first
    occurrence), or None when the quote does not occur or is blank.

    >>> text = "He said: “We will not give up\\n  Shushi.”"
    >>> span = find_quote('"We will not give up Shushi."', text)
    >>> text[span.start:span.end]
    '“We will not give up\\n  Shushi.”'
    """
    return prepare(text).find(quote)


def normalise_for_match(text: str) -> str:
    """The comparison key of `text`: what `find_quote` compares, as a string.

    Whitespace runs become one space (and ends are stripped), quotation marks and
    dashes take their ASCII form, invisible characters go, `…` becomes `...`, and a
    hyphen between two letters is removed, at a line break or not. The last rule
    makes the key slightly looser than `find_quote` (`re-sign` and `resign` share
    a key); use the key to compare or deduplicate, not to display.

    >>> normalise_for_match("  “Nagorno-\\nKarabakh”  –  assis-\\ntance ")
    '"NagornoKarabakh" - assistance'
    """
    return _normalise(text)[0].strip()
