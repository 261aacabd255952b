"""store_edit: appending to hand-written stores without changing a line, status edits, safe writes.

Golden cases are files: tests/data/stores/edit/<case>.before.yaml, written by hand in
different layouts (comments, blank lines, flow entries, quoted dates, odd indentation,
empty sections written as [], ~ or nothing), and <case>.after.yaml, the expected result of
appending the same new entries. `pytest --update-golden` rewrites the .after files; review
the diff. Every result is also diffed line by line against its .before (only additions, and
the one documented edit of an empty `[]`/`~` section line), read back, and checked.
"""

from __future__ import annotations

import difflib
import os
import stat
from pathlib import Path

import pytest

from karabakh_claims.errors import StoreError
from karabakh_claims.store_edit import (
    Snapshot,
    StoreChanged,
    append_entries,
    detect_style,
    read_snapshot,
    set_statuses,
    unified_diff,
    write_snapshot,
)
from karabakh_claims.validate import validate_store
from karabakh_claims.yamlpos import parse, to_plain

EDIT = Path(__file__).parent / "data" / "stores" / "edit"
CASES = sorted(p.name[: -len(".before.yaml")] for p in EDIT.glob("*.before.yaml"))

ADDITIONS = {
    "sources": [
        {"id": "truce-desk", "file": "../texts/truce-terms.txt", "outlet": "Truce Desk: Evening", "title": "Terms #2", "published": "2020-11-17"},
    ],
    "entities": [
        {"id": "hollis-ogrant", "status": "proposed", "name": "Hollis O'Grant", "type": "person",
         "aliases": ["O'Grant", "yes"], "notes": "proposed by add: type guessed (2 capitalised words)"},
    ],
    "claims": [
        {"id": "hollis-ogrant-bridge-closed", "status": "proposed", "event": "bridge-closed", "speaker": "hollis-ogrant",
         "said_on": "2020-11-08", "source": "harbour-wire", "quote": "fighting for the town was continuing",
         "value": "2020-11-08", "polarity": "deny", "confidence": 0.85, "link_score": 72.5,
         "found_by": "s-0123456789ab; speaker: surface name; link: keywords: closed (match)"},
        {"id": "hollis-ogrant-unlinked", "status": "proposed", "speaker": "hollis-ogrant", "source": "harbour-wire",
         "quote": 'the situation around the town remained "difficult — but under control"',
         "value": 'the situation around the town remained "difficult — but under control"', "polarity": "assert",
         "found_by": "s-ba9876543210; link: none"},
    ],
}  # fmt: skip


def snapshot_of(path: Path) -> Snapshot:
    return read_snapshot(path)


def only_additions(before: str, after: str) -> list[str]:
    """The lines of `before` that `after` does not keep as they were (the permitted edit aside)."""
    old, new = before.splitlines(), after.splitlines()
    changed = []
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal" and tag != "insert":
            changed += old[i1:i2]
    return changed


@pytest.mark.parametrize("case", CASES)
def test_appending_matches_the_golden_store(case: str, update_golden: bool) -> None:
    before = EDIT / f"{case}.before.yaml"
    after = EDIT / f"{case}.after.yaml"
    result = append_entries(snapshot_of(before), ADDITIONS)
    if update_golden or not after.exists():
        after.write_bytes(result.encode("utf-8"))
        pytest.skip("golden file written; review the diff")
    assert result == after.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_appending_only_adds_lines(case: str) -> None:
    before = (EDIT / f"{case}.before.yaml").read_text(encoding="utf-8")
    result = append_entries(snapshot_of(EDIT / f"{case}.before.yaml"), ADDITIONS)
    changed = only_additions(before, result)
    # The one edit allowed: an empty section written as `[]` or `~` becomes a block list.
    assert all(line.split(":")[0] in ("claims", "entities") and line.rstrip().split("#")[0].strip().endswith(("[]", "~")) for line in changed), changed
    assert len(changed) <= 1


@pytest.mark.parametrize("case", CASES)
def test_appended_store_reads_back_and_checks(case: str, tmp_path: Path) -> None:
    store = tmp_path / "stores" / "edit" / "claims.yaml"
    store.parent.mkdir(parents=True)
    (tmp_path / "stores" / "texts").symlink_to(EDIT.parent / "texts")
    store.write_bytes((EDIT / f"{case}.before.yaml").read_bytes())
    old = to_plain(parse(store.read_text(encoding="utf-8")))
    result = append_entries(read_snapshot(store), ADDITIONS)
    new = to_plain(parse(result))
    for section, entries in ADDITIONS.items():
        assert new[section][len(old.get(section) or []):] == [{k: v for k, v in e.items()} for e in entries]
        assert new[section][: len(old.get(section) or [])] == (old.get(section) or [])
    store.write_text(result, encoding="utf-8")
    diagnostics = validate_store(store)
    assert [d for d in diagnostics if d.level == "error"] == []
    assert {d.code for d in diagnostics} == {"proposed"}


def test_appending_twice_keeps_the_first_additions_byte_for_byte(tmp_path: Path) -> None:
    store = tmp_path / "claims.yaml"
    store.write_bytes((EDIT / "curated-style.before.yaml").read_bytes())
    first = append_entries(read_snapshot(store), {"claims": ADDITIONS["claims"][:1]})
    store.write_text(first, encoding="utf-8")
    second = append_entries(read_snapshot(store), {"claims": ADDITIONS["claims"][1:]})
    assert only_additions(first, second) == []
    assert second.startswith(first.rstrip("\n").rsplit("\n# end of store", 1)[0])


@pytest.mark.parametrize(
    "text, style",
    [
        ("claims:\n- id: a\n  event: b\n", {"item_indent": 0, "key_offset": 2, "flow_entries": False}),
        ("claims:\n  - id: a\n\n  - id: b\n", {"item_indent": 2, "blank_between": True}),
        ("claims:\n  - id: a\n  - id: b\n", {"item_indent": 2, "blank_between": False}),
        ("claims:\n    -   id: a\n", {"item_indent": 4, "key_offset": 4}),
        ("claims:\n  - {id: a}\n  - {id: b}\n", {"flow_entries": True}),
        ("entities:\n- id: a\n  aliases:\n  - x\n", {"flow_lists": False, "list_offset": 0}),
        ("entities:\n- id: a\n  aliases:\n    - x\n", {"flow_lists": False, "list_offset": 2}),
        ("entities:\n- id: a\n  aliases: [x]\n", {"flow_lists": True}),
        ("sources:\n- {id: a, published: '2020-11-08'}\n", {"quote_dates": True, "quote": "'"}),
        ("sources:\n- {id: a, published: 2020-11-08, title: \"x: y\"}\n", {"quote_dates": False, "quote": '"'}),
        ("claims:\r\n  - id: a\r\n", {"newline": "\r\n"}),
        ("", {"item_indent": 2, "flow_lists": True}),
    ],
)
def test_detect_style(text: str, style: dict) -> None:
    found = detect_style(text)
    assert {key: getattr(found, key) for key in style} == style


@pytest.mark.parametrize(
    "value, written",
    [
        ("plain words", "plain words"),
        ("yes", '"yes"'),
        ("No", '"No"'),
        ("null", '"null"'),
        ("2317", '"2317"'),
        ("1,177", '"1,177"'),
        ("a: b", '"a: b"'),
        ("a #b", '"a #b"'),
        ("- dash first", '"- dash first"'),
        ('say "no"', 'say "no"'),
        ('"quoted" first', "'\"quoted\" first'"),
        ("it's", "it's"),
        ("'tis", "\"'tis\""),
        ("2020-11-08", "2020-11-08"),
        ("2020-11-05/2020-11-07", "2020-11-05/2020-11-07"),
        ("tab\there", "tab here"),
        ("../texts/a.txt", "../texts/a.txt"),
        (".5 of it", '".5 of it"'),
        ("-3 degrees", '"-3 degrees"'),
    ],
)
def test_values_are_written_so_that_they_read_back(value: str, written: str) -> None:
    snapshot = Snapshot(Path("c.yaml"), b"", "claims:\n  - id: a\n    notes: x\n")
    result = append_entries(snapshot, {"claims": [{"id": "b", "notes": value}]})
    assert result.splitlines()[-1] == f"    notes: {written}"
    assert parse(result)["claims"][1]["notes"] == " ".join(value.split())


@pytest.mark.parametrize(
    "text, message",
    [
        ("entities: [{id: a, name: A, type: person}]\n", "flow list"),
        ("claims: 3\n", "must be a list"),
        ("claims: {id: a}\n", "must be a list"),
        ("claims: [\n", "not valid YAML"),
        ("- a\n- b\n", "top level must be a mapping"),
    ],
)
def test_sections_that_cannot_be_appended_to_are_refused(text: str, message: str) -> None:
    snapshot = Snapshot(Path("c.yaml"), text.encode(), text)
    with pytest.raises(StoreError, match=message):
        append_entries(snapshot, {"entities": [{"id": "x", "name": "X", "type": "person"}], "claims": [{"id": "c"}]})


def test_crlf_and_byte_order_mark_are_kept(tmp_path: Path) -> None:
    store = tmp_path / "claims.yaml"
    lf = (EDIT / "pyyaml-style.before.yaml").read_text(encoding="utf-8")
    store.write_bytes(b"\xef\xbb\xbf" + lf.replace("\n", "\r\n").encode("utf-8"))
    snapshot = read_snapshot(store)
    assert snapshot.bom and "\r\n" in snapshot.text
    result = append_entries(snapshot, ADDITIONS)
    assert "\n" not in result.replace("\r\n", "")
    write_snapshot(snapshot, result)
    data = store.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == append_entries(
        Snapshot(store, lf.encode(), lf), ADDITIONS
    )


# --- status edits ----------------------------------------------------------------------------------

STATUS_STORE = """\
entities:
  - id: hollis-ogrant
    status: proposed   # by add
    name: Hollis O'Grant
    type: person
claims:
  - {id: c1, status: 'proposed', event: e, speaker: hollis-ogrant, source: s, quote: q, value: v, polarity: assert}
  - id: c2
    status: "proposed"
    speaker: hollis-ogrant
  - id: written-by-hand
    speaker: hollis-ogrant
"""


@pytest.mark.parametrize(
    "changes, line, expected",
    [
        ({("entities", "hollis-ogrant"): "accepted"}, 2, "    status: accepted   # by add"),
        ({("claims", "c1"): "rejected"}, 6, "  - {id: c1, status: rejected, event: e, speaker: hollis-ogrant, source: s, quote: q, value: v, polarity: assert}"),
        ({("claims", "c2"): "accepted"}, 8, "    status: accepted"),
    ],
)
def test_a_status_change_edits_one_value_only(changes: dict, line: int, expected: str) -> None:
    snapshot = Snapshot(Path("c.yaml"), STATUS_STORE.encode(), STATUS_STORE)
    result = set_statuses(snapshot, changes)
    old, new = STATUS_STORE.splitlines(), result.splitlines()
    assert [i for i, (a, b) in enumerate(zip(old, new)) if a != b] == [line]
    assert new[line] == expected
    assert len(old) == len(new)


@pytest.mark.parametrize("key", [("claims", "written-by-hand"), ("claims", "nope"), ("events", "c1")])
def test_a_status_change_needs_an_entry_with_a_status(key: tuple[str, str]) -> None:
    snapshot = Snapshot(Path("c.yaml"), STATUS_STORE.encode(), STATUS_STORE)
    with pytest.raises(StoreError):
        set_statuses(snapshot, {key: "accepted"})


# --- writing -----------------------------------------------------------------------------------------


def test_write_is_refused_when_the_file_changed_since_it_was_read(tmp_path: Path) -> None:
    store = tmp_path / "claims.yaml"
    store.write_text("claims: []\n", encoding="utf-8")
    snapshot = read_snapshot(store)
    store.write_text("claims: []\n# someone else's edit\n", encoding="utf-8")
    with pytest.raises(StoreChanged, match="changed on disk"):
        write_snapshot(snapshot, "claims:\n  - id: x\n")
    assert store.read_text(encoding="utf-8") == "claims: []\n# someone else's edit\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_write_replaces_atomically_and_keeps_permissions(tmp_path: Path) -> None:
    store = tmp_path / "claims.yaml"
    store.write_text("claims: []\n", encoding="utf-8")
    os.chmod(store, 0o640)
    snapshot = read_snapshot(store)
    write_snapshot(snapshot, "claims:\n  - id: x\n")
    assert store.read_text(encoding="utf-8") == "claims:\n  - id: x\n"
    assert stat.S_IMODE(store.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_write_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text("claims: []\n", encoding="utf-8")
    link = tmp_path / "claims.yaml"
    link.symlink_to(real)
    write_snapshot(read_snapshot(link), "claims:\n  - id: x\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "claims:\n  - id: x\n"


def test_unified_diff_marks_a_last_line_without_a_break() -> None:
    snapshot = Snapshot(Path("c.yaml"), b"a: 1", "a: 1")
    diff = unified_diff(snapshot, "a: 1\nb: 2\n")
    assert diff.splitlines()[:2] == ["--- c.yaml", "+++ c.yaml"]
    assert "\\ No newline at end of file" in diff
    assert unified_diff(snapshot, "a: 1") == ""


@pytest.mark.parametrize(
    "content, fragment",
    [(None, "no such file"), (b"\x00\x01binary", "binary"), (b"claims: caf\xe9\n", "not UTF-8")],
)
def test_unreadable_stores_are_one_line_errors(tmp_path: Path, content: bytes | None, fragment: str) -> None:
    path = tmp_path / "claims.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=fragment):
        read_snapshot(path)


@pytest.mark.parametrize("case", CASES)
def test_the_json_schema_accepts_the_appended_stores(case: str) -> None:
    import jsonschema

    from karabakh_claims.schemas import load_schema

    result = append_entries(snapshot_of(EDIT / f"{case}.before.yaml"), ADDITIONS)
    validator = jsonschema.Draft202012Validator(load_schema("store"))
    assert [e.message for e in validator.iter_errors(to_plain(parse(result)))] == []
    # A claim without event is allowed only while it is proposed or rejected.
    accepted = to_plain(parse(result))
    accepted["claims"][-1]["status"] = "accepted"
    assert any("'event' is a required property" in e.message for e in validator.iter_errors(accepted))
