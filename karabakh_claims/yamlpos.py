"""YAML with positions: a SafeLoader that remembers where every value stands.

`parse(text)` returns plain Python data in which mappings are `YMap` (a dict) and
sequences are `YSeq` (a list); both carry their own 1-based `line`/`column` and the
positions of their keys, values and items, so a validator can point at the exact
spot of a problem.

Scalars are resolved with a deliberately small schema, close to YAML 1.2 core:

- `null`, `Null`, `NULL`, `~` and the empty scalar are None;
- `true`/`True`/`TRUE`/`false`/`False`/`FALSE` are booleans;
- decimal integers (`2317`, `-3`) are ints, plain decimals (`2.5`, `1e3`) are floats;
- everything else is a string. In particular YAML 1.1's implicit timestamps are not
  resolved (`2020-11-08` and `2020-11-05/2020-11-07` stay text, to be parsed in one
  place by `dates.parse_iso`), and YAML 1.1's `yes`/`no`/`on`/`off`/`y`/`n` are text,
  not booleans: in a hand-edited store `value: no` means the word "no", and reading
  it as False would silently change what the author wrote. Sexagesimal numbers
  (`12:30`), `0x`/`0o` numbers and `2,317` are text too.

Every scalar keeps its source text: a number in a text field (`title: 1984`,
`value: 4000`) can be read back exactly as written with `YMap.text_of`/`YSeq.text_of`.

Duplicate keys are not overwritten: the first occurrence wins and each repetition is
recorded in `YMap.duplicates` (PyYAML would silently keep the last value).
Keys are always strings (the key's source text); a key that is a mapping or a
sequence is recorded in `YMap.bad_keys` and dropped. Merge keys (`<<`) are not
expanded: they are ordinary keys, which a validator reports as unknown.
Anchors and aliases work; an alias yields the same object as its anchor.

libyaml's parser is used when PyYAML was built with it (it reports the same
line/column marks as the pure-Python one, and is several times faster); the
pure-Python SafeLoader is the fallback.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

import yaml
from yaml.nodes import Node, ScalarNode, SequenceNode

__all__ = [
    "DuplicateKey",
    "Pos",
    "PositionLoader",
    "YMap",
    "YSeq",
    "YamlSyntaxError",
    "parse",
    "to_plain",
]


class Pos(NamedTuple):
    """A 1-based line and column in the YAML text.

    A NamedTuple rather than a frozen dataclass: a store of 10,000 claims holds
    about 200,000 of them, and tuple construction is several times cheaper.
    """

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """A key repeated in one mapping: where the repetition stands, and the first one."""

    key: str
    pos: Pos
    first: Pos


class YamlSyntaxError(Exception):
    """The text is not YAML. `line`/`column` (1-based) are where the parser stopped."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def _pos(node: Node) -> Pos:
    mark = node.start_mark
    return Pos(mark.line + 1, mark.column + 1)


class YMap(dict):
    """A YAML mapping: a dict of str keys, plus the positions of everything in it.

    Positions are computed on demand from the parser's nodes, which the map keeps
    (building ~200,000 position objects up front for a large store costs more than
    the rest of the load).
    """

    __slots__ = ("line", "column", "_pairs", "duplicates", "bad_keys")

    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.line = line
        self.column = column
        self._pairs: dict[str, tuple[Node, Node]] = {}
        self.duplicates: list[DuplicateKey] = []
        self.bad_keys: list[Pos] = []

    @property
    def pos(self) -> Pos:
        return Pos(self.line, self.column)

    @property
    def key_pos(self) -> dict[str, Pos]:
        """Position of every key."""
        return {key: _pos(pair[0]) for key, pair in self._pairs.items()}

    @property
    def value_pos(self) -> dict[str, Pos]:
        """Position of every value (an empty value stands where its key ends)."""
        return {key: _pos(pair[1]) for key, pair in self._pairs.items()}

    def pos_of_key(self, key: str) -> Pos:
        """Where `key` stands, or where the mapping starts when the key is absent."""
        pair = self._pairs.get(key)
        return _pos(pair[0]) if pair else self.pos

    def pos_of_value(self, key: str) -> Pos:
        """Where the value of `key` stands, or where the mapping starts when absent."""
        pair = self._pairs.get(key)
        return _pos(pair[1]) if pair else self.pos

    def text_of(self, key: str) -> str | None:
        """The value of `key` as text when it is a scalar (numbers as written), else None."""
        value = self.get(key)
        if isinstance(value, str):
            return value
        if value is None or isinstance(value, (bool, YMap, YSeq)):
            return None
        return self._pairs[key][1].value


class YSeq(list):
    """A YAML sequence: a list, plus its position and the position of each item."""

    __slots__ = ("line", "column", "_nodes")

    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.line = line
        self.column = column
        self._nodes: list[Node] = []

    @property
    def pos(self) -> Pos:
        return Pos(self.line, self.column)

    @property
    def item_pos(self) -> list[Pos]:
        """Position of every item."""
        return [_pos(node) for node in self._nodes]

    def pos_of_item(self, index: int) -> Pos:
        """Where item `index` stands."""
        return _pos(self._nodes[index])

    def text_of(self, index: int) -> str | None:
        """Item `index` as text when it is a scalar (numbers as written), else None."""
        value = self[index]
        if isinstance(value, str):
            return value
        if value is None or isinstance(value, (bool, YMap, YSeq)):
            return None
        return self._nodes[index].value


# --- scalar resolution ----------------------------------------------------------

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT_RE = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT_RE = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")


def _resolve_plain(value: str) -> str:
    """Tag of a plain (unquoted) scalar under the small schema described above."""
    if value in _NULLS:
        return _NULL
    if value in _TRUE or value in _FALSE:
        return _BOOL
    first = value[0]
    if first.isdigit() or first in "+-.":
        if _INT_RE.match(value):
            return _INT
        if _FLOAT_RE.match(value):
            return _FLOAT
    return _STR


def _scalar(node: ScalarNode) -> Any:
    """Python value of a scalar node. Unknown or exotic tags keep the text."""
    tag, text = node.tag, node.value
    if tag == _STR:
        return text
    if tag == _NULL and text in _NULLS:
        return None
    if tag == _BOOL and (text in _TRUE or text in _FALSE):
        return text in _TRUE
    if tag == _INT and _INT_RE.match(text):
        return int(text)
    if tag == _FLOAT and _FLOAT_RE.match(text):
        return float(text)
    # `!!timestamp 2020-11-08`, `!custom x`, `!!int 0x1F`: keep what was written.
    return text


class _PositionMixin:
    """Resolver and constructor overrides shared by the pure-Python and libyaml loaders."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return _resolve_plain(value) if implicit[0] else _STR
        return _SEQ if kind is SequenceNode else _MAP

    def construct_document(self, node: Node) -> Any:  # noqa: D401 - PyYAML hook
        return _Builder().build(node)


class _Builder:
    """Turns a node graph into YMap/YSeq/scalars, keeping positions. Handles aliases."""

    def __init__(self) -> None:
        self._done: dict[int, Any] = {}

    def build(self, node: Node) -> Any:
        if isinstance(node, ScalarNode):
            return _scalar(node)
        known = self._done.get(id(node))
        if known is not None:
            return known
        mark = node.start_mark
        build = self.build
        if isinstance(node, SequenceNode):
            seq = YSeq(mark.line + 1, mark.column + 1)
            self._done[id(node)] = seq
            seq.extend([build(item) for item in node.value])
            seq._nodes = node.value
            return seq
        ymap = YMap(mark.line + 1, mark.column + 1)
        self._done[id(node)] = ymap
        pairs = ymap._pairs
        for pair in node.value:
            key_node, value_node = pair
            if key_node.__class__ is not ScalarNode:
                ymap.bad_keys.append(_pos(key_node))
                continue
            key = key_node.value
            if key in pairs:
                ymap.duplicates.append(DuplicateKey(key, _pos(key_node), _pos(pairs[key][0])))
                continue
            pairs[key] = pair
            if value_node.__class__ is ScalarNode:
                tag = value_node.tag
                ymap[key] = value_node.value if tag == _STR else _scalar(value_node)
            else:
                ymap[key] = build(value_node)
        return ymap


class PositionLoader(_PositionMixin, yaml.SafeLoader):
    """Pure-Python SafeLoader that yields YMap/YSeq with positions (see module doc)."""


if getattr(yaml, "__with_libyaml__", False):

    class CPositionLoader(_PositionMixin, yaml.CSafeLoader):
        """libyaml-backed twin of PositionLoader: same output, faster parsing."""

    _FAST_LOADER: type = CPositionLoader
else:  # pragma: no cover - depends on how PyYAML was built
    _FAST_LOADER = PositionLoader


def _tab_in_indentation(text: str, *, up_to_line: int) -> tuple[int, int] | None:
    """(line, column) of the first tab in a line's leading whitespace, up to `up_to_line`.

    The parser's own message ("found character that cannot start any token") does not
    say that a tab is the culprit, and editors often show tabs as spaces.
    """
    for number, line in enumerate(text.splitlines()[:up_to_line], 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            return number, indent.index("\t") + 1
    return None


def parse(text: str, *, pure: bool = False) -> Any:
    """Parse one YAML document into YMap/YSeq/scalars with 1-based positions.

    Returns None for an empty document. Raises YamlSyntaxError (with the line and
    column where the parser stopped) for anything that is not a single YAML
    document. `pure=True` forces the pure-Python parser (tests compare both).

    >>> doc = parse("claims:\\n  - id: a\\n    said_on: 2020-11-08\\n")
    >>> doc["claims"][0]["said_on"], doc["claims"][0].value_pos["said_on"]
    ('2020-11-08', Pos(line=3, column=14))
    """
    loader = None
    # The node graph of a large store is ~10^5 container objects created in one go;
    # the cyclic GC would rescan them over and over (4x the parse time). Nothing
    # here needs collecting meanwhile (a recursive alias makes a cycle, which the
    # resumed GC collects later), so pause it.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        # The pure-Python reader rejects control characters already in its constructor.
        loader = (PositionLoader if pure else _FAST_LOADER)(text)
        node = loader.get_single_node()
        if node is None:
            return None
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = str(exc.problem or exc.context or "not valid YAML")
        if exc.problem and exc.context:
            # libyaml's context ("while parsing a flow sequence") says what was left open.
            where = exc.context_mark
            at = f" at line {where.line + 1}" if where is not None else ""
            message = f"{exc.problem} ({exc.context}{at})"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        tab = _tab_in_indentation(text, up_to_line=line)
        if tab is not None:
            raise YamlSyntaxError("a tab in the indentation: YAML indents with spaces only", *tab) from None
        raise YamlSyntaxError(message, line, column) from None
    except yaml.YAMLError as exc:
        # ReaderError (a control character) carries only a character index.
        position = getattr(exc, "position", None)
        line, column = _line_col(text, position) if isinstance(position, int) else (1, 1)
        character = getattr(exc, "character", None)
        reason = (
            f"control character U+{character:04X} is not allowed"
            if isinstance(character, int)
            else getattr(exc, "reason", None) or "not valid YAML"
        )
        raise YamlSyntaxError(str(reason), line, column) from None
    finally:
        if loader is not None:
            loader.dispose()
        if gc_was_enabled:
            gc.enable()


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def to_plain(value: Any) -> Any:
    """YMap/YSeq → ordinary dicts and lists (for JSON Schema validation, JSON output)."""
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    return value
