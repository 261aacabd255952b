"""yamlpos (positions, duplicates, scalar schema) and load_store (records, errors, tolerance)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from karabakh_claims.errors import ClaimsError, StoreError
from karabakh_claims.store import load_store, resolve_source_path
from karabakh_claims.yamlpos import DuplicateKey, Pos, YamlSyntaxError, YMap, YSeq, parse

STORES = Path(__file__).parent / "data" / "stores"
BOTH_PARSERS = pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure-python"])

# --- yamlpos ------------------------------------------------------------------------


@BOTH_PARSERS
@pytest.mark.parametrize(
    "yaml_text, expected",
    [
        # dates stay text: never YAML 1.1 timestamps
        ("v: 2020-11-08", "2020-11-08"),
        ("v: 2020-11-05/2020-11-07", "2020-11-05/2020-11-07"),
        ("v: 2020-11-08T10:00:00Z", "2020-11-08T10:00:00Z"),
        ("v: '2020-11-08'", "2020-11-08"),
        # YAML 1.1 booleans are words here; only true/false are booleans
        ("v: no", "no"),
        ("v: Yes", "Yes"),
        ("v: off", "off"),
        ("v: true", True),
        ("v: False", False),
        # numbers: decimal ints and floats; the rest is text as written
        ("v: 2317", 2317),
        ("v: -3", -3),
        ("v: 2.5", 2.5),
        ("v: 2,317", "2,317"),
        ("v: 4000+", "4000+"),
        ("v: ~2000", "~2000"),
        ("v: 20-21", "20-21"),
        ("v: 12:30", "12:30"),
        ("v: 0x1F", "0x1F"),
        ("v: 1_000", "1_000"),
        ("v: '2317'", "2317"),
        # nulls
        ("v:", None),
        ("v: ~", None),
        ("v: null", None),
        ("v: 'null'", "null"),
        # explicit tags keep the text rather than failing
        ("v: !!timestamp 2020-11-08", "2020-11-08"),
        ("v: !local x", "x"),
    ],
)
def test_scalar_schema(pure: bool, yaml_text: str, expected: object) -> None:
    value = parse(yaml_text, pure=pure)["v"]
    assert value == expected and type(value) is type(expected)


@BOTH_PARSERS
def test_positions_are_one_based_and_cover_keys_values_and_items(pure: bool) -> None:
    text = "claims:\n  - id: a\n    quote: “Шуша”\n    tags: [x, y]\n"
    doc = parse(text, pure=pure)
    claim = doc["claims"][0]
    assert isinstance(doc, YMap) and isinstance(doc["claims"], YSeq)
    assert (doc.line, doc.column) == (1, 1)
    assert doc["claims"].item_pos == [Pos(2, 5)]
    assert (claim.line, claim.column) == (2, 5)
    assert claim.key_pos == {"id": Pos(2, 5), "quote": Pos(3, 5), "tags": Pos(4, 5)}
    assert claim.value_pos["quote"] == Pos(3, 12)
    assert claim["tags"].item_pos == [Pos(4, 12), Pos(4, 15)]  # columns count characters


@BOTH_PARSERS
def test_duplicate_keys_are_recorded_and_the_first_value_kept(pure: bool) -> None:
    doc = parse("id: a\nvalue: 2020-11-08\nvalue: 2020-11-07\nid: b\n", pure=pure)
    assert doc["value"] == "2020-11-08" and doc["id"] == "a"
    assert doc.duplicates == [
        DuplicateKey("value", Pos(3, 1), Pos(2, 1)),
        DuplicateKey("id", Pos(4, 1), Pos(1, 1)),
    ]


@BOTH_PARSERS
def test_numbers_read_back_as_written(pure: bool) -> None:
    doc = parse("value: 4000.0\ntitle: 1984\nlist: [1e3, x]\nflag: true\n", pure=pure)
    assert doc.text_of("value") == "4000.0"
    assert doc.text_of("title") == "1984"
    assert doc["list"].text_of(0) == "1e3"
    assert doc.text_of("flag") is None and doc.text_of("list") is None


@BOTH_PARSERS
def test_anchors_aliases_and_complex_keys(pure: bool) -> None:
    doc = parse("a: &r {title: x}\nb: *r\n? [k]\n: v\n", pure=pure)
    assert doc["b"] is doc["a"]
    assert doc.bad_keys == [Pos(3, 3)]


@BOTH_PARSERS
@pytest.mark.parametrize(
    "yaml_text, line, column",
    [
        ("a: [1, 2\nb: 3\n", 2, 2),
        ("a: 'unclosed\n", 2, 1),
        ("a: b: c\n", 1, 5),
        ("a: 1\n---\nb: 2\n", 2, 1),
        ("a: 1\n\tb: 2\n", 2, 1),
        ("ok: 1\nbad\x07: 2\n", 2, 4),
    ],
)
def test_syntax_errors_are_positioned(pure: bool, yaml_text: str, line: int, column: int) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse(yaml_text, pure=pure)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert "\n" not in caught.value.message


def test_empty_document_is_none() -> None:
    assert parse("# only a comment\n") is None


# --- load_store --------------------------------------------------------------------


def test_load_store_builds_records_with_lines() -> None:
    store = load_store(STORES / "valid" / "full.yaml")
    assert [s.id for s in store.sources] == ["wire-shusha", "tally-casualties", "truce-terms"]
    wire = store.sources[0]
    assert wire.published is not None and wire.published.iso() == "2020-11-08/2020-11-09"
    assert wire.line == 5
    pashinyan = next(e for e in store.entities if e.id == "nikol-pashinyan")
    assert pashinyan.aliases == ("Pashinian", "Nikol Pashinian")
    assert pashinyan.roles[0].start == date(2018, 5, 8)
    assert pashinyan.roles[0].until == date(2021, 4, 25)
    assert {e.id: e.slot for e in store.events}["armenian-military-deaths"] == "number"
    claim = next(c for c in store.claims if c.id == "armenia-health-2317")
    assert (claim.value, claim.scope, claim.polarity) == ("2,317", "servicemen killed, Armenian side", "assert")
    assert claim.said_on is not None and claim.said_on.iso() == "2020-12-03"
    assert store.claims[0].line == 92


def test_load_store_keeps_numbers_as_written_and_flow_style() -> None:
    store = load_store(STORES / "valid" / "flow-and-anchors.yaml")
    assert [c.value for c in store.claims] == ["2317", "2783"]
    assert store.entities[2].roles == store.entities[1].roles


def test_resolve_source_path_is_relative_to_the_store_folder() -> None:
    store = load_store(STORES / "valid" / "full.yaml")
    path = resolve_source_path(store, store.sources[0])
    assert path == STORES / "valid" / ".." / "texts" / "wire-shusha.txt"
    assert path.is_file()


def test_load_store_skips_bad_entries_but_keeps_good_ones() -> None:
    store = load_store(STORES / "invalid" / "many-problems.yaml")
    # Dropped: the source with a bad id, the first 'ilham-aliyev' (aliases is not a
    # list), the second (type 'human'), the entity written as text, and the claims
    # with a bad polarity or no quote.
    assert [s.id for s in store.sources] == ["wire-shusha"]
    assert [e.id for e in store.entities] == []
    assert [c.id for c in store.claims] == ["aliyev-shusha-liberated"]
    assert store.claims[0].polarity == "assert"  # first of the duplicated keys


@pytest.mark.parametrize(
    "content, fragment",
    [
        (None, "no such file"),
        ("folder", "is a folder"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("café: 1\n".encode("latin-1"), "not UTF-8"),
        (b"claims: [\n", "not valid YAML"),
        (b"- a\n- b\n", "top level must be a mapping"),
        (b"", "top level must be a mapping"),
    ],
)
def test_load_store_fails_with_one_readable_line(tmp_path: Path, content: object, fragment: str) -> None:
    path = tmp_path / "claims.yaml"
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        load_store(path)
    message = str(caught.value)
    assert fragment in message and "\n" not in message
    assert isinstance(caught.value, ClaimsError)


def test_load_store_accepts_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes("\ufeffsources: []\nentities: []\nevents: []\nclaims: []\n".encode())
    assert load_store(path).claims == ()
