"""The on-disk cache of extracted statements: same output with and without it, keyed by
everything that changes extraction, and a bad entry is a miss, never an error."""

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_claims import parallel, statement_cache
from karabakh_claims.cli import app
from karabakh_claims.entities import EntityIndex
from karabakh_claims.models import DateMention, Document, Entity
from karabakh_claims.parallel import extract_documents
from karabakh_claims.statement_cache import StatementCache, default_cache_dir, extract_cached, wait_for_writes

ENTITIES = [
    Entity("kelby", "Kelby", "place"),
    Entity("tomas-varga", "Tomas Varga", "person", aliases=("Varga",), side="norland"),
    Entity("norland-ministry", "Norland Defence Ministry", "organisation", side="norland"),
]
PUBLISHED = DateMention(date(2024, 3, 8), date(2024, 3, 8), "day", "source published date")
DOCUMENTS = [
    Document("a.txt", 'Tomas Varga, the defence minister, said on Tuesday that Kelby had not fallen. '
             '"We hold every street," Varga told reporters.\n', PUBLISHED, "Northern Wire", "a"),
    Document("b.txt", "The Norland Defence Ministry said 40 soldiers were killed near Kelby.\n", PUBLISHED, "Valley Monitor", "b"),
    Document("c.txt", "Markets reopened in the capital after a week.\n", PUBLISHED, "Valley Monitor", "c"),  # no statement
]


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


def test_cold_warm_and_uncached_runs_give_the_same_statements(tmp_path, monkeypatch):
    index = EntityIndex(ENTITIES)
    plain = extract_documents(DOCUMENTS, index)
    assert plain  # the test means something only if there are statements
    cold = extract_cached(DOCUMENTS, index, cache_dir=tmp_path)
    # Written while the caller goes on: by a forked copy of this process (no thread is left that
    # would keep linking from forking workers), or by a thread where forking is not possible.
    writer = statement_cache._WRITER
    assert isinstance(writer, int) if parallel.can_fork() else writer is not None
    wait_for_writes()
    assert statement_cache._WRITER is None
    assert len(_entries(tmp_path)) == len(DOCUMENTS)  # a document without statements has its entry too
    assert not list(tmp_path.rglob("*.part"))

    def no_extraction(*args, **kwargs):
        raise AssertionError("a warm run extracted a document")

    monkeypatch.setattr(parallel, "extract_each", no_extraction)
    warm = extract_cached(DOCUMENTS, index, cache_dir=tmp_path)
    assert cold == plain
    assert warm == plain


def test_a_hit_and_a_miss_keep_the_input_order(tmp_path):
    index = EntityIndex(ENTITIES)
    extract_cached(DOCUMENTS[1:2], index, cache_dir=tmp_path)
    assert extract_cached(DOCUMENTS, index, cache_dir=tmp_path) == extract_documents(DOCUMENTS, index)


def _key(document: Document, entities=ENTITIES, min_confidence=None, folder=Path("x")) -> str:
    return StatementCache.open(folder, EntityIndex(entities), min_confidence).key(document)


@pytest.mark.parametrize(
    "changed",
    [
        pytest.param(dict(document=Document("a.txt", DOCUMENTS[0].text + " ", PUBLISHED, "Northern Wire", "a")), id="text"),
        pytest.param(dict(document=Document("a2.txt", DOCUMENTS[0].text, PUBLISHED, "Northern Wire", "a")), id="path"),
        pytest.param(dict(document=Document("a.txt", DOCUMENTS[0].text, None, "Northern Wire", "a")), id="published"),
        pytest.param(dict(entities=[*ENTITIES[:1], Entity("tomas-varga", "Tomas Varga", "person", aliases=("Varga", "the minister"))]),
                     id="an alias"),
        pytest.param(dict(entities=ENTITIES[:2]), id="an entity fewer"),
        pytest.param(dict(min_confidence=0.0), id="min_confidence"),
    ],
)
def test_what_changes_extraction_changes_the_key(changed):
    arguments = {"document": DOCUMENTS[0], **changed}
    assert _key(**arguments) != _key(DOCUMENTS[0])


def test_an_entity_moved_in_the_store_keeps_the_key():
    moved = [Entity(e.id, e.name, e.type, e.aliases, e.side, e.roles, line=e.line + 40) for e in ENTITIES]
    assert _key(DOCUMENTS[0], entities=moved) == _key(DOCUMENTS[0])


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"\x00\xff not json", id="garbage"),
        pytest.param(lambda data: json.dumps({"key": "0" * 64, "statements": []}).encode(), id="another key"),
        pytest.param(lambda data: json.dumps({**json.loads(data), "statements": [[1, 2]]}).encode(), id="another layout"),
        pytest.param(lambda data: json.dumps({**json.loads(data), "statements": 7}).encode(), id="not a list"),
        pytest.param(lambda data: b"[]", id="not an object"),
    ],
)
def test_a_corrupt_or_stale_entry_is_a_miss_and_is_written_again(tmp_path, damage):
    index = EntityIndex(ENTITIES)
    expected = extract_documents(DOCUMENTS[:1], index)
    extract_cached(DOCUMENTS[:1], index, cache_dir=tmp_path)
    wait_for_writes()
    (entry,) = _entries(tmp_path)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))
    assert extract_cached(DOCUMENTS[:1], index, cache_dir=tmp_path) == expected
    wait_for_writes()
    assert entry.read_bytes() == good


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    index = EntityIndex(ENTITIES)
    assert extract_cached(DOCUMENTS, index, cache_dir=blocked) == extract_documents(DOCUMENTS, index)
    wait_for_writes()
    assert blocked.read_text(encoding="utf-8") == "a file where the folder should be"


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({"KARABAKH_CLAIMS_EXTRACTION_CACHE": "/srv/cache"}, Path("/srv/cache")),
        ({"KARABAKH_CLAIMS_EXTRACTION_CACHE": "off"}, None),
        ({"KARABAKH_CLAIMS_EXTRACTION_CACHE": "", "XDG_CACHE_HOME": "/xdg"}, Path("/xdg/karabakh-claims/statements")),
        ({"XDG_CACHE_HOME": "/xdg"}, Path("/xdg/karabakh-claims/statements")),
        ({}, Path.home() / ".cache" / "karabakh-claims" / "statements"),
    ],
)
def test_the_cache_folder(environ, expected):
    assert default_cache_dir(environ) == expected


STORE = """\
version: 1
sources:
  - id: a
    file: a.txt
    outlet: Northern Wire
    published: 2024-03-08
  - id: b
    file: b.txt
    outlet: Valley Monitor
    published: 2024-03-08
entities:
  - id: kelby
    name: Kelby
    type: place
  - id: tomas-varga
    name: Tomas Varga
    type: person
    side: norland
    aliases: [Varga]
  - id: norland-ministry
    name: Norland Defence Ministry
    type: organisation
    side: norland
events:
  - id: kelby-fall
    title: When Kelby fell
    slot: date
    entities: [kelby]
    keywords: [fell, captured]
claims:
  - id: c1
    event: kelby-fall
    speaker: tomas-varga
    said_on: 2024-03-05
    source: a
    quote: Kelby had not fallen
    value: 2024-03-05
    polarity: deny
"""


def test_the_commands_give_the_same_output_with_a_cold_and_a_warm_cache_and_without(tmp_path, monkeypatch):
    (tmp_path / "claims.yaml").write_text(STORE, encoding="utf-8")
    for document in DOCUMENTS[:2]:
        (tmp_path / document.path).write_text(document.text, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(statement_cache.CACHE_ENV, str(cache))
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, [*args, "--format", "json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    uncached = {command: run(command, "--no-cache") for command in ("claims", "events")}
    assert not cache.exists()  # --no-cache neither reads nor writes
    assert json.loads(uncached["claims"])  # there is something to compare
    for _ in ("cold", "warm"):
        assert {command: run(command) for command in ("claims", "events")} == uncached
        wait_for_writes()
        assert len(_entries(cache)) == 2
