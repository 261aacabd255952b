"""validate_store over fixture stores, the diagnostics formats, and the JSON Schema.

Store cases are files: tests/data/stores/invalid/<case>.yaml with <case>.expected
beside it holding the exact diagnostic lines. To regenerate the .expected files after
a deliberate change of messages, run with KC_UPDATE_EXPECTED=1 and review the diff.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import jsonschema
import pytest

from karabakh_claims.diagnostics import default_format, format_diagnostics
from karabakh_claims.errors import ClaimsError, UsageError
from karabakh_claims.models import Diagnostic
from karabakh_claims.schemas import available_schemas, load_schema
from karabakh_claims.store import read_store_tree
from karabakh_claims.validate import is_figure, validate_store
from karabakh_claims.yamlpos import to_plain

STORES = Path(__file__).parent / "data" / "stores"
VALID = sorted((STORES / "valid").glob("*.yaml"))
INVALID = sorted((STORES / "invalid").glob("*.yaml"))
EVERY_CODE = {
    "yaml-syntax", "not-a-mapping", "duplicate-key", "unknown-key", "missing-key", "wrong-type",
    "bad-id", "duplicate-id", "unknown-speaker", "unknown-event", "unknown-source",
    "unknown-entity", "bad-enum", "source-missing", "source-unreadable", "quote-not-found",
    "bad-date", "said-after-published", "value-slot-mismatch", "bad-range",
}  # fmt: skip


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_stores_are_clean(path: Path) -> None:
    diags = validate_store(path)
    assert diags == [], format_diagnostics(diags, "text")


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_stores_report_exactly_the_expected_lines(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(path.parent)
    actual = format_diagnostics(validate_store(path.name), "text")
    expected_file = path.with_suffix(".expected")
    if os.environ.get("KC_UPDATE_EXPECTED") == "1":
        expected_file.write_text(actual + "\n", encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8").rstrip("\n")
    assert actual, "an invalid store must yield at least one diagnostic"


def test_every_rule_has_its_own_case() -> None:
    # One file per code (named after it), so a rule cannot lose its test silently.
    stems = {path.stem for path in INVALID}
    missing = {code for code in EVERY_CODE if not any(stem.startswith(code) for stem in stems)}
    assert not missing
    for stem in stems & EVERY_CODE:
        text = (STORES / "invalid" / f"{stem}.expected").read_text(encoding="utf-8")
        assert f"[{stem}]" in text


def test_every_problem_is_reported_not_just_the_first() -> None:
    diags = validate_store(STORES / "invalid" / "many-problems.yaml")
    codes = {d.code for d in diags}
    assert len(diags) >= 20
    assert len(codes) >= 15
    assert diags == sorted(diags), "diagnostics must be sorted by position"
    assert all(d.level == "error" and "\n" not in d.message for d in diags)


def test_path_is_reported_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(STORES)
    diags = validate_store("invalid/source-missing.yaml")
    assert [d.path for d in diags] == ["invalid/source-missing.yaml"]


def test_validate_never_modifies_the_store_or_its_sources(tmp_path: Path) -> None:
    shutil.copytree(STORES, tmp_path / "stores")
    watched = [tmp_path / "stores" / "invalid" / "many-problems.yaml", tmp_path / "stores" / "valid" / "full.yaml"]
    watched += sorted((tmp_path / "stores" / "texts").iterdir())
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in watched}
    files_before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    validate_store(watched[0])
    validate_store(watched[1])
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in watched} == before
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == files_before


@pytest.mark.parametrize(
    "content, fragment",
    [
        (None, "no such file"),
        ("folder", "is a folder"),
        (b"\x00\x01\x02 binary", "binary"),
        (b"claims: caf\xe9\n", "not UTF-8"),
    ],
)
def test_unreadable_store_raises_instead_of_diagnosing(tmp_path: Path, content: object, fragment: str) -> None:
    path = tmp_path / "claims.yaml"
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ClaimsError, match=fragment):
        validate_store(path)


def test_each_source_file_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Putin said the truce would hold.", encoding="utf-8")
    claims = "\n".join(
        f"  - {{id: c{i}, event: e, speaker: p, said_on: 2020-11-10, source: s{i % 2},"
        f" quote: 'the truce would hold', value: 'The truce would hold', polarity: assert}}"
        for i in range(6)
    )
    (tmp_path / "claims.yaml").write_text(
        "sources:\n"
        "  - {id: s0, file: a.txt, outlet: Wire, published: 2020-11-10}\n"
        "  - {id: s1, file: ./a.txt, outlet: Wire, published: 2020-11-10}\n"
        "entities: [{id: p, name: Putin, type: person}]\n"
        "events: [{id: e, title: Truce holds, slot: fact}]\n"
        f"claims:\n{claims}\n",
        encoding="utf-8",
    )
    import karabakh_claims.sources as sources

    reads: list[Path] = []
    real = sources.read_text
    monkeypatch.setattr(sources, "read_text", lambda p, shown: reads.append(p) or real(p, shown))
    assert validate_store(tmp_path / "claims.yaml") == []
    assert len(reads) == 1


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2317", True),
        ("2,317", True),
        ("4000+", True),
        ("more than 4000", True),
        (">4000", True),
        ("almost 5000", True),
        ("~2000", True),
        ("at least 21", True),
        ("20-21", True),
        ("20–21", True),
        ("between 20 and 21", True),
        ("up to 30000", True),
        ("up to 30,000", True),
        ("1.5 thousand", True),
        ("Nearly 5,000", True),
        ("21-20", False),
        ("thousands", False),
        ("about two thousand", False),
        ("2317 soldiers", False),
        ("", False),
        ("4,0000", False),
    ],
)
def test_is_figure(value: str, expected: bool) -> None:
    assert is_figure(value) is expected


# --- diagnostics formats ---------------------------------------------------------------

DIAGS = [
    Diagnostic("claims.yaml", 7, 9, "error", "bad-id", "claim id 'Aliyev_1' must be lower-case"),
    Diagnostic("claims.yaml", 12, 5, "error", "duplicate-id", "claim id 'x' is already defined at line 7"),
    Diagnostic("data/claims, v2.yaml", 3, 1, "warning", "unknown-key", "50% sure: a\nb"),
]


@pytest.mark.parametrize(
    "fmt, expected",
    [
        (
            "text",
            "claims.yaml:7:9: error [bad-id] claim id 'Aliyev_1' must be lower-case\n"
            "claims.yaml:12:5: error [duplicate-id] claim id 'x' is already defined at line 7\n"
            "data/claims, v2.yaml:3:1: warning [unknown-key] 50% sure: a\nb",
        ),
        (
            "github",
            "::error file=claims.yaml,line=7,col=9,title=bad-id::claim id 'Aliyev_1' must be lower-case\n"
            "::error file=claims.yaml,line=12,col=5,title=duplicate-id::claim id 'x' is already defined at line 7\n"
            "::warning file=data/claims%2C v2.yaml,line=3,col=1,title=unknown-key::50%25 sure: a%0Ab",
        ),
    ],
)
def test_format_diagnostics(fmt: str, expected: str) -> None:
    assert format_diagnostics(DIAGS, fmt) == expected


def test_format_diagnostics_json_is_a_list_of_objects() -> None:
    out = format_diagnostics(DIAGS[:2], "json")
    assert json.loads(out)[1] == {
        "path": "claims.yaml",
        "line": 12,
        "column": 5,
        "level": "error",
        "code": "duplicate-id",
        "message": "claim id 'x' is already defined at line 7",
    }
    assert format_diagnostics([], "json") == "[]"
    assert format_diagnostics([], "text") == ""
    assert "Шуша" in format_diagnostics([Diagnostic("c.yaml", 1, 1, "error", "x", "Шуша")], "json")


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        format_diagnostics(DIAGS, "xml")


@pytest.mark.parametrize(
    "environ, expected",
    [({"GITHUB_ACTIONS": "true"}, "github"), ({"GITHUB_ACTIONS": "false"}, "text"), ({}, "text"), ({"CI": "true"}, "text")],
)
def test_default_format(environ: dict[str, str], expected: str) -> None:
    assert default_format(environ) == expected


# --- JSON Schema -----------------------------------------------------------------------


def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = load_schema("store")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_schema_accepts_every_valid_store(path: Path) -> None:
    errors = list(_schema_validator().iter_errors(to_plain(read_store_tree(path))))
    assert errors == [], [e.message for e in errors]


@pytest.mark.parametrize(
    "case",
    ["unknown-key", "missing-key", "wrong-type", "bad-id", "bad-enum", "bad-date", "not-a-mapping-entry", "not-a-mapping-top"],
)
def test_schema_rejects_structurally_invalid_stores(case: str) -> None:
    data = to_plain(read_store_tree(STORES / "invalid" / f"{case}.yaml"))
    assert list(_schema_validator().iter_errors(data))


def test_load_schema_by_name_and_file_name() -> None:
    assert "store" in available_schemas()
    assert load_schema("store.schema.json") == load_schema("store")
    with pytest.raises(KeyError, match="available"):
        load_schema("nope")


@pytest.mark.parametrize(
    "name, data, quote, warnings",
    [
        # Windows-1252 (a curly apostrophe and an e-acute): extraction reads it, so check does too.
        ("cp1252.txt", "The mayor said the caf\u00e9 \u2019will reopen\u2019 on Monday.\n".encode("cp1252"), "the caf\u00e9 \u2019will reopen\u2019 on Monday", ["source-encoding"]),
        # An HTML page: the quote is in its visible text, across tags.
        ("page.html", b"<html><body><p>The mayor said the <b>cafe</b> will reopen on Monday.</p></body></html>", "the cafe will reopen on Monday", []),
        ("plain.txt", b"The mayor said the cafe will reopen on Monday.\n", "the cafe will reopen on Monday", []),
    ],
)
def test_check_reads_sources_as_extraction_does(tmp_path: Path, name: str, data: bytes, quote: str, warnings: list[str]) -> None:
    (tmp_path / name).write_bytes(data)
    store = tmp_path / "claims.yaml"
    store.write_text(
        "sources:\n"
        f"  - {{id: s, file: {name}, outlet: Wire, published: 2020-11-10}}\n"
        "entities:\n  - {id: mayor, name: Ana Mayor, type: person}\n"
        "events:\n  - {id: reopening, title: When the cafe reopens, slot: fact}\n"
        "claims:\n"
        f"  - {{id: c, event: reopening, speaker: mayor, said_on: 2020-11-10, source: s, quote: \"{quote}\", value: reopens, polarity: assert}}\n",
        encoding="utf-8",
    )
    diags = validate_store(store)
    assert [d.code for d in diags if d.level == "error"] == [], diags
    assert [d.code for d in diags if d.level == "warning"] == warnings
