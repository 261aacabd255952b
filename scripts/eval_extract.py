#!/usr/bin/env python3
"""Score the statement extractor against the annotated gold set.

    python scripts/eval_extract.py [--gold tests/data/gold/statements.jsonl]
                                   [--store claims.yaml] [--predictions FILE.jsonl] [--verbose]
    python scripts/eval_extract.py --disputes dev     # the 5 dev disputes of ../shared/data/disputes
    python scripts/eval_extract.py --all              # every gold set of tests/data/gold, one row each

Without --predictions it runs ``python -m karabakh_claims extract --format jsonl --store STORE
FILE...`` once over every file named in the gold set. Matching: same file, character spans
with Jaccard overlap >= 0.5, one-to-one, greedy by best overlap. Reports span P/R/F1,
who-said-what P/R/F1 (a match whose speakers also agree), said_on accuracy (exact and
lenient), polarity and via accuracy over matched pairs, overall and per file group, the
wrong-speaker rate (matched content whose predicted speaker is given and disagrees, over matched
content; a speaker left unresolved is an abstention, counted apart), and the same figures per
kind (direct, indirect, mixed, from the gold) and per stage (the rule or model that found the
statement, from the prediction's `found_by`).
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
from dataclasses import dataclass, field
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
    kind: str | None = None
    said_on_basis: str | None = None  # predictions: how the date was resolved
    stage: str | None = None  # the rule or model that found a predicted statement
    abstained: bool = False  # a predicted statement whose speaker was left unresolved
    basis: str = ""  # how a predicted speaker was resolved, for --verbose
    confidence: float = 1.0


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
    wrong_speaker: int = 0
    abstained: int = 0
    misses: list[Item] = field(default_factory=list)
    false_pos: list[Item] = field(default_factory=list)
    wrong: list[tuple[Item, Item]] = field(default_factory=list)
    unresolved: list[tuple[Item, Item]] = field(default_factory=list)

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

    def wrong_rate(self) -> float:
        """Matched content with a given speaker that disagrees, over matched content."""
        return self.wrong_speaker / self.span_tp if self.span_tp else 0.0


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
    if "/disputes/texts/" in file:
        return file.split("/disputes/texts/", 1)[1].split("/", 1)[0]
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
            count_pair(s, g, p)
    return groups


def count_pair(s: Scores, g: Item, p: Item, *, keep: bool = True) -> None:
    """Add one matched (gold, predicted) pair to `s`; `keep` lists the wrong and unresolved ones."""
    s.span_tp += 1
    agree = speakers_agree(g.speaker, p.speaker, g.speaker_alts) and not p.abstained
    s.who_tp += agree
    s.abstained += p.abstained
    s.wrong_speaker += not agree and not p.abstained
    if keep and not agree and not p.abstained:
        s.wrong.append((g, p))
    if keep and p.abstained:
        s.unresolved.append((g, p))
    s.date_exact += dates_agree(g.said_on, p.said_on, lenient=False)
    s.date_lenient += dates_agree(g.said_on, p.said_on, lenient=True)
    fallback = (p.said_on_basis or "").startswith("no date at the cue")
    s.date_cue += dates_agree(g.said_on, None if fallback else p.said_on, lenient=False)
    s.polarity_ok += (g.polarity or "assert") == (p.polarity or "assert")
    s.via_ok += via_agree(g.via, p.via)


def breakdown(gold: list[Item], pred: list[Item]) -> dict[str, Scores]:
    """Scores per kind (gold's, for recall) and per stage (prediction's, for precision).

    A kind row counts gold statements of that kind and the predictions matched to them, so
    its precision is not meaningful; a stage row counts that stage's predictions and the
    gold they matched, so its recall is not meaningful. Each says what it can.
    """
    rows: dict[str, Scores] = {}
    pairs = match(gold, pred)
    by_gold = {id(g): p for g, p in pairs}
    by_pred = {id(p): g for g, p in pairs}
    for g in gold:
        s = rows.setdefault(f"kind:{g.kind or '?'}", Scores())
        s.n_gold += 1
        p = by_gold.get(id(g))
        if p is not None:
            s.n_pred += 1
            count_pair(s, g, p, keep=False)
    for p in pred:
        s = rows.setdefault(f"stage:{p.stage or '?'}", Scores())
        s.n_pred += 1
        g = by_pred.get(id(p))
        if g is not None:
            s.n_gold += 1
            count_pair(s, g, p, keep=False)
    return dict(sorted(rows.items()))


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
                 speaker_alts=tuple(r.get("speaker_alts") or ()), line=n, content=r.get("content", ""),
                 kind=r.get("kind"))
            for n, r in rows]


def unresolved(row: dict) -> bool:
    """A prediction whose speaker the extractor left unresolved (null, or a basis saying so)."""
    return not row.get("speaker") or str(row.get("speaker_basis") or "").startswith("unresolved")


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
                          line=n, content=(r.get("content") or ""), kind=r.get("kind"), said_on_basis=r.get("said_on_basis"),
                          stage=r.get("found_by"), abstained=unresolved(r),
                          basis=str(r.get("speaker_basis") or ""), confidence=float(r.get("confidence", 1.0))))
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


# ------------------------------------------------------------------ disputes

DISPUTES = ROOT.parent / "shared" / "data" / "disputes"
DEV_DISPUTES = ("mh17", "skripal-poisoning", "bucha-killings", "kabul-drone-strike", "nord-stream-sabotage")
# Kept blind for the integrator's final score: never opened, run or scored here.
HELD_OUT_DISPUTES = frozenset(("przewodow-missile", "abu-akleh-killing", "abqaiq-khurais-attack"))


def _locate(text: str, content: str, after: int) -> tuple[int, int] | None:
    """Where `content` stands in `text` (whitespace collapsed), first at or after `after`."""
    words = content.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = pattern.search(text, after) or pattern.search(text)
    return (found.start(), found.end()) if found else None


def dispute_gold(slug: str, *, blind: bool = False) -> tuple[list[Item], list[Item], Path]:
    """(gold statements, their continuations, the store) of one dev dispute (with `blind`, a
    held-out one), with offsets located in the texts. A continuation (`content_cont`) is
    neither required nor a false positive."""
    if slug in HELD_OUT_DISPUTES and not blind:
        raise UsageError(f"{slug} is a held-out dispute: it is scored only with --blind, once, at the end")
    if slug not in DEV_DISPUTES and slug not in HELD_OUT_DISPUTES:
        raise UsageError(f"unknown dev dispute {slug!r}; the dev disputes are {', '.join(DEV_DISPUTES)}")
    import yaml

    path = DISPUTES / "gold" / f"{slug}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    gold: list[Item] = []
    cont: list[Item] = []
    texts: dict[str, str] = {}
    cursor: dict[str, int] = {}
    for n, row in enumerate(data.get("statements") or [], 1):
        file = (DISPUTES / row["file"]).resolve()
        key = file.as_posix()
        if key not in texts:
            texts[key] = file.read_text(encoding="utf-8")
        where = _locate(texts[key], str(row.get("content") or ""), cursor.get(key, 0))
        if where is None:
            continue
        cursor[key] = where[0]
        gold.append(Item(file=key, start=where[0], end=where[1], speaker=row.get("speaker"), said_on=row.get("said_on"),
                         polarity=row.get("polarity"), via=row.get("via"), line=n, content=row.get("content") or "",
                         kind=row.get("kind")))
        if row.get("content_cont"):
            more = _locate(texts[key], str(row["content_cont"]), where[1])
            if more is not None:
                cont.append(Item(file=key, start=more[0], end=more[1], speaker=row.get("speaker"), line=n))
    return gold, cont, DISPUTES / "stores" / f"{slug}.yaml"


def without_continuations(pred: list[Item], cont: list[Item]) -> list[Item]:
    """Predictions that match no gold continuation: those are neither hits nor false positives."""
    taken = {id(p) for _, p in match(cont, pred)}
    return [p for p in pred if id(p) not in taken]


# ------------------------------------------------------------------ in-process extraction

def extract_in_process(files: list[str], store: str | Path | None) -> list[tuple[int, dict]]:
    """The extractor's JSON rows for `files`, run in this process (the CI gate uses this)."""
    sys.path.insert(0, str(ROOT))
    from karabakh_claims.pipeline import extract, find_store
    from karabakh_claims.serialize import statement_dict

    store_path = find_store(str(store) if store else None, cwd=ROOT)
    paths = [f if Path(f).is_absolute() else str(ROOT / f) for f in files]
    result = extract(store_path, paths)
    rows = []
    for n, statement in enumerate(result.statements, 1):
        row = statement_dict(statement)
        row["source"]["file"] = _rel(row["source"]["file"])
        rows.append((n, row))
    return rows


# ------------------------------------------------------------------ output

HEAD = (f"{'group':<20} {'gold':>5} {'pred':>5} | {'span P':>6} {'R':>5} {'F1':>5} | {'who P':>6} {'R':>5} {'F1':>5} | "
        f"{'wrong':>5} {'unres':>5} | {'date=':>5} {'date~':>5} {'pol':>5} {'via':>5}")


def row_line(name: str, s: Scores) -> str:
    """One table row: counts, span and who-said-what P/R/F1, wrong-speaker and unresolved rates, dates."""
    sp, sr, sf = s.span()
    wp, wr, wf = s.who()
    unres = s.abstained / s.span_tp if s.span_tp else 0.0
    return (f"{name:<20} {s.n_gold:>5} {s.n_pred:>5} | {sp:>6.3f} {sr:>5.3f} {sf:>5.3f} | {wp:>6.3f} {wr:>5.3f} {wf:>5.3f} | "
            f"{s.wrong_rate():>5.3f} {unres:>5.3f} | "
            f"{s.acc(s.date_exact):>5.3f} {s.acc(s.date_lenient):>5.3f} {s.acc(s.polarity_ok):>5.3f} {s.acc(s.via_ok):>5.3f}")


LEGEND = ("span: Jaccard >= 0.5, one-to-one; who: span match + speaker agrees; wrong: matched, speaker given and wrong / "
          "matched; unres: matched, speaker left unresolved / matched; date=/date~: said_on exact/lenient, pol, via: "
          "accuracy over span matches; kind rows: recall only; stage rows: precision only")


def render(groups: dict[str, Scores], parts: dict[str, Scores] | None = None) -> str:
    order = ["all"] + sorted(k for k in groups if k != "all")
    lines = [HEAD, "-" * len(HEAD)]
    lines += [row_line(k, groups[k]) for k in order]
    if parts:
        lines.append("-" * len(HEAD))
        lines += [row_line(k, s) for k, s in parts.items()]
    lines.append(LEGEND)
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
    out.append(f"\nwrong speakers ({len(s.wrong)}):")
    for g, p in sorted(s.wrong, key=lambda gp: (gp[0].file, gp[0].start)):
        out.append(f"  {gold_name}:{g.line}  {g.file}@{g.start}  gold [{g.speaker}] pred [{p.speaker}] ({p.basis}) {_snippet(g)}")
    out.append(f"\nunresolved speakers ({len(s.unresolved)}):")
    for g, p in sorted(s.unresolved, key=lambda gp: (gp[0].file, gp[0].start)):
        out.append(f"  {gold_name}:{g.line}  {g.file}@{g.start}  gold [{g.speaker}] ({p.basis}) {_snippet(g)}")
    return "\n".join(out)


def score_gold_file(gold_path: Path, store: str | None, *, in_process: bool = False) -> tuple[list[Item], list[Item]]:
    """(gold, predictions) for one gold jsonl of the project."""
    gold = gold_items(_read_jsonl(gold_path))
    if not gold:
        raise UsageError(f"{gold_path}: no gold statements")
    files = sorted({g.file for g in gold})
    store = store or (str(ROOT / "claims.yaml") if (ROOT / "claims.yaml").exists() else None)
    rows = extract_in_process(files, store) if in_process else run_extractor(files, store)
    return gold, [p for p in pred_items(rows) if p.file in set(files)]


def score_dispute(slug: str, *, in_process: bool = False, blind: bool = False) -> tuple[list[Item], list[Item]]:
    """(gold, predictions) for one dispute, continuations set aside."""
    gold, cont, store = dispute_gold(slug, blind=blind)
    files = sorted({g.file for g in gold})
    rows = extract_in_process(files, store) if in_process else run_extractor(files, str(store))
    pred = [p for p in pred_items(rows) if p.file in set(files)]
    return gold, without_continuations(pred, cont)


def gold_sets() -> list[Path]:
    """Every gold set of statements in tests/data/gold (event_links.jsonl is about events)."""
    return sorted(p for p in (ROOT / "tests/data/gold").glob("*.jsonl") if p.name != "event_links.jsonl")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold statements (jsonl)")
    ap.add_argument("--store", default=None, help="claims.yaml passed to the extractor")
    ap.add_argument("--predictions", default=None, help="read predictions from this jsonl instead of running the extractor")
    ap.add_argument("--disputes", default=None, help="score dev disputes instead: 'dev' or slugs separated by commas")
    ap.add_argument("--all", action="store_true", help="one row per gold set of tests/data/gold (and --disputes dev if given)")
    ap.add_argument("--in-process", action="store_true", help="run the extractor in this process instead of a subprocess")
    ap.add_argument("--breakdown", action="store_true", help="rows per kind and per stage")
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives")
    ap.add_argument("--blind", action="store_true",
                    help="--disputes heldout: the held-out disputes, scored once at the end of a round (never tune on them)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    try:
        if args.all:
            print(HEAD)
            print("-" * len(HEAD))
            for path in gold_sets():
                gold, pred = score_gold_file(path, args.store, in_process=args.in_process)
                print(row_line(path.stem, score(gold, pred)["all"]))
            for slug in (DEV_DISPUTES if args.disputes == "dev" else (args.disputes.split(",") if args.disputes else ())):
                gold, pred = score_dispute(slug, in_process=args.in_process)
                print(row_line(slug, score(gold, pred)["all"]))
            print(LEGEND)
            return 0
        if args.disputes:
            named = {"dev": DEV_DISPUTES, "heldout": tuple(sorted(HELD_OUT_DISPUTES))}
            slugs = named.get(args.disputes) or tuple(args.disputes.split(","))
            gold, pred = [], []
            for slug in slugs:
                g, p = score_dispute(slug, in_process=args.in_process, blind=args.blind)
                gold += g
                pred += p
            gold_name = "disputes"
        else:
            gold_path = Path(args.gold)
            gold_name = gold_path.name
            if args.predictions:
                gold = gold_items(_read_jsonl(gold_path))
                files = sorted({g.file for g in gold})
                pred = [p for p in pred_items(_read_jsonl(Path(args.predictions))) if p.file in set(files)]
            else:
                gold, pred = score_gold_file(gold_path, args.store, in_process=args.in_process)
    except UsageError as exc:
        print(f"eval_extract: error: {exc}", file=sys.stderr)
        return 2
    groups = score(gold, pred)
    print(render(groups, breakdown(gold, pred) if args.breakdown else None))
    if args.verbose:
        print(render_verbose(groups["all"], gold_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
