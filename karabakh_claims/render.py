"""Output: tables for people, JSON / JSON Lines / CSV / Markdown for scripts.

The only module that imports rich, and only for `table`. Machine formats are written
with json/csv straight to the stream, never through rich (it wraps and colours).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from karabakh_claims.serialize import flatten

# The C encoder of a string without escaping non-ASCII characters (json.dumps' ensure_ascii=False).
_encode_text = json.encoder.encode_basestring

FORMATS = ("table", "json", "jsonl", "csv", "md")


def _dump(value: Any, *, indent: int | None = None) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=indent)`, the indented form built faster.

    With an indent, the standard library encodes in Python, through nested generators: 0.13 s
    for the 4 MB table of a 5,000-claim conflict. `_indented` makes the same text in 0.06 s.
    """
    if indent is None:
        return json.dumps(value, ensure_ascii=False)
    parts: list[str] = []
    _indented(value, "", " " * indent, parts)
    return "".join(parts)


def _indented(value: Any, pad: str, step: str, parts: list[str]) -> None:
    """Append the indented JSON of `value` to `parts` (json.dumps' layout, key for key)."""
    kind = value.__class__
    if kind is str:
        parts.append(_encode_text(value))
    elif kind is dict or (kind not in _SCALARS and kind is not list and isinstance(value, Mapping)):
        if not value:
            parts.append("{}")
            return
        inner = pad + step
        separator = "{\n" + inner
        for key, item in value.items():
            if key.__class__ is not str:  # a number, bool or None: the key json would write
                key = next(iter(json.loads(json.dumps({key: None}))))
            parts.append(separator + _encode_text(key) + ": ")
            separator = ",\n" + inner
            _indented(item, inner, step, parts)
        parts.append("\n" + pad + "}")
    elif kind is list or kind is tuple or (kind not in _SCALARS and isinstance(value, (list, tuple))):
        if not value:
            parts.append("[]")
            return
        inner = pad + step
        separator = "[\n" + inner
        for item in value:
            parts.append(separator)
            separator = ",\n" + inner
            _indented(item, inner, step, parts)
        parts.append("\n" + pad + "]")
    elif kind is int:
        parts.append(int.__repr__(value))
    elif value is None:
        parts.append("null")
    elif kind is bool:
        parts.append("true" if value else "false")
    else:  # floats (NaN, Infinity), text and number subclasses: as json writes them
        parts.append(json.dumps(value, ensure_ascii=False))


_SCALARS = frozenset({int, float, bool, type(None)})


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


def _markdown_cell(value: Any) -> str:
    return _cell(value).replace("|", "\\|")


def _write_documents(items: Sequence[Any], fmt: str, out: TextIO) -> bool:
    """json (one document) or jsonl (one object a line); False for the other formats."""
    if fmt == "json":
        out.write(_dump(list(items), indent=2) + "\n")
    elif fmt == "jsonl":
        for item in items:
            out.write(_dump(item) + "\n")
    else:
        return False
    return True


def write_rows(
    items: Sequence[Mapping[str, Any]],
    fmt: str,
    *,
    columns: Sequence[tuple[str, str]],
    title: str = "",
    stream: TextIO | None = None,
) -> None:
    """Write records: whole for json/jsonl, the chosen columns (key, header) for csv/md/table."""
    out = stream or sys.stdout
    if _write_documents(items, fmt, out):
        return
    if fmt == "csv":
        flat = [flatten(item) for item in items]
        keys = list(dict.fromkeys(k for row in flat for k in row)) if flat else [k for k, _ in columns]
        writer = csv.DictWriter(out, fieldnames=keys, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
    elif fmt == "md":
        _markdown(items, columns, title, out)
    else:
        _rich_table(items, columns, title, out)


def _shown(item: Mapping[str, Any], columns: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """A record's cells for people. A claim `add` proposed says so, in its origin cell
    ("curated, proposed") or, in a table without one, after its value; JSON and CSV keep
    `status` as a field of its own."""
    flat = flatten(item)
    if flat.get("status") == "proposed" and "origin" in flat:  # a claim, not a row of `review`
        keys = {key for key, _ in columns}
        cell = "origin" if "origin" in keys else "value" if "value" in keys else None
        if cell is not None:
            flat[cell] = f"{flat.get(cell) or ''}, proposed" if cell == "origin" else f"{flat.get(cell) or ''} (proposed)"
    return flat


def _markdown(items: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], title: str, out: TextIO) -> None:
    if title:
        out.write(f"### {title}\n\n")
    out.write("| " + " | ".join(header for _, header in columns) + " |\n")
    out.write("|" + "---|" * len(columns) + "\n")
    for item in items:
        flat = _shown(item, columns)
        out.write("| " + " | ".join(_markdown_cell(flat.get(key)) for key, _ in columns) + " |\n")
    out.write("\n")


def console(stream: TextIO | None = None, *, stderr: bool = False):
    """A rich console. Under NO_COLOR it writes no escape codes at all (rich alone would
    drop colours but keep bold and italic)."""
    import os

    from rich.console import Console

    plain = {"color_system": None} if os.environ.get("NO_COLOR") else {}
    return Console(file=stream, stderr=stderr, highlight=False, soft_wrap=False, **plain)


# Columns a narrow terminal drops first, least useful first; the rest wrap at spaces.
LOW_VALUE = ("origin", "via", "polarity", "source.line", "line", "kind", "cue", "slot", "source.file", "where", "file", "reason", "id", "score", "status", "claims")
_WORD_CAP = 30  # a longer "word" (a URL, a file path) may fold; no ordinary word or date is this long
_LONG_TEXT = frozenset({"content", "quote", "why", "text", "title", "value", "speakers"})
_BORDER = 3  # a column's share of the frame: a rule and a space on each side


_ISO_INTERVAL = re.compile(r"\b(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)\b")


def _table_cell(value: Any) -> str:
    """A cell for a terminal table: an ISO interval wraps between its two dates, never inside one."""
    return _ISO_INTERVAL.sub(r"\1 – \2", _cell(value))


def _longest_word(cells: Sequence[str]) -> int:
    return max((len(word) for cell in cells for word in cell.split()), default=0)


def fit_columns(
    rows: Sequence[Sequence[str]], columns: Sequence[tuple[str, str]], width: int, *, drop_first: Sequence[str] = LOW_VALUE
) -> dict[int, int]:
    """The columns to show in `width` characters without breaking a word: index -> width.

    A column needs its longest word (or header). When the needs do not fit, the columns of
    `drop_first` go first, in that order, then the rightmost of the rest, text columns
    (the content) last, never the first column. The room left over goes to each column up
    to its longest cell, text columns after the short ones.
    """
    longest = [max([len(header), *(len(r[i]) for r in rows)]) for i, (_, header) in enumerate(columns)]
    needs = [
        min(max(_longest_word([r[i] for r in rows]), _longest_word([header]), 1), _WORD_CAP)
        for i, (_, header) in enumerate(columns)
    ]
    kept = list(range(len(columns)))

    def total() -> int:
        return sum(needs[i] + _BORDER for i in kept) + 1

    for key in drop_first:
        if total() <= width or len(kept) <= 2:
            break
        kept = [i for i in kept if columns[i][0] != key]
    while total() > width and len(kept) > 2:
        kept.remove(max(kept[1:], key=lambda i: (columns[i][0] not in _LONG_TEXT, i)))
    widths = {i: needs[i] for i in kept}
    spare = width - total()
    by_kind = sorted(kept, key=lambda i: columns[i][0] in _LONG_TEXT)
    for cap in (_WORD_CAP, 70, 10_000):  # short columns whole first, then text, then the rest
        for i in by_kind:
            grow = min(spare, min(longest[i], max(cap, needs[i])) - widths[i])
            if grow > 0:
                widths[i] += grow
                spare -= grow
    return widths


def _print_table(
    out: TextIO,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[str]],
    *,
    sections: Sequence[int] = (),
    caption: str = "",
    drop_first: Sequence[str] = LOW_VALUE,
) -> None:
    """A rich table fitted to the terminal: words are never broken, low-value columns dropped."""
    from rich.table import Table

    cons = console(out)
    widths = fit_columns(rows, columns, cons.width, drop_first=drop_first)
    dropped = [header for i, (_, header) in enumerate(columns) if i not in widths]
    notes = [caption] if caption else []
    if dropped:
        notes.append(f"not shown at this width: {', '.join(dropped)} (--format md or json shows every column)")
    table = Table(title=title or None, title_justify="left", caption="\n".join(notes) or None, caption_justify="left")
    for i, width in widths.items():
        table.add_column(columns[i][1], overflow="fold", width=width)
    for n, row in enumerate(rows):
        if n in sections:
            table.add_section()
        table.add_row(*(row[i] for i in widths))
    cons.print(table)


def _rich_table(items: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], title: str, out: TextIO) -> None:
    rows = [[_table_cell(_shown(item, columns).get(key)) for key, _ in columns] for item in items]
    _print_table(out, title, columns, rows)


# --- conflicts: one table per event ------------------------------------------------------

DATE_LEGEND = "said on: the day, or 'A – B' when the text only tells that it was said between A and B."

CONFLICT_COLUMNS = (
    ("position", "position"),
    ("value", "value"),
    ("speaker", "speaker"),
    ("said_on", "said on"),
    ("via", "via"),
    ("where", "source"),
    ("content", "quote"),
)


def conflict_rows(conflict: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per claim: its position number, value, who, when, via, file:line, quote."""
    rows = []
    for number, position in enumerate(conflict["positions"], 1):
        for claim in position["claims"]:
            source = claim["source"]
            where = f"{source['file']}:{source['line']}" if source.get("line") else source["file"]
            marks = [m for m, on in (("denies", claim["polarity"] == "deny"), ("proposed", claim.get("status") == "proposed")) if on]
            rows.append(
                {
                    "event": conflict["event"],
                    "position": number,
                    "value": position["value"] + (f" ({', '.join(marks)})" if marks else ""),
                    "speaker": claim["speaker"],
                    "said_on": claim["said_on"],
                    "via": claim["via"],
                    "where": where,
                    "content": claim["content"],
                    "claim_id": claim.get("claim_id"),
                    "origin": claim.get("origin"),
                    "status": claim.get("status"),
                }
            )
    return rows


def write_conflicts(conflicts: Sequence[Mapping[str, Any]], fmt: str, *, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    if _write_documents(conflicts, fmt, out):
        return
    if fmt == "csv":
        rows = [dict(row, why=c["why"]) for c in conflicts for row in conflict_rows(c)]
        fields = ["event", "position", "value", "speaker", "said_on", "via", "where", "content", "claim_id", "origin", "status", "why"]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "md":
        for conflict in conflicts:
            _markdown(conflict_rows(conflict), CONFLICT_COLUMNS, f"{conflict['title']} ({conflict['event']})", out)
            out.write(f"Why: {conflict['why']}\n\n")
    else:
        for conflict in conflicts:
            flat = conflict_rows(conflict)
            rows = [[_table_cell(row.get(key)) for key, _ in CONFLICT_COLUMNS] for row in flat]
            sections = [n for n in range(1, len(flat)) if flat[n]["position"] != flat[n - 1]["position"]]
            title = f"{conflict['title']}  [{conflict['event']}, {conflict['slot']}]"
            caption = f"why: {conflict['why']}\n{DATE_LEGEND}"
            # Who holds which position, and when, is the table; the quote goes before them.
            _print_table(out, title, CONFLICT_COLUMNS, rows, sections=sections, caption=caption, drop_first=("via", "where", "content"))
            out.write("\n")


def notice(message: str) -> None:
    """One plain line on stderr."""
    sys.stderr.write(message.rstrip("\n") + "\n")


class Progress:
    """A progress bar on stderr, shown only on a terminal and for several files."""

    def __init__(self, enabled: bool):
        self._progress = None
        self._task = None
        if enabled:
            from rich.progress import Progress as RichProgress

            self._progress = RichProgress(console=console(stderr=True), transient=True)
            self._progress.start()

    def __call__(self, done: int, total: int, label: str) -> None:
        if self._progress is None:
            return
        if self._task is None:
            self._task = self._progress.add_task("reading", total=total)
        self._progress.update(self._task, completed=done, description=label[-40:])

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
