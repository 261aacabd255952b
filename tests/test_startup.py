"""Start-up: `--help` and `--version` import only the command line, not the modules that do the work.

Not a timing test (CI machines are busy): what is checked is what start-up imports, in a fresh
interpreter. `python scripts/bench.py --only help` measures the time (target: under 150 ms).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Each costs tens of milliseconds to import; none is needed to print help.
HEAVY = ("rich", "yaml", "rapidfuzz", "trafilatura", "lxml", "pydantic")


def _imported_by(args: list[str]) -> tuple[list[str], list[str]]:
    """(heavy modules, karabakh_claims modules) imported by `karabakh-claims ARGS` in a fresh interpreter."""
    script = (
        "import json, sys\n"
        "from karabakh_claims.cli import main\n"
        f"sys.argv = ['karabakh-claims', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "ours = sorted(m for m in sys.modules if m.startswith('karabakh_claims'))\n"
        "sys.stderr.write(json.dumps([heavy, ours]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Usage" in done.stdout or "karabakh-claims" in done.stdout, done.stdout
    heavy, ours = json.loads(done.stderr.strip().splitlines()[-1])
    return heavy, ours


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["-h"]])
def test_help_imports_nothing_heavy_and_no_stage_of_the_work(args: list[str]) -> None:
    heavy, ours = _imported_by(args)
    assert heavy == []
    assert ours == ["karabakh_claims", "karabakh_claims.cli", "karabakh_claims.errors"]


@pytest.mark.parametrize("args", [["extract", "--help"], ["conflicts", "--help"], ["check", "--help"]])
def test_a_commands_help_imports_no_stage_of_the_work(args: list[str]) -> None:
    heavy, ours = _imported_by(args)
    assert heavy == []
    assert ours == ["karabakh_claims", "karabakh_claims.cli", "karabakh_claims.errors"]

