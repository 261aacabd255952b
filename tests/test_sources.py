"""Reading texts: files, folders, stdin, odd encodings, HTML, and what the store knows of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from karabakh_claims.dates import parse_iso
from karabakh_claims.errors import InputError
from karabakh_claims.models import SourceRecord, Store
from karabakh_claims.sources import corpus_year, decode, read_corpus, read_text
from karabakh_claims.webpage import html_to_text

DATA = Path(__file__).parent / "data" / "cli"


def shown(path: Path) -> str:
    return str(path)


# --- files and folders -------------------------------------------------------------------

def test_one_file_is_one_document_named_as_given() -> None:
    corpus = read_corpus([shown(DATA / "folder" / "one.txt")])
    (document,) = corpus.documents
    assert document.path == shown(DATA / "folder" / "one.txt")
    assert document.text.startswith("Riverside United chairman Peter van der Berg said")
    assert document.published is None
    assert corpus.notices == ()


def test_a_folder_is_read_recursively_and_only_text_suffixes_count() -> None:
    folder = shown(DATA / "folder")
    corpus = read_corpus([folder])
    assert [d.path for d in corpus.documents] == [
        os.path.join(folder, "nested", "two.md"),
        os.path.join(folder, "one.txt"),
    ]
    assert [(n.path, n.message) for n in corpus.notices] == [
        (os.path.join(folder, "figures.csv"), "unknown extension '.csv': skipped (name the file to read it as text)")
    ]


def test_paths_keep_the_order_given() -> None:
    one, two = shown(DATA / "folder" / "one.txt"), shown(DATA / "folder" / "nested" / "two.md")
    assert [d.path for d in read_corpus([two, one]).documents] == [two, one]
    assert [d.path for d in read_corpus([one, two]).documents] == [one, two]


def test_stdin_is_a_document() -> None:
    corpus = read_corpus(["-"], stdin_text="Acme said its profits had doubled.")
    (document,) = corpus.documents
    assert (document.path, document.text) == ("<stdin>", "Acme said its profits had doubled.")


def test_empty_stdin_and_empty_file_are_empty_documents() -> None:
    corpus = read_corpus(["-", shown(DATA / "empty.txt")], stdin_text=None)
    assert [d.text for d in corpus.documents] == ["", ""]
    assert corpus.notices == ()


@pytest.mark.parametrize("missing", ["no/such/file.txt", "tests/data/cli/nope", "ghost.md"])
def test_a_missing_path_is_an_input_error_naming_it(missing: str) -> None:
    with pytest.raises(InputError) as error:
        read_corpus([missing])
    message = str(error.value)
    assert message == f"{missing}: no such file or folder"
    assert "\n" not in message


def test_a_missing_path_after_good_ones_still_fails() -> None:
    with pytest.raises(InputError, match="ghost.txt"):
        read_corpus([shown(DATA / "folder" / "one.txt"), "ghost.txt"])


def test_read_text_on_a_folder_is_an_input_error() -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_text(DATA / "folder", "tests/data/cli/folder")


# --- binary and non-UTF-8 input --------------------------------------------------------------

def test_a_binary_file_named_by_the_user_is_an_error_not_a_skip() -> None:
    with pytest.raises(InputError) as error:
        read_corpus([shown(DATA / "binary.txt"), shown(DATA / "folder" / "one.txt")])
    assert str(error.value) == f"{shown(DATA / 'binary.txt')}: is an image, not text"  # PNG bytes behind a .txt name


def test_a_binary_file_inside_a_folder_is_skipped_with_a_notice() -> None:
    corpus = read_corpus([shown(DATA)])
    assert shown(DATA / "binary.txt") not in [d.path for d in corpus.documents]
    assert any(n.path.endswith("binary.txt") and n.message == "an image, not text: skipped" for n in corpus.notices)


def test_cp1252_text_is_decoded_with_a_notice() -> None:
    corpus = read_corpus([shown(DATA / "cp1252.txt")])
    (document,) = corpus.documents
    assert "the café in the town hall" in document.text
    assert "“We owe our residents a place to meet,” Jones said." in document.text
    assert "The council’s budget" in document.text
    (notice,) = corpus.notices
    assert notice.path == shown(DATA / "cp1252.txt")
    assert "not UTF-8" in notice.message and "Windows-1252" in notice.message


DECODE = [
    (b"plain ascii", "plain ascii", False),
    ("caf\u00e9 \u201cquoted\u201d".encode("utf-8"), "café “quoted”", False),
    (b"\xef\xbb\xbfwith a byte order mark", "with a byte order mark", False),
    ("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "café “quoted”", True),
    (b"\x81 undefined in cp1252 \xe9", "\x81 undefined in cp1252 é", True),
]


@pytest.mark.parametrize("data, text, noticed", DECODE)
def test_decode(data: bytes, text: str, noticed: bool) -> None:
    decoded, notice = decode(data, "x.txt")
    assert decoded == text
    assert (notice is not None) == noticed


@pytest.mark.parametrize(
    "data, what",
    [
        (b"GIF89a\x00\x01\x00", "an image"),
        (b"%PDF-1.7\n%\xe2\xe3\x00\x00", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a zip archive (or a Word document)"),
        (b"\x00\x01\x02\x03 data", "a binary file"),
    ],
)
def test_decode_rejects_binary_and_says_what_it_is(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as error:
        decode(data, "upload.txt")
    assert str(error.value) == f"upload.txt: is {what}, not text"


# --- HTML ----------------------------------------------------------------------------------------

def test_html_gives_visible_text_only() -> None:
    corpus = read_corpus([shown(DATA / "article.html")])
    (document,) = corpus.documents
    text = document.text
    assert "Greenfield council leader Mary Jones said on Monday that the café in the town hall would reopen in March." in text
    assert "“We owe our residents a place to meet,” Jones said." in text
    for hidden in ("Tracking code", "dataLayer", "color: red", "font-weight", "enable JavaScript", "The editor said", "<p>", "&eacute;"):
        assert hidden not in text, hidden


HTML = [
    ("<p>One.</p><p>Two.</p>", "One.\n\nTwo.\n"),
    ("<div>A <b>bold</b> move</div>", "A bold move\n"),
    ("<p>Fish &amp; chips &ndash; &#8220;ok&#8221;</p>", "Fish & chips – “ok”\n"),
    ("<p>x</p><script>alert('said')</script><style>p{}</style><p>y</p>", "x\n\ny\n"),
    ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond\n"),
    ("<p>spread\n   over\n lines</p>", "spread\nover\nlines\n"),
]


@pytest.mark.parametrize("html, text", HTML)
def test_html_to_text_the_fallback(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_html_statements_have_offsets_into_the_visible_text() -> None:
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.statements import extract_statements

    (document,) = read_corpus([shown(DATA / "article.html")]).documents
    found = list(extract_statements(document, entities=EntityIndex([])))
    assert [s.content for s in found] == [
        "the café in the town hall would reopen in March",
        "We owe our residents a place to meet",
    ]
    for statement in found:
        assert statement.content in document.text[statement.span.start : statement.span.end]


# --- what the store knows ------------------------------------------------------------------------

def _store(tmp_path: Path) -> Store:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "council.txt").write_text("Mary Jones said on Monday that the café would reopen.\n", encoding="utf-8")
    (texts / "club.txt").write_text("The club said on Saturday that the stadium would be sold.\n", encoding="utf-8")
    return Store(
        path=str(tmp_path / "claims.yaml"),
        sources=(
            SourceRecord("council", "texts/council.txt", "Greenfield Gazette", None, parse_iso("2020-11-10")),
            SourceRecord("club", "texts/club.txt", "Riverside Echo", None, parse_iso("2021-03-01/2021-03-07")),
            SourceRecord("old", "texts/old.txt", None, None, parse_iso("2019-05-05")),
        ),
    )


def test_store_lookup_by_path(tmp_path: Path) -> None:
    store = _store(tmp_path)
    (document,) = read_corpus([str(tmp_path / "texts" / "council.txt")], store=store).documents
    assert document.published.iso() == "2020-11-10"
    assert (document.outlet, document.source_id) == ("Greenfield Gazette", "council")


def test_store_lookup_by_path_relative_to_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    monkeypatch.chdir(tmp_path)
    (document,) = read_corpus(["texts"], store=store).documents[1:]
    assert document.path == os.path.join("texts", "council.txt")
    assert document.source_id == "council"


def test_store_lookup_by_file_name_elsewhere(tmp_path: Path) -> None:
    store = _store(tmp_path)
    elsewhere = tmp_path / "copy"
    elsewhere.mkdir()
    (elsewhere / "club.txt").write_text("The club said on Saturday that the stadium would be sold.\n", encoding="utf-8")
    (document,) = read_corpus([str(elsewhere / "club.txt")], store=store).documents
    assert document.published.iso() == "2021-03-01/2021-03-07"
    assert document.source_id == "club"


def test_files_the_store_does_not_list_get_the_year_hint(tmp_path: Path) -> None:
    store = _store(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("YEREVAN, Nov 12 (Reuters) - Officials said the road was open.\n", encoding="utf-8")
    (document,) = read_corpus([str(other)], store=store).documents
    assert document.published is None and document.source_id is None
    assert document.year_hint == corpus_year(store)
    (stdin,) = read_corpus(["-"], store=store, stdin_text="text").documents
    assert stdin.year_hint == corpus_year(store)


@pytest.mark.parametrize(
    "years, expected",
    [
        (["2020-11-10", "2020-11-12", "2021-01-01"], 2020),
        (["2021-01-01", "2020-11-10"], 2020),  # a tie: the earliest
        (["2019-01-01/2019-12-31"], 2019),
        ([], None),
    ],
)
def test_corpus_year(years: list[str], expected: int | None) -> None:
    store = Store("claims.yaml", sources=tuple(SourceRecord(f"s{i}", f"{i}.txt", None, None, parse_iso(y)) for i, y in enumerate(years)))
    assert corpus_year(store) == expected
    assert corpus_year(None) is None
