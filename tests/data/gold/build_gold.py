"""Build tests/data/gold/statements.jsonl from the annotation tables in annotations.py.

Annotations locate content by a start snippet and an end snippet (whitespace-flexible,
quote marks interchangeable), so offsets are computed, never typed by hand.
Run from the repository root:  python tests/data/gold/build_gold.py
It fails loudly on a snippet that is missing or ambiguous.

With --heldout it builds the held-out evaluation set instead: the tables in
heldout_annotations.py (texts in heldout/) -> heldout.jsonl. The main set is untouched.
With --heldout2 it builds the second held-out set: heldout2_annotations.py (texts in
heldout2/) -> heldout2.jsonl, with --heldout3 the third: heldout3_annotations.py (texts in
heldout3/) -> heldout3.jsonl, with --heldout4 the fourth: heldout4_annotations.py (texts in
heldout4/) -> heldout4.jsonl, with --heldout5 the fifth: heldout5_annotations.py (texts in
heldout5/) -> heldout5.jsonl, and with --heldout6 the sixth: heldout6_annotations.py (texts in
heldout6/) -> heldout6.jsonl. The other sets are untouched.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

from annotations import ANNOTATIONS, FILES  # noqa: E402

QUOTES = "\"'“”‘’„«»"


def _pattern(snippet: str) -> re.Pattern[str]:
    parts = []
    for ch in snippet:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in QUOTES:
            parts.append("[" + re.escape(QUOTES) + "]")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts))


def locate(text: str, start_snip: str, end_snip: str, after: str | None) -> tuple[int, int]:
    pos = 0
    if after is not None:
        hits = list(_pattern(after).finditer(text))
        if len(hits) != 1:
            raise ValueError(f"'after' anchor {after!r} found {len(hits)} times")
        pos = hits[0].start()
    starts = [m for m in _pattern(start_snip).finditer(text) if m.start() >= pos]
    if not starts:
        raise ValueError(f"start snippet {start_snip!r} not found")
    if after is None and len(starts) > 1:
        raise ValueError(f"start snippet {start_snip!r} ambiguous ({len(starts)} hits); give after=")
    start = starts[0].start()
    m = _pattern(end_snip).search(text, start)
    if m is None:
        raise ValueError(f"end snippet {end_snip!r} not found after {start_snip!r}")
    end = m.end()
    if end - start > 4000:
        raise ValueError(f"span too long for {start_snip!r}")
    return start, end


def build(annotations: list[dict] | None = None, files: dict[str, str] | None = None) -> list[dict]:
    """Rows for the given tables; by default the main set (annotations.py)."""
    if annotations is None:
        annotations = ANNOTATIONS
    if files is None:
        files = FILES
    texts = {key: (ROOT / rel).read_text(encoding="utf-8") for key, rel in files.items()}
    rows = []
    errors = []
    for i, a in enumerate(annotations):
        text = texts[a["f"]]
        try:
            start, end = locate(text, a["s"], a["e"], a.get("after"))
        except ValueError as exc:
            errors.append(f"annotation {i} ({a['f']}): {exc}")
            continue
        row = {
            "file": files[a["f"]],
            "start": start,
            "end": end,
            "content": text[start:end],
            "speaker": a["sp"],
            "speaker_text": a["st"],
            "cue": a["cue"],
            "kind": a["kind"],
            "said_on": a["on"],
            "via": a.get("via"),
            "polarity": a.get("pol", "assert"),
        }
        if a.get("named") is False:
            row["speaker_named"] = False
        if a.get("alts"):
            row["speaker_alts"] = list(a["alts"])
        if a.get("note"):
            row["note"] = a["note"]
        st = a["st"]
        if st is not None:
            window = " ".join(text[max(0, start - 700): end + 400].lower().split())
            if " ".join(st.lower().split()) not in window:
                errors.append(f"annotation {i} ({a['f']}): speaker_text {st!r} not near the span")
        rows.append(row)
    seen = {}
    for r in rows:
        key = (r["file"], r["start"], r["end"])
        if key in seen:
            errors.append(f"duplicate span {key}")
        seen[key] = True
    if errors:
        raise SystemExit("\n".join(errors))
    rows.sort(key=lambda r: (r["file"], r["start"], r["end"]))
    return rows


# The held-out sets: flag -> (annotation module, output). Never used for tuning.
HELD_OUT = {
    "--heldout": ("heldout_annotations", "heldout.jsonl"),
    "--heldout2": ("heldout2_annotations", "heldout2.jsonl"),
    "--heldout3": ("heldout3_annotations", "heldout3.jsonl"),
    "--heldout4": ("heldout4_annotations", "heldout4.jsonl"),
    "--heldout5": ("heldout5_annotations", "heldout5.jsonl"),
    "--heldout6": ("heldout6_annotations", "heldout6.jsonl"),
}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or any(a not in HELD_OUT for a in args):
        raise SystemExit(f"usage: build_gold.py [{' | '.join(HELD_OUT)}]  (got: {' '.join(args)})")
    if args:
        module, name = HELD_OUT[args[0]]
        tables = importlib.import_module(module)
        rows = build(tables.ANNOTATIONS, tables.FILES)
        out = HERE / name
    else:
        rows = build()
        out = HERE / "statements.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args:
        per_file = Counter(Path(r["file"]).name for r in rows)
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(per_file.items()))
        print(f"{len(rows)} held-out statements ({detail}) -> {out}", file=sys.stderr)
        return
    seeds = sum(r["file"].startswith("seeds/") for r in rows)
    print(f"{len(rows)} statements ({seeds} seeds, {len(rows) - seeds} written) -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
