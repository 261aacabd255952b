"""Time `validate_store` on a generated store of 10,000 claims.

Generates, in a temporary folder, 200 source texts (~10 KB of wire-like copy each,
with curly quotes, dashes and hyphenated line breaks), 500 entities, 1,000 events and
10,000 claims whose quotes really occur in their sources (typed with straight quotes
and without the line breaks, as people type them), then validates the store and
prints the seconds taken. The generated store must validate clean; the script
exits 1 otherwise. Target: under 2 s.

    python3 scripts/bench_check.py [--claims 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from karabakh_claims.diagnostics import format_diagnostics  # noqa: E402
from karabakh_claims.validate import validate_store  # noqa: E402

WORDS = (
    "forces town ministry said statement talks ceasefire region officials shelling "
    "agreement troops border village district road capital spokesman reported "
    "civilians president minister defence foreign military positions control"
).split()
SLOTS = ("date", "number", "fact", "account")


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words[rng.randrange(n)] = "well-known"
    return " ".join(words).capitalize()


def _source_text(rng: random.Random, index: int) -> tuple[str, list[str]]:
    """A text, and quotes as a person would type them from it."""
    paragraphs, quotes = [], []
    for p in range(40):
        said = _sentence(rng, 14) + f" number {index}-{p}"
        typed = f'"{said}," the spokesman said — officials'
        written = f"“{said},” the spokesman said — officials"
        paragraphs.append(textwrap.fill(f"{_sentence(rng, 18)}. {written} {_sentence(rng, 10)}.", 78))
        quotes.append(typed)
    text = "\n\n".join(paragraphs)
    # Hyphenate some line ends, as PDF exports do; quotes must still be found.
    text = text.replace("well-known ", "well-\nknown ", 5)
    return text, quotes


def generate(folder: Path, n_claims: int, seed: int = 7) -> Path:
    """Write texts/ and claims.yaml into `folder`; returns the store's path."""
    rng = random.Random(seed)
    (folder / "texts").mkdir()
    lines = ["version: 1", "sources:"]
    quotes_by_source: list[list[str]] = []
    for s in range(200):
        text, quotes = _source_text(rng, s)
        (folder / "texts" / f"s{s:03d}.txt").write_text(text, encoding="utf-8")
        quotes_by_source.append(quotes)
        lines += [
            f"  - id: source-{s}",
            f"    file: texts/s{s:03d}.txt",
            "    outlet: Wire",
            f"    title: Report {s}",
            "    published: 2020-11-20",
        ]
    lines.append("entities:")
    for e in range(500):
        lines += [
            f"  - id: entity-{e}",
            f"    name: Person {e}",
            "    type: person",
            f"    aliases: [P{e}, Person Number {e}]",
            "    roles:",
            f"      - title: Minister {e}",
            "        from: 2018-05-08",
        ]
    lines.append("events:")
    for v in range(1000):
        lines += [f"  - id: event-{v}", f"    title: Event {v}", f"    slot: {SLOTS[v % 4]}", f"    entities: [entity-{v % 500}]"]
    lines.append("claims:")
    values = {"date": "2020-11-08", "number": "more than 4,000", "fact": "The town was captured", "account": "They said so."}
    for c in range(n_claims):
        s = rng.randrange(200)
        event = rng.randrange(1000)
        quote = rng.choice(quotes_by_source[s]).replace("'", "''")
        lines += [
            f"  - id: claim-{c}",
            f"    event: event-{event}",
            f"    speaker: entity-{rng.randrange(500)}",
            "    said_on: 2020-11-08/2020-11-09",
            f"    source: source-{s}",
            f"    quote: '{quote}'",
            f"    value: {values[SLOTS[event % 4]]}",
            "    polarity: assert",
        ]
    path = folder / "claims.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = generate(Path(tmp), args.claims)
        size = path.stat().st_size
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            diags = validate_store(path)
            timings.append(time.perf_counter() - started)
        if diags:
            print(format_diagnostics(diags[:10], "text"), file=sys.stderr)
            print(f"generated store is not clean: {len(diags)} diagnostics", file=sys.stderr)
            return 1
    print(f"validate_store: {args.claims} claims, {size / 1e6:.1f} MB store, 200 sources")
    print(f"best {min(timings):.3f} s, worst {max(timings):.3f} s over {args.repeat} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
