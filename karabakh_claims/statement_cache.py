"""An on-disk cache of extracted statements, one entry per document.

Reading a store's articles again is most of a small command's time (about 1 s of the 2.5 s
of `events` on a store of 5,000 claims) and gives the same statements every time: what one
document yields depends only on the document, the store's entities (speakers resolve
through them), the extraction options and the code. An entry is keyed by a SHA-256 over
all of those:

- the document's text (its UTF-8 bytes, hashed) and its metadata (path, publication date
  and its basis, outlet, source id, year hint, title, URL, author, dump line and id);
- the store's entities as records (their line numbers in claims.yaml aside: moving an
  entry does not change what it names);
- `min_confidence`;
- the package's version and a fingerprint of its files (modules, lexicon, tagger weights:
  a changed rule is a changed key), Python's major and minor version, and the versions of
  rapidfuzz and PyYAML.

Entries are JSON files under the cache folder (`<key[:2]>/<key>.json`), written to a
temporary file and renamed into place (a reader never sees half an entry), by a forked copy of
the process (a thread where forking is not possible) while the caller goes on (`wait_for_writes`;
the interpreter waits for it before it exits). An entry that
cannot be read, is not what its name says (the key inside differs) or does not decode is
ignored and written again: a corrupt or stale entry costs an extraction, never an error or
a different result. Nothing is ever deleted: entries of old code and old texts stay until
the folder is removed (`rm -r ~/.cache/karabakh-claims/statements`).

The folder: `$KARABAKH_CLAIMS_EXTRACTION_CACHE`, else `$XDG_CACHE_HOME/karabakh-claims/statements`,
else `~/.cache/karabakh-claims/statements`; the variable set to `off` turns the cache off.
Library calls use no cache unless given a folder (pipeline.extract's `cache_dir`); the
commands use the default folder unless `--no-cache` is given.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache, partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from karabakh_claims.models import DateMention, Document, Span, Statement

if TYPE_CHECKING:
    from karabakh_claims.entities import EntityIndex

CACHE_ENV = "KARABAKH_CLAIMS_EXTRACTION_CACHE"
# Bumped when the entries' layout changes (the code fingerprint changes with it anyway).
FORMAT = 1

Progress = Callable[[int, int, str], None]


def default_cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The cache folder of the commands (see the module); None when the variable says `off`."""
    value = environ.get(CACHE_ENV)
    if value:
        return None if value.strip().lower() == "off" else Path(value)
    base = Path(environ["XDG_CACHE_HOME"]) if environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "karabakh-claims" / "statements"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over the package's version, its files (modules and data, bytecode aside),
    Python's version and those of rapidfuzz and PyYAML: any change to the code, the lexicon or
    the tagger changes it."""
    import rapidfuzz
    import yaml

    from karabakh_claims import __version__

    root = Path(__file__).resolve().parent
    # The libraries whose answers extraction keeps: spellings matched (rapidfuzz), lexicons read (PyYAML).
    libraries = f"rapidfuzz {rapidfuzz.__version__}|pyyaml {yaml.__version__}"
    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version_info[0]}.{sys.version_info[1]}|{libraries}".encode())
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for path in files:
        digest.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def entities_fingerprint(entities: EntityIndex) -> str:
    """SHA-256 over the entities an index was built from, in order, line numbers aside."""
    return hashlib.sha256(repr([replace(e, line=0) for e in entities.entities()]).encode("utf-8")).hexdigest()


def document_key(document: Document, context: str) -> str:
    """The key of one document's entry: its text's hash, its metadata and `context` (the
    code, entities and options, see StatementCache)."""
    text = hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()
    meta = repr(replace(document, text=""))
    return hashlib.sha256(f"{context}|{text}|{meta}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class StatementCache:
    """The entries of one folder, for one entity index and one `min_confidence`."""

    folder: Path
    context: str  # the code, entities and options: what every key of this run shares

    @classmethod
    def open(cls, folder: Path, entities: EntityIndex, min_confidence: float | None) -> StatementCache:
        """The cache in `folder` for documents read with `entities` and `min_confidence`."""
        context = f"{code_fingerprint()}|{entities_fingerprint(entities)}|{min_confidence!r}"
        return cls(folder, context)

    def key(self, document: Document) -> str:
        return document_key(document, self.context)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Statement] | None:
        """The statements stored under `key`, or None: absent, unreadable, not this key's, or
        not decodable (each is a miss, never an error)."""
        try:
            entry = json.loads(self._path(key).read_bytes())
            if not isinstance(entry, dict) or entry.get("key") != key:
                return None
            return [_decode(row) for row in entry["statements"]]
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            return None

    def put(self, key: str, statements: Sequence[Statement]) -> None:
        """Store `statements` under `key` atomically; a folder that cannot be written is no
        reason to fail (the statements were extracted; the next run extracts them again)."""
        _write(self._path(key), self.entry(key, statements))

    def entry(self, key: str, statements: Sequence[Statement]) -> bytes:
        """The bytes of the entry of `statements` under `key`."""
        # ASCII with escapes: any string (a lone surrogate of a broken text too) reads back as it was.
        return json.dumps({"key": key, "statements": [_encode(s) for s in statements]}, separators=(",", ":")).encode("ascii")

    def put_later(self, entries: Sequence[tuple[str, Sequence[Statement]]]) -> None:
        """`put` each (key, statements), the files written while the caller goes on (creating
        thousands of files costs seconds on some file systems); see wait_for_writes. Where it
        can (see parallel.can_fork), a forked copy of this process writes them, so that no
        thread keeps the caller from forking workers of its own (linking does); else a thread."""
        from karabakh_claims.parallel import can_fork

        # The writer encodes the entries too (60 ms for 6,000 statements, time the caller goes on with).
        data = [(self._path(key), partial(self.entry, key, statements)) for key, statements in entries]
        wait_for_writes()
        global _WRITER
        if can_fork():
            _WRITER = _fork_writer(data)
            return
        _WRITER = threading.Thread(target=_write_all, args=(data,), name="statement-cache-writer")
        _WRITER.start()  # not a daemon: the interpreter waits for it before it exits


_WRITER: threading.Thread | int | None = None  # the thread, or the process id of the forked copy, writing


def wait_for_writes() -> None:
    """Return once the entries handed to put_later are written (or given up)."""
    global _WRITER
    if isinstance(_WRITER, threading.Thread):
        _WRITER.join()
    elif _WRITER is not None:
        try:
            os.waitpid(_WRITER, 0)
        except ChildProcessError:  # already waited for
            pass
    _WRITER = None


def _fork_writer(data: Sequence[tuple[Path, Callable[[], bytes]]]) -> int:
    """The process id of a forked copy of this process that writes `data` and ends; the
    interpreter waits for it before it exits."""
    from karabakh_claims.parallel import flush_before_fork

    flush_before_fork()
    pid = os.fork()
    if pid == 0:  # the copy: write, and end without running anything of the caller's
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the command, not the writes
        code = 0
        try:
            _write_all(data)
        except BaseException:
            code = 1
        os._exit(code)
    global _EXIT_WAIT
    if not _EXIT_WAIT:
        atexit.register(wait_for_writes)
        _EXIT_WAIT = True
    return pid


_EXIT_WAIT = False


def _write_all(data: Sequence[tuple[Path, Callable[[], bytes]]]) -> None:
    for path, entry in data:
        _write(path, entry())


def _write(path: Path, data: bytes) -> None:
    # A name of this process's own (another process writing the same entry writes its own),
    # renamed into place: a reader finds the whole entry or none.
    unfinished = path.with_name(f".{path.stem}.{os.getpid()}.part")
    try:
        try:
            unfinished.write_bytes(data)
        except FileNotFoundError:  # the entry's folder, made once
            path.parent.mkdir(parents=True, exist_ok=True)
            unfinished.write_bytes(data)
        os.replace(unfinished, path)
    except OSError:
        try:
            unfinished.unlink(missing_ok=True)
        except OSError:
            pass


def extract_cached(
    documents: Sequence[Document],
    entities: EntityIndex,
    *,
    cache_dir: Path,
    jobs: int | None = 1,
    progress: Progress | None = None,
    min_confidence: float | None = None,
) -> list[Statement]:
    """parallel.extract_documents with the cache in `cache_dir`: documents with an entry are
    not read again, the others are extracted (by up to `jobs` processes) and stored. The
    statements are the same, in the same order, as without the cache."""
    wait_for_writes()  # what an earlier call handed over is there to be read
    cache = StatementCache.open(cache_dir, entities, min_confidence)
    keys = [cache.key(d) for d in documents]
    found: list[list[Statement] | None] = [cache.get(k) for k in keys]
    missing = [k for k, hit in enumerate(found) if hit is None]
    hits = len(documents) - len(missing)
    if progress is not None and hits:
        progress(hits, len(documents), documents[-1].path)
    if not missing:  # nothing to read: not even the extraction modules are imported
        return [s for statements in found for s in statements or ()]
    from karabakh_claims.parallel import extract_each

    counted = None if progress is None else (lambda done, _total, path: progress(hits + done, len(documents), path))
    fresh = extract_each([documents[k] for k in missing], entities, jobs=jobs, progress=counted, min_confidence=min_confidence)
    for k, statements in zip(missing, fresh, strict=True):
        found[k] = statements
    # Written while the caller links and compares: only an earlier run's entries are read here,
    # and a process that ends waits for the writes to finish.
    cache.put_later([(keys[k], fresh_statements) for k, fresh_statements in zip(missing, fresh, strict=True)])
    return [s for statements in found for s in statements or ()]


# --- entries: a statement as a JSON array of its fields, in the record's order ---------------------

_FIELDS = tuple(f.name for f in fields(Statement))
# Each field's kind, read from its annotation: a span, a date mention, or a JSON value as it is.
_KINDS = tuple("date" if "DateMention" in str(f.type) else "span" if "Span" in str(f.type) else "" for f in fields(Statement))


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _unspan(value: list[int] | None) -> Span | None:
    return None if value is None else Span(value[0], value[1])


def _mention(mention: DateMention | None) -> list[Any] | None:
    if mention is None:
        return None
    return [mention.start.toordinal(), mention.end.toordinal(), mention.precision, mention.basis, _span(mention.span)]


def _unmention(value: list[Any] | None) -> DateMention | None:
    if value is None:
        return None
    return DateMention(date.fromordinal(value[0]), date.fromordinal(value[1]), value[2], value[3], _unspan(value[4]))


# Where the spans and date mentions stand in a row: only those are converted, the other fields
# are JSON values as they are (a row is read field by field in C, not in a loop over fields).
_SPANS = tuple(k for k, kind in enumerate(_KINDS) if kind == "span")
_MENTIONS = tuple(k for k, kind in enumerate(_KINDS) if kind == "date")
_FIELDS_OF = attrgetter(*_FIELDS)


def _encode(statement: Statement) -> list[Any]:
    row = list(_FIELDS_OF(statement))
    for k in _SPANS:
        row[k] = _span(row[k])
    for k in _MENTIONS:
        row[k] = _mention(row[k])
    return row


def _decode(row: list[Any]) -> Statement:
    if len(row) != len(_FIELDS):
        raise ValueError("an entry of another layout")
    for k in _SPANS:
        row[k] = _unspan(row[k])
    for k in _MENTIONS:
        row[k] = _unmention(row[k])
    return Statement(*row)
