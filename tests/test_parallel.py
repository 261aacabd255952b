"""Extraction in worker processes (`--jobs`): the same output as one process, in input order.

No timing here: whether more cores make it faster is measured by scripts/bench.py. What is
tested is that the output is byte for byte the output of `--jobs 1`, on the bundled corpus and
on generated corpora of many small documents (files, and one JSON Lines dump), that nothing is
started when there is nothing to share, and that a failing worker is one clear error.
"""

from __future__ import annotations

import json
import os
import random
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabakh_claims import parallel
from karabakh_claims.cli import app
from karabakh_claims.entities import EntityIndex
from karabakh_claims.models import Document
from karabakh_claims.parallel import WorkerError, extract_documents, plan_processes
from karabakh_claims.pipeline import extract
from karabakh_claims.store import load_store

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result.stdout


# --- a generated corpus of many small articles (invented people, places and events) --------------

FIRST = ("Maren", "Tobias", "Ilse", "Rafael", "Noor", "Declan", "Aiko", "Priya", "Oskar", "Lena")
LAST = ("Halvorsen", "Quint", "Abara", "Delacroix", "Whitcombe", "Mendel", "Sato", "Okafor", "Brandt", "Ivers")
ROLES = ("the harbour master", "a council spokeswoman", "the county fire chief", "the water board's director",
         "a union organiser", "the deputy mayor")  # fmt: skip
PLACES = ("Calder Bay", "Westmoor", "Ashby Vale", "Port Lenning", "Kettle Cross", "Marrow Hill")
THINGS = ("the ferry service", "the flood barrier", "the night bus route", "the bridge repairs", "the school merger")
CUES = ("said", "told reporters", "insisted", "denied", "warned", "wrote on Facebook")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _article(rng: random.Random) -> str:
    """A short local-news article: a dateline, statements in several styles, filler."""
    def name() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    paragraphs = [
        f"{place.upper()}, March {rng.randint(1, 28)} - {name()}, {rng.choice(ROLES)}, {rng.choice(CUES)} on "
        f"{rng.choice(DAYS)} that {thing} would resume within {rng.randint(2, 9)} weeks.",
    ]
    for _ in range(rng.randint(1, 5)):
        speaker = name()
        style = rng.randrange(4)
        if style == 0:
            paragraphs.append(f"“We have {rng.randint(2, 40)} crews on it and the work is on schedule,” {speaker.split()[1]} said.")
        elif style == 1:
            paragraphs.append(f"{speaker} {rng.choice(CUES)} that the cost of {thing} had risen by {rng.randint(5, 60)} percent.")
        elif style == 2:
            paragraphs.append(f"According to {speaker}, residents of {rng.choice(PLACES)} were not consulted.")
        else:
            paragraphs.append(f"The {thing} in {place} has been closed since the storm in January.")
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """240 small articles as text files (about 100 KB: several chunks for the workers)."""
    folder = tmp_path_factory.mktemp("many")
    rng = random.Random(15)
    for k in range(240):
        (folder / f"{k:03d}.txt").write_text(_article(rng), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One JSON Lines dump of 200 articles with dates and outlets: every document has one path."""
    path = tmp_path_factory.mktemp("dump") / "articles.jsonl"
    rng = random.Random(16)
    lines = [
        json.dumps({"id": f"a{k}", "date": f"2024-03-{k % 28 + 1:02d}", "outlet": rng.choice(("Bay Courier", "Vale Post")), "text": _article(rng)})
        for k in range(200)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_generated_corpus_is_cut_into_several_chunks(many_articles: Path, dump: Path) -> None:
    from karabakh_claims.sources import read_corpus

    for given in (many_articles, dump):
        documents = read_corpus([str(given)]).documents
        assert len(parallel.chunk(documents, 3)) >= 4, given


@pytest.mark.parametrize("which", ["files", "dump"])
def test_extract_with_workers_is_byte_identical_to_one_process(which: str, many_articles: Path, dump: Path) -> None:
    given = str(many_articles if which == "files" else dump)
    one = run("extract", "--format", "jsonl", "--jobs", "1", given)
    three = run("extract", "--format", "jsonl", "--jobs", "3", given)
    assert len(one.splitlines()) > 300
    assert three == one


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_forked_or_spawned_give_the_output_of_one_process(method: str, dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} on this system")
    monkeypatch.setattr(parallel, "_start_method", lambda: method)
    from karabakh_claims.sources import read_corpus

    documents = read_corpus([str(dump)]).documents
    index = EntityIndex.from_store(load_store(REPO / "claims.yaml"))
    assert extract_documents(documents, index, jobs=2) == extract_documents(documents, index, jobs=1)


def test_workers_are_spawned_while_another_thread_runs() -> None:
    # A fork copies only the calling thread: a lock another thread holds would stay held.
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert parallel._start_method() == "spawn"
    finally:
        stop.set()
        other.join()
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        assert parallel._start_method() == "fork"


def test_extract_with_workers_is_byte_identical_on_the_bundled_corpus() -> None:
    one = run("extract", "--format", "jsonl", "--jobs", "1")
    two = run("extract", "--format", "jsonl", "--jobs", "2")
    assert len(one.splitlines()) > 50
    assert two == one


def test_conflicts_with_workers_are_identical_on_the_bundled_corpus() -> None:
    assert run("conflicts", "--format", "json", "--jobs", "2") == run("conflicts", "--format", "json", "--jobs", "1")


def test_the_library_call_takes_jobs_and_reports_progress(many_articles: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    one = extract(REPO / "claims.yaml", [str(many_articles)], jobs=1)
    two = extract(REPO / "claims.yaml", [str(many_articles)], jobs=2, progress=lambda *c: calls.append(c))
    assert two.statements == one.statements
    done = [n for n, _, _ in calls]
    assert done == sorted(done) and len(set(done)) == len(done), done
    assert done[-1] == calls[-1][1] == 240
    assert all(path.startswith(str(many_articles)) for _, _, path in calls)


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_below_one_or_not_a_number_is_a_usage_error(jobs: str) -> None:
    result = CliRunner().invoke(app, ["extract", "--jobs", jobs], catch_exceptions=False)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "--jobs" in result.stderr, result.stderr


# --- how many processes ------------------------------------------------------------------------------

def _docs(sizes: list[int]) -> list[Document]:
    return [Document(f"d{k}.txt", "x" * size) for k, size in enumerate(sizes)]


@pytest.mark.parametrize(
    "sizes, jobs, cores, expected",
    [
        pytest.param([10_000_000], None, 8, 1, id="one-document-stays-here"),
        pytest.param([10_000_000], 4, 8, 1, id="one-document-even-with-jobs"),
        pytest.param([100_000] * 40, 1, 8, 1, id="jobs-1-stays-here"),
        pytest.param([1_000] * 40, None, 8, 1, id="automatic-small-input-stays-here"),
        pytest.param([100_000] * 40, None, 4, 4, id="automatic-large-input-takes-the-cores"),
        pytest.param([100_000] * 40, None, 1, 1, id="automatic-one-core"),
        pytest.param([1_000] * 40, 2, 8, 2, id="explicit-jobs-on-small-input"),
        pytest.param([30_000] * 3, 8, 8, 3, id="never-more-than-the-chunks"),
    ],
)
def test_plan_processes(sizes: list[int], jobs: int | None, cores: int, expected: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "available_cores", lambda: cores)
    assert plan_processes(_docs(sizes), jobs) == expected


def test_jobs_below_one_is_a_value_error_in_the_library() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        plan_processes(_docs([10, 10]), 0)


def test_available_cores_follows_the_affinity_where_there_is_one() -> None:
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert parallel.available_cores() == expected


def test_one_process_starts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_workers(*args: object, **kwargs: object) -> object:
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(parallel, "_extract_in_workers", no_workers)
    docs = [Document("a.txt", "Officials said on Monday that the bridge had reopened.\n")] * 3
    assert len(extract_documents(docs, EntityIndex([]), jobs=1)) == 3
    assert len(extract_documents(docs[:1], EntityIndex([]), jobs=4)) == 1
    assert len(extract_documents(docs, EntityIndex([]), jobs=None)) == 3


# --- failures in a worker ------------------------------------------------------------------------------

GOOD = "The harbour master said the ferry would resume on Friday. " * 400  # about 24,000 characters


def test_a_defect_in_a_worker_is_one_error_naming_the_document() -> None:
    # Bytes where text belongs: extraction fails in the worker that gets the first chunk.
    docs = [Document("broken.txt", GOOD.encode()), Document("b.txt", GOOD), Document("c.txt", GOOD)]  # type: ignore[arg-type]
    with pytest.raises(WorkerError) as error:
        extract_documents(docs, EntityIndex([]), jobs=2)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("broken.txt: extraction failed: TypeError: "), message
    assert message.endswith("--jobs 1 shows the traceback")


class _EndsTheProcess(str):
    """Text that, unpickled in a worker, ends that process at once (as the OOM killer would)."""

    def __reduce__(self):  # type: ignore[override]
        return (os._exit, (3,))


def test_a_worker_that_dies_is_one_error_not_a_hang() -> None:
    docs = [Document("killed.txt", _EndsTheProcess(GOOD)), Document("b.txt", GOOD), Document("c.txt", GOOD)]
    with pytest.raises(WorkerError) as error:
        extract_documents(docs, EntityIndex([]), jobs=2)
    message = str(error.value)
    # Every chunk in flight fails with the pool, so the message names them all, the culprit first.
    assert message.startswith("a worker process stopped while extracting killed.txt"), message
    assert "\n" not in message and message.endswith("--jobs 1 extracts in one process"), message


# --- linking in forked workers -------------------------------------------------------------------------

def _bundled_linking_inputs():
    from karabakh_claims.pipeline import extract

    extraction = extract(REPO / "claims.yaml", [])
    return extraction.statements, extraction.store, extraction.entities, extraction.documents


def test_linking_in_forked_workers_gives_the_links_of_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from karabakh_claims.linking import link_statements

    statements, store, entities, documents = _bundled_linking_inputs()
    forked: list[int] = []
    real_map = parallel.map_forked

    def counting(work, parts):
        result = real_map(work, parts)
        forked.append(len(parts) if result is not None else 0)
        return result

    monkeypatch.setattr(parallel, "map_forked", counting)
    one = link_statements(statements, store, entities, texts=documents, jobs=1)
    assert forked == []  # one process: nothing forked
    two = link_statements(statements, store, entities, texts=documents, jobs=2)
    if not parallel.can_fork():
        pytest.skip("no fork here: linking stays in one process")
    assert forked == [2]
    assert len({link.statement_id for link in one}) > 50
    assert two == one


@pytest.mark.parametrize(
    "counts, processes, expected",
    [
        pytest.param({"a": 10, "b": 10, "c": 10, "d": 10}, 2, [["a", "b"], ["c", "d"]], id="even"),
        pytest.param({"a": 30, "b": 5, "c": 5}, 2, [["a"], ["b", "c"]], id="one-big-article-alone"),
        pytest.param({"a": 3, "b": 3}, 4, [["a"], ["b"]], id="never-more-parts-than-articles"),
        pytest.param({"a": 3, "b": 3, "c": 3}, 1, [["a", "b", "c"]], id="one-process"),
    ],
)
def test_articles_are_shared_out_in_runs_of_about_as_many_statements(counts, processes, expected) -> None:
    from karabakh_claims.linking import _shares

    assert _shares({file: [None] * n for file, n in counts.items()}, processes) == expected


def _square_or_fail(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * n


def test_map_forked_keeps_the_order_and_raises_what_a_worker_raised() -> None:
    if not parallel.can_fork():
        assert parallel.map_forked(_square_or_fail, [1, 2, 3]) is None
        return
    assert parallel.map_forked(_square_or_fail, [1, 2, 3]) == [1, 4, 9]
    with pytest.raises(ValueError, match="negative: -3"):
        parallel.map_forked(_square_or_fail, [1, 2, -3])


def test_map_forked_does_not_fork_beside_another_thread() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert parallel.map_forked(_square_or_fail, [1, 2]) is None
    finally:
        stop.set()
        other.join()


def test_map_forked_leaves_the_collector_as_it_found_it() -> None:
    import gc

    if gc.get_freeze_count():
        pytest.skip("objects frozen before: map_forked keeps them so")
    assert parallel.map_forked(_square_or_fail, [2, 3]) in ([4, 9], None)
    assert gc.get_freeze_count() == 0
