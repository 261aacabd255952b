"""Load claims.yaml into a Store (see docs/store-format.md).

`load_store` is tolerant: it fails only when the file cannot be read as a store at
all, and otherwise skips entries it cannot turn into records (an entry that is not a
mapping, lacks a required field, has a field of the wrong type, an unknown enum
value, or repeats an id already seen in its section: the first one wins). Skipping is
never silent for the user: `validate.validate_store` reports each of those entries.

The tables below (sections, keys, vocabularies) are the format's single source of
truth in code; the validator and the JSON Schema test read them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from karabakh_claims.dates import parse_iso
from karabakh_claims.errors import InputError, StoreError
from karabakh_claims.models import (
    POLARITIES,
    SLOTS,
    STATUSES,
    Claim,
    DateMention,
    Entity,
    Event,
    Role,
    SourceRecord,
    Store,
)
from karabakh_claims.yamlpos import YamlSyntaxError, YMap, YSeq, parse

__all__ = [
    "ENTITY_TYPES",
    "ID_RE",
    "SECTIONS",
    "SUPPORTED_VERSION",
    "UNREVIEWED",
    "UNTIL_REVIEWED",
    "load_store",
    "parse_store",
    "read_store_tree",
    "read_text_file",
    "resolve_source_path",
]

SUPPORTED_VERSION = 1
ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "country", "place", "outlet")
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*\Z")

TOP_LEVEL_KEYS: tuple[str, ...] = ("version", "sources", "entities", "events", "claims")

# Per section: key -> (kind, required). Kinds: id, text, date, list (of text),
# ref-list (of entity ids), roles, and the enums.
SECTIONS: dict[str, dict[str, tuple[str, bool]]] = {
    "sources": {
        "id": ("id", True),
        "file": ("text", True),
        "outlet": ("text", True),
        "title": ("text", False),
        "published": ("date", True),
        "url": ("text", False),
        "notes": ("text", False),
    },
    "entities": {
        "id": ("id", True),
        "name": ("text", True),
        "type": ("entity-type", True),
        "aliases": ("list", False),
        "side": ("text", False),
        "roles": ("roles", False),
        "notes": ("text", False),
        "status": ("status", False),
    },
    "events": {
        "id": ("id", True),
        "title": ("text", True),
        "slot": ("slot", True),
        "entities": ("ref-list", False),
        "keywords": ("list", False),
        "notes": ("text", False),
    },
    "claims": {
        "id": ("id", True),
        "event": ("text", True),
        "speaker": ("text", True),
        "said_on": ("date", True),
        "source": ("text", True),
        "quote": ("text", True),
        "value": ("text", True),
        "polarity": ("polarity", True),
        "scope": ("text", False),
        "via": ("text", False),
        "notes": ("text", False),
        "status": ("status", False),
        "confidence": ("unit", False),
        "link_score": ("score", False),
        "found_by": ("text", False),
    },
}

# Keys a proposed (or rejected) claim may leave out: `add --unlinked` proposes statements
# that link to no event, and a statement can be undated. Accepting needs them.
UNTIL_REVIEWED: tuple[str, ...] = ("event", "said_on")
UNREVIEWED: tuple[str, ...] = ("proposed", "rejected")

# Numeric kinds: (low, high) inclusive.
RANGES: dict[str, tuple[float, float]] = {"unit": (0.0, 1.0), "score": (0.0, 100.0)}

ROLE_KEYS: dict[str, tuple[str, bool]] = {
    "title": ("text", True),
    "aliases": ("list", False),
    "from": ("date", False),
    "until": ("date", False),
}

ENUMS: dict[str, tuple[str, ...]] = {
    "entity-type": ENTITY_TYPES,
    "slot": SLOTS,
    "polarity": POLARITIES,
    "status": STATUSES,
}

# Sniffing this much of a file is enough to tell text from binary.
_SNIFF = 8192


def read_text_file(path: str | Path) -> str:
    """Read a UTF-8 text file (a leading BOM is dropped).

    Raises InputError with one readable line when the path is missing, is a folder,
    looks binary (a NUL byte near the start) or is not valid UTF-8.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a file") from None
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{path}: is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{path}: is not UTF-8 text (invalid byte at line {line})") from None


def read_store_tree(path: str | Path) -> Any:
    """Read and parse a store file into YMap/YSeq data with positions.

    Raises StoreError for a file that cannot be read as text; lets YamlSyntaxError
    through (callers decide whether it is a diagnostic or an error).
    """
    try:
        text = read_text_file(path)
    except InputError as exc:
        raise StoreError(str(exc)) from None
    return parse(text)


def load_store(path: str | Path) -> Store:
    """Load claims.yaml into a Store of frozen records.

    Raises StoreError (one readable line) when the file is missing, a folder, binary,
    not UTF-8, not YAML, or not a mapping at the top. Entries that cannot become
    records are skipped (see the module doc); run `validate_store` to see why.
    Each record's `line` is the line of its entry in the YAML.

    >>> store = load_store("claims.yaml")  # doctest: +SKIP
    >>> store.claims[0].said_on.iso()      # doctest: +SKIP
    '2020-11-08'
    """
    try:
        tree = read_store_tree(path)
    except YamlSyntaxError as exc:
        raise StoreError(f"{path}:{exc.line}:{exc.column}: not valid YAML: {exc.message}") from None
    return _store_of(tree, path)


def parse_store(text: str, path: str | Path) -> Store:
    """`load_store` of a store's text already read (`path` names it, and sources resolve
    from its folder): the writer reads a store once and edits what it loaded."""
    try:
        tree = parse(text)
    except YamlSyntaxError as exc:
        raise StoreError(f"{path}:{exc.line}:{exc.column}: not valid YAML: {exc.message}") from None
    return _store_of(tree, path)


def _store_of(tree: Any, path: str | Path) -> Store:
    if not isinstance(tree, YMap):
        raise StoreError(f"{path}: the top level must be a mapping of sections (sources, entities, events, claims)")
    return Store(
        path=str(path),
        sources=_records(tree, "sources", _source),
        entities=_records(tree, "entities", _entity),
        events=_records(tree, "events", _event),
        claims=_records(tree, "claims", _claim),
    )


def resolve_source_path(store: Store, source: SourceRecord) -> Path:
    """The path of a source's text: its `file`, relative to the folder of claims.yaml."""
    return Path(store.path).parent / source.file


# --- building records ------------------------------------------------------------


class _Skip(Exception):
    """An entry that cannot become a record."""


def _records(tree: YMap, section: str, build: Any) -> tuple:
    """Records of one section, skipping bad entries and repeated ids."""
    entries = tree.get(section)
    if not isinstance(entries, YSeq):
        return ()
    records = []
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, YMap):
            continue
        try:
            record = build(entry)
        except _Skip:
            continue
        if record.id in seen:
            continue
        seen.add(record.id)
        records.append(record)
    return tuple(records)


def _text(entry: YMap, key: str, *, required: bool = True) -> str | None:
    """A text field (numbers as written); _Skip when required and absent or unusable."""
    value = entry.get(key)
    if value.__class__ is str:  # most fields, read without text_of's checks (59,000 in a 5,000-claim store)
        stripped = value.strip()
        if stripped:
            return stripped
    else:
        value = entry.text_of(key)
    if value is not None and value.strip():
        return value.strip()
    if required or (key in entry and entry[key] is not None):
        raise _Skip(key)
    return None


def _texts(entry: YMap, key: str) -> tuple[str, ...]:
    """A list of text (optional); _Skip when it is not a list of text."""
    value = entry.get(key)
    if value is None:
        return ()
    if not isinstance(value, YSeq):
        raise _Skip(key)
    items = tuple(value.text_of(i) for i in range(len(value)))
    if any(item is None or not item.strip() for item in items):
        raise _Skip(key)
    return tuple(item.strip() for item in items)  # type: ignore[union-attr]


def _date(entry: YMap, key: str, *, required: bool) -> DateMention | None:
    """A date or interval; None when absent or unparseable (the validator says which)."""
    text = _text(entry, key, required=required)
    return parse_iso(text) if text is not None else None


def _id(entry: YMap) -> str:
    value = _text(entry, "id")
    if not ID_RE.match(value or ""):
        raise _Skip("id")
    return value  # type: ignore[return-value]


def _enum(entry: YMap, key: str, allowed: tuple[str, ...]) -> str:
    value = _text(entry, key)
    if value not in allowed:
        raise _Skip(key)
    return value  # type: ignore[return-value]


def _source(entry: YMap) -> SourceRecord:
    return SourceRecord(
        id=_id(entry),
        file=_text(entry, "file"),  # type: ignore[arg-type]
        outlet=_text(entry, "outlet"),
        title=_text(entry, "title", required=False),
        published=_date(entry, "published", required=True),
        url=_text(entry, "url", required=False),
        line=entry.line,
    )


def _role(entry: Any) -> Role:
    if not isinstance(entry, YMap):
        raise _Skip("roles")
    return Role(
        title=_text(entry, "title"),  # type: ignore[arg-type]
        aliases=_texts(entry, "aliases"),
        start=_day(_date(entry, "from", required=False), first=True),
        until=_day(_date(entry, "until", required=False), first=False),
    )


def _day(mention: DateMention | None, *, first: bool):
    """A role bound as one day; an interval bound is read generously (widest reach)."""
    if mention is None:
        return None
    return mention.start if first else mention.end


def _entity(entry: YMap) -> Entity:
    roles = entry.get("roles")
    if roles is not None and not isinstance(roles, YSeq):
        raise _Skip("roles")
    return Entity(
        id=_id(entry),
        name=_text(entry, "name"),  # type: ignore[arg-type]
        type=_enum(entry, "type", ENTITY_TYPES),
        aliases=_texts(entry, "aliases"),
        side=_text(entry, "side", required=False),
        roles=tuple(_role(role) for role in roles or ()),
        line=entry.line,
        status=_status(entry),
    )


def _event(entry: YMap) -> Event:
    return Event(
        id=_id(entry),
        title=_text(entry, "title"),  # type: ignore[arg-type]
        slot=_enum(entry, "slot", SLOTS),  # type: ignore[arg-type]
        entities=_texts(entry, "entities"),
        keywords=_texts(entry, "keywords"),
        line=entry.line,
    )


def _status(entry: YMap) -> Any:
    """The review status, or None for an entry without one (written by a person)."""
    if entry.get("status") is None:
        return None
    return _enum(entry, "status", STATUSES)


def _number(entry: YMap, key: str, kind: str) -> float | None:
    """An optional number within its kind's range; _Skip when present and not one."""
    value = entry.get(key)
    if value is None:
        return None
    low, high = RANGES[kind]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise _Skip(key)
    return float(value)


def _claim(entry: YMap) -> Claim:
    status = _status(entry)
    reviewed = status not in UNREVIEWED
    return Claim(
        id=_id(entry),
        event=_text(entry, "event", required=reviewed),
        speaker=_text(entry, "speaker"),  # type: ignore[arg-type]
        said_on=_date(entry, "said_on", required=reviewed),
        source=_text(entry, "source"),  # type: ignore[arg-type]
        quote=_text(entry, "quote"),  # type: ignore[arg-type]
        value=_text(entry, "value"),  # type: ignore[arg-type]
        polarity=_enum(entry, "polarity", POLARITIES),  # type: ignore[arg-type]
        via=_text(entry, "via", required=False),
        line=entry.line,
        scope=_text(entry, "scope", required=False),
        status=status,
        confidence=_number(entry, "confidence", "unit"),
        link_score=_number(entry, "link_score", "score"),
        found_by=_text(entry, "found_by", required=False),
    )
