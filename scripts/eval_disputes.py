#!/usr/bin/env python3
"""Score conflict tables on articles nobody here curated: the disputes data set.

    python scripts/eval_disputes.py [--set dev|heldout|all] [--dispute SLUG ...]
                                    [--data ../shared/data/disputes] [--verbose] [--json]

`../shared/data/disputes/` holds real articles about eight disputes, a store per dispute
that knows the sources, entities and events but holds no claims, and a gold file with the
conflicts (positions, their sides and every statement that holds each) and agreements.
The whole chain runs as a user runs it (`pipeline.analyse` on the store: extraction,
linking, values, positions), and its conflict tables are compared with the gold:

- disputes found: gold conflicts for which the tool reports a conflict on that event with
  two positions of different sides holding claims of two different gold positions;
- position purity: share of the tool's positions (claims matched to the gold) whose
  matched claims all belong to one gold position of the event;
- stray claims: claims in the tool's tables that the gold puts under no position of that
  event (a statement that is about something else, or not a statement at all);
- wrong speakers: claims in the tables whose statement the gold attributes to someone else;
- unresolved: claims in the tables whose speaker the tool could not resolve (must be 0);
- false conflicts: conflicts the tool reports on events that are not gold conflicts
  (agreements, and events the texts do not dispute).

Event linking is scored too: over the gold statements the tool extracted, a link is right
when the gold puts that statement under a position of that event (precision), and a gold
position claim is found when its statement is linked to its event (recall).

A claim is matched to a gold statement in the same file when their character spans
overlap with Jaccard >= 0.5 (the gold content is located in the text in reading order).
The dev disputes develop the tool; the held-out ones are scored once, blind.
Exit status: 0 whatever the scores; 2 when the data is missing or a store cannot be read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "disputes"
DEV = ("mh17", "skripal-poisoning", "bucha-killings", "kabul-drone-strike", "nord-stream-sabotage")
HELDOUT = ("przewodow-missile", "abu-akleh-killing", "abqaiq-khurais-attack")
JACCARD_MIN = 0.5


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """One attributed statement of the gold, located in its text."""

    index: int
    file: str  # the file name (the gold and the store name the folder differently)
    speaker: str
    start: int
    end: int
    content: str
    polarity: str


@dataclass
class Gold:
    """What the gold says about one dispute."""

    statements: list[GoldStatement]
    # event -> gold position number -> (side, statement indexes)
    positions: dict[str, dict[int, tuple[str, set[int]]]]
    agreements: set[str]


@dataclass
class Score:
    """Counts for one dispute (or the total)."""

    conflicts: int = 0
    found: int = 0
    reported: int = 0
    false_conflicts: int = 0
    positions: int = 0
    pure: int = 0
    table_claims: int = 0
    stray: int = 0
    wrong_speaker: int = 0
    unresolved: int = 0
    matched_claims: int = 0
    link_pred: int = 0
    link_right: int = 0
    link_gold: int = 0
    link_found: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "notes":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int]:
        def rate(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        precision, recall = rate(self.link_right, self.link_pred), rate(self.link_found, self.link_gold)
        return {
            "disputes": self.conflicts,
            "found": self.found,
            "found_rate": rate(self.found, self.conflicts),
            "reported": self.reported,
            "false_conflicts": self.false_conflicts,
            "positions": self.positions,
            "purity": rate(self.pure, self.positions) if self.positions else 1.0,
            "table_claims": self.table_claims,
            "stray_claims": self.stray,
            "wrong_speakers": self.wrong_speaker,
            "unresolved_in_tables": self.unresolved,
            "link_precision": precision,
            "link_recall": recall,
        }


def _collapse(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace runs as one space, and each kept character's offset in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                offsets.append(i)
            space = True
            continue
        out.append(ch)
        offsets.append(i)
        space = False
    return "".join(out), offsets


def _locate(text: str, content: str, after: int) -> tuple[int, int] | None:
    """Character span of `content` in `text` (whitespace-insensitive), searching from `after`."""
    collapsed, offsets = _collapse(text)
    needle = " ".join(content.split())
    if not needle:
        return None
    start_at = next((n for n, off in enumerate(offsets) if off >= after), len(offsets))
    at = collapsed.find(needle, start_at)
    if at < 0:
        at = collapsed.find(needle)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(needle) - 1] + 1


def load_gold(data: Path, slug: str) -> Gold:
    """The gold of one dispute with every statement located in its text."""
    import yaml

    raw = yaml.safe_load((data / "gold" / f"{slug}.yaml").read_text(encoding="utf-8"))
    statements: list[GoldStatement] = []
    cursor: dict[str, int] = defaultdict(int)
    texts: dict[str, str] = {}
    for n, s in enumerate(raw["statements"]):
        path = data / s["file"]
        text = texts.setdefault(s["file"], path.read_text(encoding="utf-8"))
        span = _locate(text, s["content"], cursor[s["file"]])
        if span is None:
            raise SystemExit(f"eval_disputes: {slug}: gold content not found in {s['file']}: {s['content'][:60]!r}")
        cursor[s["file"]] = span[0]
        statements.append(GoldStatement(n, Path(s["file"]).name, s["speaker"], span[0], span[1], s["content"], s["polarity"]))
    by_key = {(s.file, s.speaker, " ".join(s.content.split())): s.index for s in statements}
    positions: dict[str, dict[int, tuple[str, set[int]]]] = {}
    for conflict in raw.get("conflicts", []):
        table: dict[int, tuple[str, set[int]]] = {}
        for number, position in enumerate(conflict["positions"]):
            members = set()
            for claim in position["claims"]:
                key = (Path(claim["file"]).name, claim["speaker"], " ".join(claim["content"].split()))
                members.add(by_key[key])
            table[number] = (position["side"], members)
        positions[conflict["event"]] = table
    agreements = {a["event"] for a in raw.get("agreements", [])}
    return Gold(statements, positions, agreements)


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match_statement(gold: Gold, file: str, span: tuple[int, int] | None) -> GoldStatement | None:
    """The gold statement of `file` whose span best overlaps `span` (Jaccard >= 0.5), or None."""
    if span is None:
        return None
    name = Path(file).name
    best, best_j = None, JACCARD_MIN
    for statement in gold.statements:
        if statement.file != name:
            continue
        j = _jaccard(span, (statement.start, statement.end))
        if j >= best_j:
            best, best_j = statement, j
    return best


def _same_speaker(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and " ".join(predicted.lower().split()) == " ".join(gold.lower().split())


def score_dispute(data: Path, slug: str, *, verbose: bool = False) -> Score:
    """Run the whole chain on one dispute's store and compare its tables with the gold."""
    from karabakh_claims.pipeline import analyse

    gold = load_gold(data, slug)
    analysis = analyse(data / "stores" / f"{slug}.yaml", [])
    score = Score(conflicts=len(gold.positions))
    stance: dict[tuple[str, int], set[int]] = defaultdict(set)  # (event, statement) -> gold positions
    for event, table in gold.positions.items():
        for number, (_, members) in table.items():
            for index in members:
                stance[(event, index)].add(number)

    for conflict in analysis.conflicts:
        score.reported += 1
        if conflict.event not in gold.positions:
            score.false_conflicts += 1
            score.notes.append(f"false conflict: {conflict.event}")
            continue
        held: list[tuple[str, int]] = []  # (gold side, gold position) of every matched claim
        for n, position in enumerate(conflict.positions, 1):
            stances: list[set[int]] = []
            for assertion in position.assertions:
                score.table_claims += 1
                if not assertion.attributed:
                    score.unresolved += 1
                span = (assertion.span.start, assertion.span.end) if assertion.span else None
                found = match_statement(gold, assertion.file, span)
                if found is None:
                    score.stray += 1
                    score.notes.append(f"{conflict.event} #{n}: stray claim {assertion.content[:70]!r}")
                    continue
                if not _same_speaker(assertion.speaker, found.speaker):
                    score.wrong_speaker += 1
                    score.notes.append(f"{conflict.event} #{n}: speaker {assertion.speaker!r}, gold {found.speaker!r}: {found.content[:50]!r}")
                mine = stance.get((conflict.event, found.index), set())
                if not mine:
                    score.stray += 1
                    score.notes.append(f"{conflict.event} #{n}: claim in no gold position of the event {found.content[:60]!r}")
                    continue
                score.matched_claims += 1
                stances.append(mine)
                held.extend((gold.positions[conflict.event][m][0], m) for m in mine)
            if stances:
                score.positions += 1
                # Pure: one gold position holds every claim (a statement the gold lists
                # under two positions may share either).
                if set.intersection(*stances):
                    score.pure += 1
                else:
                    score.notes.append(f"{conflict.event} #{n}: impure position, gold positions {[sorted(s) for s in stances]}")
        pairs = {(side, m) for side, m in held}
        if any(a[0] != b[0] and a[1] != b[1] for a in pairs for b in pairs):
            score.found += 1
    for event in gold.positions:
        if not any(c.event == event for c in analysis.conflicts):
            score.notes.append(f"missed: {event}")

    # Linking, over the gold statements the tool extracted.
    links = defaultdict(set)
    for link in analysis.links:
        if link.level == "match":
            links[link.statement_id].add(link.event)
    extracted = {}
    for statement in analysis.statements:
        found = match_statement(gold, statement.file, (statement.span.start, statement.span.end))
        if found is not None:
            extracted.setdefault(found.index, statement)
    for index, statement in extracted.items():
        for event in links.get(statement.id, ()):
            score.link_pred += 1
            if index in gold.positions.get(event, {}) or (event, index) in stance:
                score.link_right += 1
            elif verbose:
                score.notes.append(f"link: {gold.statements[index].content[:60]!r} -> {event} (gold: {sorted(e for e, i in stance if i == index)})")
    for (event, index) in stance:
        score.link_gold += 1
        statement = extracted.get(index)
        if statement is not None and event in links.get(statement.id, ()):
            score.link_found += 1
        elif verbose:
            why = "not extracted" if statement is None else f"linked to {sorted(links.get(statement.id, ())) or 'nothing'}"
            score.notes.append(f"unlinked ({why}): {event}: {gold.statements[index].content[:60]!r}")
    return score


def _without_events(data: Path, slug: str, folder: Path) -> Path:
    """A copy of the dispute's store with no events (sources point at the texts where they are)."""
    import yaml

    store = yaml.safe_load((data / "stores" / f"{slug}.yaml").read_text(encoding="utf-8"))
    store["events"] = []
    for source in store.get("sources", []):
        source["file"] = str((data / "stores" / source["file"]).resolve())
    path = folder / f"{slug}.yaml"
    path.write_text(yaml.safe_dump(store, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def score_discovery(data: Path, slug: str, folder: Path) -> Score:
    """The store without its events: do the disputes found in the statements (conflicts
    --discover) hold the gold conflicts, and are their positions pure?

    found: gold conflicts some discovered conflict holds two sides of (claims of two gold
    positions of that event, of different sides, on different positions); false: discovered
    conflicts that hold no gold conflict so; purity and wrong speakers as for curated events.
    """
    from karabakh_claims.pipeline import analyse

    gold = load_gold(data, slug)
    analysis = analyse(_without_events(data, slug, folder), [])
    score = Score(conflicts=len(gold.positions))
    stance: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for event, table in gold.positions.items():
        for number, (_, members) in table.items():
            for index in members:
                stance[index].add((event, number))
    found: set[str] = set()
    for conflict in analysis.discovered:
        score.reported += 1
        held: list[tuple[int, str, int, str]] = []  # (tool position, event, gold position, side)
        for n, position in enumerate(conflict.positions):
            stances = []
            for assertion in position.assertions:
                score.table_claims += 1
                span = (assertion.span.start, assertion.span.end) if assertion.span else None
                match = match_statement(gold, assertion.file, span)
                if match is None or not stance.get(match.index):
                    score.stray += 1
                    continue
                if not _same_speaker(assertion.speaker, match.speaker):
                    score.wrong_speaker += 1
                stances.append(stance[match.index])
                held.extend((n, e, m, gold.positions[e][m][0]) for e, m in stance[match.index])
            if stances:
                score.positions += 1
                score.pure += bool(set.intersection(*stances))
        holds = {e for a in held for b in held if a[0] != b[0] and a[1] == b[1] and a[2] != b[2] and a[3] != b[3] for e in (a[1],)}
        if not holds:
            score.false_conflicts += 1
            score.notes.append(f"discovered {conflict.event} ({conflict.title}) holds no gold conflict")
        found |= holds
    score.found = len(found)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--dispute", nargs="*", help="score only these disputes (slugs)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="list misses, strays, wrong speakers, false conflicts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--discover", action="store_true", help="the stores without their events: score conflicts --discover")
    args = parser.parse_args(argv)
    if not (args.data / "gold").is_dir():
        print(f"eval_disputes: no disputes data at {args.data}", file=sys.stderr)
        return 2
    slugs = args.dispute or {"dev": DEV, "heldout": HELDOUT, "all": DEV + HELDOUT}[args.set]
    total = Score()
    table: dict[str, dict] = {}
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="eval-disputes-"))
    for slug in slugs:
        score = score_discovery(args.data, slug, folder) if args.discover else score_dispute(args.data, slug, verbose=args.verbose)
        total.add(score)
        table[slug] = score.figures()
        if args.verbose and not args.json:
            print(f"== {slug}")
            for note in score.notes:
                print("  " + note)
    table["total"] = total.figures()
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    columns = ("found", "disputes", "reported", "purity", "stray_claims", "wrong_speakers", "unresolved_in_tables", "false_conflicts", "link_precision", "link_recall")
    print(f"{'dispute':24}" + "".join(f"{c[:14]:>15}" for c in columns))
    for slug, figures in table.items():
        print(f"{slug:24}" + "".join(f"{figures[c]:>15}" for c in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
