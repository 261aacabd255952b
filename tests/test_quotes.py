"""find_quote / normalise_for_match: curated quotes found in their sources despite typography."""

from __future__ import annotations


import pytest

from karabakh_claims.quotes import find_quote, normalise_for_match, prepare

# (text, quote, the passage of the text the quote must land on; None = must not match)
CASES = [
    # whitespace: line breaks, runs of spaces, tabs and no-break spaces are one space
    ("the city of Shusha has been\nliberated,” he said", "Shusha has been liberated", "Shusha has been\nliberated"),
    ("talks  in\tMoscow\u00a0on Friday", "talks in Moscow on Friday", "talks  in\tMoscow\u00a0on Friday"),
    ("  He said it.  ", "  He said it. ", "He said it."),
    # curly and straight quotation marks, both ways
    ("“With great pride and joy,” Aliyev said", '"With great pride and joy,"', "“With great pride and joy,”"),
    ('He called it "a mandatory condition".', "He called it “a mandatory condition”.", 'He called it "a mandatory condition".'),
    ("the enemy’s information war", "the enemy's information war", "the enemy’s information war"),
    ("‘perceived this as something unacceptable’", "'perceived this as something unacceptable'", "‘perceived this as something unacceptable’"),
    ("„Wir verhandeln nicht“, sagte er", '"Wir verhandeln nicht", sagte er', "„Wir verhandeln nicht“, sagte er"),
    ("«Шуша освобождена»", '"Шуша освобождена"', "«Шуша освобождена»"),
    # dashes: en, em, minus, non-breaking hyphen
    ("On October 19–20, I had a series of calls", "On October 19-20, I had", "On October 19–20, I had"),
    ("difficult — but under control", "difficult - but under control", "difficult — but under control"),
    ("a 72‑hour truce", "a 72-hour truce", "a 72‑hour truce"),
    ("Goris ‐ Stepanakert road", "Goris - Stepanakert road", "Goris ‐ Stepanakert road"),
    ("the Lachin–Stepanakert road", "the Lachin-Stepanakert road", "the Lachin–Stepanakert road"),
    # hyphenation at a line break: compound words keep the hyphen, split words lose it
    ("in the mountainous Nagorno-\nKarabakh region", "Nagorno-Karabakh region", "Nagorno-\nKarabakh region"),
    ("The enclave’s Armenian-\nbacked authorities", "Armenian-backed authorities", "Armenian-\nbacked authorities"),
    ("humanitarian assis-\ntance arrived", "humanitarian assistance arrived", "humanitarian assis-\ntance arrived"),
    ("informa-  \r\n   tion war", "information war", "informa-  \r\n   tion war"),
    ("Nagorno–\nKarabakh", "Nagorno-Karabakh", "Nagorno–\nKarabakh"),
    # invisible characters and the ellipsis character
    ("cease\u00adfire agreed", "ceasefire agreed", "cease\u00adfire agreed"),
    ("we will see… later", "we will see... later", "we will see… later"),
    ("we will see... later", "we will see… later", "we will see... later"),
    # the first occurrence wins
    ("Shusha fell. Shusha fell.", "Shusha fell", "Shusha fell"),
    # must not match: case, paraphrase, a typed hyphen without one in the text, blanks
    ("the city of Shusha has been liberated", "The city of Shusha has been liberated", None),
    ("the city of Shusha has been liberated", "the town of Shusha has been liberated", None),
    ("they will resign tomorrow", "they will re-sign tomorrow", None),
    ("they will re-sign tomorrow", "they will resign tomorrow", None),
    ("a paragraph ends here-\n\nNew paragraph", "here-New paragraph", None),
    ("anything at all", "   ", None),
    ("anything at all", "", None),
    ("short", "a quote longer than the text", None),
]


@pytest.mark.parametrize("text, quote, expected", CASES)
def test_find_quote_lands_on_the_original_passage(text: str, quote: str, expected: str | None) -> None:
    span = find_quote(quote, text)
    if expected is None:
        assert span is None
    else:
        assert span is not None, f"{quote!r} not found in {text!r}"
        assert text[span.start : span.end] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  “Nagorno-\nKarabakh”  –  assis-\ntance ", '"NagornoKarabakh" - assistance'),
        ("a\n\n\tb", "a b"),
        ("‘x’ ‚y‛ «z» ″w″", "'x' 'y' \"z\" \"w\""),
        ("19–20 and 19—20 and 19−20", "19-20 and 19-20 and 19-20"),
        ("wait…", "wait..."),
        ("zero\u200bwidth and soft\u00adhyphen", "zerowidth and softhyphen"),
        ("", ""),
    ],
)
def test_normalise_for_match(text: str, expected: str) -> None:
    assert normalise_for_match(text) == expected


def test_normalise_for_match_is_idempotent() -> None:
    text = "“Nagorno-\nKarabakh’s   capital” — Stepanakert…"
    once = normalise_for_match(text)
    assert normalise_for_match(once) == once


def test_prepared_text_serves_many_quotes() -> None:
    text = "Azerbaijan said its forces had captured\nShusha. Armenia said “the battle continues”."
    prepared = prepare(text)
    for quote, passage in [
        ("had captured Shusha", "had captured\nShusha"),
        ('"the battle continues"', "“the battle continues”"),
    ]:
        span = prepared.find(quote)
        assert span is not None and text[span.start : span.end] == passage


def test_spans_stay_valid_for_every_quote_cut_from_a_messy_text() -> None:
    # Every normalised substring cut at word boundaries must be found, and its
    # span must map back to a passage with the same comparison key.
    text = "BAKU, Nov 8 – “We are\nback in Shusha,” Aliyev said… Nagorno-\nKarabakh’s  second town fell."
    words = normalise_for_match(text).split(" ")
    for i in range(len(words)):
        for j in range(i + 1, min(i + 6, len(words)) + 1):
            quote = " ".join(words[i:j])
            if "NagornoKarabakh" in quote:
                quote = quote.replace("NagornoKarabakh", "Nagorno-Karabakh")
            span = find_quote(quote, text)
            assert span is not None, quote
            assert normalise_for_match(text[span.start : span.end]) == normalise_for_match(quote)


@pytest.mark.timeout(60)
def test_linear_time_on_a_2_mb_text() -> None:
    # About 0.1 s when linear; a search that restarts at every near miss would take minutes.
    paragraph = (
        "YEREVAN, Nov 10 (Wire) – Prime Minister Nikol Pashinian said the agreement was\n"
        "“unspeakably painful” for him and his people, and that the decision was taken after an\n"
        "in-depth analysis of the military situation. Protesters stormed the govern-\nment building.\n\n"
    )
    text = paragraph * (2_000_000 // len(paragraph) + 1)
    assert find_quote("the government building. YEREVAN", text) is not None
    assert find_quote("a sentence that is nowhere in the text", text) is None
    # Many near misses: every "the" starts a candidate that fails.
    assert find_quote("the decision was taken after an in-depth analysis of the political", text) is None
