"""HTML pages: the article's main text and its metadata, through trafilatura.

trafilatura (https://trafilatura.readthedocs.io) finds the main text of a page and leaves
out navigation, asides, "related" boxes, comments, forms and footers; its metadata
extraction gives the title, site name, canonical URL, author and, through htmldate, the
publication date (meta tags, JSON-LD, `<time>` elements, the URL; the page's free text is
not searched for dates, and the original date is preferred to an update).

The text a statement's offsets refer to is the extracted text as `read_html` returns it: one
paragraph per block of the page (paragraph, heading, list item, quotation, table row),
paragraphs separated by a blank line, line breaks inside a paragraph kept.

trafilatura and lxml are imported inside `read_html`, so that reading plain text (and
`karabakh-claims --help`) never loads them. When trafilatura finds no main text at all, the
page's visible text is used instead (`html_to_text`) and `Page.fallback` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

# A page is HTML when it opens (after a byte order mark, comments and white space) with a
# doctype or one of these tags; used for stdin and for dump fields.
_LOOKS_HTML = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<(?:p|div)[\s>][\s\S]*</(?:p|div)>)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page gives: its article text and metadata as the page writes them
    (`published` is the date text htmldate found, ISO). `fallback` is True when trafilatura
    found no main text and `text` is every visible text of the page."""

    text: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    fallback: bool = False


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page or fragment rather than prose (for stdin and dump fields)."""
    return _LOOKS_HTML.match(text[:4096]) is not None


def read_html(html: str, *, url: str | None = None) -> Page:
    """The main text and metadata of an HTML page (see the module). `url` is where the page
    came from, the URL to report when the page names none of its own.

    Limits: one article per page (a page listing several gives the one trafilatura picks);
    text that scripts write at run time is not there; htmldate's date is the page's claim
    about itself, not checked against the text.
    """
    import trafilatura

    options: dict[str, Any] = {
        "url": url,
        "include_comments": False,
        "include_tables": True,
        "with_metadata": True,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
        "config": _config(),
    }
    document = trafilatura.bare_extraction(html, **options) if html.strip() else None
    paragraphs = _paragraphs(document.body) if document is not None and document.body is not None else []
    if document is None:
        from trafilatura.metadata import extract_metadata

        document = extract_metadata(html, default_url=url, date_config=options["date_extraction_params"], extensive=False) if html.strip() else None
    fallback = not paragraphs
    text = html_to_text(html) if fallback else "\n\n".join(paragraphs) + "\n"
    text = text if text.strip() else ""
    if document is None:
        return Page(text, url=url, fallback=fallback)
    return Page(
        text=text,
        title=_clean(document.title),
        url=_clean(document.url) or url,
        author=_clean(document.author),
        outlet=_clean(document.sitename) or _clean(document.hostname),
        published=_clean(document.date),
        fallback=fallback,
    )


_CONFIG: Any = None


def _config() -> Any:
    """trafilatura's settings, adjusted once: short articles are kept (a news brief of 200
    characters is an article), and no alarm signal limits the extraction time."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
        config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
        _CONFIG = config
    return _CONFIG


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _paragraphs(body: Any) -> list[str]:
    """The blocks of trafilatura's XML body as paragraphs of text."""
    found: list[str] = []
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "list":
            found += [p for item in element.iter("item") if (p := _text_of(item))]
        elif tag == "table":
            rows = [" | ".join(c for cell in row.iter("cell") if (c := _text_of(cell))) for row in element.iter("row")]
            found += [row for row in rows if row]
        elif tag == "quote" and len(element) and all(isinstance(c.tag, str) and c.tag in ("p", "quote", "list") for c in element):
            found += _paragraphs(element)
        elif (paragraph := _text_of(element)):
            found.append(paragraph)
    return found


def _text_of(element: Any) -> str:
    """An element's text with its line breaks (`<lb/>`), white space of each line collapsed."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


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
    """Every visible text of an HTML page, block elements as paragraphs (the fallback when
    trafilatura finds no main text: navigation and boilerplate are not told apart here)."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
