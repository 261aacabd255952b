"""Adversarial inputs: every text function must finish on them, in about linear time.

Each case is big enough that a regular expression with catastrophic (exponential or
quadratic) backtracking, or a quadratic loop, would take minutes instead of about a
second, so a regression hangs the suite where CI sees it. There are deliberately no
timing assertions (a slow CI machine must not fail them); the sizes do the work, under a
generous timeout. The throughput target itself is measured by scripts/bench.py, not here.

A case that is slow today for one function is skipped for that function only, with the
culprit named in the reason, so the suite stays fast; drop it from `slow` once fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pytest

from karabakh_claims import dates
from karabakh_claims.entities import EntityIndex
from karabakh_claims.models import DateMention, Document, Span
from karabakh_claims.phrases import quotation_regions
from karabakh_claims.statements import extract_statements
from karabakh_claims.text import clean, layout, normalise, sentences

# Linear code finishes each case in about a second; quadratic code takes minutes and fails here.
pytestmark = pytest.mark.timeout(120)

MB = 1_000_000
ANCHOR = DateMention(date(2020, 11, 10), date(2020, 11, 10), "day", "published")


def _sized(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


@dataclass(frozen=True, slots=True)
class Case:
    """An adversarial text, built in the test (not at collection), and the tests known to be slow on it."""

    id: str
    build: Callable[[], str]
    slow: dict[str, str] = field(default_factory=dict)  # "layout" | "dates" | "extract" -> the culprit


CASES = (
    Case("2MB-line-of-cue-words", lambda: _sized("said told according to denied reported ", 2 * MB)),
    Case("200k-straight-quote-marks", lambda: '"' * 200_000),
    Case("200k-straight-quotes-all-opening", lambda: '" ' * 200_000),
    Case("200k-curly-quotes-alternating", lambda: "“”" * 100_000),
    Case("200k-curly-quotes-all-opening", lambda: "“" * 200_000),
    Case("200k-mixed-quotes-with-words", lambda: "“Troops said ” ‘ " * 50_000),
    Case("5000-nested-quote-levels", lambda: "“‘" * 2_500 + "the town fell" + "’”" * 2_500 + ", Aliyev said."),
    Case("10k-nested-quotes-never-closed", lambda: "“‘" * 5_000 + "the town fell"),
    Case("5000-nested-quotations-with-cues", lambda: "“He said ‘" * 2_500 + "the town fell" + "’ she said”" * 2_500),
    Case("800KB-nested-quotations-in-one-paragraph", lambda: _sized('He said “she said ‘they said “no”’”. ', 800_000)),
    Case("2MB-line-without-spaces", lambda: _sized("Karabakh", 2 * MB)),
    Case("150k-punctuated-line-without-spaces", lambda: _sized('said,"Nov.9-Aliyev:told“', 150_000)),
    Case("100k-commas", lambda: "," * 100_000 + " officials said the road was open."),
    Case("100k-comma-separated-words", lambda: "town, " * 100_000 + "officials said the road was open."),
    Case("50k-capitalised-words-then-said",
         lambda: _sized("Armenian Foreign Ministry Spokesman Anna ", 50_000 * 8).strip() + " said the road was open."),
    Case("50k-same-capitalised-word-then-said", lambda: "Minister " * 50_000 + "Lavrov said the road was open."),
    Case("1MB-of-Nov.", lambda: "Nov. " * (MB // 5)),
    Case("40k-cues-with-unfinished-dates", lambda: "Officials said on Nov. " * 40_000 + "9."),
    Case("100k-lines-of-urls", lambda: "".join(f"https://example.com/news/{i}?id={i}\n" for i in range(100_000))),
    Case("2MB-url-line-of-schemes", lambda: "https://" * 250_000),
    Case("1MB-unterminated-quotation", lambda: "“" + _sized("The ceasefire held, officials said, and troops withdrew. ", MB)),
    Case("1MB-unterminated-straight-quote-one-sentence", lambda: '"' + _sized("Aliyev said that the army took Shusha and ", MB)),
    Case("25k-paragraphs-of-colon-attribution", lambda: "Pashinyan said:\n\n" * 25_000),
    Case("20k-dated-sections", lambda: "November 9, 2020\n\nAliyev said the road was open.\n\n" * 20_000),
    Case("100k-blank-line-breaks", lambda: "word\n \n" * 100_000 + "end"),
    Case("200k-hyphen-line-breaks", lambda: "-\n" * 200_000 + "end"),
    Case("100k-interview-labels", lambda: "Q: " * 100_000 + "what did he say?"),
    Case("100k-dots-in-a-row", lambda: "Contents" + "." * 100_000 + " page 3"),
    Case("dash-then-100k-spaces", lambda: "- " + " " * 100_000 + "x"),
)


def _params(test: str) -> list:
    """The cases as parameters of one test; a case known to be slow for it is skipped, naming the culprit."""
    return [
        pytest.param(case.build, id=case.id, marks=[pytest.mark.skip(reason=f"quadratic today: {case.slow[test]}")] if test in case.slow else [])
        for case in CASES
    ]


def _within(span: Span | None, length: int) -> bool:
    return span is None or 0 <= span.start <= span.end <= length


@pytest.mark.parametrize("build", _params("layout"))
def test_layout_sentences_and_quotations_finish(build: Callable[[], str]) -> None:
    text = build()
    lay = layout(text, heading=lambda line: dates.parse_heading_date(line, year_hint=2020, anchor=ANCHOR))
    assert len(lay.masked) == len(text) == len(normalise(text))
    assert all(_within(p, len(text)) for p in lay.paragraphs)
    assert [p.start for p in lay.paragraphs] == sorted(p.start for p in lay.paragraphs)
    assert all(_within(r, len(text)) for r in quotation_regions(lay))
    for paragraph in lay.paragraphs:
        for sentence in sentences(lay.masked, paragraph, inside_quote=lambda offset: False):
            assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end
    assert isinstance(clean(text), str)


@pytest.mark.parametrize("build", _params("dates"))
def test_find_dates_finishes(build: Callable[[], str]) -> None:
    text = build()
    found = dates.find_dates(text, anchor=ANCHOR)
    assert all(_within(d.span, len(text)) for d in found)
    dateline = dates.parse_dateline(text, year_hint=2020)
    assert dateline is None or isinstance(dateline, DateMention)


@pytest.mark.parametrize("build", _params("extract"))
def test_extract_statements_finishes(build: Callable[[], str]) -> None:
    text = build()
    statements = list(extract_statements(Document("adversarial.txt", text, published=ANCHOR), entities=EntityIndex([])))
    for s in statements:
        assert _within(s.span, len(text)) and s.span.start < s.span.end
        assert _within(s.speaker_span, len(text))
        assert _within(s.cue_span, len(text))


def test_nested_quotations_yield_the_outer_statements() -> None:
    """Marks that alternate as they nest (“ ‘ “) keep the outer quotation whole: its cue is read, the inner ones are its content."""
    text = 'He said “she said ‘they said “no”’”. ' * 3
    statements = list(extract_statements(Document("nested.txt", text, published=ANCHOR), entities=EntityIndex([])))
    assert [s.content.startswith("she said ‘they said “no”") for s in statements] == [True, True, True]
    assert all(s.speaker is None and s.speaker_basis.startswith("unresolved:") for s in statements)
