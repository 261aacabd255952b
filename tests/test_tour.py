"""The README's tour of a new topic, run as written: every `$ karabakh-claims ...` line of the
section "A store for a new topic" is run in order, in a temporary folder, and what the README
shows after it must be what the command prints (the diff of `--dry-run` may be cut short).
A command whose output the README shows as a Markdown table after its code block must print
that table.

`python tests/test_tour.py` prints the outputs; `--update-readme` puts them in the README after a
deliberate change (review the diff).
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tour  # noqa: E402
from karabakh_claims.cli import app  # noqa: E402

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = "## A store for a new topic"


def _blocks(section: str) -> list[tuple[str, list[str], str]]:
    """(language, lines, text up to the next block) of each fenced code block."""
    lines = section.splitlines(keepends=True)
    fences = [n for n, line in enumerate(lines) if line.startswith("```")]
    pairs = list(zip(fences[::2], fences[1::2]))
    out = []
    for i, (start, end) in enumerate(pairs):
        following = lines[end + 1 : pairs[i + 1][0] if i + 1 < len(pairs) else len(lines)]
        body = [line.rstrip("\n") for line in lines[start + 1 : end]]
        out.append((lines[start][3:].strip(), body, "".join(following)))
    return out


def tour_steps(readme: str) -> list[tuple[str, str, str]]:
    """(command, output shown in the code block, text after the block) for each command line."""
    section = readme[readme.index(SECTION):]
    section = section[: section.index("\n## ", 1)]
    steps = []
    for language, lines, after in _blocks(section):
        if language:
            continue
        for i, line in enumerate(lines):
            if not line.startswith("$ karabakh-claims "):
                continue
            output = []
            for other in lines[i + 1 :]:
                if other.startswith("$ "):
                    break
                output.append(other)
            steps.append((line[2:], "\n".join(output), after if i == len(lines) - 1 else ""))
    return steps


def run_tour(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str, str, str]]:
    """Run the README's commands in `folder`: (command, shown, after, stdout, stderr) each."""
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    results = []
    for command, shown, after in tour_steps(README.read_text(encoding="utf-8")):
        args = shlex.split(command)[1:]
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        assert result.exit_code == 0, (command, result.stdout, result.stderr)
        results.append((command, shown, after, result.stdout, result.stderr))
        if args[0] == "init":
            # What the reader does next: copy the articles, write the entities and events, cd.
            topic = folder / args[1]
            shutil.copytree(tour.TOUR / "articles", topic / "articles")
            store = topic / "claims.yaml"
            store.write_text(tour.hand_written(store.read_text(encoding="utf-8")), encoding="utf-8")
            monkeypatch.chdir(topic)
    return results


def test_the_tour_shows_what_the_commands_print(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = run_tour(tmp_path, monkeypatch)
    commands = [command.split()[1] for command, *_ in results]
    assert {"init", "add", "review", "accept", "reject", "check", "conflicts"} <= set(commands)
    for command, shown, after, stdout, stderr in results:
        printed = (stdout + stderr).rstrip("\n")
        if shown:
            assert shown == printed or ("--dry-run" in command and stdout.startswith(shown + "\n")), (
                f"README shows for `{command}`:\n{shown}\n\nit prints:\n{printed}"
            )
        else:
            assert stdout.strip() and stdout.strip() in after, f"`{command}` prints:\n{stdout}"


def test_the_tour_ends_with_a_conflict_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = run_tour(tmp_path, monkeypatch)
    command, *_, stdout, _ = results[-1]
    assert command.startswith("karabakh-claims conflicts") and stdout.count("Why: ") == 2


def _end_of_table(lines: list[str]) -> int:
    """The index just past the first Markdown table in `lines`."""
    start = next(n for n, line in enumerate(lines) if line.startswith("|"))
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return end


def update_readme(results: list[tuple[str, str, str, str, str]]) -> int:
    """Put what the commands print now in place of what the README shows (after a deliberate
    change; review the diff). A cut-short --dry-run diff keeps its length. Returns the count."""
    text = README.read_text(encoding="utf-8")
    changed = 0
    for command, shown, after, stdout, stderr in results:
        printed = (stdout + stderr).rstrip("\n")
        if not shown and after and stdout.strip() not in after and "Why: " in after:
            # A table rendered after the block: it runs up to its last "Why:" line.
            lines = after.strip("\n").splitlines()
            last = max(n for n, line in enumerate(lines) if line.startswith("Why: "))
            old = "\n".join(lines[: last + 1])
            assert text.count(old) == 1, command
            text = text.replace(old, stdout.strip("\n"))
            changed += 1
            continue
        if not shown and after and stdout.strip() not in after and after.lstrip().startswith("### "):
            # A review table rendered after the block: its heading and its rows.
            lines = after.strip("\n").splitlines()
            last = _end_of_table(lines) - 1
            old = "\n".join(lines[: last + 1])
            assert text.count(old) == 1, command
            text = text.replace(old, stdout.strip("\n"))
            changed += 1
            continue
        if not shown or shown == printed or ("--dry-run" in command and stdout.startswith(shown + "\n")):
            continue
        if "--dry-run" in command:
            printed = "\n".join(stdout.splitlines()[: len(shown.splitlines())])
        block = f"$ {command}\n{shown}\n"
        assert text.count(block) == 1, command
        text = text.replace(block, f"$ {command}\n{printed}\n")
        changed += 1
    README.write_text(text, encoding="utf-8")
    return changed


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        outcome = run_tour(Path(tmp), patch)
    if "--update-readme" in sys.argv:
        print(f"{update_readme(outcome)} output(s) updated in README.md")
    else:
        for command, _, _, stdout, stderr in outcome:
            print(f"$ {command}\n{stdout}{stderr}")
