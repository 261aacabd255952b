#!/usr/bin/env python3
"""Score the statement extractor against the annotated gold set.

    python scripts/eval_extract.py [--gold tests/data/gold/statements.jsonl]
                                   [--store claims.yaml] [--predictions FILE.jsonl] [--verbose]
    python scripts/eval_extract.py --front-matter [--gold ...]   # dates as front matter, not from the store
    python scripts/eval_extract.py --dates-table                 # said_on of every gold set, three ways
    python scripts/eval_extract.py --disputes [DIR]              # said_on on the dev disputes, three ways

--front-matter copies the gold texts to a temporary folder, under names the store does not
list, each opening with YAML front matter that gives its publication date (the store's
`published` for the texts it lists, else the date line of the text itself) and outlet, and
scores the extractor on those copies: the dates come from the front matter, not the store
(whose entities are still used). Offsets are taken back by the length of the front matter.
--dates-table prints, for every gold set, said_on exact/lenient with the store's dates (as
today), with front matter instead, and with neither (the copies without front matter).
--disputes does the same on the five dev disputes of ../shared/data/disputes (the held-out
three are never read): texts with their store's dates, as front-matter files, and bare;
gold statements are located in the texts by their content and matched by overlap.

Without --predictions it runs ``python -m karabakh_claims extract --format jsonl --store STORE
FILE...`` once over every file named in the gold set. Matching: same file, character spans
with Jaccard overlap >= 0.5, one-to-one, greedy by best overlap. Reports span P/R/F1,
who-said-what P/R/F1 (a match whose speakers also agree), said_on accuracy (exact and
lenient), polarity and via accuracy over matched pairs, overall and per file group.
Exit status: 0 whatever the scores; 2 on usage errors (bad arguments, unreadable input,
extractor that could not run).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests/data/gold/statements.jsonl"
JACCARD_MIN = 0.5


class UsageError(Exception):
    """Bad arguments or unreadable input: exit status 2."""


@dataclass(frozen=True, slots=True)
class Item:
    """One statement, gold or predicted, reduced to what the scorer compares."""

    file: str
    start: int
    end: int
    speaker: str | None = None
    said_on: str | None = None
    polarity: str | None = None
    via: str | None = None
    speaker_alts: tuple[str, ...] = ()
    line: int = 0  # line in the jsonl it came from, for --verbose
    content: str = ""
    said_on_basis: str | None = None  # predictions: how the date was resolved


@dataclass
class Scores:
    """Counts for one group of files; rates are computed on demand."""

    n_gold: int = 0
    n_pred: int = 0
    span_tp: int = 0
    who_tp: int = 0
    date_exact: int = 0
    date_lenient: int = 0
    date_cue: int = 0  # exact, a date that only falls back to the anchor counted as null
    polarity_ok: int = 0
    via_ok: int = 0
    misses: list[Item] = field(default_factory=list)
    false_pos: list[Item] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def span(self) -> tuple[float, float, float]:
        return self.prf(self.span_tp, self.n_pred, self.n_gold)

    def who(self) -> tuple[float, float, float]:
        return self.prf(self.who_tp, self.n_pred, self.n_gold)

    def acc(self, ok: int) -> float:
        return ok / self.span_tp if self.span_tp else 0.0


# ------------------------------------------------------------------ spans and matching

def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two [start, end) character ranges."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match(gold: list[Item], pred: list[Item], threshold: float = JACCARD_MIN) -> list[tuple[Item, Item]]:
    """One-to-one pairs (gold, pred) in the same file with Jaccard >= threshold, greedy by overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.file != p.file:
                continue
            j = jaccard((g.start, g.end), (p.start, p.end))
            if j >= threshold:
                candidates.append((-j, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], pred[pi]))
    return pairs


# ------------------------------------------------------------------ speakers

_TITLES = {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "foreign", "defence",
           "spokesman", "spokeswoman", "spokesperson", "the", "of", "and", "general", "colonel"}


def norm_name(s: str | None) -> str:
    """Lower-case, accents stripped, defense->defence, punctuation to spaces."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'").replace("'", "")
    s = re.sub(r"[^\w]+", " ", s)
    s = re.sub(r"\bdefense\b", "defence", s)
    return " ".join(s.split())


def _contains_words(big: str, small: str) -> bool:
    return bool(small) and re.search(r"(?<!\w)" + re.escape(small) + r"(?!\w)", big) is not None


def _surname(s: str) -> str | None:
    words = [w for w in s.split() if w not in _TITLES]
    return words[-1] if len(words) >= 2 else None


def speakers_agree(gold: str | None, pred: str | None, alts: tuple[str, ...] = ()) -> bool:
    """Equal, one contains the other as whole words, same surname, or fuzzy token-sort >= 90."""
    p = norm_name(pred)
    if not p:
        return False
    for cand in (gold, *alts):
        g = norm_name(cand)
        if not g:
            continue
        if g == p or _contains_words(g, p) or _contains_words(p, g):
            return True
        sg, sp = _surname(g), _surname(p)
        if sg and sp and sg == sp:
            return True
        try:
            from rapidfuzz import fuzz
        except ImportError:  # pragma: no cover - rapidfuzz is a project dependency
            continue
        if fuzz.token_sort_ratio(g, p) >= 90:
            return True
    return False


# ------------------------------------------------------------------ dates

def parse_when(value: str | None) -> tuple[date, date] | None:
    """ISO date or ISO interval 'a/b' -> (first, last) day; None for null or unparsable."""
    if not value:
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            return date.fromisoformat(a), date.fromisoformat(b)
        d = date.fromisoformat(value)
        return d, d
    except ValueError:
        return None


def dates_agree(gold: str | None, pred: str | None, *, lenient: bool) -> bool:
    """Exact: equal strings (null == null). Lenient: also one range lies inside the other."""
    if (gold or None) == (pred or None):
        return True
    if not lenient:
        return False
    g, p = parse_when(gold), parse_when(pred)
    if g is None or p is None:
        return False
    return (p[0] <= g[0] and g[1] <= p[1]) or (g[0] <= p[0] and p[1] <= g[1])


def via_agree(gold: str | None, pred: str | None) -> bool:
    g, p = norm_name(gold), norm_name(pred)
    if not g or not p:
        return g == p
    return g == p or _contains_words(g, p) or _contains_words(p, g)


# ------------------------------------------------------------------ scoring

def group_of(file: str) -> str:
    return "seeds" if file.startswith("seeds/") else "written"


def score(gold: list[Item], pred: list[Item]) -> dict[str, Scores]:
    """Scores for 'all' and each file group, from gold and predicted items."""
    groups: dict[str, Scores] = {"all": Scores()}
    for g in gold:
        groups.setdefault(group_of(g.file), Scores())
    pairs = match(gold, pred)
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}

    def targets(file: str) -> list[Scores]:
        return [groups["all"], groups.setdefault(group_of(file), Scores())]

    for g in gold:
        for s in targets(g.file):
            s.n_gold += 1
            if id(g) not in matched_g:
                s.misses.append(g)
    for p in pred:
        for s in targets(p.file):
            s.n_pred += 1
            if id(p) not in matched_p:
                s.false_pos.append(p)
    for g, p in pairs:
        for s in targets(g.file):
            s.span_tp += 1
            s.who_tp += speakers_agree(g.speaker, p.speaker, g.speaker_alts)
            s.date_exact += dates_agree(g.said_on, p.said_on, lenient=False)
            s.date_lenient += dates_agree(g.said_on, p.said_on, lenient=True)
            fallback = (p.said_on_basis or "").startswith("no date at the cue")
            s.date_cue += dates_agree(g.said_on, None if fallback else p.said_on, lenient=False)
            s.polarity_ok += (g.polarity or "assert") == (p.polarity or "assert")
            s.via_ok += via_agree(g.via, p.via)
    return groups


# ------------------------------------------------------------------ input

def _read_jsonl(path: Path) -> list[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    return parse_jsonl(lines, str(path))


def parse_jsonl(lines: list[str], name: str) -> list[tuple[int, dict]]:
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise UsageError(f"{name}:{n}: not JSON: {exc}") from None
    return out


def _rel(file: str) -> str:
    p = Path(file)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            return p.as_posix()
    return p.as_posix().removeprefix("./")


def gold_items(rows: list[tuple[int, dict]]) -> list[Item]:
    return [Item(file=_rel(r["file"]), start=r["start"], end=r["end"], speaker=r.get("speaker"),
                 said_on=r.get("said_on"), polarity=r.get("polarity"), via=r.get("via"),
                 speaker_alts=tuple(r.get("speaker_alts") or ()), line=n, content=r.get("content", ""))
            for n, r in rows]


def pred_items(rows: list[tuple[int, dict]]) -> list[Item]:
    """Accepts the CONTRACT statement JSON (offsets under 'source') or flat gold-style rows."""
    items = []
    for n, r in rows:
        src = r.get("source") if isinstance(r.get("source"), dict) else r
        try:
            file, start, end = src["file"], int(src["start"]), int(src["end"])
        except (KeyError, TypeError, ValueError):
            raise UsageError(f"prediction line {n}: no source.file/start/end") from None
        items.append(Item(file=_rel(file), start=start, end=end, speaker=r.get("speaker"),
                          said_on=r.get("said_on"), polarity=r.get("polarity"), via=r.get("via"),
                          line=n, content=(r.get("content") or ""), said_on_basis=r.get("said_on_basis")))
    return items


def run_extractor(files: list[str], store: str | None) -> list[tuple[int, dict]]:
    cmd = [sys.executable, "-m", "karabakh_claims", "extract", "--format", "jsonl"]
    if store:
        cmd += ["--store", store]
    cmd += files
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(f"could not run the extractor: {exc}") from None
    if proc.returncode != 0:
        raise UsageError(f"extractor exited {proc.returncode}: {' '.join(cmd)}\n{proc.stderr.strip()[-2000:]}")
    return parse_jsonl(proc.stdout.splitlines(), "extractor stdout")


# ------------------------------------------------------------------ output

def render(groups: dict[str, Scores]) -> str:
    order = ["all"] + sorted(k for k in groups if k != "all")
    head = f"{'group':<8} {'gold':>5} {'pred':>5} | {'span P':>6} {'R':>5} {'F1':>5} | {'who P':>6} {'R':>5} {'F1':>5} | {'date=':>5} {'date~':>5} {'pol':>5} {'via':>5}"
    lines = [head, "-" * len(head)]
    for k in order:
        s = groups[k]
        sp, sr, sf = s.span()
        wp, wr, wf = s.who()
        lines.append(f"{k:<8} {s.n_gold:>5} {s.n_pred:>5} | {sp:>6.3f} {sr:>5.3f} {sf:>5.3f} | {wp:>6.3f} {wr:>5.3f} {wf:>5.3f} | "
                     f"{s.acc(s.date_exact):>5.3f} {s.acc(s.date_lenient):>5.3f} {s.acc(s.polarity_ok):>5.3f} {s.acc(s.via_ok):>5.3f}")
    lines.append("span: Jaccard >= 0.5, one-to-one; who: span match + speaker agrees; "
                 "date=/date~: said_on exact/lenient, pol, via: accuracy over span matches")
    return "\n".join(lines)


def _snippet(it: Item) -> str:
    return " ".join(it.content.split())[:70]


def render_verbose(s: Scores, gold_name: str) -> str:
    out = [f"\nmisses ({len(s.misses)}):"]
    for g in sorted(s.misses, key=lambda i: (i.file, i.start)):
        out.append(f"  {gold_name}:{g.line}  {g.file}@{g.start}  [{g.speaker}] {_snippet(g)}")
    out.append(f"\nfalse positives ({len(s.false_pos)}):")
    for p in sorted(s.false_pos, key=lambda i: (i.file, i.start)):
        out.append(f"  pred:{p.line}  {p.file}@{p.start}  [{p.speaker}] {_snippet(p)}")
    return "\n".join(out)


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
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold statements (jsonl)")
    ap.add_argument("--store", default=None, help="claims.yaml passed to the extractor")
    ap.add_argument("--predictions", default=None, help="read predictions from this jsonl instead of running the extractor")
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives")
    ap.add_argument("--front-matter", action="store_true", help="give the texts their dates as front matter, not from the store")
    ap.add_argument("--dates-table", action="store_true", help="said_on of every gold set: store dates, front matter, neither")
    ap.add_argument("--disputes", nargs="?", const=str(ROOT_DISPUTES), default=None, metavar="DIR",
                    help="said_on on the five dev disputes (default folder: ../shared/data/disputes)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    default_store = args.store or (str(ROOT / "claims.yaml") if (ROOT / "claims.yaml").exists() else None)
    try:
        if args.dates_table:
            print(dates_table(default_store))
            print(WAYS_LEGEND)
            return 0
        if args.disputes is not None:
            folder = Path(args.disputes)
            if not (folder / "gold").is_dir():
                print(f"eval_extract: no disputes at {folder}; skipped", file=sys.stderr)
                return 0
            print(disputes_table(folder))
            print(WAYS_LEGEND)
            return 0
    except UsageError as exc:
        print(f"eval_extract: error: {exc}", file=sys.stderr)
        return 2
    try:
        gold_path = Path(args.gold)
        gold = gold_items(_read_jsonl(gold_path))
        if not gold:
            raise UsageError(f"{gold_path}: no gold statements")
        files = sorted({g.file for g in gold})
        if args.front_matter:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="eval-front-matter-") as tmp:
                pred = run_on_copies(write_copies(files, Path(tmp), _meta_of(files, default_store)), default_store)
        else:
            rows = _read_jsonl(Path(args.predictions)) if args.predictions else run_extractor(files, default_store)
            pred = [p for p in pred_items(rows) if p.file in set(files)]
    except UsageError as exc:
        print(f"eval_extract: error: {exc}", file=sys.stderr)
        return 2
    groups = score(gold, pred)
    print(render(groups))
    if args.verbose:
        print(render_verbose(groups["all"], gold_path.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
