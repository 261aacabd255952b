"""Writing to claims.yaml without touching a line a person wrote.

The store is edited as text, never re-dumped: new entries are appended after the last
entry of their section, rendered in the store's own style (how far list items are
indented, block or flow entries and lists, which quote mark, quoted dates or not, blank
lines between entries, line endings), and a review changes the value of one `status`
key in place. Every other byte stays as it was: comments, key order, quoting, blank
lines.

One edit of an existing line is unavoidable and made only there: a section written as
an empty flow list or a null (`claims: []`, `claims: ~`) becomes a block list, as
`claims:` (a comment after it stays), because YAML cannot add block items below a
flow list. A section written as a non-empty flow list (`entities: [{id: a, ...}]`) is
refused with a message: appending to it would mean rewriting the line.

Each result is checked before it is offered: the new text must parse, hold exactly the
old entries plus the new ones, and differ from the old text only by inserted lines
(and the one edit above). A write is atomic (a temporary file in the same folder, then
`os.replace`) and refused when the file changed on disk since it was read.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from karabakh_claims.errors import StoreError
from karabakh_claims.yamlpos import YamlSyntaxError, YMap, YSeq, parse, to_plain

__all__ = [
    "Entry",
    "Snapshot",
    "StoreChanged",
    "Style",
    "append_entries",
    "detect_style",
    "read_snapshot",
    "set_statuses",
    "unified_diff",
    "write_snapshot",
]

# A value of a new entry: text, a number, or a list of text. None leaves the key out.
Scalar = Union[str, int, float]
Value = Union[Scalar, Sequence[str], None]
Entry = Mapping[str, Value]

_BOM = "\ufeff"

# Key order of new entries when the section has no entry to copy it from.
DEFAULT_ORDER: dict[str, tuple[str, ...]] = {
    "sources": ("id", "file", "outlet", "title", "published", "url", "notes"),
    "entities": ("id", "status", "name", "type", "side", "aliases", "roles", "notes"),
    "events": ("id", "title", "slot", "entities", "keywords", "notes"),
    "claims": (
        "id", "status", "event", "speaker", "said_on", "source", "quote", "value", "polarity",
        "scope", "via", "confidence", "link_score", "found_by", "notes",
    ),
}  # fmt: skip
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")


class StoreChanged(StoreError):
    """The store file changed on disk between reading and writing it."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A store file as read: its bytes (to detect a change before writing) and its text.

    `text` has no byte-order mark; `bom` says whether the file had one (it is kept).
    """

    path: Path
    data: bytes
    text: str
    bom: bool = False


def read_snapshot(path: str | Path) -> Snapshot:
    """Read a store file for editing. StoreError (one line) when it is missing, a folder,
    or not UTF-8 text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise StoreError(f"{path}: is a binary file, not a store")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise StoreError(f"{path}: is not UTF-8 text (invalid byte at line {line})") from None
    bom = text.startswith(_BOM)
    return Snapshot(path, data, text[1:] if bom else text, bom)


def write_snapshot(snapshot: Snapshot, text: str) -> None:
    """Replace the store with `text`, atomically, if the file is still what was read.

    Raises StoreChanged (and writes nothing) when the file's bytes differ from the
    snapshot's. The new content goes to a temporary file in the same folder, is flushed
    to disk, takes the old file's permissions, and replaces it with `os.replace`; a
    symbolic link is followed, so the link stays. The check and the replacement are not
    one operation: an edit landing in between (a few milliseconds) is not detected.
    """
    target = snapshot.path.resolve()
    try:
        current = target.read_bytes()
    except OSError:
        current = None
    if current != snapshot.data:
        raise StoreChanged(f"{snapshot.path}: changed on disk while this command ran; nothing was written (run it again)")
    data = ((_BOM if snapshot.bom else "") + text).encode("utf-8")
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def unified_diff(snapshot: Snapshot, text: str) -> str:
    """The change from the snapshot to `text` as a unified diff ('' when none)."""
    name = str(snapshot.path)
    lines = difflib.unified_diff(
        snapshot.text.splitlines(keepends=True), text.splitlines(keepends=True), fromfile=name, tofile=name
    )
    # As diff(1) does: a last line without a line break is marked, so that the patch applies.
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


# --- reading the file's shape -------------------------------------------------------------


class _Lines:
    """Line starts of a text, to turn the parser's (line, column) marks into offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def offset(self, line: int, column: int) -> int:
        """Offset of a 0-based (line, column) mark."""
        if line >= len(self.starts):
            return len(self.text)
        return min(self.starts[line] + column, len(self.text))

    def line(self, index: int) -> str:
        """Line `index` (0-based) without its line break."""
        if index >= len(self.starts):
            return ""
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index]:end].rstrip("\r\n")

    def line_of(self, offset: int) -> int:
        """0-based line holding `offset`."""
        low, high = 0, len(self.starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def end_of_line(self, index: int) -> int:
        """Offset just after line `index`'s line break (the end of the text on the last line)."""
        return self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)


def _compose(text: str, path: Path) -> MappingNode | None:
    """The node graph of the store (with marks), None for an empty document."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader_class)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        raise StoreError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc}); fix it first") from None
    if node is not None and not isinstance(node, MappingNode):
        raise StoreError(f"{path}: the top level must be a mapping of sections (sources, entities, events, claims)")
    return node


def _sections(root: MappingNode | None) -> dict[str, tuple[ScalarNode, Node]]:
    if root is None:
        return {}
    found: dict[str, tuple[ScalarNode, Node]] = {}
    for key, value in root.value:
        if isinstance(key, ScalarNode):
            found.setdefault(key.value, (key, value))
    return found


def _last_content(node: Node) -> yaml.Mark:
    """The mark just after the last thing written in `node` (block collections end where
    the next token starts, past comments; their last scalar or flow collection does not)."""
    if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
        return node.end_mark
    children: list[Node] = []
    if isinstance(node, SequenceNode):
        children = list(node.value)
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            children += [key, value]
    if not children:
        return node.end_mark
    return max((_last_content(child) for child in children), key=lambda m: (m.line, m.column))


@dataclass(frozen=True, slots=True)
class Style:
    """How a store writes its entries, detected from the file (see `detect_style`)."""

    item_indent: int = 2  # column of the `-` of a section's entries
    key_offset: int = 2  # columns from that `-` to the entry's keys
    flow_entries: bool = False  # `- {id: a, name: b}` one entry a line
    flow_lists: bool = True  # `aliases: [a, b]` rather than a block list
    list_offset: int = 2  # block lists: columns from the key to the item's `-`
    quote: str = '"'
    quote_dates: bool = False
    blank_between: bool = False  # a blank line between entries
    newline: str = "\n"
    quoted_keys: frozenset[str] = frozenset()  # keys whose text the store mostly quotes (`quote: "..."`)


def _item_line_indent(lines: _Lines, item: Node) -> tuple[int, int]:
    """(column of the item's `-`, columns from it to the item's first key or text)."""
    text = lines.line(item.start_mark.line)
    dash = text.rfind("-", 0, item.start_mark.column)
    if dash < 0:
        return item.start_mark.column, 2
    return dash, item.start_mark.column - dash


def detect_style(text: str, *, section: str | None = None) -> Style:
    """The style of the store `text`: from `section`'s entries where it has some, else
    from the other sections'; defaults (2-space items, flow lists, double quotes) where
    the file shows nothing.

    >>> detect_style("claims:\\n- id: a\\n  event: b\\n").item_indent
    0
    """
    lines = _Lines(text)
    root = _compose(text, Path("claims.yaml"))
    sections = _sections(root)
    block = {
        name: value for name, (_, value) in sections.items()
        if isinstance(value, SequenceNode) and not value.flow_style and value.value
    }  # fmt: skip
    chosen = block.get(section or "") or next(iter(block.values()), None)
    item_indent, key_offset, flow_entries, blank_between = 2, 2, False, False
    if chosen is not None:
        item_indent, key_offset = _item_line_indent(lines, chosen.value[0])
        flow_entries = all(isinstance(i, MappingNode) and i.flow_style for i in chosen.value)
        gaps = [_blank_before(lines, item) for item in chosen.value[1:]]
        if not gaps:
            gaps = [_blank_before(lines, item) for value in block.values() for item in value.value[1:]]
        blank_between = bool(gaps) and sum(gaps) * 2 > len(gaps)
    flow_lists, list_offsets, quotes, dates = Counter[bool](), Counter[int](), Counter[str](), Counter[bool]()
    quoted_by_key: dict[str, Counter[bool]] = {}
    for node in _walk(root):
        if not isinstance(node, MappingNode):
            continue
        for key, value in node.value:
            if isinstance(value, SequenceNode) and value.value and all(isinstance(v, ScalarNode) for v in value.value):
                flow_lists[bool(value.flow_style)] += 1
                if not value.flow_style:
                    dash, _ = _item_line_indent(lines, value.value[0])
                    list_offsets[dash - key.start_mark.column] += 1
            if isinstance(value, ScalarNode) and isinstance(key, ScalarNode):
                quoted = value.style in ("'", '"')
                if quoted:
                    quotes[value.style] += 1
                if _ISO.fullmatch(value.value):
                    dates[quoted] += 1
                elif value.style != "|" and value.style != ">" and value.value:
                    quoted_by_key.setdefault(key.value, Counter())[quoted] += 1
    return Style(
        item_indent=item_indent,
        key_offset=key_offset,
        flow_entries=flow_entries,
        flow_lists=flow_lists.most_common(1)[0][0] if flow_lists else True,
        list_offset=max(0, list_offsets.most_common(1)[0][0]) if list_offsets else 2,
        quote=quotes.most_common(1)[0][0] if quotes else '"',
        quote_dates=dates.most_common(1)[0][0] if dates else False,
        blank_between=blank_between,
        newline="\r\n" if "\r\n" in text else "\n",
        quoted_keys=frozenset(k for k, c in quoted_by_key.items() if c[True] * 2 > sum(c.values())),
    )


def _walk(node: Node | None) -> Iterator[Node]:
    stack = [node] if node is not None else []
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, SequenceNode):
            stack.extend(item.value)
        elif isinstance(item, MappingNode):
            for key, value in item.value:
                stack += [key, value]


def _blank_before(lines: _Lines, item: Node) -> bool:
    """Whether a blank line stands before the entry (above any comment lines heading it)."""
    index = item.start_mark.line - 1
    while index >= 0 and lines.line(index).lstrip().startswith("#"):
        index -= 1
    return index >= 0 and not lines.line(index).strip()


# --- rendering new entries ------------------------------------------------------------------

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})


def _plain_ok(text: str, *, flow: bool) -> bool:
    """Whether `text` can be written unquoted and read back as the same text, by this tool
    and by YAML 1.1 readers alike."""
    if not text or text != text.strip() or text[0] in _INDICATORS:
        return False
    if any(ch in text for ch in "\n\r\t") or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and any(ch in text for ch in ",[]{}"):
        return False
    if text.lower() in _YAML11_WORDS or any(not ch.isprintable() for ch in text):
        return False
    # Numbers of any YAML flavour (2317, 1_000, 0x1F, 1:20, .5, +3) would not stay text.
    return re.match(r"[-+.]?\d", text) is None


def _quoted(text: str, quote: str) -> str:
    # The other mark where the preferred one would need escaping: "it's" rather than 'it''s'.
    other = '"' if quote == "'" else "'"
    if quote in text and other not in text:
        quote = other
    if quote == "'" and text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in escaped)
    return f'"{escaped}"'


def _number(value: float | int) -> str:
    if isinstance(value, int):
        return str(value)
    return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"


def _scalar(key: str, value: Scalar, style: Style, *, flow: bool) -> str:
    if isinstance(value, bool):
        raise TypeError(f"{key}: a boolean is not a store value")
    if isinstance(value, (int, float)):
        return _number(value)
    text = " ".join(str(value).split())
    if _ISO.fullmatch(text):
        return _quoted(text, style.quote) if style.quote_dates else text
    if key in style.quoted_keys or not _plain_ok(text, flow=flow):
        return _quoted(text, style.quote)
    return text


def _flow_list(key: str, items: Sequence[str], style: Style) -> str:
    return "[" + ", ".join(_scalar(key, item, style, flow=True) for item in items) + "]"


def _render_entry(entry: Entry, order: Sequence[str], style: Style) -> list[str]:
    """The lines of one new entry (without line breaks)."""
    keys = [k for k in order if entry.get(k) is not None and entry.get(k) != []]
    dash = " " * style.item_indent + "-" + " " * (style.key_offset - 1)
    if style.flow_entries:
        parts = []
        for key in keys:
            value = entry[key]
            shown = _flow_list(key, value, style) if isinstance(value, (list, tuple)) else _scalar(key, value, style, flow=True)  # type: ignore[arg-type]
            parts.append(f"{key}: {shown}")
        return [dash + "{" + ", ".join(parts) + "}"]
    lines: list[str] = []
    key_column = style.item_indent + style.key_offset
    for n, key in enumerate(keys):
        lead = dash if n == 0 else " " * key_column
        value = entry[key]
        if isinstance(value, (list, tuple)):
            if style.flow_lists:
                lines.append(f"{lead}{key}: {_flow_list(key, value, style)}")
            else:
                lines.append(f"{lead}{key}:")
                item_lead = " " * (key_column + style.list_offset) + "- "
                lines += [item_lead + _scalar(key, item, style, flow=False) for item in value]
        else:
            lines.append(f"{lead}{key}: {_scalar(key, value, style, flow=False)}")  # type: ignore[arg-type]
    return lines


def _key_order(section: str, node: Node | None) -> list[str]:
    """New entries' key order: the section's first entry's, with the keys it lacks placed
    after the key they follow in the default order."""
    default = DEFAULT_ORDER.get(section, ())
    seen: list[str] = []
    if isinstance(node, SequenceNode) and node.value and isinstance(node.value[0], MappingNode):
        seen = [k.value for k, _ in node.value[0].value if isinstance(k, ScalarNode)]
    rank = {key: float(i) for i, key in enumerate(seen)}
    last = -1.0
    for i, key in enumerate(default):
        if key in rank:
            last = rank[key]
        else:
            rank[key] = last + (i + 1) / 1000
    return sorted(set(seen) | set(default), key=lambda k: rank[k])


# --- appending -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str
    order: int  # among edits at one offset


def _section_end(lines: _Lines, value: SequenceNode) -> int:
    """Offset where new entries go: after the last entry's last line, and after comment
    lines indented under that entry (they belong to it)."""
    last = value.value[-1]
    dash, _ = _item_line_indent(lines, last)
    mark = _last_content(last)
    offset = lines.offset(mark.line, mark.column)
    while offset > 0 and lines.text[offset - 1].isspace():
        offset -= 1
    index = lines.line_of(max(0, offset - 1)) if offset else 0
    return lines.end_of_line(_comments_under(lines, index, dash))


def _comments_under(lines: _Lines, index: int, column: int) -> int:
    """The last line of the comment lines after line `index` indented deeper than
    `column` (blank lines between them included): they belong to what stands above."""
    probe = index + 1
    while probe < len(lines.starts):
        text = lines.line(probe)
        if not text.strip():
            probe += 1
            continue
        if text.lstrip().startswith("#") and len(text) - len(text.lstrip()) > column:
            index = probe
            probe += 1
            continue
        break
    return index


def append_entries(snapshot: Snapshot, additions: Mapping[str, Sequence[Entry]]) -> str:
    """The store's text with `additions` (section name -> new entries) appended.

    Entries go after the last entry of their section, in the store's style; a missing
    section is added at the end of the file; an empty `[]`/`~` section becomes a block
    list (the one edit of an existing line). Raises StoreError when a section cannot be
    appended to (a non-empty flow list, a section that is not a list) or when the result
    would not read back as the old entries plus the new ones.
    """
    text = snapshot.text
    additions = {name: list(entries) for name, entries in additions.items() if entries}
    if not additions:
        return text
    lines = _Lines(text)
    root = _compose(text, snapshot.path)
    sections = _sections(root)
    edits: list[_Edit] = []
    tail: list[str] = []
    for order, (name, entries) in enumerate(additions.items()):
        style = detect_style(text, section=name)
        nl = style.newline
        found = sections.get(name)
        value = found[1] if found else None
        rendered = [_render_entry(entry, _key_order(name, value), style) for entry in entries]
        if found is None:
            tail.append(f"{name}:{nl}" + _joined(rendered, style, after_entries=False))
            continue
        key, value = found
        if isinstance(value, SequenceNode) and value.value:
            if value.flow_style:
                raise StoreError(
                    f"{snapshot.path}:{key.start_mark.line + 1}: section '{name}' is written as a flow list [...]; "
                    "write it as a block list (one '- ' entry a line) so that entries can be appended"
                )
            at = _section_end(lines, value)
            prefix = nl if at == len(text) and text and not text.endswith("\n") else ""
            edits.append(_Edit(at, at, prefix + _joined(rendered, style, after_entries=True), order))
            continue
        empty_flow = isinstance(value, SequenceNode) and value.flow_style
        empty_null = isinstance(value, ScalarNode) and value.tag == "tag:yaml.org,2002:null"
        if not (empty_flow or empty_null):
            raise StoreError(
                f"{snapshot.path}:{key.start_mark.line + 1}: section '{name}' must be a list to append entries to"
            )
        start = lines.offset(value.start_mark.line, value.start_mark.column)
        end = lines.offset(value.end_mark.line, value.end_mark.column)
        if start < end:
            # `claims: []` or `claims: ~` -> `claims:` (a comment after it stays).
            colon = text.index(":", lines.offset(key.end_mark.line, key.end_mark.column))
            edits.append(_Edit(colon + 1, end, "", order))
        line_end = lines.end_of_line(_comments_under(lines, key.start_mark.line, key.start_mark.column))
        prefix = nl if line_end == len(text) and not text.endswith("\n") else ""
        edits.append(_Edit(line_end, line_end, prefix + _joined(rendered, style, after_entries=False), order))
    new = text
    for edit in sorted(edits, key=lambda e: (e.start, e.order), reverse=True):
        new = new[: edit.start] + edit.text + new[edit.end :]
    if tail:
        nl = detect_style(text).newline
        if new and not new.endswith("\n"):
            new += nl
        if new.strip() and not new.endswith(("\n\n", "\n\r\n")):
            new += nl  # a blank line before a new section
        new += nl.join(tail)
    _verify_append(snapshot, new, additions)
    return new


def _joined(rendered: list[list[str]], style: Style, *, after_entries: bool) -> str:
    """New entries' lines, each ending with a line break, with the blank line the store puts
    between entries (before the first one too when it follows existing entries)."""
    out: list[str] = []
    for n, lines in enumerate(rendered):
        if style.blank_between and (n > 0 or after_entries):
            out.append("")
        out += lines
    return "".join(line + style.newline for line in out)


def _verify_append(snapshot: Snapshot, new: str, additions: Mapping[str, Sequence[Entry]]) -> None:
    """StoreError unless `new` reads back as the old store plus exactly `additions`, and the
    old text's lines are all still there, in order (one `[]`/`~` line excepted)."""
    try:
        old_tree, new_tree = parse(snapshot.text), parse(new)
    except YamlSyntaxError as exc:
        raise StoreError(f"{snapshot.path}: appending would not give valid YAML ({exc.message}); nothing was written") from None
    old_plain = to_plain(old_tree) if isinstance(old_tree, YMap) else {}
    new_plain = to_plain(new_tree) if isinstance(new_tree, YMap) else {}
    expected = dict(old_plain)
    for name, entries in additions.items():
        expected[name] = list(old_plain.get(name) or []) + [_plain_entry(e) for e in entries]
    if new_plain != expected:
        raise StoreError(f"{snapshot.path}: appending in this file's layout would change what it holds; nothing was written")
    _only_insertions(snapshot, new)


def _only_insertions(snapshot: Snapshot, new: str) -> None:
    old_lines, new_lines = snapshot.text.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "insert"):
            continue
        allowed = tag == "replace" and i2 - i1 == 1 and (
            re.sub(r":\s*(\[\s*\]|~|null|Null|NULL)", ":", old_lines[i1], count=1) in new_lines[j1:j2]
        )
        if not allowed:
            raise StoreError(f"{snapshot.path}: appending would change line {i1 + 1}; nothing was written")


def _plain_entry(entry: Entry) -> dict:
    """An entry as the store reads it back: numbers and text as written, lists as lists."""
    plain: dict = {}
    for key, value in entry.items():
        if value is None or value == []:
            continue
        if isinstance(value, (list, tuple)):
            plain[key] = [" ".join(str(v).split()) for v in value]
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            plain[key] = float(_number(value)) if "." in _number(value) else int(_number(value))
        else:
            plain[key] = " ".join(str(value).split())
    return plain


# --- review: one status value in place --------------------------------------------------------


def set_statuses(snapshot: Snapshot, changes: Mapping[tuple[str, str], str]) -> str:
    """The store's text with the `status` of some entries changed in place.

    `changes` maps (section, entry id) to the new status. Only the status value's own
    characters change. Raises StoreError when an entry or its `status` key is missing.
    """
    text = snapshot.text
    lines = _Lines(text)
    sections = _sections(_compose(text, snapshot.path))
    edits: list[_Edit] = []
    for (section, entry_id), status in changes.items():
        found = sections.get(section)
        node = None
        if found is not None and isinstance(found[1], SequenceNode):
            node = next(
                (
                    item for item in found[1].value
                    if isinstance(item, MappingNode)
                    and any(isinstance(k, ScalarNode) and k.value == "id" and isinstance(v, ScalarNode) and v.value == entry_id
                            for k, v in item.value)
                ),
                None,
            )  # fmt: skip
        if node is None:
            raise StoreError(f"{snapshot.path}: no {section[:-1] if section != 'entities' else 'entity'} '{entry_id}'")
        value = next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == "status"), None)
        if not isinstance(value, ScalarNode) or value.start_mark.line != value.end_mark.line:
            raise StoreError(f"{snapshot.path}: '{entry_id}' has no one-line status to change")
        start = lines.offset(value.start_mark.line, value.start_mark.column)
        end = lines.offset(value.end_mark.line, value.end_mark.column)
        edits.append(_Edit(start, end, status, 0))
    new = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        new = new[: edit.start] + edit.text + new[edit.end :]
    old_lines, new_lines = text.splitlines(), new.splitlines()
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b]
    if len(old_lines) != len(new_lines) or len(changed) > len(edits):
        raise StoreError(f"{snapshot.path}: changing a status would change other lines; nothing was written")
    try:
        tree = parse(new)
    except YamlSyntaxError as exc:
        raise StoreError(f"{snapshot.path}: changing a status would not give valid YAML ({exc.message})") from None
    for (section, entry_id), status in changes.items():
        entries = tree.get(section) if isinstance(tree, YMap) else None
        if not isinstance(entries, YSeq) or not any(
            isinstance(e, YMap) and e.get("id") == entry_id and e.get("status") == status for e in entries
        ):
            raise StoreError(f"{snapshot.path}: '{entry_id}' did not read back as {status}; nothing was written")
    return new
