#!/usr/bin/env python3
"""Score event linking (karabakh_claims.linking.link_statements) against the annotated gold links.

    python scripts/eval_match.py [--gold tests/data/gold/statements.jsonl]
                                 [--links tests/data/gold/event_links.jsonl] [--store claims.yaml]
                                 [--match-at 60] [--suggest-at 45] [--strict] [--verbose] [--sweep]
    python scripts/eval_match.py --disputes dev|heldout|all|SLUG [--verbose]

Statements are built straight from the gold statements (text, speaker, said_on, span), so
linking is measured apart from extraction errors: the speaker id is what
`EntityIndex.resolve` makes of the gold speaker on the gold date, or None.
event_links.jsonl says, for every gold line, which curated event the statement is about
(`event`, or null) and optionally a second event it also touches (`also`).

Counting, over (statement, event) pairs, at two levels: "match" links only, and "match or
suggestion" (every link the tool shows). A predicted pair is right when its event is the
statement's event or one of its `also` events (`--strict`: the main event only); precision
is right pairs / predicted pairs, recall is gold statements with a right pair / gold
statements about an event. "no event" accuracy is the share of statements about no event
that got no link at that level. `--sweep` reruns the linker with match_at 40, 45, ... 80
(suggest_at = min(its value, match_at)) and prints the scores at each.

`--disputes` scores the same way on the disputes data set (`../shared/data/disputes/`):
real articles with claims-free stores, where a statement is about the events whose gold
positions list it (the first is its main event, the others `also`) and about none when
no position lists it. The dev disputes develop the linker; the held-out ones are scored
once, blind (see scripts/eval_disputes.py).
Exit status: 0 whatever the scores; 2 on usage errors (bad arguments, unreadable or
inconsistent gold, an unreadable store).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from karabakh_claims.dates import parse_iso  # noqa: E402
from karabakh_claims.entities import EntityIndex  # noqa: E402
from karabakh_claims.errors import ClaimsError  # noqa: E402
from karabakh_claims.linking import MATCH_AT, SUGGEST_AT, link_statements  # noqa: E402
from karabakh_claims.models import EventLink, Span, Statement, Store  # noqa: E402
from karabakh_claims.store import load_store  # noqa: E402

DEFAULT_GOLD = ROOT / "tests/data/gold/statements.jsonl"
DEFAULT_LINKS = ROOT / "tests/data/gold/event_links.jsonl"
DEFAULT_STORE = ROOT / "claims.yaml"
SWEEP = tuple(range(40, 81, 5))
LEVELS = {"match": frozenset({"match"}), "match or suggestion": frozenset({"match", "suggestion"})}


class UsageError(Exception):
    """Bad arguments, unreadable or inconsistent input: exit status 2."""


@dataclass(frozen=True, slots=True)
class GoldLink:
    """What one gold statement is about: its main event (None: no curated event) and others it touches."""

    line: int
    event: str | None
    also: tuple[str, ...] = ()
    note: str = ""
    content: str = ""
    speaker: str = ""

    def accepts(self, event: str, *, strict: bool = False) -> bool:
        if self.event is None:
            return False
        return event == self.event or (not strict and event in self.also)


@dataclass(frozen=True, slots=True)
class Predicted:
    """One link of the tool, reduced to what the scorer compares."""

    line: int
    event: str
    score: float
    level: str
    reason: str = ""


@dataclass
class Counts:
    """Pair counts for one level (or one event); rates are computed on demand."""

    n_gold: int = 0  # statements about an event
    n_pred: int = 0  # predicted (statement, event) pairs
    right: int = 0  # predicted pairs whose event the gold accepts
    found: int = 0  # statements about an event with at least one right pair
    n_null: int = 0  # statements about no event
    null_ok: int = 0  # ... that got no link
    wrong: list[tuple[GoldLink, Predicted]] = field(default_factory=list)
    misses: list[GoldLink] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.right / self.n_pred if self.n_pred else 0.0
        r = self.found / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def null_accuracy(self) -> float:
        return self.null_ok / self.n_null if self.n_null else 0.0


# ------------------------------------------------------------------ scoring

def score(gold: Mapping[int, GoldLink], predicted: Iterable[Predicted], *, levels: Iterable[str],
          strict: bool = False) -> Counts:
    """Counts over (statement, event) pairs for the links whose level is in `levels`.

    Every gold statement counts once (in n_gold or n_null); a prediction for a line the
    gold does not have is a usage error upstream, here it counts as a wrong pair.
    """
    levels = frozenset(levels)
    by_line: dict[int, list[Predicted]] = {}
    for p in predicted:
        if p.level in levels:
            by_line.setdefault(p.line, []).append(p)
    counts = Counts()
    for line, g in sorted(gold.items()):
        preds = by_line.get(line, [])
        counts.n_pred += len(preds)
        right = [p for p in preds if g.accepts(p.event, strict=strict)]
        counts.right += len(right)
        counts.wrong.extend((g, p) for p in preds if not g.accepts(p.event, strict=strict))
        if g.event is None:
            counts.n_null += 1
            counts.null_ok += not preds
        else:
            counts.n_gold += 1
            counts.found += bool(right)
            if not right:
                counts.misses.append(g)
    for line in sorted(set(by_line) - set(gold)):
        for p in by_line[line]:
            counts.n_pred += 1
            counts.wrong.append((GoldLink(line, None, note="not in the gold set"), p))
    return counts


def per_event(gold: Mapping[int, GoldLink], predicted: Iterable[Predicted], events: Sequence[str], *,
              levels: Iterable[str], strict: bool = False) -> dict[str, Counts]:
    """Counts per event: gold = statements whose main event it is, predicted = pairs naming it."""
    levels = frozenset(levels)
    preds = [p for p in predicted if p.level in levels]
    out = {e: Counts() for e in events}
    for g in gold.values():
        if g.event is not None:
            c = out.setdefault(g.event, Counts())
            c.n_gold += 1
            if any(p.line == g.line and g.accepts(p.event, strict=strict) for p in preds):
                c.found += 1
            else:
                c.misses.append(g)
    for p in preds:
        c = out.setdefault(p.event, Counts())
        c.n_pred += 1
        g = gold.get(p.line)
        if g is not None and g.accepts(p.event, strict=strict):
            c.right += 1
        else:
            c.wrong.append((g or GoldLink(p.line, None), p))
    return out


# ------------------------------------------------------------------ input

def _read_jsonl(path: Path) -> list[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{n}: not JSON: {exc}") from None
        if not isinstance(row, dict):
            raise UsageError(f"{path}:{n}: not a JSON object")
        out.append((n, row))
    return out


def gold_links(statements: Sequence[tuple[int, dict]], links: Sequence[tuple[int, dict]],
               event_ids: Iterable[str], *, name: str = "event_links.jsonl") -> dict[int, GoldLink]:
    """One GoldLink per gold statement line; every problem is collected, then raised as one UsageError."""
    known = set(event_ids)
    rows = dict(statements)
    problems: list[str] = []
    out: dict[int, GoldLink] = {}
    for n, link in links:
        line = link.get("gold_line")
        if not isinstance(line, int) or line not in rows:
            problems.append(f"{name}:{n}: gold_line {line!r} is not a line of the gold statements")
            continue
        row = rows[line]
        if (link.get("file"), link.get("start")) != (row.get("file"), row.get("start")):
            problems.append(f"{name}:{n}: file/start {link.get('file')}@{link.get('start')} do not match "
                            f"gold line {line} ({row.get('file')}@{row.get('start')}); was the gold rebuilt?")
        event = link.get("event")
        also = link.get("also") or []
        if not isinstance(also, list):
            problems.append(f"{name}:{n}: also must be a list of event ids")
            also = []
        for e in (event, *also) if event is not None else also:
            if e not in known:
                problems.append(f"{name}:{n}: unknown event {e!r}")
        if event is None and also:
            problems.append(f"{name}:{n}: also without an event")
        if line in out:
            problems.append(f"{name}:{n}: gold_line {line} annotated twice")
        out[line] = GoldLink(line, event, tuple(also), link.get("note") or "",
                             row.get("content") or "", row.get("speaker") or "")
    missing = sorted(set(rows) - set(out))
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
        problems.append(f"{name}: {len(missing)} gold lines not annotated: {shown}")
    if problems:
        raise UsageError("\n".join(problems))
    return out


def statement_id(line: int) -> str:
    return f"gold:{line}"


def build_statements(rows: Sequence[tuple[int, dict]], entities: EntityIndex) -> list[Statement]:
    """Statements as the extractor would give them if it were perfect, one per gold line."""
    out = []
    for n, r in rows:
        said_on = parse_iso(r["said_on"], basis="gold") if r.get("said_on") else None
        speaker = r.get("speaker") or ""
        entity, basis = entities.resolve(speaker, on=said_on.start if said_on else None) if speaker else (None, "")
        out.append(Statement(
            id=statement_id(n), speaker=speaker, speaker_text=r.get("speaker_text") or speaker,
            cue=r.get("cue") or "", content=r["content"], kind=r.get("kind") or "indirect",
            said_on=said_on, via=r.get("via"), polarity=r.get("polarity") or "assert",
            file=r["file"], span=Span(r["start"], r["end"]),
            speaker_id=entity.id if entity else None, speaker_basis=basis or "surface"))
    return out


def predicted(links: Iterable[EventLink]) -> list[Predicted]:
    return [Predicted(int(link.statement_id.removeprefix("gold:")), link.event, link.score, link.level, link.reason)
            for link in links]


def run(statements: Sequence[Statement], store: Store, entities: EntityIndex, *,
        match_at: float, suggest_at: float, texts: Mapping[str, str] | None = None) -> list[Predicted]:
    return predicted(link_statements(statements, store, entities, match_at=match_at,
                                     suggest_at=min(suggest_at, match_at), texts=texts))


def _texts(statements: Sequence[Statement], base: Path) -> dict[str, str]:
    """The texts the statements come from, by the file name the statements give."""
    out: dict[str, str] = {}
    for statement in statements:
        if statement.file not in out and (base / statement.file).is_file():
            out[statement.file] = (base / statement.file).read_text(encoding="utf-8")
    return out


def disputes_case(slugs: Sequence[str]) -> list[tuple[Store, EntityIndex, list[Statement], dict[int, GoldLink], dict[str, str]]]:
    """For each dispute: its store, entities, the gold statements as Statements, the gold
    links (by statement line, numbered across disputes) and the texts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_disputes", ROOT / "scripts/eval_disputes.py")
    ed = importlib.util.module_from_spec(spec)
    sys.modules["eval_disputes"] = ed
    spec.loader.exec_module(ed)
    data = ed.DEFAULT_DATA
    if not (data / "gold").is_dir():
        raise UsageError(f"no disputes data at {data}")
    cases = []
    first_line = 1
    for slug in slugs:
        store = load_store(data / "stores" / f"{slug}.yaml")
        entities = EntityIndex.from_store(store)
        gold = ed.load_gold(data, slug)
        raw = {s.index: s for s in gold.statements}
        about: dict[int, list[str]] = {}
        for event, table in gold.positions.items():
            for _, (_, members) in sorted(table.items()):
                for index in members:
                    about.setdefault(index, [])
                    if event not in about[index]:
                        about[index].append(event)
        folder = f"texts/{slug}"
        rows = []
        links: dict[int, GoldLink] = {}
        for index, statement in sorted(raw.items()):
            line = first_line + index
            row = {"file": f"{folder}/{statement.file}", "start": statement.start, "end": statement.end,
                   "content": statement.content, "speaker": statement.speaker, "polarity": statement.polarity}
            rows.append((line, row))
            events = about.get(index, [])
            links[line] = GoldLink(line, events[0] if events else None, tuple(events[1:]),
                                   content=statement.content, speaker=statement.speaker)
        statements = build_statements(rows, entities)
        cases.append((store, entities, statements, links, _texts(statements, data)))
        first_line += len(raw)
    return cases


# ------------------------------------------------------------------ output

def _rates(c: Counts) -> str:
    p, r, f = c.prf()
    return f"{p:>6.3f} {r:>6.3f} {f:>6.3f} | {c.null_accuracy():>7.3f}"


def render(gold: Mapping[int, GoldLink], preds: Sequence[Predicted], events: Sequence[str], *,
           strict: bool, match_at: float, suggest_at: float) -> str:
    n_event = sum(g.event is not None for g in gold.values())
    lines = [f"event linking: {len(gold)} gold statements, {n_event} about a curated event, "
             f"{len(gold) - n_event} about none; match_at={match_at:g}, suggest_at={min(suggest_at, match_at):g}"
             + ("; strict (main event only)" if strict else ""),
             "",
             f"{'level':<22} {'pairs':>5} {'right':>5} | {'P':>6} {'R':>6} {'F1':>6} | {'no-event':>7}",
             "-" * 66]
    for name, levels in LEVELS.items():
        c = score(gold, preds, levels=levels, strict=strict)
        lines.append(f"{name:<22} {c.n_pred:>5} {c.right:>5} | {_rates(c)}")
    lines += ["", f"{'event':<24} {'gold':>4} {'pred':>4} {'right':>5} {'found':>5} | {'P':>6} {'R':>6} {'F1':>6}   "
                  f"(match) | sugg: {'pred':>4} {'R':>6}",
              "-" * 98]
    by_match = per_event(gold, preds, events, levels=LEVELS["match"], strict=strict)
    by_any = per_event(gold, preds, events, levels=LEVELS["match or suggestion"], strict=strict)
    for e in sorted(by_match, key=lambda k: (list(events).index(k) if k in events else len(events), k)):
        c, a = by_match[e], by_any[e]
        p, r, f = c.prf()
        lines.append(f"{e:<24} {c.n_gold:>4} {c.n_pred:>4} {c.right:>5} {c.found:>5} | {p:>6.3f} {r:>6.3f} {f:>6.3f}"
                     f"         |       {a.n_pred:>4} {a.prf()[1]:>6.3f}")
    lines.append("pairs: predicted (statement, event) pairs; right: pairs the gold accepts (its event or `also`); "
                 "R: gold statements found; no-event: statements about no event left unlinked")
    return "\n".join(lines)


def _snippet(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def render_verbose(gold: Mapping[int, GoldLink], preds: Sequence[Predicted], *, strict: bool) -> str:
    all_preds = {(p.line, p.event): p for p in preds}
    out = []
    for name, levels in LEVELS.items():
        c = score(gold, preds, levels=levels, strict=strict)
        false_links = [(g, p) for g, p in c.wrong if g.event is None]
        wrong_event = [(g, p) for g, p in c.wrong if g.event is not None]
        out.append(f"\n[{name}] links to a statement about no event ({len(false_links)}):")
        for g, p in false_links:
            out.append(f"  {g.line:>4} -> {p.event} {p.score:g} ({p.level}): {p.reason}\n"
                       f"       [{g.speaker}] {_snippet(g.content)}")
        out.append(f"\n[{name}] links to the wrong event ({len(wrong_event)}):")
        for g, p in wrong_event:
            out.append(f"  {g.line:>4} -> {p.event} {p.score:g} ({p.level}), gold {g.event}: {p.reason}\n"
                       f"       [{g.speaker}] {_snippet(g.content)}")
        out.append(f"\n[{name}] misses ({len(c.misses)}):")
        for g in c.misses:
            got = [p for (line, _), p in all_preds.items() if line == g.line]
            best = (", best: " + "; ".join(f"{p.event} {p.score:g} ({p.level})" for p in got)) if got else ", no link"
            out.append(f"  {g.line:>4} gold {g.event}{best}\n       [{g.speaker}] {_snippet(g.content)}")
    return "\n".join(out)


def render_sweep(rows: Sequence[tuple[float, float, Counts, Counts]]) -> str:
    head = (f"{'match_at':>8} {'sugg_at':>7} | {'match P':>7} {'R':>6} {'F1':>6} {'no-ev':>6} | "
            f"{'m|s P':>7} {'R':>6} {'F1':>6} {'no-ev':>6}")
    lines = ["", "threshold sweep", head, "-" * len(head)]
    best = max(rows, key=lambda r: (r[2].prf()[2], -r[0]))[0] if rows else None
    for match_at, suggest_at, m, a in rows:
        mp, mr, mf = m.prf()
        ap, ar, af = a.prf()
        mark = "  <- best match F1" if match_at == best else ""
        lines.append(f"{match_at:>8g} {suggest_at:>7g} | {mp:>7.3f} {mr:>6.3f} {mf:>6.3f} {m.null_accuracy():>6.3f} | "
                     f"{ap:>7.3f} {ar:>6.3f} {af:>6.3f} {a.null_accuracy():>6.3f}{mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold statements (jsonl)")
    ap.add_argument("--links", default=str(DEFAULT_LINKS), help="gold event links (jsonl)")
    ap.add_argument("--store", default=str(DEFAULT_STORE), help="claims.yaml with the curated events")
    ap.add_argument("--match-at", type=float, default=MATCH_AT, help=f"match threshold (default {MATCH_AT:g})")
    ap.add_argument("--suggest-at", type=float, default=SUGGEST_AT,
                    help=f"suggestion threshold (default {SUGGEST_AT:g})")
    ap.add_argument("--strict", action="store_true", help="only the main event counts, not `also`")
    ap.add_argument("--verbose", action="store_true", help="list wrong links and misses with text and reason")
    ap.add_argument("--sweep", action="store_true", help="also score match_at 40, 45, ... 80")
    ap.add_argument("--disputes", metavar="SET", help="score on the disputes data set: dev, heldout, all or one slug")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    if args.disputes:
        return _main_disputes(args)
    try:
        if not (0 <= args.suggest_at <= 100 and 0 <= args.match_at <= 100):
            raise UsageError("--match-at and --suggest-at must lie between 0 and 100")
        try:
            store = load_store(args.store)
        except ClaimsError as exc:
            raise UsageError(str(exc)) from None
        event_ids = [e.id for e in store.events]
        rows = _read_jsonl(Path(args.gold))
        if not rows:
            raise UsageError(f"{args.gold}: no gold statements")
        for n, r in rows:
            if not all(k in r for k in ("file", "start", "end", "content")):
                raise UsageError(f"{args.gold}:{n}: needs file, start, end and content")
        gold = gold_links(rows, _read_jsonl(Path(args.links)), event_ids, name=Path(args.links).name)
    except UsageError as exc:
        print(f"eval_match: error: {exc}", file=sys.stderr)
        return 2
    entities = EntityIndex.from_store(store)
    statements = build_statements(rows, entities)
    preds = run(statements, store, entities, match_at=args.match_at, suggest_at=args.suggest_at)
    print(render(gold, preds, event_ids, strict=args.strict, match_at=args.match_at, suggest_at=args.suggest_at))
    if args.verbose:
        print(render_verbose(gold, preds, strict=args.strict))
    if args.sweep:
        sweep = []
        for match_at in SWEEP:
            p = run(statements, store, entities, match_at=match_at, suggest_at=args.suggest_at)
            sweep.append((match_at, min(args.suggest_at, match_at),
                          score(gold, p, levels=LEVELS["match"], strict=args.strict),
                          score(gold, p, levels=LEVELS["match or suggestion"], strict=args.strict)))
        print(render_sweep(sweep))
    return 0


def _main_disputes(args: argparse.Namespace) -> int:
    sets = {"dev": ("mh17", "skripal-poisoning", "bucha-killings", "kabul-drone-strike", "nord-stream-sabotage"),
            "heldout": ("przewodow-missile", "abu-akleh-killing", "abqaiq-khurais-attack")}
    sets["all"] = sets["dev"] + sets["heldout"]
    slugs = sets.get(args.disputes, (args.disputes,))
    try:
        cases = disputes_case(slugs)
    except (UsageError, ClaimsError, OSError) as exc:
        print(f"eval_match: error: {exc}", file=sys.stderr)
        return 2
    gold: dict[int, GoldLink] = {}
    preds: list[Predicted] = []
    events: list[str] = []
    for store, entities, statements, links, texts in cases:
        gold.update(links)
        preds += run(statements, store, entities, match_at=args.match_at, suggest_at=args.suggest_at, texts=texts)
        events += [e.id for e in store.events]
    print(render(gold, preds, events, strict=args.strict, match_at=args.match_at, suggest_at=args.suggest_at))
    if args.verbose:
        print(render_verbose(gold, preds, strict=args.strict))
    return 0


if __name__ == "__main__":
    sys.exit(main())
