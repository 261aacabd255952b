"""The command line, through typer's CliRunner: exit codes, stdout for data, stderr for diagnostics.

click >= 8.2 keeps `result.stdout` and `result.stderr` apart by default (`mix_stderr` is gone),
so data is parsed from `result.stdout` and diagnostics read from `result.stderr`.
Every test runs in the repository, where `claims.yaml` and `seeds/` are the bundled corpus.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_claims.cli import app

REPO = Path(__file__).resolve().parent.parent
DATA = Path("tests") / "data" / "cli"
INVALID = Path("tests") / "data" / "stores" / "invalid" / "many-problems.yaml"
CONTRACT_FIELDS = ("id", "speaker", "speaker_text", "cue", "content", "kind", "said_on", "via", "polarity", "source")
ANSI = re.compile(r"\x1b\[")
COMMANDS = ("extract", "check", "schema", "claims", "events", "conflicts", "timeline", "match", "init", "add", "review", "accept", "reject")


# The commands over events render one analysis of the bundled corpus many ways: it is computed
# once (see conftest.shared_bundled_analysis); what is tested here is the rendering and the exit codes.
pytestmark = pytest.mark.usefixtures("shared_bundled_analysis")


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None, code: int = 0):
    result = CliRunner().invoke(app, list(args), input=input, env=env, catch_exceptions=False)
    assert result.exit_code == code, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


def one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("karabakh-claims: "), stderr
    return lines[0]


# --- extract -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled_jsonl() -> list[dict]:
    import os

    before = os.getcwd()
    os.chdir(REPO)
    try:
        result = CliRunner().invoke(app, ["extract", "--format", "jsonl"], catch_exceptions=False)
    finally:
        os.chdir(before)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_jsonl_on_the_bundled_corpus_follows_the_contract(bundled_jsonl: list[dict]) -> None:
    assert len(bundled_jsonl) > 50
    texts: dict[str, str] = {}
    for row in bundled_jsonl:
        for field in CONTRACT_FIELDS:
            assert field in row, (field, row)
        assert row["kind"] in ("direct", "indirect", "mixed")
        assert row["polarity"] in ("assert", "deny")
        assert row["said_on"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?", row["said_on"]), row
        source = row["source"]
        text = texts.setdefault(source["file"], (REPO / source["file"]).read_text(encoding="utf-8"))
        passage = " ".join(text[source["start"] : source["end"]].split())
        content = " ".join(row["content"].split())
        assert content in passage or content.replace("-", "") in passage.replace("- ", "").replace("-", ""), row


def test_extract_ids_are_unique_and_stable(bundled_jsonl: list[dict]) -> None:
    ids = [row["id"] for row in bundled_jsonl]
    assert len(set(ids)) == len(ids)
    again = [json.loads(line)["id"] for line in run("extract", "--format", "jsonl").stdout.splitlines()]
    assert again == ids


def test_extract_json_is_the_same_records_as_jsonl(bundled_jsonl: list[dict]) -> None:
    result = run("extract", "--format", "json")
    assert json.loads(result.stdout) == bundled_jsonl


def test_extract_csv(bundled_jsonl: list[dict]) -> None:
    result = run("extract", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(bundled_jsonl)
    assert {"id", "speaker", "content", "said_on", "polarity"} <= set(rows[0])
    assert [r["id"] for r in rows] == [r["id"] for r in bundled_jsonl]


def test_extract_markdown(bundled_jsonl: list[dict]) -> None:
    lines = run("extract", "--format", "md").stdout.splitlines()
    assert lines[0] == f"### {len(bundled_jsonl)} statements"
    assert lines[2].startswith("| speaker |")
    assert sum(1 for line in lines if line.startswith("| ")) == len(bundled_jsonl) + 1


def test_extract_unknown_format_is_a_usage_error() -> None:
    result = run("extract", "--format", "yaml", code=2)
    assert "--format" in one_error_line(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args, names",
    [
        (["conflicts", "--bogus"], ["--bogus", "karabakh-claims conflicts --help"]),
        (["timeline"], ["'event'", "karabakh-claims timeline --help"]),
        (["match"], ["'text'"]),
        (["no-such-command"], ["'no-such-command'", "karabakh-claims --help"]),
        (["match", "x", "--limit", "0"], ["--limit"]),
        (["extract", "--speaker"], ["--speaker"]),
    ],
)
def test_usage_errors_are_one_plain_line_with_exit_2(args: list[str], names: list[str]) -> None:
    result = run(*args, code=2)
    line = one_error_line(result.stderr)
    assert "╭" not in result.stderr and "Usage:" not in result.stderr
    for name in names:
        assert name in line
    assert result.stdout == ""


def test_version_prints_the_package_version() -> None:
    from karabakh_claims import __version__

    for flag in ("--version", "-V"):
        assert run(flag).stdout == f"karabakh-claims {__version__}\n"


@pytest.mark.parametrize("speaker, canonical", [("Putin", "Vladimir Putin"), ("aliyev", "Ilham Aliyev")])
def test_extract_speaker_filter(speaker: str, canonical: str, bundled_jsonl: list[dict]) -> None:
    rows = json.loads(run("extract", "--speaker", speaker, "--format", "json").stdout)
    assert rows
    assert {r["speaker"] for r in rows} == {canonical}
    assert len(rows) == sum(1 for r in bundled_jsonl if speaker.lower() in ((r["speaker"] or "") + " " + r["speaker_text"]).lower())


def test_extract_since_until(bundled_jsonl: list[dict]) -> None:
    rows = json.loads(run("extract", "--since", "2020-11-09", "--until", "2020-11-10", "--format", "json").stdout)
    assert rows
    for row in rows:
        start, _, end = row["said_on"].partition("/")
        assert (end or start) >= "2020-11-09" and start <= "2020-11-10", row
    assert len(rows) < len(bundled_jsonl)


@pytest.mark.parametrize("option, value", [("--since", "2020-13-01"), ("--until", "yesterday"), ("--since", "08/11/2020")])
def test_extract_bad_date_is_a_usage_error(option: str, value: str) -> None:
    result = run("extract", option, value, "--format", "json", code=2)
    line = one_error_line(result.stderr)
    assert option in line and value in line
    assert result.stdout == ""


def test_extract_from_stdin() -> None:
    text = (
        "Greenfield council leader Mary Jones said on Monday that the café would reopen in March.\n\n"
        '"We owe our residents a place to meet," Jones said.\n'
    )
    rows = [json.loads(line) for line in run("extract", "-", "--format", "jsonl", input=text).stdout.splitlines()]
    assert [(r["speaker"], r["content"], r["source"]["file"]) for r in rows] == [
        ("Mary Jones", "the café would reopen in March", "<stdin>"),
        ("Mary Jones", "We owe our residents a place to meet", "<stdin>"),
    ]
    for row in rows:
        assert row["content"] in text[row["source"]["start"] : row["source"]["end"]]


def test_extract_empty_file_is_an_empty_result() -> None:
    result = run("extract", str(DATA / "empty.txt"), "--format", "json")
    assert json.loads(result.stdout) == []
    assert result.stderr == ""
    assert run("extract", str(DATA / "empty.txt"), "--format", "jsonl").stdout == ""
    assert run("extract", "-", "--format", "json", input="").stdout.strip() == "[]"


def test_extract_missing_path_fails_with_one_line() -> None:
    result = run("extract", "no/such/article.txt", "--format", "json", code=1)
    assert "no/such/article.txt" in one_error_line(result.stderr)
    assert result.stdout == ""


def test_extract_binary_file_named_by_the_user_is_an_error() -> None:
    result = run("extract", str(DATA / "binary.txt"), str(DATA / "folder"), "--format", "json", code=1)
    assert one_error_line(result.stderr) == f"karabakh-claims: {DATA / 'binary.txt'}: is an image, not text"
    assert result.stdout == ""


def test_extract_binary_file_in_a_folder_warns_and_goes_on() -> None:
    result = run("extract", str(DATA), "--format", "json")
    assert f"warning: {DATA / 'binary.txt'}: an image, not text: skipped" in result.stderr
    assert f"warning: {DATA / 'folder' / 'figures.csv'}: unknown extension '.csv': skipped" in result.stderr
    assert "Traceback" not in result.stderr
    files = {row["source"]["file"] for row in json.loads(result.stdout)}
    assert str(DATA / "binary.txt") not in files
    assert {str(DATA / "folder" / "one.txt"), str(DATA / "folder" / "nested" / "two.md")} <= files


def test_extract_cp1252_file_warns_and_decodes() -> None:
    result = run("extract", str(DATA / "cp1252.txt"), "--format", "json")
    assert "Windows-1252" in result.stderr
    contents = [row["content"] for row in json.loads(result.stdout)]
    assert "the café in the town hall would reopen in March" in contents


def test_extract_html_reads_the_visible_text() -> None:
    rows = json.loads(run("extract", str(DATA / "article.html"), "--format", "json").stdout)
    assert [r["content"] for r in rows] == ["the café in the town hall would reopen in March", "We owe our residents a place to meet"]
    assert not any("Tracking" in r["content"] or "editor" in r["content"] for r in rows)


def test_extract_folder_is_recursive() -> None:
    rows = json.loads(run("extract", str(DATA / "folder"), "--format", "json").stdout)
    assert {r["source"]["file"] for r in rows} == {str(DATA / "folder" / "one.txt"), str(DATA / "folder" / "nested" / "two.md")}


def test_extract_files_of_the_store_get_its_dates() -> None:
    rows = json.loads(run("extract", "seeds/000_7c03f01b3839a521.txt", "--format", "json").stdout)

    def nested(row: dict) -> bool:  # a third party reported inside another statement's quotation
        return any(o is not row and o["source"]["start"] <= row["source"]["start"] and row["source"]["end"] <= o["source"]["end"] for o in rows)

    outer = [r for r in rows if not nested(r)]
    assert outer and all(r["said_on"] is not None for r in outer)
    assert all(r["said_on"] is None for r in rows if nested(r))  # no date of their own in the text


# --- check ---------------------------------------------------------------------------------------

def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_the_shipped_store_is_clean() -> None:
    before = _digest(REPO / "claims.yaml")
    result = run("check")
    assert result.stdout == ""
    assert "ok" in result.stderr
    assert _digest(REPO / "claims.yaml") == before


def test_check_reports_every_problem_with_exit_1() -> None:
    before = _digest(REPO / INVALID)
    result = run("check", str(INVALID), code=1)
    expected = (REPO / INVALID.with_suffix(".expected")).read_text(encoding="utf-8").split("\n")
    found = result.stdout.splitlines()
    assert len(found) == len([line for line in expected if line.strip()])
    for line in found:
        assert re.match(r"^\S+:\d+:\d+: (error|warning) \[[a-z-]+\] ", line), line
    assert "error(s)" in result.stderr
    assert _digest(REPO / INVALID) == before


def test_check_missing_store_is_exit_2() -> None:
    result = run("check", "no/such/claims.yaml", code=2)
    assert "no/such/claims.yaml" in one_error_line(result.stderr)
    assert result.stdout == ""


def test_check_format_github() -> None:
    result = run("check", str(INVALID), "--format", "github", code=1)
    lines = result.stdout.splitlines()
    assert lines and all(re.match(r"^::(error|warning) file=[^,]+,line=\d+,col=\d+", line) for line in lines), lines


def test_check_github_actions_selects_github() -> None:
    result = run("check", str(INVALID), env={"GITHUB_ACTIONS": "true"}, code=1)
    assert result.stdout.startswith("::error ")
    assert result.stdout == run("check", str(INVALID), "--format", "github", code=1).stdout


def test_check_format_json() -> None:
    result = run("check", str(INVALID), "--format", "json", code=1)
    found = json.loads(result.stdout)
    assert found and all({"line", "level", "message"} <= set(d) for d in found)


def test_check_bad_format_is_exit_2() -> None:
    result = run("check", "--format", "xml", code=2)
    assert "--format" in one_error_line(result.stderr)


# --- schema --------------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["store", "statement", "conflict"])
def test_schema_is_valid_json_schema(which: str) -> None:
    schema = json.loads(run("schema", which).stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_default_is_the_store() -> None:
    assert json.loads(run("schema").stdout) == json.loads(run("schema", "store").stdout)


def test_schema_unknown_is_a_usage_error() -> None:
    result = run("schema", "nonsense", code=2)
    assert "statement" in one_error_line(result.stderr)


def test_statements_validate_against_their_schema(bundled_jsonl: list[dict]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema", "statement").stdout)
    validator = jsonschema.Draft202012Validator(schema)
    for row in bundled_jsonl:
        validator.validate(row)


# --- claims, events, conflicts, timeline, match ----------------------------------------------------

def test_claims_json() -> None:
    rows = json.loads(run("claims", "--format", "json").stdout)
    assert rows and all({"event", "speaker", "said_on", "polarity"} <= set(r) for r in rows)


def test_claims_speaker_and_event_filters() -> None:
    rows = json.loads(run("claims", "--speaker", "Putin", "--event", "shusha-fall", "--format", "json").stdout)
    assert all(r["speaker"] == "Vladimir Putin" and r["event"] == "shusha-fall" for r in rows)


def test_events_json() -> None:
    rows = json.loads(run("events", "--format", "json").stdout)
    ids = [r["event"] for r in rows]
    assert "shusha-fall" in ids
    assert all(r["status"] in ("agreement", "dispute", "single") for r in rows)


def test_conflicts_json() -> None:
    conflicts = json.loads(run("conflicts", "--format", "json").stdout)
    assert isinstance(conflicts, list) and conflicts
    for conflict in conflicts:
        assert {"event", "title", "slot", "positions", "why"} <= set(conflict)
        assert len(conflict["positions"]) >= 2, conflict["event"]
        assert conflict["why"].strip()
        # One position per side and stance: no two with the same value and side.
        assert len({(p["value"], p["side"]) for p in conflict["positions"]}) == len(conflict["positions"])
        for position in conflict["positions"]:
            assert position["claims"]


def test_conflicts_of_one_event() -> None:
    conflicts = json.loads(run("conflicts", "shusha-fall", "--format", "json").stdout)
    assert [c["event"] for c in conflicts] == ["shusha-fall"]
    assert len(conflicts[0]["positions"]) >= 2


def test_conflicts_jsonl_and_csv() -> None:
    as_json = json.loads(run("conflicts", "--format", "json").stdout)
    as_jsonl = [json.loads(line) for line in run("conflicts", "--format", "jsonl").stdout.splitlines()]
    assert as_jsonl == as_json
    rows = list(csv.DictReader(io.StringIO(run("conflicts", "--format", "csv").stdout)))
    assert {r["event"] for r in rows} == {c["event"] for c in as_json}


@pytest.mark.parametrize("command", ["conflicts", "timeline"])
def test_unknown_event_suggests_the_closest(command: str) -> None:
    result = run(command, "shusha-fal", "--format", "json", code=2)
    line = one_error_line(result.stderr)
    assert "shusha-fal" in line and "did you mean 'shusha-fall'" in line
    assert result.stdout == ""


def test_timeline_is_in_the_order_claims_were_made() -> None:
    rows = json.loads(run("timeline", "shusha-fall", "--format", "json").stdout)
    assert rows and all(r["event"] == "shusha-fall" for r in rows)
    starts = [r["said_on"].split("/")[0] for r in rows if r["said_on"]]
    assert starts == sorted(starts)


def test_match_json() -> None:
    rows = json.loads(run("match", "Shushi fell on November 7", "--format", "json", "--limit", "5").stdout)
    assert 0 < len(rows) <= 5
    assert all({"score", "kind", "id", "reason"} <= set(r) for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert any("shusha-fall" in r["reason"] or r["id"] == "shusha-fall" for r in rows)


def test_match_empty_text_is_a_usage_error() -> None:
    result = run("match", "  ", "--format", "json", code=2)
    one_error_line(result.stderr)


# --- output hygiene --------------------------------------------------------------------------------

TABLES = [("extract", "--format", "table"), ("conflicts", "--format", "table"), ("events", "--format", "table")]


@pytest.mark.parametrize("args", [*TABLES, ("check", str(INVALID))])
def test_no_color_means_no_escapes(args: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert not ANSI.search(result.stdout)
    assert not ANSI.search(result.stderr)


@pytest.mark.parametrize(
    "args", [*TABLES, ("check", str(INVALID))]
)
def test_no_color_means_no_escapes_on_a_terminal(args: tuple[str, ...]) -> None:
    # FORCE_COLOR makes rich behave as on a terminal, where NO_COLOR matters.
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "FORCE_COLOR": "1"}, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert not ANSI.search(result.stdout)
    assert not ANSI.search(result.stderr)


@pytest.mark.parametrize("args", [("extract", "--format", "json"), ("conflicts", "--format", "json"), ("events", "--format", "json")])
def test_json_has_no_escapes_and_is_not_wrapped(args: tuple[str, ...]) -> None:
    narrow = run(*args, env={"COLUMNS": "30", "FORCE_COLOR": "1", "TERM": "xterm-256color"}).stdout
    wide = run(*args, env={"COLUMNS": "300"}).stdout
    assert not ANSI.search(narrow)
    assert narrow == wide
    json.loads(narrow)
    assert max(len(line) for line in narrow.splitlines()) > 30


def test_default_format_off_a_terminal_is_json() -> None:
    assert json.loads(run("extract", str(DATA / "folder")).stdout)


# --- help and docs ---------------------------------------------------------------------------------

def test_every_command_has_help() -> None:
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert set(COMMANDS) <= registered
    top = run("--help").stdout
    for command in COMMANDS:
        assert command in top
        text = run(command, "--help").stdout
        assert "Usage:" in text
        doc = next(c.callback.__doc__ for c in app.registered_commands if (c.name or c.callback.__name__) == command)
        assert doc and doc.strip(), command


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"karabakh-claims {command}\b|`{command}\b", readme), f"`{command}` is not documented in README.md"


ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@pytest.mark.parametrize("args", [*TABLES, ("claims", "--format", "table"), ("timeline", "shusha-fall", "--format", "table")])
def test_tables_fit_60_columns_without_breaking_words_or_dates(args: tuple[str, ...]) -> None:
    table = run(*args, env={"COLUMNS": "60", "NO_COLOR": "1"}).stdout
    lines = table.splitlines()
    assert lines and max(len(line) for line in lines) <= 60, table
    # Every word of a cell is whole on its line: no date is split, and the cells that
    # wrapped did so at spaces (a fragment would leave a date or a name cut in two).
    wide = run(*args, env={"COLUMNS": "400", "NO_COLOR": "1"}).stdout
    assert set(ISO_DAY.findall(wide)) >= set(ISO_DAY.findall(table))
    cut = re.compile(r"\d{4}-\d?$|^\d\d?-\d\d\b")
    for line in lines:
        for cell in line.split("│")[1:-1]:
            assert not cut.search(cell.strip()), line


def test_a_narrow_conflict_table_keeps_who_and_when_and_says_what_it_hid() -> None:
    table = run("conflicts", "shusha-fall", "--format", "table", env={"COLUMNS": "60", "NO_COLOR": "1"}).stdout
    header = next(line for line in table.splitlines() if "position" in line)
    for column in ("position", "value", "speaker", "said on"):
        assert column in header
    assert "not shown at this width: via, source, quote" in " ".join(table.split())
    assert "'A – B'" in table  # the legend explains interval dates


@pytest.mark.parametrize(
    "width, kept",
    [
        (60, ["speaker", "via", "content", "file"]),
        (50, ["speaker", "content", "file"]),  # via is low value, the file next
        (40, ["speaker", "content"]),
        (20, ["speaker", "content"]),  # never fewer than two columns
    ],
)
def test_fit_columns_drops_low_value_columns_first(width: int, kept: list[str]) -> None:
    from karabakh_claims.render import fit_columns

    columns = [("speaker", "speaker"), ("via", "via"), ("content", "content"), ("file", "file")]
    rows = [["Nagorno-Karabakh authorities", "AFP", "the road to the town is open again, officials said", "seeds/a.txt"]]
    widths = fit_columns(rows, columns, width)
    assert [columns[i][0] for i in widths] == kept
    assert all(width >= len("Nagorno-Karabakh") for i, width in widths.items() if columns[i][0] == "speaker")


# --- texts of one's own, no store of one's own -------------------------------------------------

OWN_ARTICLE = """---
date: 2024-05-02
outlet: Coast Herald
---
Harbour master Ines Tavora said on Tuesday that the Kelby pier had been closed since Monday.

Fishermen's leader Rui Mendes denied that the Kelby pier was closed.
"""


def test_own_texts_without_a_store_say_which_store_reads_them_and_show_none_of_its_claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pier.md").write_text(OWN_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("conflicts", "pier.md", "--format", "json")
    assert json.loads(result.stdout) == []  # not the example war's tables
    assert "no claims.yaml here" in result.stderr and "karabakh-claims init" in result.stderr
    # The example store's claims stay out of every listing of the user's texts.
    rows = json.loads(run("claims", "pier.md", "--format", "json").stdout)
    assert rows and all(r["origin"] == "extracted" and r["source"]["file"] == "pier.md" for r in rows)


def test_with_a_store_of_ones_own_nothing_is_said_about_the_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pier.md").write_text(OWN_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run("init", ".")
    result = run("conflicts", "pier.md", "--format", "json")
    assert "no claims.yaml here" not in result.stderr


def test_conflicts_discover_shows_disputes_among_events_found_in_the_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pier.md").write_text(OWN_ARTICLE, encoding="utf-8")
    (tmp_path / "second.md").write_text(
        "---\ndate: 2024-05-03\noutlet: Bay News\n---\n"
        "Rui Mendes said the Kelby pier had stayed open all week.\n\n"
        "Ines Tavora said the Kelby pier was closed for repairs to the breakwater.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    run("init", ".")
    plain = json.loads(run("conflicts", "pier.md", "second.md", "--format", "json").stdout)
    assert plain == []  # no event in the store: nothing is a curated dispute
    found = json.loads(run("conflicts", "pier.md", "second.md", "--discover", "--format", "json").stdout)
    assert found and all(c["discovered"] and c["event"].startswith("cluster-") for c in found)
    sides = {p["side"] for c in found for p in c["positions"]}
    assert {"Ines Tavora", "Rui Mendes"} <= sides
