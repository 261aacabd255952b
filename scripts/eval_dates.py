#!/usr/bin/env python3
"""said_on when an article's date comes from its own metadata: front matter instead of the store.

    python scripts/eval_dates.py --table                 # said_on of every gold set, three ways
    python scripts/eval_dates.py --front-matter [--gold ...]   # one gold set, dates as front matter
    python scripts/eval_dates.py --disputes [DIR]        # said_on on the dev disputes, three ways

--front-matter copies the gold texts to a temporary folder, under names the store does not
list, each opening with YAML front matter that gives its publication date (the store's
`published` for the texts it lists, else the date line of the text itself) and outlet, and
scores the extractor on those copies: the dates come from the front matter, not the store
(whose entities are still used). Offsets are taken back by the length of the front matter.
--table prints, for every gold set, said_on exact/lenient with the store's dates (as
today), with front matter instead, and with neither (the copies without front matter).
--disputes does the same on the five dev disputes of ../shared/data/disputes (the held-out
three are never read): texts with their store's dates, as front-matter files, and bare;
gold statements are located in the texts by their content and matched by overlap.
Scoring is scripts/eval_extract.py's. Exit status: 0 whatever the scores; 2 on usage errors.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts/eval_extract.py")
_ev = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("eval_extract", _ev)
_spec.loader.exec_module(_ev)
Item, Scores, UsageError = _ev.Item, _ev.Scores, _ev.UsageError
gold_items, pred_items, run_extractor, score, render = _ev.gold_items, _ev.pred_items, _ev.run_extractor, _ev.score, _ev.render
_read_jsonl, DEFAULT_GOLD = _ev._read_jsonl, _ev.DEFAULT_GOLD

# ------------------------------------------------------------------ dates from front matter

ROOT_DISPUTES = ROOT.parent / "shared" / "data" / "disputes"
DEV_DISPUTES = ("mh17", "skripal-poisoning", "bucha-killings", "kabul-drone-strike", "nord-stream-sabotage")
GOLD_SETS = ("statements", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")


@dataclass(frozen=True, slots=True)
class Copy:
    """A gold text copied for a run: where the copy is, what it stands for, how long its front matter is."""

    path: str
    original: str
    shift: int


def _meta_of(files: list[str], store: str | None) -> dict[str, tuple[str | None, str | None]]:
    """(published, outlet) of each file: the store's when it lists the file, else the text's date line."""
    sys.path.insert(0, str(ROOT))
    from karabakh_claims.dates import parse_dateline
    from karabakh_claims.store import load_store

    listed: dict[Path, tuple[str | None, str | None]] = {}
    if store:
        loaded = load_store(store)
        base = Path(store).resolve().parent
        for source in loaded.sources:
            listed[(base / source.file).resolve()] = (source.published.iso() if source.published else None, source.outlet)
    meta = {}
    for file in files:
        path = (ROOT / file).resolve() if not Path(file).is_absolute() else Path(file)
        if path in listed:
            meta[file] = listed[path]
            continue
        dateline = parse_dateline(path.read_text(encoding="utf-8"))
        meta[file] = (dateline.iso() if dateline else None, None)
    return meta


def write_copies(files: list[str], folder: Path, meta: dict[str, tuple[str | None, str | None]] | None) -> list[Copy]:
    """Copies of `files` in `folder` under names no store lists, with front matter when `meta` is given."""
    copies = []
    for n, file in enumerate(files):
        text = (ROOT / file).read_text(encoding="utf-8") if not Path(file).is_absolute() else Path(file).read_text(encoding="utf-8")
        head = ""
        if meta is not None:
            published, outlet = meta[file]
            lines = ["---", f"title: copy of {Path(file).name}"]
            if published:
                lines.append(f"date: '{published}'")
            if outlet:
                lines.append(f"outlet: {json.dumps(outlet, ensure_ascii=False)}")
            head = "\n".join([*lines, "---", ""])
        target = folder / f"copy{n:03d}_{Path(file).stem}{Path(file).suffix}"
        target.write_text(head + text, encoding="utf-8")
        copies.append(Copy(str(target), file, len(head)))
    return copies


def run_on_copies(copies: list[Copy], store: str | None) -> list[Item]:
    """Predictions for the copies, named and placed as the originals."""
    by_path = {c.path: c for c in copies}
    rows = run_extractor([c.path for c in copies], store)
    items = []
    for p in pred_items(rows):
        copy = by_path.get(p.file) or by_path.get(str(Path(p.file).resolve()))
        if copy is None:
            continue
        items.append(replace(p, file=copy.original, start=p.start - copy.shift, end=p.end - copy.shift))
    return items


def score_ways(gold: list[Item], files: list[str], store: str | None, store_pred: list[Item]) -> dict[str, Scores]:
    """Scores of the store's dates, of front matter instead, and of neither."""
    import tempfile

    ways = {"store": score(gold, store_pred)["all"]}
    meta = _meta_of(files, store)
    for way, given in (("front matter", meta), ("neither", None)):
        with tempfile.TemporaryDirectory(prefix="eval-front-matter-") as tmp:
            pred = run_on_copies(write_copies(files, Path(tmp), given), store)
        ways[way] = score(gold, pred)["all"]
    return ways


def render_ways(title: str, ways: dict[str, Scores]) -> str:
    cells = " | ".join(f"{way}: {s.acc(s.date_exact):.3f} {s.acc(s.date_lenient):.3f} {s.acc(s.date_cue):.3f}" for way, s in ways.items())
    n = next(iter(ways.values()))
    return f"{title:<20} {n.n_gold:>4} gold {n.span_tp:>4} matched | {cells}"


WAYS_LEGEND = ("said_on over matched statements, three figures each: exact, lenient (one range inside the other), "
               "exact with a date that only falls back to the publication date or section counted as null;\n"
               "store: dates from the store (as today); front matter: the same texts under other names with the "
               "dates as front matter; neither: no front matter and no store date")


def dates_table(store: str | None) -> str:
    lines = []
    for name in GOLD_SETS:
        gold_path = ROOT / "tests/data/gold" / f"{name}.jsonl"
        if not gold_path.exists():
            continue
        gold = gold_items(_read_jsonl(gold_path))
        files = sorted({g.file for g in gold})
        pred = [p for p in pred_items(run_extractor(files, store)) if p.file in set(files)]
        lines.append(render_ways(f"{name}.jsonl", score_ways(gold, files, store, pred)))
    return "\n".join(lines)


# ------------------------------------------------------------------ the dev disputes

def _locate(text: str, content: str, after: int = 0) -> tuple[int, int] | None:
    """Where `content` stands in `text` (white space compared loosely), searching from `after` first."""
    words = content.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = pattern.search(text, after) or pattern.search(text)
    return found.span() if found else None


def dispute_gold(folder: Path, slug: str) -> tuple[list[Item], int]:
    """Gold statements of one dispute as Items with spans (files named as in the store), and how many could not be located."""
    import yaml

    gold = yaml.safe_load((folder / "gold" / f"{slug}.yaml").read_text(encoding="utf-8"))
    items, lost, last = [], 0, {}
    for n, row in enumerate(gold.get("statements") or [], 1):
        file = str((folder / row["file"]).resolve())
        text = Path(file).read_text(encoding="utf-8")
        span = _locate(text, row.get("content") or "", last.get(file, 0))
        if span is None:
            lost += 1
            continue
        last[file] = span[0]
        items.append(Item(file=file, start=span[0], end=span[1], speaker=row.get("speaker"), said_on=row.get("said_on"),
                          polarity=row.get("polarity"), via=row.get("via"), line=n, content=row.get("content") or ""))
    return items, lost


def disputes_table(folder: Path) -> str:
    lines, totals = [], {}
    for slug in DEV_DISPUTES:
        store = folder / "stores" / f"{slug}.yaml"
        gold, lost = dispute_gold(folder, slug)
        files = sorted({g.file for g in gold})
        pred = [replace(p, file=str(Path(p.file).resolve())) for p in pred_items(run_extractor(files, str(store)))]
        ways = score_ways(gold, files, str(store), pred)
        lines.append(render_ways(slug, ways) + (f" ({lost} gold statements not found in the text)" if lost else ""))
        for way, s in ways.items():
            total = totals.setdefault(way, Scores())
            total.n_gold += s.n_gold
            total.span_tp += s.span_tp
            total.date_exact += s.date_exact
            total.date_lenient += s.date_lenient
            total.date_cue += s.date_cue
    lines.append(render_ways("all five", totals))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold statements (jsonl) for --front-matter")
    ap.add_argument("--store", default=None, help="claims.yaml passed to the extractor")
    ap.add_argument("--front-matter", action="store_true", help="one gold set, its texts dated by front matter, not the store")
    ap.add_argument("--table", action="store_true", help="said_on of every gold set: store dates, front matter, neither")
    ap.add_argument("--disputes", nargs="?", const=str(ROOT_DISPUTES), default=None, metavar="DIR",
                    help="said_on on the five dev disputes (default folder: ../shared/data/disputes)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    default_store = args.store or (str(ROOT / "claims.yaml") if (ROOT / "claims.yaml").exists() else None)
    try:
        if args.disputes is not None:
            folder = Path(args.disputes)
            if not (folder / "gold").is_dir():
                print(f"eval_dates: no disputes at {folder}; skipped", file=sys.stderr)
                return 0
            print(disputes_table(folder))
            print(WAYS_LEGEND)
            return 0
        if args.front_matter:
            import tempfile

            gold = gold_items(_read_jsonl(Path(args.gold)))
            files = sorted({g.file for g in gold})
            with tempfile.TemporaryDirectory(prefix="eval-front-matter-") as tmp:
                pred = run_on_copies(write_copies(files, Path(tmp), _meta_of(files, default_store)), default_store)
            print(render(score(gold, pred)))
            return 0
        print(dates_table(default_store))
        print(WAYS_LEGEND)
    except UsageError as exc:
        print(f"eval_dates: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
