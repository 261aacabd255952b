"""Check a claim store against docs/store-format.md and report every problem.

`validate_store(path)` never stops at the first problem and never writes to disk. It
walks the positioned YAML tree (not the tolerant Store, which drops bad entries) so
each finding points at the exact key or value. Source texts are read once per run.
"""

from __future__ import annotations

import difflib
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from karabakh_claims.dates import parse_iso
from karabakh_claims.errors import InputError
from karabakh_claims.models import DateMention, Diagnostic, Level
from karabakh_claims.quotes import PreparedText
from karabakh_claims.store import (
    ENUMS,
    ID_RE,
    RANGES,
    ROLE_KEYS,
    SECTIONS,
    SUPPORTED_VERSION,
    TOP_LEVEL_KEYS,
    UNREVIEWED,
    UNTIL_REVIEWED,
    read_store_tree,
)
from karabakh_claims.yamlpos import Pos, YamlSyntaxError, YMap, YSeq

__all__ = ["FACT_MAX_CHARS", "is_figure", "source_text", "validate_store", "value_problem"]

FACT_MAX_CHARS = 120

_SINGULAR = {"sources": "source", "entities": "entity", "events": "event", "claims": "claim"}

# --- figures (number slots) ---------------------------------------------------------

_NUMBER = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALED = rf"(?:{_NUMBER})(?:\s*(?:thousand|million|k))?"
_QUALIFIER = (
    r"more than|over|above|upwards of|at least|no fewer than|no less than|not less than"
    r"|almost|nearly|about|around|approximately|roughly|some|an estimated|estimated"
    r"|as many as|up to|at most|no more than|fewer than|less than|under|below"
)
_SYMBOL = r">=|<=|≥|≤|>|<|~|≈|c\.|ca\."
_FIGURE_RE = re.compile(
    rf"(?:(?:{_QUALIFIER})\s+|(?:{_SYMBOL})\s*)?(?P<n>{_SCALED})\s*\+?", re.IGNORECASE
)
_RANGE_RE = re.compile(
    rf"(?:between\s+(?P<a1>{_SCALED})\s+and\s+(?P<b1>{_SCALED}))"
    rf"|(?:(?P<a2>{_SCALED})\s*(?:-|–|—|to)\s*(?P<b2>{_SCALED}))",
    re.IGNORECASE,
)


def _amount(text: str) -> float:
    """Numeric value of one figure written with separators and an optional scale word."""
    text = text.lower().strip()
    scale = 1.0
    for word, factor in (("thousand", 1e3), ("million", 1e6), ("k", 1e3)):
        if text.endswith(word):
            text, scale = text[: -len(word)].strip(), factor
            break
    return float(re.sub(r"[,\u00a0\u202f ]", "", text)) * scale


def is_figure(value: str) -> bool:
    """Whether `value` is a well-formed figure expression for a number slot.

    Accepts a figure with an optional qualifier or `+` (`2317`, `2,317`, `4000+`,
    `more than 4000`, `>4000`, `almost 5000`, `~2000`, `at least 21`, `up to 30000`,
    `1.5 thousand`) and ranges whose end is not below their start (`20-21`,
    `20 to 21`, `between 20 and 21`). Words without digits (`hundreds`) are not figures.

    >>> is_figure("more than 4000"), is_figure("21-20"), is_figure("dozens")
    (True, False, False)
    """
    text = value.strip()
    if _FIGURE_RE.fullmatch(text):
        return True
    match = _RANGE_RE.fullmatch(text)
    if not match:
        return False
    low = match.group("a1") or match.group("a2")
    high = match.group("b1") or match.group("b2")
    return _amount(low) <= _amount(high)


# --- dates ---------------------------------------------------------------------------

_ISO_SHAPE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:\s*/\s*(\d{4}-\d{2}-\d{2}))?\s*\Z")


def _date_problem(text: str) -> str | None:
    """Why `text` is not an ISO date or interval, or None when it is one."""
    if parse_iso(text) is not None:
        return None
    match = _ISO_SHAPE.match(text)
    if not match:
        return "is not an ISO date (YYYY-MM-DD) or interval (YYYY-MM-DD/YYYY-MM-DD)"
    start, end = match.groups()
    if end is None:
        return "is not a real date"
    for part in (start, end):
        if parse_iso(part) is None:
            return f"contains {part}, which is not a real date"
    return "is an interval that ends before it starts"


# --- the run ---------------------------------------------------------------------------


def _kind_of(value: Any) -> str:
    """How a value reads in a message: 'a list', 'a mapping', 'a boolean', ..."""
    if isinstance(value, YSeq):
        return "a list"
    if isinstance(value, YMap):
        return "a mapping"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "empty"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


def _suggest(word: str, choices: Any) -> str:
    """' (did you mean 'x'?)' when a close choice exists, else ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


@dataclass
class _Entry:
    """What the field checks found usable in one entry, for the cross-entry rules."""

    label: str
    node: YMap
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class _SourceText:
    """A source file read once per run: its prepared text, or why it cannot be used."""

    prepared: PreparedText | None
    code: str = ""
    problem: str = ""
    warning: str = ""  # readable, but not as it should be (not UTF-8)


class _Run:
    """One validation: the diagnostics found so far, and the per-run file cache."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.folder = Path(path).parent
        self.diags: list[Diagnostic] = []
        self.texts: dict[Path, _SourceText] = {}
        # Stores repeat the same few hundred dates thousands of times.
        self.dates: dict[str, DateMention | None] = {}

    def date(self, text: str) -> DateMention | None:
        """parse_iso, memoised for the run."""
        try:
            return self.dates[text]
        except KeyError:
            mention = self.dates[text] = parse_iso(text)
            return mention

    def add(self, pos: Pos, code: str, message: str, level: Level = "error") -> None:
        self.diags.append(Diagnostic(self.path, pos.line, pos.column, level, code, message))

    def note(self, pos: Pos, code: str, message: str) -> None:
        """A notice: something to know, not a problem (exit 0)."""
        self.diags.append(Diagnostic(self.path, pos.line, pos.column, "notice", code, message))

    # --- structure ---------------------------------------------------------------------

    def duplicate_keys(self, node: Any) -> None:
        """duplicate-key and non-text keys, anywhere in the tree."""
        seen: set[int] = set()
        stack = [node]
        while stack:
            item = stack.pop()
            if id(item) in seen:  # an alias shares its anchor's node
                continue
            seen.add(id(item))
            if isinstance(item, YMap):
                for dup in item.duplicates:
                    self.add(
                        dup.pos,
                        "duplicate-key",
                        f"key '{dup.key}' is repeated in one mapping (first at line {dup.first.line})",
                    )
                for pos in item.bad_keys:
                    self.add(pos, "wrong-type", "a key must be text, not a list or a mapping")
                stack.extend(v for v in item.values() if isinstance(v, (YMap, YSeq)))
            elif isinstance(item, YSeq):
                stack.extend(v for v in item if isinstance(v, (YMap, YSeq)))

    def top_level(self, tree: YMap) -> None:
        for key in tree:
            if key not in TOP_LEVEL_KEYS:
                self.add(
                    tree.pos_of_key(key),
                    "unknown-key",
                    f"unknown top-level key '{key}'{_suggest(key, TOP_LEVEL_KEYS)}",
                )
        if "version" in tree:
            version = tree["version"]
            pos = tree.pos_of_value("version")
            if not isinstance(version, int) or isinstance(version, bool):
                self.add(pos, "wrong-type", f"version must be the number {SUPPORTED_VERSION}, not {_kind_of(version)}")
            elif version != SUPPORTED_VERSION:
                self.add(pos, "bad-enum", f"version {version} is not supported; the only version is {SUPPORTED_VERSION}")
        # Every section is optional: a new store (`init`) has nothing to list yet, and a
        # missing section is read as an empty one.

    def section(self, tree: YMap, name: str) -> list[_Entry]:
        """Field checks of every entry of one section."""
        value = tree.get(name)
        if value is None:  # absent (reported above) or written empty: no entries
            return []
        if not isinstance(value, YSeq):
            self.add(tree.pos_of_value(name), "wrong-type", f"section '{name}' must be a list, not {_kind_of(value)}")
            return []
        singular = _SINGULAR[name]
        entries = []
        for index, item in enumerate(value):
            if not isinstance(item, YMap):
                self.add(
                    value.pos_of_item(index),
                    "not-a-mapping",
                    f"{singular} #{index + 1} in '{name}' must be a mapping, not {_kind_of(item)}",
                )
                continue
            entry_id = item.get("id")
            label = f"{singular} '{entry_id}'" if isinstance(entry_id, str) and entry_id.strip() else f"{singular} #{index + 1}"
            entry = _Entry(label, item)
            spec = SECTIONS[name]
            status = item.text_of("status") if "status" in item else None
            if name == "claims" and status in UNREVIEWED:
                # A proposed claim may still lack an event or a date; accepting it needs them.
                spec = {key: (kind, required and key not in UNTIL_REVIEWED) for key, (kind, required) in spec.items()}
            self.fields(entry, item, spec, label)
            if entry.values.get("status") == "proposed":
                self.note(
                    item.pos_of_value("status"),
                    "proposed",
                    f"{label} is proposed, not yet reviewed (karabakh-claims review; accept or reject it)",
                )
            entries.append(entry)
        return entries

    def fields(self, entry: _Entry, node: YMap, spec: dict[str, tuple[str, bool]], label: str) -> None:
        """Unknown, missing and ill-typed keys of one mapping; usable values go to entry."""
        for key in node:
            if key not in spec:
                self.add(node.pos_of_key(key), "unknown-key", f"{label}: unknown key '{key}'{_suggest(key, spec)}")
        for key, (kind, required) in spec.items():
            value = node.get(key)
            empty = value is None or (isinstance(value, str) and not value.strip())
            if empty:
                if required:
                    state = "is empty" if key in node else "is missing"
                    self.add(node.pos_of_value(key), "missing-key", f"{label}: required key '{key}' {state}")
                continue
            checked = self.field(node, key, kind, label)
            if checked is not None:
                entry.values[key] = checked

    def field(self, node: YMap, key: str, kind: str, label: str) -> Any:
        """Type and shape of one value; returns the usable value or None."""
        value = node[key]
        pos = node.pos_of_value(key)
        if kind in ("list", "ref-list"):
            return self.text_list(node, key, label)
        if kind == "roles":
            return self.roles(node, key, label)
        if kind in RANGES:
            low, high = RANGES[kind]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.add(pos, "wrong-type", f"{label}: '{key}' must be a number from {low:g} to {high:g}, not {_kind_of(value)}")
                return None
            if not low <= value <= high:
                self.add(pos, "bad-range", f"{label}: {key} {value:g} is outside {low:g}..{high:g}")
                return None
            return float(value)
        text = node.text_of(key)
        if text is None:
            self.add(pos, "wrong-type", f"{label}: '{key}' must be text, not {_kind_of(value)}")
            return None
        text = text.strip()
        if kind == "id":
            if not ID_RE.match(text):
                self.add(
                    pos,
                    "bad-id",
                    f"{label}: id '{text}' must be lower-case letters, digits and dashes, starting with a letter or digit",
                )
                return None
        elif kind == "date":
            mention = self.date(text)
            if mention is None:
                self.add(pos, "bad-date", f"{label}: {key} '{text}' {_date_problem(text)}")
            return mention
        elif kind in ENUMS:
            allowed = ENUMS[kind]
            if text not in allowed:
                self.add(
                    pos,
                    "bad-enum",
                    f"{label}: {key} '{text}' is not one of {', '.join(allowed)}{_suggest(text, allowed)}",
                )
                return None
        return text

    def text_list(self, node: YMap, key: str, label: str) -> list[tuple[str, Pos]] | None:
        value = node[key]
        if not isinstance(value, YSeq):
            self.add(node.pos_of_value(key), "wrong-type", f"{label}: '{key}' must be a list, not {_kind_of(value)}")
            return None
        items = []
        for index in range(len(value)):
            text = value.text_of(index)
            if text is None or not text.strip():
                self.add(
                    value.pos_of_item(index),
                    "wrong-type",
                    f"{label}: item {index + 1} of '{key}' must be text, not {_kind_of(value[index])}",
                )
                continue
            items.append((text.strip(), value.pos_of_item(index)))
        return items

    def roles(self, node: YMap, key: str, label: str) -> None:
        value = node[key]
        if not isinstance(value, YSeq):
            self.add(node.pos_of_value(key), "wrong-type", f"{label}: 'roles' must be a list, not {_kind_of(value)}")
            return None
        for index, role in enumerate(value):
            if not isinstance(role, YMap):
                self.add(
                    value.pos_of_item(index),
                    "not-a-mapping",
                    f"{label}: role {index + 1} must be a mapping, not {_kind_of(role)}",
                )
                continue
            title = role.get("title")
            role_label = f"{label}, role '{title}'" if isinstance(title, str) and title.strip() else f"{label}, role {index + 1}"
            checked = _Entry(role_label, role)
            self.fields(checked, role, ROLE_KEYS, role_label)
            start, until = checked.values.get("from"), checked.values.get("until")
            if start and until and until.end < start.start:
                self.add(
                    role.pos_of_value("until"),
                    "bad-date",
                    f"{role_label}: until {until.iso()} is before from {start.iso()}",
                )
        return None

    # --- across entries ----------------------------------------------------------------

    def ids(self, entries: list[_Entry], singular: str) -> dict[str, _Entry]:
        """duplicate-id within a section; returns the first entry of each id."""
        by_id: dict[str, _Entry] = {}
        for entry in entries:
            entry_id = entry.values.get("id")
            if entry_id is None:
                continue
            first = by_id.get(entry_id)
            if first is not None:
                self.add(
                    entry.node.pos_of_value("id"),
                    "duplicate-id",
                    f"{singular} id '{entry_id}' is already defined at line {first.node.line}",
                )
                continue
            by_id[entry_id] = entry
        return by_id

    def reference(self, entry: _Entry, key: str, known: dict[str, _Entry], code: str, section: str) -> _Entry | None:
        target = entry.values.get(key)
        if target is None:
            return None
        found = known.get(target)
        if found is None:
            self.add(
                entry.node.pos_of_value(key),
                code,
                f"{entry.label}: {key} '{target}' is not defined in {section}{_suggest(target, known)}",
            )
        return found

    def source_text(self, entry: _Entry) -> _SourceText | None:
        """Read the source's file once per run; report it when missing or unreadable."""
        file = entry.values.get("file")
        if file is None:
            return None
        path = self.folder / file
        cached = self.texts.get(path)
        if cached is None:
            cached = self.texts[path] = _read_source(path)
        if cached.prepared is None:
            self.add(entry.node.pos_of_value("file"), cached.code, f"{entry.label}: file {file} {cached.problem}")
        elif cached.warning:
            self.add(entry.node.pos_of_value("file"), "source-encoding", f"{entry.label}: file {file} {cached.warning}", "warning")
        return cached


def source_text(path: str | Path) -> PreparedText | None:
    """A source's text as `check` reads it to find quotes (None when it cannot be read):
    what finds a quote here finds it in `check`."""
    return _read_source(Path(path)).prepared


def _read_source(path: Path) -> _SourceText:
    if not path.exists():
        return _SourceText(None, "source-missing", "does not exist")
    if path.is_dir():
        return _SourceText(None, "source-unreadable", "is a folder, not a text file")
    from karabakh_claims.sources import read_text

    try:
        # The reader extraction uses: the same decoding (Windows-1252 when not UTF-8) and the
        # same visible text of an HTML page, so a quote extraction found is found here too.
        text, notice = read_text(path, str(path))
    except InputError as exc:
        # read_text says "<path>: <why>"; keep the why, the message names the file.
        return _SourceText(None, "source-unreadable", str(exc).split(": ", 1)[-1])
    return _SourceText(PreparedText(text), warning=f"is {notice.message}" if notice else "")


def _clip(text: str, limit: int = 60) -> str:
    """`text` on one line, cut to `limit` characters, for quoting in a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value_problem(slot: str, value: str) -> str | None:
    """Why a claim's value does not fit its event's slot, or None."""
    if slot == "date":
        # "by 2020-11-08": it had happened on or before that day (what was said then tells no more).
        bare = value[3:] if value.startswith("by ") else value
        return _date_problem(bare)
    if slot == "number":
        return None if is_figure(value) else "is not a figure (e.g. 2317, 4000+, more than 4000, 20-21)"
    if slot == "fact":
        if "\n" in value:
            return "must be one line for a fact event"
        if len(value) > FACT_MAX_CHARS:
            return f"is {len(value)} characters long; a fact holds at most {FACT_MAX_CHARS}"
    return None


def validate_store(path: str | Path) -> list[Diagnostic]:
    """Every problem in the store at `path`, sorted by line and column.

    Applies each rule of docs/store-format.md ("What `check` reports"). A YAML syntax
    error, or a top level that is not a mapping, is a diagnostic (and the only one,
    since nothing else can be read). Raises StoreError when the file cannot be read
    at all (missing, a folder, binary, not UTF-8). Diagnostic.path is `path` as given.
    Reads files and writes none; each source text is read once.

    >>> for d in validate_store("claims.yaml"): print(d.line, d.code)  # doctest: +SKIP
    12 duplicate-id
    """
    # Validation allocates many small objects that all live until the end of the
    # run; pausing the cyclic GC keeps it from rescanning them (~25% of the time).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _validate(path)
    finally:
        if gc_was_enabled:
            gc.enable()


def _validate(path: str | Path) -> list[Diagnostic]:
    """validate_store without the GC handling."""
    run = _Run(path)
    try:
        tree = read_store_tree(path)
    except YamlSyntaxError as exc:
        run.add(Pos(exc.line, exc.column), "yaml-syntax", f"not valid YAML: {exc.message}")
        return run.diags
    run.duplicate_keys(tree)
    if not isinstance(tree, YMap):
        pos = tree.pos if isinstance(tree, YSeq) else Pos(1, 1)
        what = "empty" if tree is None else _kind_of(tree)
        run.add(pos, "not-a-mapping", f"the store must be a mapping of sections (sources, entities, events, claims), not {what}")
        return sorted(run.diags)
    run.top_level(tree)
    sections = {name: run.section(tree, name) for name in SECTIONS}
    sources = run.ids(sections["sources"], "source")
    entities = run.ids(sections["entities"], "entity")
    events = run.ids(sections["events"], "event")
    run.ids(sections["claims"], "claim")

    texts: dict[int, _SourceText | None] = {}
    for entry in sections["sources"]:
        texts[id(entry)] = run.source_text(entry)
    for entry in sections["events"]:
        for target, pos in entry.values.get("entities") or ():
            if target not in entities:
                run.add(
                    pos,
                    "unknown-entity",
                    f"{entry.label}: entity '{target}' is not defined in entities{_suggest(target, entities)}",
                )
    for entry in sections["claims"]:
        _check_claim(run, entry, sources, entities, events, texts)
    return sorted(run.diags)


def _check_claim(
    run: _Run,
    entry: _Entry,
    sources: dict[str, _Entry],
    entities: dict[str, _Entry],
    events: dict[str, _Entry],
    texts: dict[int, _SourceText | None],
) -> None:
    """References, quote, dates and value of one claim."""
    run.reference(entry, "speaker", entities, "unknown-speaker", "entities")
    event = run.reference(entry, "event", events, "unknown-event", "events")
    source = run.reference(entry, "source", sources, "unknown-source", "sources")
    values = entry.values
    if source is not None:
        text = texts.get(id(source))
        quote = values.get("quote")
        if text is not None and text.prepared is not None and quote is not None:
            if text.prepared.find(quote) is None:
                run.add(
                    entry.node.pos_of_value("quote"),
                    "quote-not-found",
                    f"{entry.label}: quote not found in {source.values['file']} (source '{source.values['id']}')",
                )
        said_on: DateMention | None = values.get("said_on")
        published: DateMention | None = source.values.get("published")
        if said_on is not None and published is not None and said_on.start > published.end:
            run.add(
                entry.node.pos_of_value("said_on"),
                "said-after-published",
                f"{entry.label}: said_on {said_on.iso()} is after source '{source.values['id']}' was published ({published.iso()})",
            )
    slot = event.values.get("slot") if event is not None else None
    value = values.get("value")
    if slot is not None and value is not None:
        problem = value_problem(slot, value)
        if problem:
            run.add(
                entry.node.pos_of_value("value"),
                "value-slot-mismatch",
                f"{entry.label}: value '{_clip(value)}' {problem} (event '{event.values['id']}' has slot {slot})",
            )
