"""Output: tables for people, JSON / JSON Lines / CSV / Markdown for scripts.

The only module that imports rich, and only for `table`. Machine formats are written
with json/csv straight to the stream, never through rich (it wraps and colours).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from karabakh_claims.serialize import flatten

FORMATS = ("table", "json", "jsonl", "csv", "md")


def _dump(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


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


def _rich_table(items: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], title: str, out: TextIO) -> None:
    from rich.table import Table

    table = Table(title=title or None, show_lines=False, expand=False)
    for key, header in columns:
        table.add_column(header, overflow="fold", max_width=70 if key in ("content", "quote", "why", "text") else None)
    for item in items:
        flat = _shown(item, columns)
        table.add_row(*(_cell(flat.get(key)) for key, _ in columns))
    console(out).print(table)


# --- conflicts: one table per event ------------------------------------------------------

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
        from rich.table import Table

        cons = console(out)
        for conflict in conflicts:
            table = Table(title=f"{conflict['title']}  [{conflict['event']}, {conflict['slot']}]", title_justify="left")
            for key, header in CONFLICT_COLUMNS:
                table.add_column(header, overflow="fold", max_width=60 if key == "content" else None)
            previous = None
            for row in conflict_rows(conflict):
                if previous is not None and row["position"] != previous:
                    table.add_section()
                previous = row["position"]
                table.add_row(*(_cell(row.get(key)) for key, _ in CONFLICT_COLUMNS))
            cons.print(table)
            cons.print(f"why: {conflict['why']}\n")


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
