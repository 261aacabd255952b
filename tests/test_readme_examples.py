"""The README's examples print what the README shows.

Every fenced block that holds one command, `$ karabakh-claims ... --format md`, and nothing
else is run from the repository root (the tour of a new topic, which runs in a folder of its
own, has tests/test_tour.py); the Markdown it prints must stand right after the block. A
command with a `#` comment ("first rows") shows only part of its output and is not checked.

`python tests/test_readme_examples.py --update-readme` puts what the commands print now in
the README after a deliberate change (review the diff).
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_claims.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"```\n\$ (karabakh-claims [^\n#]*--format md[^\n#]*)\n```\n", re.MULTILINE)
_TOUR = "## A store for a new topic"


def examples(readme: str) -> list[tuple[str, int]]:
    """(command, offset just after its block) of every example outside the tour."""
    tour_start = readme.index(_TOUR)
    tour_end = readme.index("\n## ", tour_start + 1)
    return [(m.group(1), m.end()) for m in _BLOCK.finditer(readme) if not tour_start <= m.start() < tour_end]


def run(command: str) -> str:
    result = CliRunner().invoke(app, shlex.split(command)[1:], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code == 0, (command, result.stdout, result.stderr)
    return result.stdout.strip("\n")


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("command", [c for c, _ in examples(README.read_text(encoding="utf-8"))])
def test_the_readme_shows_what_the_example_prints(command: str) -> None:
    readme = README.read_text(encoding="utf-8")
    after = next(offset for c, offset in examples(readme) if c == command)
    printed = run(command)
    assert readme[after:].lstrip("\n").startswith(printed), f"README shows after `{command}` something else than:\n{printed}"


def update_readme() -> int:
    """Replace each example's output with what it prints now: the old one runs from the block
    to its last table row or "Why:" line before the next prose paragraph."""
    readme = README.read_text(encoding="utf-8")
    changed = 0
    for command, offset in reversed(examples(readme)):
        printed = run(command)
        rest = readme[offset:]
        lines = rest.split("\n")
        end = 0
        for n, line in enumerate(lines):
            # A title ("### 7 statements") opens the output, and a heading over a table (one
            # conflict table of several) is in it; any other heading is the README's.
            following = next((x for x in lines[n + 1 :] if x.strip()), "")
            title = line.startswith(("#", "**")) and (not any(x.strip() for x in lines[:n]) or following.startswith("|"))
            if title or line.startswith(("|", "Why: ")) or not line.strip():
                end = n + 1 if line.strip() else end
                continue
            break
        old = "\n".join(lines[:end])
        if old.strip("\n") != printed:
            readme = readme[:offset] + "\n" + printed + "\n\n" + readme[offset + len(old):].lstrip("\n")
            changed += 1
    README.write_text(readme, encoding="utf-8")
    return changed


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    if "--update-readme" in sys.argv:
        print(f"{update_readme()} example(s) updated in README.md")
