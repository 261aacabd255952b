"""init, add, review, accept, reject and --reviewed through typer's CliRunner: exit codes,
stdout for data and diffs, one line on stderr for each error, the store untouched on failure."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tour
from karabakh_claims.cli import app

WIRE = "articles/northern-wire-tarrow-fire.txt"
RADIO = "articles/tarrow-radio-company-stands-by.txt"
WIRE_META = ("--outlet", "Northern Wire", "--published", "2024-03-12")
RADIO_META = ("--outlet", "Tarrow Radio", "--published", "2024-03-15")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tour.build(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == code, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("karabakh-claims: ") and "Traceback" not in stderr
    return lines[0]


def test_init_then_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("init", "topic")
    assert "topic/claims.yaml" in result.stderr and result.stdout == ""
    assert "ok" in run("check", "topic/claims.yaml").stderr


def test_init_refuses_an_existing_store(folder: Path) -> None:
    before = (folder / "claims.yaml").read_bytes()
    result = run("init", code=1)
    assert "already exists" in one_error_line(result.stderr)
    assert (folder / "claims.yaml").read_bytes() == before


def test_add_writes_and_says_what_it_added(folder: Path) -> None:
    result = run("add", WIRE, *WIRE_META)
    assert result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert first.startswith("karabakh-claims: added 1 source(s) (northern-wire-tarrow-fire)") and "proposed claim(s)" in first
    assert "link to no event" in result.stderr
    assert "    status: proposed\n" in (folder / "claims.yaml").read_text(encoding="utf-8")
    check = run("check")
    assert "notice(s)" in check.stderr
    assert all(" notice [proposed] " in line for line in check.stdout.splitlines())


def test_add_dry_run_prints_a_diff_and_changes_nothing(folder: Path) -> None:
    before = (folder / "claims.yaml").read_bytes()
    result = run("add", WIRE, *WIRE_META, "--dry-run")
    lines = result.stdout.splitlines()
    assert lines[:2] == ["--- claims.yaml", "+++ claims.yaml"]
    changed = [line for line in lines[2:] if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))]
    assert changed and all(line.startswith("+") for line in changed)
    assert "would add" in result.stderr
    assert (folder / "claims.yaml").read_bytes() == before


def test_add_twice_adds_nothing_the_second_time(folder: Path) -> None:
    run("add", WIRE, *WIRE_META)
    written = (folder / "claims.yaml").read_bytes()
    result = run("add", WIRE, *WIRE_META)
    assert "nothing to add" in result.stderr.splitlines()[0]
    assert (folder / "claims.yaml").read_bytes() == written


def test_add_refuses_a_store_changed_during_the_run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import karabakh_claims.grow as grow

    real = grow.append_entries

    def and_someone_edits(snapshot, additions):
        text = real(snapshot, additions)
        with (folder / "claims.yaml").open("a", encoding="utf-8") as handle:
            handle.write("# an edit made while add ran\n")
        return text

    monkeypatch.setattr(grow, "append_entries", and_someone_edits)
    result = run("add", WIRE, *WIRE_META, code=1)
    assert "changed on disk" in one_error_line(result.stderr)
    text = (folder / "claims.yaml").read_text(encoding="utf-8")
    assert text.endswith("# an edit made while add ran\n") and "northern-wire-tarrow-fire" not in text


@pytest.mark.parametrize(
    "args, code, fragment",
    [
        (("add", "articles/none.txt", *WIRE_META), 1, "no such file"),
        (("add", WIRE), 2, "no publication date"),
        (("add", WIRE, "--published", "2024-03-12"), 2, "no outlet"),
        (("add", WIRE, *WIRE_META, "--event", "nope"), 2, "unknown event 'nope'"),
        (("add", WIRE, *WIRE_META, "--store", "nowhere.yaml"), 1, "nowhere.yaml: no such file"),
        (("add", "claims.yaml", *WIRE_META), 1, "is the store, not an article"),
        (("add", "articles/../claims.yaml", *WIRE_META), 1, "is the store, not an article"),
    ],
)
def test_add_bad_input_is_one_line_and_leaves_the_store(folder: Path, args: tuple[str, ...], code: int, fragment: str) -> None:
    before = (folder / "claims.yaml").read_bytes()
    result = run(*args, code=code)
    assert fragment in one_error_line(result.stderr)
    assert result.stdout == ""
    assert (folder / "claims.yaml").read_bytes() == before


def test_add_refuses_a_store_that_does_not_parse(folder: Path) -> None:
    (folder / "claims.yaml").write_text("claims: [\n", encoding="utf-8")
    result = run("add", WIRE, *WIRE_META, code=1)
    assert "not valid YAML" in one_error_line(result.stderr)
    assert (folder / "claims.yaml").read_text(encoding="utf-8") == "claims: [\n"


def test_add_without_a_local_store_never_writes_the_bundled_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("add", "x.txt", code=1)
    assert "run `karabakh-claims init`" in one_error_line(result.stderr)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "md", "table"])
def test_review_in_every_format(folder: Path, fmt: str) -> None:
    run("add", RADIO, *RADIO_META)
    out = run("review", "--format", fmt).stdout
    if fmt == "json":
        rows = json.loads(out)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
    else:
        assert "to review" in out
        return
    assert rows[0]["kind"] == "entity" and rows[0]["id"] == "martin-greave"
    assert {r["kind"] for r in rows[1:]} == {"claim"} and all(r["status"] == "proposed" for r in rows)


def test_accept_and_reject_then_review_and_reviewed_views(folder: Path) -> None:
    run("add", RADIO, *RADIO_META)
    rows = json.loads(run("review", "--format", "json").stdout)
    claims = [r["id"] for r in rows if r["kind"] == "claim"]
    accepted = run("accept", "martin-greave", claims[0])
    assert accepted.stderr.splitlines() == [
        "karabakh-claims: entity martin-greave: proposed -> accepted",
        f"karabakh-claims: claim {claims[0]}: proposed -> accepted",
    ]
    run("reject", *claims[1:])
    assert json.loads(run("review", "--format", "json").stdout) == []
    every = json.loads(run("review", "--all", "--format", "json").stdout)
    assert sorted(r["status"] for r in every) == sorted(["accepted", "accepted", *["rejected"] * len(claims[1:])])
    # Rejected claims take no part; accepted ones count as reviewed.
    reviewed = json.loads(run("claims", "--reviewed", "--format", "json").stdout)
    assert [r["claim_id"] for r in reviewed] == [claims[0]] and reviewed[0]["status"] == "accepted"
    assert run("check").stderr.strip().endswith("ok")


def test_accept_unknown_or_hand_written_ids_is_a_usage_error(folder: Path) -> None:
    run("add", RADIO, *RADIO_META)
    before = (folder / "claims.yaml").read_bytes()
    assert "did you mean" in one_error_line(run("accept", "martin-greav", code=2).stderr)
    assert "written by a person" in one_error_line(run("reject", "rhian-doyle", code=2).stderr)
    assert (folder / "claims.yaml").read_bytes() == before


def test_proposed_claims_are_marked_and_reviewed_hides_them(folder: Path) -> None:
    run("add", WIRE, *WIRE_META)
    conflicts = json.loads(run("conflicts", "--format", "json").stdout)
    statuses = {c.get("status") for conflict in conflicts for p in conflict["positions"] for c in p["claims"] if c["origin"] == "curated"}
    assert statuses == {"proposed"}
    table = run("conflicts", "evacuation-count", "--format", "md").stdout
    assert "(proposed)" in table
    assert json.loads(run("conflicts", "--reviewed", "--format", "json").stdout) == []
    assert "| curated, proposed |" in run("claims", "--event", "fire-cause", "--format", "md").stdout
    assert "(proposed) |" in run("timeline", "fire-cause", "--format", "md").stdout
    assert "(proposed)" not in run("review", "--format", "md").stdout
    timeline = json.loads(run("timeline", "evacuation-count", "--format", "json").stdout)
    assert timeline and all(row.get("status") == "proposed" for row in timeline if row["origin"] == "curated")
    assert json.loads(run("timeline", "evacuation-count", "--reviewed", "--format", "json").stdout) == []


def test_reviewed_reads_no_texts(folder: Path) -> None:
    result = run("claims", WIRE, "--reviewed", "--format", "json", code=2)
    assert "--reviewed" in one_error_line(result.stderr)
