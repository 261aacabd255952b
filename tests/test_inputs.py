"""Articles as they come: front matter, HTML pages, JSON Lines dumps, URLs, stdin, with their dates.

The articles are written for these tests (tests/data/inputs/); the URL tests serve them from a
local http.server on 127.0.0.1 that the test starts, never the network.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_claims.cli import app
from karabakh_claims.dates import parse_iso, parse_metadata_date
from karabakh_claims.dumps import DumpFields, read_dump
from karabakh_claims.entities import EntityIndex
from karabakh_claims.errors import InputError
from karabakh_claims.frontmatter import split_front_matter
from karabakh_claims.models import SourceRecord, Store
from karabakh_claims.sources import ReadOptions, read_corpus
from karabakh_claims.statements import extract_statements

REPO = Path(__file__).resolve().parent.parent
DATA = Path("tests") / "data" / "inputs"
PAGE = DATA / "news_page.html"
LIBRARY_BODY = (REPO / DATA / "library.md").read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("KARABAKH_CLAIMS_CACHE", str(tmp_path / "cache"))


def run(*args: str, input: str | None = None, code: int = 0):
    result = CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == code, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


def rows(*args: str, input: str | None = None) -> list[dict]:
    return [json.loads(line) for line in run("extract", *args, "--format", "jsonl", input=input).stdout.splitlines()]


def dated(found: list[dict]) -> list[tuple[str, str | None]]:
    return [(r["content"][:40], r["said_on"]) for r in found]


# --- front matter ----------------------------------------------------------------------------

FRONT_MATTER = [
    # (file text, fields read, the body after the block)
    ("---\ndate: 2024-03-14\noutlet: Greyhaven Courier\n---\nBody.\n", {"date": "2024-03-14", "outlet": "Greyhaven Courier"}, "Body.\n"),
    ("---\npublished: '2024-03-14T09:30:00+00:00'\nsource: Courier\n---\n\nBody.\n", {"published": "2024-03-14T09:30:00+00:00", "source": "Courier"}, "\nBody.\n"),
    ("---\ntitle: \"Raman: 'no library will close'\"\nauthors: [Sam Whitcombe, Ana Ruiz]\npublisher: {name: Courier}\n---\nBody.\n",
     {"title": "Raman: 'no library will close'", "authors": "Sam Whitcombe, Ana Ruiz", "publisher": "Courier"}, "Body.\n"),
    ("---\r\nDate: 2024-03-14\r\n---\r\nBody.\r\n", {"date": "2024-03-14"}, "Body.\r\n"),  # Windows line ends, a capital key
    ("---\n# exported by the archive\ndate: 2024-03-14\n...\nBody.\n", {"date": "2024-03-14"}, "Body.\n"),  # YAML's '...' closes too
    ("---\ndate: 2024-13-45\n---\nBody.\n", {"date": "2024-13-45"}, "Body.\n"),  # read as written; the date is checked later
]
NOT_FRONT_MATTER = [
    "Body.\n---\ndate: 2024-03-14\n---\n",  # not at the start of the file
    "---\nA paragraph between two rules.\n---\nBody.\n",  # Markdown rules around prose
    "---\ndate: 2024-03-14\nBody, never closed.\n",
    " ---\ndate: 2024-03-14\n---\nBody.\n",
    "- - -\nBody.\n",
]


@pytest.mark.parametrize("text, fields, body", FRONT_MATTER)
def test_front_matter_is_read_and_blanked_length_for_length(text: str, fields: dict, body: str) -> None:
    masked, front = split_front_matter(text)
    assert front is not None and front.problem is None
    assert front.fields == fields
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert masked[front.end :] == text[front.end :] == body and masked[: front.end].strip() == ""


@pytest.mark.parametrize("text", NOT_FRONT_MATTER)
def test_text_without_front_matter_is_left_alone(text: str) -> None:
    assert split_front_matter(text) == (text, None)


@pytest.mark.parametrize(
    "block, problem",
    [
        ("date: 2024-03-14\ntitle: [unclosed\n", "front matter is not valid YAML (expected ',' or ']', but got '<stream end>' at line 4)"),
        ("date: 2024-03-14\n  outlet: indented\n", "front matter is not valid YAML (mapping values are not allowed here at line 3)"),
    ],
)
def test_bad_front_matter_is_a_warning_naming_the_file_and_the_body_is_still_read(tmp_path: Path, block: str, problem: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(f"---\n{block}---\n{LIBRARY_BODY}", encoding="utf-8")
    corpus = read_corpus([str(path)])
    (document,) = corpus.documents
    assert document.published is None and "date:" not in document.text
    assert [(n.path, n.message) for n in corpus.notices] == [(str(path), f"{problem}; read without its metadata")]
    result = run("extract", str(path), "--format", "json")
    assert f"warning: {path}: {problem}" in result.stderr and "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)) == 6


def test_a_front_matter_date_that_is_not_a_date_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad-date.md"
    path.write_text(f"---\ndate: 2024-13-45\noutlet: Greyhaven Courier\n---\n{LIBRARY_BODY}", encoding="utf-8")
    corpus = read_corpus([str(path)])
    (document,) = corpus.documents
    assert (document.published, document.outlet) == (None, "Greyhaven Courier")
    assert [n.message for n in corpus.notices] == ["front matter 'date': '2024-13-45' is not a date; read without a publication date"]


def test_front_matter_offsets_and_lines_index_the_file_as_on_disk() -> None:
    on_disk = (REPO / DATA / "library.md").read_text(encoding="utf-8")
    found = rows(str(DATA / "library.md"))
    assert len(found) == 6
    lines = on_disk.split("\n")
    for row in found:
        source = row["source"]
        assert row["content"] in on_disk[source["start"] : source["end"]]
        assert row["content"][:20] in lines[source["line"] - 1]
        assert source["url"] == "https://www.greyhavencourier.example/news/eastgate-library-to-close"


def test_front_matter_metadata_on_the_document() -> None:
    (document,) = read_corpus([str(DATA / "library.md")]).documents
    assert document.published.iso() == "2024-03-14"
    assert document.published.basis == "publication date (front matter 'date')"
    assert (document.outlet, document.title, document.author) == (
        "Greyhaven Courier", "Greyhaven council votes to close Eastgate library", "Sam Whitcombe"
    )
    assert document.url == "https://www.greyhavencourier.example/news/eastgate-library-to-close"


def test_front_matter_gives_the_same_statements_as_the_bare_text_shifted_by_its_length() -> None:
    entities = EntityIndex([])
    (with_front,) = read_corpus([str(DATA / "library.md")]).documents
    (bare,) = read_corpus(["-"], stdin_text=LIBRARY_BODY, options=ReadOptions(published=with_front.published)).documents
    shift = len(with_front.text) - len(bare.text)
    a = [(s.content, s.span.start - shift, s.said_on and (s.said_on.iso(), s.said_on.basis)) for s in extract_statements(with_front, entities=entities)]
    b = [(s.content, s.span.start, s.said_on and (s.said_on.iso(), s.said_on.basis)) for s in extract_statements(bare, entities=entities)]
    assert a == b and len(a) == 6


# --- publication dates from metadata -----------------------------------------------------------

@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-14", "2024-03-14"),
        ("2020-11-22/2020-11-28", "2020-11-22/2020-11-28"),
        ("2024-03-14T23:30:00-05:00", "2024-03-14"),  # the day where the publisher is, not in UTC
        ("2024-03-14 09:30:00", "2024-03-14"),  # news-please
        ("2024-03-14T09:30:00.000Z", "2024-03-14"),
        ("20240314", "2024-03-14"),
        ("Thu, 14 Mar 2024 09:30:00 GMT", "2024-03-14"),  # RSS
        ("14 March 2024", "2024-03-14"),
        ("March 14, 2024", "2024-03-14"),
        ("Thursday 14 March 2024 09.30 GMT", "2024-03-14"),
        (1710408600, "2024-03-14"),  # Unix seconds
        ("1710408600000", "2024-03-14"),  # milliseconds
        # negative: no day, no year, not a date
        ("March 2024", None),
        ("14 March", None),
        ("yesterday", None),
        ("2024-13-45", None),
        ("2024-03-15/2024-03-14", None),
        ("", None),
        (2024, None),
        (True, None),
        ("TBC", None),
    ],
)
def test_parse_metadata_date(value: object, expected: str | None) -> None:
    got = parse_metadata_date(value, basis="publication date (test)")
    assert (got.iso() if got else None) == expected
    if got is not None:
        assert got.basis == "publication date (test)" and got.span is None


# --- the same article with each kind of metadata: how its statements are dated ------------------

def _html_page(body: str) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body.strip().split("\n\n")[1:])
    return (
        "<!doctype html><html><head><title>Greyhaven council votes to close Eastgate library</title>"
        '<meta property="article:published_time" content="2024-03-14T09:30:00+00:00">'
        '<meta property="og:site_name" content="Greyhaven Courier"></head>'
        '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Greyhaven council votes to close Eastgate library</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def _inputs(kind: str, tmp_path: Path) -> tuple[list[str], str | None, str]:
    """(arguments, stdin, basis expected) of the library article with its date given as `kind`."""
    if kind == "front matter":
        return [str(DATA / "library.md")], None, "front matter 'date'"
    if kind == "HTML metadata":
        return ["-"], _html_page(LIBRARY_BODY), "HTML page metadata"
    if kind == "JSON field":
        return [str(DATA / "newsplease.jsonl")], None, "JSON field 'date_publish'"
    if kind == "option":
        return ["-", "--published", "2024-03-14"], LIBRARY_BODY, "--published"
    store = tmp_path / "claims.yaml"
    (tmp_path / "library.txt").write_text(LIBRARY_BODY, encoding="utf-8")
    store.write_text(
        "version: 1\nsources:\n- id: courier-library\n  file: library.txt\n  outlet: Greyhaven Courier\n"
        "  published: '2024-03-14'\nentities: []\nevents: []\nclaims: []\n",
        encoding="utf-8",
    )
    return [str(tmp_path / "library.txt"), "--store", str(store)], None, "store source 'courier-library'"


# The statements of the library article and their dates, published Thursday 2024-03-14.
LIBRARY_DATES = [
    ("The council's cabinet voted on Tuesday t", "2024-03-13", "weekday ('Wednesday') on or before publication date ({basis}) 2024-03-14"),
    ("We cannot keep six branches open on the ", "2024-03-14", "no date at the cue; publication date ({basis})"),
    ("no library would close this year", "2024-01-01/2024-01-31", "month, year from publication date ({basis}) 2024-03-14"),  # "had said in January"
    ("they will challenge the decision in cour", None, None),  # "have said": background, no day
    ("the branch served 40,000 visitors a year", None, None),  # "previously said"
    ("the group would hold a public meeting ne", "2024-03-14", "no date at the cue; publication date ({basis})"),
]


@pytest.mark.parametrize("kind", ["front matter", "HTML metadata", "JSON field", "option", "store"])
def test_every_kind_of_metadata_dates_the_statements_alike_and_names_itself(kind: str, tmp_path: Path) -> None:
    args, stdin, basis = _inputs(kind, tmp_path)
    found = rows(*args, input=stdin)
    if kind == "JSON field":
        found = [r for r in found if r["source"]["line"] == 1]  # the dump's first article is this one
    expected = [(content, when, template.format(basis=basis) if template else None) for content, when, template in LIBRARY_DATES]
    assert [(r["content"][:40], r["said_on"], r["said_on_basis"]) for r in found] == expected


def test_without_metadata_nothing_is_dated_by_a_publication_day() -> None:
    found = rows("-", input=LIBRARY_BODY)
    assert dated(found) == [(content, None) for content, _, _ in LIBRARY_DATES]


def test_a_dateline_still_dates_an_article_without_metadata() -> None:
    text = "GREYHAVEN, March 14, 2024 (Courier) - " + LIBRARY_BODY.split("\n\n", 1)[1]
    found = rows("-", input=text)
    assert found[0]["said_on"] == "2024-03-13"


BACKGROUND = [
    # (the sentence, said_on with the article published Thursday 2024-03-14)
    ("The union has said the strike will go ahead.", None),
    ("The union had said the strike would go ahead.", None),
    ("The union has repeatedly said the strike will go ahead.", None),
    ("The union previously said the strike would go ahead.", None),
    ("The union once said it would never strike.", None),
    ("Dana Holt had told members that the strike would go ahead.", None),
    ("Holt's deputy said in the past that the union would never strike.", None),
    ("\"The strike will go ahead,\" the union's leader, Dana Holt, has said.", None),
    ("The union said last year that the strike would go ahead.", "2023-01-01/2023-12-31"),
    ("In an interview in March, Dana Holt said the strike would go ahead.", "2024-03-01/2024-03-31"),
    ("The union had said on Monday that the strike would go ahead.", "2024-03-11"),
    # negative: said now, so the publication day, with a basis that says so
    ("The union said the strike would go ahead.", "2024-03-14"),
    ("The union says the strike will go ahead.", "2024-03-14"),
    ("Dana Holt, who has led the union since 2019, said the strike would go ahead.", "2024-03-14"),
    ("The union said the strike, which had been planned for weeks, would go ahead.", "2024-03-14"),
]


@pytest.mark.parametrize("sentence, expected", BACKGROUND)
def test_background_statements_never_take_the_publication_day(sentence: str, expected: str | None) -> None:
    (document,) = read_corpus(["-"], stdin_text=sentence, options=ReadOptions(published=parse_iso("2024-03-14", basis="publication date (--published)"))).documents
    (statement,) = extract_statements(document, entities=EntityIndex([]))
    assert (statement.said_on.iso() if statement.said_on else None) == expected
    if expected == "2024-03-14":
        assert statement.said_on.basis == "no date at the cue; publication date (--published)"


# --- HTML pages ----------------------------------------------------------------------------------

# The page's article, as extract gives it (published Thursday 2024-03-07 in its meta tags).
PAGE_STATEMENTS = [
    # the standfirst under the headline attributes a statement of its own (found_by rules:headline)
    ("Harbour authority", "ships will be turned away until divers finish inspecting the seabed", "2024-03-07"),
    ("Fiona Marsh", "We will not reopen the channel until divers have inspected every metre of that pipeline", "2024-03-07"),
    ("Fiona Marsh", "Nobody wants to take a risk with a gas main", "2024-03-07"),
    ("Fiona Marsh", "the dredging works would be finished by the end of April", "2024-01-01/2024-01-31"),
    ("Calderwick Fishermen's Association", "its members lose about £40,000 for every week the harbour is shut", None),
    ("Norland Dredging", "it was co-operating fully with the investigation and that its crew had followed the approved route", "2024-03-06"),
    ("Tomasz Ruda", "the pipeline operator would be asked to explain why the line lay shallower than its charts showed", "2024-03-06"),
    ("Alan Brodie", "The charts we were given said the pipe was two metres deeper", "2024-03-07"),
]
# What stands only in the page's navigation, ticker, related box, most-read list, comments, advert.
BOILERPLATE = ("budget vote", "fares will rise", "promised dredging", "never told", "uncle", "Easter", "followed the route and",
               "school will close", "deserved more", "bypass", "customers say", "cookies", "Sign up", "Share this story")


def test_a_news_page_gives_its_articles_statements_dated_from_its_metadata_and_nothing_from_its_boilerplate() -> None:
    found = rows(str(PAGE))
    assert [(r["speaker"], r["content"], r["said_on"]) for r in found] == PAGE_STATEMENTS
    for row in found:
        assert row["source"]["file"] == str(PAGE)
        assert row["source"]["url"] == "https://www.calderwickherald.example/news/2024/03/07/channel-closed-pipeline"
        assert row["said_on_basis"] is None or "publication date (HTML page metadata)" in row["said_on_basis"]
    (document,) = read_corpus([str(PAGE)]).documents
    for phrase in BOILERPLATE:
        assert phrase not in document.text, phrase
    for row in found:
        assert row["content"] in document.text[row["source"]["start"] : row["source"]["end"]]


@pytest.mark.xfail(strict=True, reason="an unnamed body as speaker ('the harbour authority said on Tuesday') is not extracted (extraction, issue 12)")
def test_the_pages_lead_statement() -> None:
    assert any(r["content"].startswith("The shipping channel into Calderwick harbour") for r in rows(str(PAGE)))


def test_the_page_metadata_is_on_the_document() -> None:
    (document,) = read_corpus([str(PAGE)]).documents
    assert (document.published.iso(), document.published.basis) == ("2024-03-07", "publication date (HTML page metadata)")
    assert document.outlet == "The Calderwick Herald"
    assert document.title == "Calderwick channel closed after dredger strikes gas pipeline"
    assert document.author == "Morag Lindqvist"
    assert document.url == "https://www.calderwickherald.example/news/2024/03/07/channel-closed-pipeline"
    assert document.text.startswith("Calderwick channel closed after dredger strikes gas pipeline\n\nHarbour authority says")


def test_html_on_stdin_is_read_as_html() -> None:
    page = (REPO / PAGE).read_text(encoding="utf-8")
    found = rows("-", input=page)
    assert [(r["speaker"], r["content"], r["said_on"]) for r in found] == PAGE_STATEMENTS
    assert {r["source"]["file"] for r in found} == {"<stdin>"}


@pytest.mark.parametrize(
    "html, text, fallback",
    [
        ("<html><body><nav>Home | News</nav><article><p>The mayor said the bridge would reopen.</p><p>\"Soon,\" she said.</p></article></body></html>",
         "The mayor said the bridge would reopen.\n\n\"Soon,\" she said.\n", False),
        ("<html><body><article><h1>Title here</h1><p>The mayor said on Monday that the bridge would reopen in June after repairs.</p>"
         "<ul><li>The council said the cost was 2 million.</li><li>Engineers said the work was finished.</li></ul>"
         "<blockquote><p>It is a great day, she said.</p></blockquote><p>First line<br>second line</p>"
         "<table><tr><td>Year</td><td>Cost</td></tr><tr><td>2023</td><td>1m</td></tr></table></article></body></html>",
         "Title here\n\nThe mayor said on Monday that the bridge would reopen in June after repairs.\n\n"
         "The council said the cost was 2 million.\n\nEngineers said the work was finished.\n\nIt is a great day, she said.\n\n"
         "First line\nsecond line\n\nYear | Cost\n\n2023 | 1m\n", False),
        ("<html><body><script>var said = 1;</script></body></html>", "", True),
        ("", "", True),
    ],
)
def test_read_html(html: str, text: str, fallback: bool) -> None:
    from karabakh_claims.webpage import read_html

    page = read_html(html)
    assert (page.text, page.fallback) == (text, fallback)


def test_the_fallback_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>The mayor said the bridge would reopen.</p></body></html>", encoding="utf-8")
    corpus = read_corpus([str(path)])
    assert corpus.documents[0].text == "The mayor said the bridge would reopen.\n"
    assert [n.message for n in corpus.notices] == ["trafilatura found no main text; read all the visible text of the page"]


# --- JSON Lines dumps ----------------------------------------------------------------------------

def test_a_news_please_dump_gives_each_article_with_its_line_and_url() -> None:
    found = rows(str(DATA / "newsplease.jsonl"))
    assert [(r["source"]["line"], r["content"][:40], r["said_on"]) for r in found] == [
        *((1, content, when) for content, when, _ in LIBRARY_DATES),
        (2, "Ferry services to Holm Island will resum", "2024-03-15"),
        (2, "both vessels had passed their safety ins", "2024-03-15"),
        (2, "We are sorry for the disruption and we t", "2024-03-15"),
    ]
    assert {r["source"]["url"] for r in found if r["source"]["line"] == 2} == {"https://www.calderwickherald.example/news/2024/03/15/holm-ferries"}
    assert len({r["id"] for r in found}) == len(found)
    articles = [json.loads(line)["maintext"] for line in (REPO / DATA / "newsplease.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in found:
        text = articles[row["source"]["line"] - 1]
        assert row["content"] in text[row["source"]["start"] : row["source"]["end"]]


def test_a_trafilatura_dump_gives_the_id_url_outlet_and_date() -> None:
    (document,) = read_corpus([str(DATA / "trafilatura.jsonl")]).documents
    assert (document.record, document.article_id, document.outlet) == (1, "herald-2024-0315-ferries", "The Calderwick Herald")
    assert document.url == "https://www.calderwickherald.example/news/2024/03/15/holm-ferries"
    assert (document.published.iso(), document.published.basis) == ("2024-03-15", "publication date (JSON field 'date')")
    found = rows(str(DATA / "trafilatura.jsonl"))
    assert {(r["source"]["line"], r["source"]["id"]) for r in found} == {(1, "herald-2024-0315-ferries")}


DUMP_LINES = [
    # (a line, text, date, outlet, id)
    ('{"text": "A said B.", "date": "2024-03-14", "outlet": "Courier", "id": 17}', "A said B.", "2024-03-14", "Courier", "17"),
    ('{"body": "A said B.", "published": "2024-03-14T09:30:00Z", "source": "Courier"}', "A said B.", "2024-03-14T09:30:00Z", "Courier", None),
    ('{"content": ["A said B.", "C said D."], "publish_date": "Thu, 14 Mar 2024 09:30:00 GMT", "publisher": {"name": "Courier"}}',
     "A said B.\n\nC said D.", "Thu, 14 Mar 2024 09:30:00 GMT", "Courier", None),
    ('{"text": "A said B.", "source": "https://courier.example/a", "hostname": "courier.example"}', "A said B.", None, "courier.example", None),
]


@pytest.mark.parametrize("line, text, date, outlet, article_id", DUMP_LINES)
def test_dump_field_names(line: str, text: str, date: str | None, outlet: str | None, article_id: str | None) -> None:
    (article,) = read_dump(line + "\n")
    assert (article.text, article.date, article.outlet, article.id) == (text, date, outlet, article_id)


def test_dump_lines_without_an_article_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        '{"text": "The mayor said the bridge would reopen.", "date": "2024-03-14"}\n'
        "\n"
        "not json at all\n"
        '["a", "list"]\n'
        '{"title": "no text here"}\n'
        '{"text": "The council said the budget was set.", "date": "next Tuesday"}\n',
        encoding="utf-8",
    )
    corpus = read_corpus([str(path)])
    assert [(d.record, d.published.iso() if d.published else None) for d in corpus.documents] == [(1, "2024-03-14"), (6, None)]
    assert [n.message for n in corpus.notices] == [
        "line 3: not JSON (JSONDecodeError: Expecting value): skipped",
        "line 4: not a JSON object: skipped",
        "line 5: no article text (looked for text, maintext, body, content, article, raw_text): skipped",
        "line 6: field 'date' is not a date; read without a publication date",
    ]


def test_field_options_name_other_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.ndjson"
    path.write_text(
        json.dumps({"story": "The mayor said on Monday that the bridge would reopen.", "text": "a teaser", "pub_time": "2024-03-14",
                    "paper": "Courier", "guid": "c-1"}) + "\n",
        encoding="utf-8",
    )
    found = rows(str(path), "--text-field", "story", "--date-field", "pub_time", "--outlet-field", "paper", "--id-field", "guid")
    assert [(r["content"], r["said_on"], r["source"]["id"]) for r in found] == [("the bridge would reopen", "2024-03-11", "c-1")]
    fields = DumpFields().with_field("text", "story")
    assert fields.text[:2] == ("story", "text")


def test_a_json_file_that_is_not_json_lines_is_an_error_when_named(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text('{\n  "text": "The mayor said the bridge would reopen."\n}\n', encoding="utf-8")
    result = run("extract", str(path), "--format", "json", code=1)
    assert result.stderr.strip() == f"karabakh-claims: {path}: not JSON Lines (one article object a line)"


def test_statement_json_with_article_fields_fits_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from karabakh_claims.schemas import load_schema

    schema = load_schema("statement")
    for row in rows(str(DATA / "trafilatura.jsonl")) + rows(str(PAGE)):
        jsonschema.validate(row, schema)


# --- URLs ------------------------------------------------------------------------------------------

class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A local web server over tests/data/inputs on 127.0.0.1, stopped after the test."""
    handler = functools.partial(_Handler, directory=str(REPO / DATA))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # serve_forever checks for shutdown every poll_interval (0.5 s by default): each test waited that long.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def test_a_url_is_fetched_read_as_html_and_cached(server: str, tmp_path: Path) -> None:
    url = f"{server}/news_page.html"
    found = rows(url)
    assert [(r["speaker"], r["content"], r["said_on"]) for r in found] == PAGE_STATEMENTS
    assert {r["source"]["file"] for r in found} == {url}
    assert {r["source"]["url"] for r in found} == {"https://www.calderwickherald.example/news/2024/03/07/channel-closed-pipeline"}
    cached = sorted(p.suffix for p in (tmp_path / "cache").iterdir())
    assert cached == [".body", ".json"]


def test_a_cached_page_is_reused_without_a_request(server: str, tmp_path: Path) -> None:
    from karabakh_claims.fetch import fetch

    url = f"{server}/news_page.html"
    first = fetch(url, cache_dir=tmp_path / "pages")
    again = fetch(url, cache_dir=tmp_path / "pages")
    assert (first.cached, again.cached) == (False, True) and first.body == again.body
    (body,) = (tmp_path / "pages").glob("*.body")
    body.write_bytes(b"<html><body><p>The cached copy said so.</p></body></html>")
    assert fetch(url, cache_dir=tmp_path / "pages").body.startswith(b"<html><body><p>The cached copy")


def test_the_cache_option_names_the_folder(server: str, tmp_path: Path) -> None:
    run("extract", f"{server}/library.md", "--cache", str(tmp_path / "elsewhere"), "--format", "json")
    assert len(list((tmp_path / "elsewhere").glob("*.body"))) == 1
    assert not (tmp_path / "cache").exists()


def test_a_text_url_reads_its_front_matter(server: str) -> None:
    found = rows(f"{server}/library.md")
    assert dated(found) == [(content, when) for content, when, _ in LIBRARY_DATES]


@pytest.mark.parametrize(
    "path, reason",
    [("/missing.html", "HTTP 404 File not found")],
)
def test_a_page_that_cannot_be_fetched_is_one_line_exit_1(server: str, path: str, reason: str) -> None:
    url = f"{server}{path}"
    result = run("extract", url, "--format", "json", code=1)
    assert result.stderr.strip() == f"karabakh-claims: {url}: could not fetch the page ({reason})"


def test_a_refused_connection_is_one_line_exit_1() -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    result = run("extract", url, "--format", "json", code=1)
    assert result.stderr.strip() == f"karabakh-claims: {url}: could not fetch the page (connection refused)"


def test_default_cache_dir() -> None:
    from karabakh_claims.fetch import default_cache_dir

    assert default_cache_dir({"KARABAKH_CLAIMS_CACHE": "/data/pages"}) == Path("/data/pages")
    assert default_cache_dir({"XDG_CACHE_HOME": "/xdg"}) == Path("/xdg/karabakh-claims/pages")
    assert default_cache_dir({}) == Path.home() / ".cache" / "karabakh-claims" / "pages"


# --- --published, --outlet, and who wins ----------------------------------------------------------

@pytest.mark.parametrize("bad", ["14/03/2024", "2024-02-30", "yesterday", "2024-03-15/2024-03-14", ""])
def test_a_bad_published_date_is_a_usage_error(bad: str) -> None:
    result = run("extract", "-", "--published", bad, input="The mayor said so.", code=2)
    assert result.stderr.strip() == (
        f"karabakh-claims: --published: expected an ISO date like 2024-03-07 or an interval like 2024-03-04/2024-03-08, got '{bad}'"
    )


def test_published_and_outlet_fill_in_only_what_the_article_lacks(tmp_path: Path) -> None:
    options = ReadOptions(published=parse_iso("2025-01-01", basis="publication date (--published)"), outlet="Option Times")
    (front, plain) = read_corpus([str(DATA / "library.md"), "-"], stdin_text="The mayor said so.", options=options).documents
    assert (front.published.iso(), front.outlet) == ("2024-03-14", "Greyhaven Courier")  # the article's own win
    assert (plain.published.iso(), plain.outlet) == ("2025-01-01", "Option Times")


def test_the_stores_data_wins_over_the_files(tmp_path: Path) -> None:
    path = tmp_path / "library.md"
    path.write_text((REPO / DATA / "library.md").read_text(encoding="utf-8"), encoding="utf-8")
    store = Store(str(tmp_path / "claims.yaml"), sources=(SourceRecord("lib", "library.md", "Store Gazette", "Store title", parse_iso("2024-03-15")),))
    (document,) = read_corpus([str(path)], store=store).documents
    assert (document.published.iso(), document.published.basis) == ("2024-03-15", "publication date (store source 'lib')")
    assert (document.outlet, document.title, document.source_id) == ("Store Gazette", "Store title", "lib")
    assert document.author == "Sam Whitcombe"  # what the store does not say, the file does


# --- folders ----------------------------------------------------------------------------------------

def test_a_folder_walk_reads_every_kind_and_reports_what_it_skips(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (folder / "note.txt").write_text("The mayor said the bridge would reopen.\n")
    (folder / "sub" / "page.html").write_bytes((REPO / PAGE).read_bytes())
    (folder / "sub" / "dump.jsonl").write_bytes((REPO / DATA / "trafilatura.jsonl").read_bytes())
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (folder / "letter.docx").write_bytes(b"PK\x03\x04\x14\x00")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (folder / "data.csv").write_text("a,b\n1,2\n")
    (folder / "claims.yaml").write_text("version: 1\n")  # the store kept beside its articles
    (folder / "fake.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    corpus = read_corpus([str(folder)])
    assert [(Path(d.path).name, d.record) for d in corpus.documents] == [("note.txt", None), ("dump.jsonl", 1), ("page.html", None)]
    assert [(Path(n.path).name, n.message) for n in corpus.notices] == [
        ("claims.yaml", "YAML (a store such as claims.yaml, or settings), not an article: skipped"),
        ("data.csv", "unknown extension '.csv': skipped (name the file to read it as text)"),
        ("letter.docx", "a word-processor document, not text: skipped"),
        ("photo.jpg", "an image, not text: skipped"),
        ("report.pdf", "a PDF document, not text: skipped"),
        ("fake.txt", "an image, not text: skipped"),
    ]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("report.pdf", b"%PDF-1.7\n\x00\x01", "is a PDF document, not text"),
        ("letter.docx", b"PK\x03\x04\x14\x00\x00", "is a zip archive (or a Word document), not text"),
    ],
)
def test_a_named_file_that_is_not_text_is_an_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as error:
        read_corpus([str(path)])
    assert str(error.value) == f"{path}: {message}"


def test_a_named_file_with_another_suffix_is_read_by_its_content(tmp_path: Path) -> None:
    page, note = tmp_path / "saved-page", tmp_path / "note.log"
    page.write_bytes((REPO / PAGE).read_bytes())
    note.write_text("The mayor said the bridge would reopen.\n")
    (a, b) = read_corpus([str(page), str(note)]).documents
    assert a.title == "Calderwick channel closed after dredger strikes gas pipeline"
    assert b.text == "The mayor said the bridge would reopen.\n"


# --- start-up: trafilatura and lxml only when HTML or a URL is read ----------------------------------

def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(m for m in ('trafilatura', 'lxml', 'htmldate', 'justext') if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True, env={**os.environ, "NO_COLOR": "1"})
    return set(done.stdout.split())


def test_reading_text_does_not_import_trafilatura() -> None:
    code = (
        "from karabakh_claims.sources import read_corpus\n"
        "from karabakh_claims.statements import extract_statements\n"
        "from karabakh_claims.entities import EntityIndex\n"
        f"docs = read_corpus([{str(DATA / 'library.md')!r}, {str(DATA / 'newsplease.jsonl')!r}]).documents\n"
        "assert sum(1 for d in docs for _ in extract_statements(d, entities=EntityIndex([]))) == 15"
    )
    assert _modules_after(code) == set()


def test_help_does_not_import_trafilatura() -> None:
    code = "from karabakh_claims.cli import app\nfrom typer.testing import CliRunner\nassert CliRunner().invoke(app, ['extract', '--help']).exit_code == 0"
    assert _modules_after(code) == set()


def test_reading_html_does_import_trafilatura() -> None:
    code = f"from karabakh_claims.sources import read_corpus\nread_corpus([{str(PAGE)!r}])"
    assert {"trafilatura", "lxml"} <= _modules_after(code)


def test_a_long_front_matter_does_not_push_the_dateline_out_of_the_first_lines(tmp_path: Path) -> None:
    tags = "".join(f"  - tag-{n}\n" for n in range(24))
    path = tmp_path / "wire.md"
    path.write_text(
        f"---\ntitle: Ferries resume\ntags:\n{tags}---\nHOLM ISLAND, March 15, 2024 (Courier) - Skerry Lines said on Friday that "
        "ferry services would resume on Saturday.\n",
        encoding="utf-8",
    )
    (row,) = rows(str(path))
    assert (row["said_on"], row["content"]) == ("2024-03-15", "ferry services would resume on Saturday")


def test_a_store_source_with_front_matter_checks_clean_and_extracts_with_file_offsets(tmp_path: Path) -> None:
    (tmp_path / "library.md").write_bytes((REPO / DATA / "library.md").read_bytes())
    store = tmp_path / "claims.yaml"
    store.write_text(
        "version: 1\n"
        "sources:\n"
        "  - id: courier-library\n    file: library.md\n    outlet: Greyhaven Courier\n    published: 2024-03-14\n"
        "entities:\n"
        "  - id: priya-raman\n    name: Priya Raman\n    type: person\n    aliases: [Raman]\n"
        "  - id: eastgate-library\n    name: Eastgate library\n    type: place\n"
        "events:\n"
        "  - id: eastgate-closure\n    title: Whether the Eastgate library closes\n    slot: fact\n"
        "    entities: [eastgate-library]\n    keywords: [close, closure]\n"
        "claims:\n"
        "  - id: raman-branches\n    event: eastgate-closure\n    speaker: priya-raman\n    said_on: 2024-03-14\n"
        "    source: courier-library\n    quote: We cannot keep six branches open on the budget we have been given\n"
        "    value: the library closes\n    polarity: assert\n",
        encoding="utf-8",
    )
    checked = run("check", str(store))
    assert checked.stdout == ""
    on_disk = (tmp_path / "library.md").read_text(encoding="utf-8")
    found = rows("--store", str(store))
    assert len(found) == 6
    for row in found:
        assert row["content"] in on_disk[row["source"]["start"] : row["source"]["end"]]
    assert found[1]["said_on_basis"] == "no date at the cue; publication date (store source 'courier-library')"
