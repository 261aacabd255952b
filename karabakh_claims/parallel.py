"""Extraction of many documents on all cores: worker processes, output in input order.

Documents are independent (speakers, dates and coreference are resolved within one
document), so a corpus is cut into chunks of consecutive documents, extracted by worker
processes and by the calling process itself; the statements are put back in input order,
exactly as one process would produce them. On Linux, when the calling process runs no
other thread, workers are forked from it after it has imported the extraction modules and
read the lexicon: they start in milliseconds and share the entity index as it is. Otherwise
(another system, or a thread such as the progress bar's, which a fork could copy holding a
lock) they are started with 'spawn': a fresh interpreter that imports the extraction
modules (about 0.3 s of CPU) and receives the entity index once. Either way they run with
the caller's garbage-collector settings.

With `jobs=None` (automatic) small inputs stay in the calling process; an explicit `jobs`
above 1 always uses workers when there are two documents or more.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from karabakh_claims.errors import ClaimsError

if TYPE_CHECKING:
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.models import Document, Statement

Progress = Callable[[int, int, str], None]
T = TypeVar("T")
R = TypeVar("R")

# Below this much text, automatic mode extracts in the calling process: at about 1 MB/s per
# core, 0.5 MB is 0.5 s of work, and a worker spends 0.2 s only starting up.
AUTO_MIN_CHARS = 500_000
# Chunks of consecutive documents: big enough that pickling and the round trip are a small
# share of the work, small enough that every worker gets several (the last chunk to finish
# decides the wall time) and the progress bar moves.
CHUNK_MIN_CHARS = 20_000
CHUNK_MAX_CHARS = 400_000
CHUNKS_PER_WORKER = 12


class WorkerError(ClaimsError):
    """Extraction failed in a worker process (a defect, or a worker that was killed)."""


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS and Windows have no sched_getaffinity
        return max(1, os.cpu_count() or 1)


def plan_processes(documents: Sequence[Document], jobs: int | None) -> int:
    """How many processes extract `documents`, this one included (1: this one alone).

    `jobs` None is automatic: the cores available, when the input is large enough to gain
    from them. A number is taken as given (1: no workers), never more than the chunks.
    ValueError when `jobs` is below 1.
    """
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if len(documents) < 2:
        return 1
    if jobs is None:
        if sum(len(d.text) for d in documents) < AUTO_MIN_CHARS:
            return 1
        jobs = available_cores()
    return 1 if jobs == 1 else min(jobs, len(chunk(documents, jobs)))


def chunk(documents: Sequence[Document], processes: int) -> list[tuple[int, int]]:
    """(start, end) index ranges of consecutive documents, about CHUNKS_PER_WORKER per process."""
    total = sum(len(d.text) for d in documents)
    target = min(CHUNK_MAX_CHARS, max(CHUNK_MIN_CHARS, total // max(1, processes * CHUNKS_PER_WORKER)))
    ranges: list[tuple[int, int]] = []
    start, size = 0, 0
    for i, document in enumerate(documents):
        size += len(document.text)
        if size >= target:
            ranges.append((start, i + 1))
            start, size = i + 1, 0
    if start < len(documents):
        ranges.append((start, len(documents)))
    return ranges


def extract_documents(
    documents: Sequence[Document],
    entities: EntityIndex,
    *,
    jobs: int | None = 1,
    progress: Progress | None = None,
    min_confidence: float | None = None,
) -> list[Statement]:
    """The statements of `documents`, in input order, extracted by up to `jobs` processes.

    The result is identical whatever `jobs` is. `jobs` N starts N - 1 worker processes and
    extracts in this one too; with `jobs=1`, or fewer than two documents, nothing is started.
    `progress(done, total, path)` is called in this process as documents finish (per chunk
    when workers run). A failure raises WorkerError naming the document (`jobs=1` shows the
    traceback). `min_confidence` as for statements.extract_statements. Workers started with 'spawn'
    (see the module's docstring) import the caller's main module again: a script that calls
    this with `jobs` other than 1 needs the `if __name__ == "__main__":` guard.
    """
    return [s for statements in extract_each(documents, entities, jobs=jobs, progress=progress, min_confidence=min_confidence) for s in statements]


def extract_each(
    documents: Sequence[Document],
    entities: EntityIndex,
    *,
    jobs: int | None = 1,
    progress: Progress | None = None,
    min_confidence: float | None = None,
) -> list[list[Statement]]:
    """extract_documents, with the statements of each document apart (one list per document,
    in input order): what the statement cache stores."""
    processes = plan_processes(documents, jobs)
    if processes == 1:
        return _extract_here(documents, entities, progress, min_confidence)
    return _extract_in_workers(documents, entities, processes, progress, min_confidence)


def _extract_here(
    documents: Sequence[Document], entities: EntityIndex, progress: Progress | None, min_confidence: float | None
) -> list[list[Statement]]:
    from karabakh_claims.statements import extract_statements

    out: list[list[Statement]] = []
    for n, document in enumerate(documents, 1):
        out.append(list(extract_statements(document, entities=entities, min_confidence=min_confidence)))
        if progress is not None:
            progress(n, len(documents), document.path)
    return out


def _extract_in_workers(
    documents: Sequence[Document],
    entities: EntityIndex,
    processes: int,
    progress: Progress | None,
    min_confidence: float | None,
) -> list[list[Statement]]:
    """The chunks handed in order to `processes - 1` workers, while this process works
    through them from the end: one start-up fewer, and the two meet where the work is split
    evenly. Each worker has one chunk queued besides the one it runs (this process hands them
    out after each document it extracts); chunks are small, so that what is queued when this
    process runs out of work is little, and nothing queued is ever cancelled."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ranges = chunk(documents, processes)
    results: list[list[list[Statement]] | None] = [None] * len(ranges)
    workers = processes - 1
    front, back = 0, len(ranges)  # the chunks not yet taken: [front, back)
    in_flight: dict[Future, int] = {}
    done_documents = 0

    def finished(k: int, per_document: list[list[Statement]]) -> None:
        nonlocal done_documents
        results[k] = per_document
        a, b = ranges[k]
        done_documents += b - a
        if progress is not None:
            progress(done_documents, len(documents), documents[b - 1].path)

    def hand_out(limit: int) -> None:
        nonlocal front
        while front < back and len(in_flight) < limit:
            a, b = ranges[front]
            in_flight[pool.submit(_extract_chunk, tuple(documents[a:b]), None, min_confidence)] = front
            front += 1

    def collect(timeout: float | None) -> None:
        ready, _ = wait(in_flight, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in sorted(ready, key=in_flight.__getitem__):
            per_document = future.result()  # WorkerError from the worker, or BrokenProcessPool
            finished(in_flight.pop(future), per_document)

    def broken() -> WorkerError:
        # Every chunk in flight fails with the pool; which one a dead worker held is not known.
        paths = [d.path for k in sorted(in_flight.values()) for d in documents[slice(*ranges[k])]]
        return WorkerError(
            f"a worker process stopped while extracting {_shorten(', '.join(dict.fromkeys(paths)))} "
            "(killed, out of memory, or it could not start); --jobs 1 extracts in one process"
        )

    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "fork":
        import karabakh_claims.decide  # noqa: F401  (what extract_statements imports when it runs)
        import karabakh_claims.statements  # noqa: F401
        from karabakh_claims.cues import load_lexicon

        load_lexicon()  # the workers inherit the modules and the lexicon as they are here
        flush_before_fork()
    initargs = (entities, gc.get_threshold(), gc.isenabled())
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=initargs)
    try:
        try:
            hand_out(workers)  # one each: this process takes the last chunk first
            while front < back:
                back -= 1
                a, b = ranges[back]
                per_document: list[list[Statement]] = []
                for k in range(a, b):
                    per_document += _extract_chunk((documents[k],), entities, min_confidence)
                    # Between two documents, not two chunks, and one chunk queued ahead: a worker
                    # that is done does not wait for this process's chunk to end (on real news it
                    # waited 0.2 s of every 0.4).
                    collect(timeout=0)
                    hand_out(2 * workers)
                finished(back, per_document)
            while in_flight:
                collect(timeout=None)
        except BrokenProcessPool:
            raise broken() from None
    except BaseException:
        # An error, or Ctrl-C: nothing more is started; the chunks running end on their own.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return [per_document for per_chunk in results if per_chunk is not None for per_document in per_chunk]


def _start_method() -> str:
    """'fork' on Linux when this process runs no other thread (nothing a fork could copy
    half-done), else 'spawn'. The pool forks its workers before it starts its own threads."""
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def flush_before_fork() -> None:
    """Write out what stdout and stderr hold: a fork copies unwritten output, and the copy
    would write it again when it ends."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()


def can_fork() -> bool:
    """Whether work can go to forked copies of this process (Linux, and no other thread
    running that a fork could copy holding a lock)."""
    return _start_method() == "fork"


def map_forked(work: Callable[[T], R], parts: Sequence[T]) -> list[R] | None:
    """[work(part) for part in parts]: the first part in this process, each other one in a
    worker process forked from it, which sees this process's memory as it is (nothing but
    the part's index and the result is pickled). None when forking is not possible (see
    can_fork): the caller does the work itself. `work` must not depend on being in this
    process (its effects in a worker are lost). A worker that fails raises WorkerError."""
    if len(parts) < 2:
        return [work(part) for part in parts]
    if not can_fork():
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _FORKED
    _FORKED = (work, parts)
    flush_before_fork()
    # What exists now is set aside from the collector until the work is done: a collection in a
    # worker would walk (and so copy) every page of this process's memory, a second in this one
    # would walk it again (a store of 100,000 claims is a gigabyte of objects).
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    pool = ProcessPoolExecutor(len(parts) - 1, mp_context=multiprocessing.get_context("fork"))
    try:
        futures = [pool.submit(_forked_part, k) for k in range(1, len(parts))]
        first = work(parts[0])
        try:
            rest = [future.result() for future in futures]
        except BrokenProcessPool:
            raise WorkerError("a worker process stopped (killed or out of memory); --jobs 1 works in one process") from None
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        _FORKED = None
        if not frozen_before:  # a caller that froze objects itself (cli.main) keeps them frozen
            gc.unfreeze()
    pool.shutdown()
    return [first, *rest]


_FORKED: tuple[Callable, Sequence] | None = None  # (work, parts), as the forked workers find them


def _forked_part(k: int):
    assert _FORKED is not None, "not a forked worker"
    work, parts = _FORKED
    return work(parts[k])


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- in the worker process ---------------------------------------------------------------------

_ENTITIES: EntityIndex | None = None


def _start_worker(entities: EntityIndex, gc_threshold: tuple[int, int, int], gc_enabled: bool) -> None:
    """Worker set-up: the entity index, the caller's GC settings, Ctrl-C left to the caller."""
    import signal

    from karabakh_claims.cues import load_lexicon

    global _ENTITIES
    _ENTITIES = entities
    gc.set_threshold(*gc_threshold)
    if not gc_enabled:
        gc.disable()
    # The terminal sends Ctrl-C to every process of the group: the caller stops the pool, and
    # a worker's own KeyboardInterrupt would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_lexicon()


def _extract_chunk(
    documents: tuple[Document, ...], entities: EntityIndex | None = None, min_confidence: float | None = None
) -> list[list[Statement]]:
    """The statements of each document of a chunk (with the worker's entity index unless
    `entities` is given); a failure becomes a WorkerError naming the document."""
    from karabakh_claims.statements import extract_statements

    index = entities if entities is not None else _ENTITIES
    assert index is not None, "worker not initialised"
    out: list[list[Statement]] = []
    for document in documents:
        try:
            out.append(list(extract_statements(document, entities=index, min_confidence=min_confidence)))
        except ClaimsError:
            raise
        except Exception as error:  # a defect: one line for the user, the traceback with --jobs 1
            where = f"{document.path}:{document.record}" if document.record is not None else document.path
            raise WorkerError(
                f"{where}: extraction failed: {type(error).__name__}: {error}; --jobs 1 shows the traceback"
            ) from None
    return out
