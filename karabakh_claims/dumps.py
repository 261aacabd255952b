"""JSON Lines article dumps: one article a line, with the field names scrapers write.

Each line is a JSON object. Its text, date, outlet, id, title, URL and author are read from
the first field present of these (each list can be replaced, see `DumpFields`):

| what | fields tried, in order |
| --- | --- |
| text | `text`, `maintext` (news-please), `body`, `content`, `article`, `raw_text` |
| date | `date_publish` (news-please), `published`, `publish_date`, `date_published`, `datePublished`, `published_at`, `pubDate`, `date` (trafilatura) |
| outlet | `outlet`, `publisher`, `source-hostname` (trafilatura's site name), `sitename`, `site_name`, `source` (unless it is a URL), `source_domain` (news-please), `hostname`, `domain` |
| id | `id`, `article_id`, `uuid`, `_id`, `fingerprint` |
| title, url, author | `title`/`headline`; `url`/`link`/`canonical_url`/`source` (when a URL); `author`/`authors`/`byline` |

A value that is a list is joined ("A, B"); a mapping gives its `name` (schema.org's
`publisher: {"name": ...}`). A text field that holds an HTML page or fragment is read as
HTML (webpage.py), and offsets then refer to its extracted text.

Problems are per line and never stop the dump: a line that is not a JSON object, or has no
text, is skipped with a notice naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})


@dataclass(frozen=True, slots=True)
class DumpFields:
    """The field names tried for each piece of an article, first present wins.

    `with_field` puts a name the user gives (`--text-field` ...) in front of the defaults.
    """

    text: tuple[str, ...] = ("text", "maintext", "body", "content", "article", "raw_text")
    date: tuple[str, ...] = (
        "date_publish", "published", "publish_date", "date_published", "datePublished",
        "published_at", "pubDate", "date",
    )  # fmt: skip
    outlet: tuple[str, ...] = (
        "outlet", "publisher", "source-hostname", "sitename", "site_name", "source",
        "source_domain", "hostname", "domain",
    )  # fmt: skip
    id: tuple[str, ...] = ("id", "article_id", "uuid", "_id", "fingerprint")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link", "canonical_url", "source")
    author: tuple[str, ...] = ("author", "authors", "byline")

    def with_field(self, which: str, name: str | None) -> DumpFields:
        """These fields with `name` tried first for `which` (text, date, outlet, id, title, url, author)."""
        if not name:
            return self
        from dataclasses import replace

        current: tuple[str, ...] = getattr(self, which)
        return replace(self, **{which: (name, *(n for n in current if n != name))})


@dataclass(frozen=True, slots=True)
class Article:
    """One line of a dump: its 1-based line number and its pieces as text. `date_field` names
    the field the date came from (for the date's basis)."""

    line: int
    text: str
    date: str | None = None
    date_field: str | None = None
    outlet: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A line that gave no article, and why."""

    line: int
    reason: str


def is_json_lines(text: str) -> bool:
    """Whether `text` reads as JSON Lines: its first non-blank line is one whole JSON object."""
    for line in text.splitlines():
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def read_dump(text: str, fields: DumpFields = DumpFields()) -> Iterator[Article | Skipped]:
    """The articles of a JSON Lines dump, one per non-blank line, in order (see the module).

    >>> [a.text for a in read_dump('{"maintext": "A said B.", "date_publish": "2024-03-07 08:15:00"}\\n')]
    ['A said B.']
    """
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Skipped(number, f"not JSON ({error.__class__.__name__}: {str(error).split(':', 1)[0]})")
            continue
        if not isinstance(record, dict):
            yield Skipped(number, "not a JSON object")
            continue
        body, _ = _first(record, fields.text, joiner="\n\n")
        if not body or not body.strip():
            yield Skipped(number, f"no article text (looked for {', '.join(fields.text)})")
            continue
        date, date_field = _first(record, fields.date)
        yield Article(
            line=number,
            text=body,
            date=date,
            date_field=date_field,
            outlet=_first(record, fields.outlet, urls=False)[0],
            id=_first(record, fields.id)[0],
            title=_first(record, fields.title)[0],
            url=_first(record, fields.url, urls=True)[0],
            author=_first(record, fields.author)[0],
        )


def _first(
    record: dict[str, Any], names: tuple[str, ...], *, urls: bool | None = None, joiner: str = ", "
) -> tuple[str | None, str | None]:
    """(value, field) of the first of `names` with a value; `urls` True keeps only URLs,
    False only what is not a URL (trafilatura's `source` is the page URL, not an outlet)."""
    for name in names:
        value = _as_text(record.get(name), joiner)
        if value is None:
            continue
        is_url = value.startswith(("http://", "https://"))
        if urls is not None and is_url != urls:
            continue
        return value, name
    return None, None


def _as_text(value: Any, joiner: str = ", ") -> str | None:
    """A field's value as text: a list joined with `joiner` (paragraphs of a text field are
    joined with a blank line), a mapping by its `name`, a number as written."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return joiner.join(parts) or None
    if isinstance(value, (int, float)):
        return str(value)
    return value if isinstance(value, str) and value.strip() else None
