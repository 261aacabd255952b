"""Reading articles as they come into Documents: text and Markdown files (with or without YAML
front matter), HTML pages, JSON Lines dumps, URLs, folders of these and stdin.

| input | how it is read | what offsets index |
| --- | --- | --- |
| `.txt`, `.md` (and `.text`, `.markdown`) | front matter (frontmatter.py) gives metadata | the file as on disk, front matter blanked |
| `.html`, `.htm`, `.xhtml` | main text and metadata through trafilatura (webpage.py) | the extracted text |
| `.jsonl`, `.ndjson`, `.json` (one object a line) | one article a line (dumps.py) | the line's text field |
| `http://`, `https://` | fetched once, then from the cache (fetch.py); HTML or text | as for a file of that kind |
| `-` | stdin; HTML, JSON Lines or text, told apart by content | as for a file of that kind |

A file named with another suffix is read by its content; a folder is walked recursively
for the suffixes above, and every file it leaves out is reported with the reason (a PDF, a
Word document, an image, a binary file, an unknown extension), except hidden files.

Metadata, for each of published date, outlet, title and URL: the store's, when it lists
the file (by path, else by file name) or the URL; else the article's own (front matter,
HTML metadata, JSON fields); else `--published` / `--outlet` (`ReadOptions`). The
published date's `basis` names where it came from, and every date resolved against it
says so. Text that is not UTF-8 is decoded as Windows-1252 (the usual culprit) with a
warning.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from karabakh_claims.dates import parse_metadata_date
from karabakh_claims.dumps import DumpFields
from karabakh_claims.errors import InputError
from karabakh_claims.models import DateMention, Document, SourceRecord, Store

PLAIN_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DUMP_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
TEXT_SUFFIXES = PLAIN_SUFFIXES | HTML_SUFFIXES | DUMP_SUFFIXES
_SNIFF_BYTES = 8192
# Files a folder walk finds but cannot read, by suffix: what they are and what to do.
_NOT_TEXT = {
    **dict.fromkeys((".pdf",), "a PDF document"),
    **dict.fromkeys((".doc", ".docx", ".odt", ".rtf", ".pages"), "a word-processor document"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".heic", ".avif", ".ico"), "an image"),
    **dict.fromkeys((".zip", ".gz", ".bz2", ".xz", ".7z", ".tar", ".rar"), "an archive"),
    **dict.fromkeys((".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".webm", ".mkv"), "audio or video"),
}  # fmt: skip
# A folder of articles often holds its store too: say what it is rather than "unknown".
_NOT_ARTICLES = {".yaml": "YAML (a store such as claims.yaml, or settings), not an article", ".yml": "YAML, not an article"}
_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive (or a Word document)"), (b"\x89PNG", "an image"),
          (b"GIF8", "an image"), (b"\xff\xd8\xff", "an image"), (b"\xd0\xcf\x11\xe0", "an old Office document"))  # fmt: skip
# Front matter keys, in the order they are tried.
_FRONT_DATE = ("published", "date", "publishdate", "pubdate", "date_published")
_FRONT_OUTLET = ("outlet", "source", "publisher", "site", "sitename", "site_name")
_FRONT_URL = ("url", "link", "canonical_url")
_FRONT_AUTHOR = ("author", "authors", "byline")


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know about one input: a skipped or oddly decoded file."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Corpus:
    documents: tuple[Document, ...]
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs beyond their own content.

    `published` and `outlet` are for articles that carry none (`--published`, `--outlet`):
    the store and the article's own metadata win over them. `fields` names the fields of a
    JSON Lines dump. `cache_dir` is where fetched pages are kept (None: `fetch.default_cache_dir()`).
    """

    published: DateMention | None = None
    outlet: str | None = None
    fields: DumpFields = field(default_factory=DumpFields)
    cache_dir: Path | None = None


@dataclass(frozen=True, slots=True)
class _Meta:
    """An article's own metadata, before the store and the options are merged in."""

    published: DateMention | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    record: int | None = None
    article_id: str | None = None


def decode(data: bytes, path: str) -> tuple[str, Notice | None]:
    """Text of a file's bytes; InputError for binary data."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(f"{path}: is {_what_binary(data)}, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        position = error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text, Notice(path, f"not UTF-8 (first bad byte at offset {position}); decoded as Windows-1252")


def _what_binary(data: bytes) -> str:
    return next((what for magic, what in _MAGIC if data.startswith(magic)), "a binary file")


def _read_bytes(path: Path, shown: str) -> bytes:
    if not path.exists():
        raise InputError(f"{shown}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{shown}: is a folder, expected a file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{shown}: cannot read ({error.strerror or error})") from None


def read_text(path: Path, shown: str) -> tuple[str, Notice | None]:
    """The text a file's offsets index (front matter blanked, an HTML page's main text);
    InputError with one readable line when the file cannot be read as text."""
    text, notice = decode(_read_bytes(path, shown), shown)
    if _kind(path, text) == "html":
        from karabakh_claims.webpage import read_html

        return read_html(text).text, notice
    if _kind(path, text) == "text":
        from karabakh_claims.frontmatter import split_front_matter

        text, _ = split_front_matter(text)
    return text, notice


def _kind(path: Path | None, text: str) -> str:
    """"html", "dump" or "text": by suffix, else (stdin, other suffixes) by content."""
    suffix = path.suffix.lower() if path is not None else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in (".jsonl", ".ndjson"):
        return "dump"
    if suffix in PLAIN_SUFFIXES:
        return "text"
    from karabakh_claims.dumps import is_json_lines
    from karabakh_claims.webpage import looks_like_html

    if looks_like_html(text):
        return "html"
    if suffix == ".json" or text.lstrip()[:1] == "{":
        return "dump" if is_json_lines(text) else ("json" if suffix == ".json" else "text")
    return "text"


def _walk(folder: Path, given: str) -> tuple[list[tuple[Path, str]], list[Notice]]:
    """The readable files under a folder (sorted, hidden ones left out) and a notice for
    each file left out, with what it is."""
    found: list[tuple[Path, str]] = []
    notices: list[Notice] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            shown = os.path.join(given, str(path.relative_to(folder)))
            suffix = path.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                found.append((path, shown))
            elif suffix in _NOT_TEXT:
                notices.append(Notice(shown, f"{_NOT_TEXT[suffix]}, not text: skipped"))
            elif suffix in _NOT_ARTICLES:
                notices.append(Notice(shown, f"{_NOT_ARTICLES[suffix]}: skipped"))
            else:
                notices.append(Notice(shown, f"unknown extension '{suffix or '(none)'}': skipped (name the file to read it as text)"))
    found.sort(key=lambda item: item[0])
    notices.sort(key=lambda n: n.path)
    return found, notices


class _Lookup:
    """The store's sources by resolved path, by file name and by URL."""

    def __init__(self, store: Store | None):
        self.by_path: dict[Path, SourceRecord] = {}
        self.by_name: dict[str, SourceRecord] = {}
        self.by_url: dict[str, SourceRecord] = {}
        if store is None:
            return
        base = Path(store.path).resolve().parent
        for source in store.sources:
            self.by_path[(base / source.file).resolve()] = source
            self.by_name.setdefault(Path(source.file).name, source)
            if source.url:
                self.by_url.setdefault(source.url, source)

    def of_file(self, path: Path) -> SourceRecord | None:
        return self.by_path.get(path.resolve()) or self.by_name.get(path.name)


def corpus_year(store: Store | None) -> int | None:
    """The most common publication year of the store's sources (ties: the earliest)."""
    if store is None:
        return None
    years = [s.published.start.year for s in store.sources if s.published is not None]
    return min(set(years), key=lambda y: (-years.count(y), y)) if years else None


class _Reader:
    """Reads inputs into Documents and notices, with the store and the options."""

    def __init__(self, store: Store | None, options: ReadOptions, year_hint: int | None):
        self.lookup = _Lookup(store)
        self.options = options
        self.year_hint = year_hint
        self.documents: list[Document] = []
        self.notices: list[Notice] = []

    def named(self, given: str, stdin_text: str | None) -> None:
        """One argument: `-`, a URL, a file or a folder."""
        from karabakh_claims.fetch import is_url

        if given == "-":
            self.content(None, "<stdin>", stdin_text or "", None)
        elif is_url(given):
            self.url(given)
        else:
            path = Path(given)
            if path.is_dir():
                files, skipped = _walk(path, given)
                self.notices += skipped
                for file, shown in files:
                    self.file(file, shown, in_folder=True)
            else:
                self.file(path, given, in_folder=False)

    def file(self, path: Path, shown: str, *, in_folder: bool, source: SourceRecord | None = None) -> None:
        data = _read_bytes(path, shown)
        try:
            text, notice = decode(data, shown)
        except InputError as error:
            if not in_folder:
                raise
            self.notices.append(Notice(shown, f"{str(error).removeprefix(f'{shown}: ').removeprefix('is ')}: skipped"))
            return
        if notice:
            self.notices.append(notice)
        self.content(path, shown, text, source or self.lookup.of_file(path), in_folder=in_folder)

    def url(self, url: str) -> None:
        from karabakh_claims.fetch import FetchError, default_cache_dir, fetch

        page = fetch(url, cache_dir=self.options.cache_dir or default_cache_dir())
        kind = page.content_type.split(";")[0].strip().lower()
        readable = kind in ("", "application/xhtml+xml", "application/json", "application/x-ndjson", "application/jsonl")
        if not (readable or kind.startswith("text/")):
            raise FetchError(f"{url}: not an HTML, text or JSON Lines page ({kind})")
        try:
            text, notice = page.body.decode(page.charset or ""), None
        except (LookupError, UnicodeDecodeError):  # no charset, an unknown one, or a wrong one
            text, notice = decode(page.body, url)
        if notice:
            self.notices.append(notice)
        source = self.lookup.by_url.get(url) or self.lookup.by_url.get(page.final_url)
        self.content(None, url, text, source, fetched_url=page.final_url, html=True if kind in ("text/html", "application/xhtml+xml") else None)  # else by content

    def content(
        self, path: Path | None, shown: str, text: str, source: SourceRecord | None,
        *, in_folder: bool = False, fetched_url: str | None = None, html: bool | None = None,
    ) -> None:  # fmt: skip
        """Documents of one input's text, by its kind."""
        kind = "html" if html else _kind(path, text)
        if kind == "html":
            self.html(shown, text, source, fetched_url)
        elif kind == "dump":
            self.dump(shown, text)
        elif kind == "json":
            message = "not JSON Lines (one article object a line)"
            if not in_folder:
                raise InputError(f"{shown}: {message}")
            self.notices.append(Notice(shown, f"{message}: skipped"))
        else:
            self.text(shown, text, source, fetched_url)

    def text(self, shown: str, text: str, source: SourceRecord | None, url: str | None = None) -> None:
        from karabakh_claims.frontmatter import split_front_matter

        masked, front = split_front_matter(text)
        meta = _Meta(url=url)
        if front is not None:
            if front.problem:
                self.notices.append(Notice(shown, f"{front.problem}; read without its metadata"))
            meta = self.front_meta(shown, front.fields, url)
        self.add(shown, masked, meta, source)

    def front_meta(self, shown: str, fields: dict[str, str], url: str | None) -> _Meta:
        published = None
        key = next((k for k in _FRONT_DATE if k in fields), None)
        if key is not None:
            published = parse_metadata_date(fields[key], basis=f"publication date (front matter '{key}')")
            if published is None:
                self.notices.append(Notice(shown, f"front matter '{key}': '{fields[key]}' is not a date; read without a publication date"))
        return _Meta(
            published=published,
            outlet=_pick(fields, _FRONT_OUTLET),
            title=fields.get("title"),
            url=_pick(fields, _FRONT_URL) or url,
            author=_pick(fields, _FRONT_AUTHOR),
            article_id=fields.get("id"),
        )

    def html(self, shown: str, html: str, source: SourceRecord | None, url: str | None = None) -> None:
        from karabakh_claims.webpage import read_html

        page = read_html(html, url=url)
        if page.fallback and page.text:
            self.notices.append(Notice(shown, "trafilatura found no main text; read all the visible text of the page"))
        published = None
        if page.published:
            published = parse_metadata_date(page.published, basis="publication date (HTML page metadata)")
        meta = _Meta(published=published, outlet=page.outlet, title=page.title, url=page.url or url, author=page.author)
        self.add(shown, page.text, meta, source)

    def dump(self, shown: str, text: str) -> None:
        from karabakh_claims.dumps import Article, read_dump
        from karabakh_claims.webpage import looks_like_html, read_html

        problems: dict[str, list[int]] = {}
        for item in read_dump(text, self.options.fields):
            if not isinstance(item, Article):
                problems.setdefault(f"{item.reason}: skipped", []).append(item.line)
                continue
            body = item.text
            if looks_like_html(body):
                page = read_html(body, url=item.url)
                body = page.text
            published = None
            if item.date is not None:
                published = parse_metadata_date(item.date, basis=f"publication date (JSON field '{item.date_field}')")
                if published is None:
                    problems.setdefault(f"field '{item.date_field}' is not a date; read without a publication date", []).append(item.line)
            meta = _Meta(published, item.outlet, item.title, item.url, item.author, record=item.line, article_id=item.id)
            self.add(shown, body, meta, None)
        for message, lines in problems.items():
            where = ", ".join(map(str, lines[:5])) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")
            self.notices.append(Notice(shown, f"line{'s' if len(lines) > 1 else ''} {where}: {message}"))

    def add(self, shown: str, text: str, meta: _Meta, source: SourceRecord | None) -> None:
        """One Document: the store's metadata first, then the article's, then the options'."""
        options = self.options
        published = None
        if source is not None and source.published is not None:
            published = replace(source.published, basis=f"publication date (store source '{source.id}')")
        published = published or meta.published or options.published
        self.documents.append(
            Document(
                shown,
                text,
                published=published,
                outlet=(source.outlet if source else None) or meta.outlet or options.outlet,
                source_id=source.id if source else None,
                year_hint=None if source is not None else self.year_hint,
                title=(source.title if source else None) or meta.title,
                url=(source.url if source else None) or meta.url,
                author=meta.author,
                record=meta.record,
                article_id=meta.article_id,
            )
        )


def _pick(fields: dict[str, str], keys: Iterable[str]) -> str | None:
    return next((fields[k] for k in keys if k in fields), None)


def read_corpus(
    paths: Sequence[str], *, store: Store | None = None, stdin_text: str | None = None, options: ReadOptions | None = None
) -> Corpus:
    """Documents for the inputs given, in the order given: files, folders, URLs, `-` for stdin.

    See the module for the kinds of input and where metadata comes from. A missing path, a
    named file that cannot be read as text (binary, PDF, ...), a URL that cannot be fetched
    and a `.json` file that is not JSON Lines raise InputError; files a folder walk leaves
    out, undecodable bytes, bad metadata and dump lines without an article give notices.

    >>> corpus = read_corpus(["-"], stdin_text="---\\ndate: 2024-03-07\\n---\\nThe mayor said on Monday it would reopen.\\n")
    >>> corpus.documents[0].published.iso(), corpus.documents[0].published.basis
    ('2024-03-07', "publication date (front matter 'date')")
    """
    reader = _Reader(store, options or ReadOptions(), corpus_year(store))
    for given in paths:
        reader.named(given, stdin_text)
    return Corpus(tuple(reader.documents), tuple(reader.notices))


def store_corpus(store: Store, *, options: ReadOptions | None = None) -> Corpus:
    """The store's own sources, read from beside the store, named as the store writes them."""
    base = Path(store.path).parent
    reader = _Reader(store, options or ReadOptions(), None)
    for source in store.sources:
        try:
            reader.file(base / source.file, source.file, in_folder=False, source=source)
        except InputError as error:
            reader.notices.append(Notice(source.file, f"{error}; skipped"))
    return Corpus(tuple(reader.documents), tuple(reader.notices))
