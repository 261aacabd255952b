"""Reading texts: files, folders and stdin into Documents, with what the store knows of them.

A file the store lists as a source gets its published date and outlet from there, so
relative dates in it resolve. Binary files are skipped with a reason; text that is not
UTF-8 is decoded as Windows-1252 (the usual culprit) with a warning.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from karabakh_claims.errors import InputError
from karabakh_claims.models import Document, SourceRecord, Store

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know about one input: a skipped or oddly decoded file."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Corpus:
    documents: tuple[Document, ...]
    notices: tuple[Notice, ...] = ()


class _TextOnly(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "header", "footer", "figcaption"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, block elements as paragraphs. Offsets refer to this text."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def decode(data: bytes, path: str) -> tuple[str, Notice | None]:
    """Text of a file's bytes; InputError for binary data."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(f"{path}: is a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        position = error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text, Notice(path, f"not UTF-8 (first bad byte at offset {position}); decoded as Windows-1252")


def read_text(path: Path, shown: str) -> tuple[str, Notice | None]:
    """Read one file as text; InputError with one readable line when that is impossible."""
    if not path.exists():
        raise InputError(f"{shown}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{shown}: is a folder, expected a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{shown}: cannot read ({error.strerror or error})") from None
    text, notice = decode(data, shown)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        text = html_to_text(text)
    return text, notice


def _expand(paths: Sequence[str]) -> Iterable[tuple[Path, str]]:
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            for file in found:
                yield file, os.path.join(given, str(file.relative_to(path)))
        else:
            yield path, given


def _store_lookup(store: Store | None) -> tuple[dict[Path, SourceRecord], dict[str, SourceRecord]]:
    by_path: dict[Path, SourceRecord] = {}
    by_name: dict[str, SourceRecord] = {}
    if store is None:
        return by_path, by_name
    base = Path(store.path).resolve().parent
    for source in store.sources:
        by_path[(base / source.file).resolve()] = source
        by_name.setdefault(Path(source.file).name, source)
    return by_path, by_name


def corpus_year(store: Store | None) -> int | None:
    """The most common publication year of the store's sources (ties: the earliest)."""
    if store is None:
        return None
    years = [s.published.start.year for s in store.sources if s.published is not None]
    return min(set(years), key=lambda y: (-years.count(y), y)) if years else None


def _document(shown: str, text: str, source: SourceRecord | None, year_hint: int | None = None) -> Document:
    if source is None:
        return Document(shown, text, year_hint=year_hint)
    return Document(shown, text, published=source.published, outlet=source.outlet, source_id=source.id)


def read_corpus(paths: Sequence[str], *, store: Store | None = None, stdin_text: str | None = None) -> Corpus:
    """Documents for the paths given (files, folders, `-` for stdin), in the order given.

    Binary files are skipped with a notice; a missing path raises InputError. Files the
    store lists get its published date and outlet (matched by path, else by file name).
    """
    by_path, by_name = _store_lookup(store)
    year_hint = corpus_year(store)
    documents: list[Document] = []
    notices: list[Notice] = []
    for given in paths:
        if given == "-":
            documents.append(Document("<stdin>", stdin_text or "", year_hint=year_hint))
            continue
        for path, shown in _expand([given]):
            try:
                text, notice = read_text(path, shown)
            except InputError as error:
                if "binary" not in str(error):
                    raise
                notices.append(Notice(shown, "binary file, skipped"))
                continue
            if notice:
                notices.append(notice)
            source = by_path.get(path.resolve()) or by_name.get(path.name)
            documents.append(_document(shown, text, source, year_hint))
    return Corpus(tuple(documents), tuple(notices))


def store_corpus(store: Store) -> Corpus:
    """The store's own sources, read from beside the store, named as the store writes them."""
    base = Path(store.path).parent
    documents: list[Document] = []
    notices: list[Notice] = []
    for source in store.sources:
        path = base / source.file
        try:
            text, notice = read_text(path, source.file)
        except InputError as error:
            notices.append(Notice(source.file, f"{error}; skipped"))
            continue
        if notice:
            notices.append(notice)
        documents.append(_document(source.file, text, source))
    return Corpus(tuple(documents), tuple(notices))
