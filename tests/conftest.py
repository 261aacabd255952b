"""Shared test options (golden files are regenerated only on request) and fixtures."""

import os
from pathlib import Path

import pytest

# The commands take statements from an on-disk cache by default (statement_cache); tests run
# without it (nothing written to the user's cache, nothing read from an earlier run), in this
# process and in the commands they start. tests/test_statement_cache.py turns it on.
os.environ["KARABAKH_CLAIMS_EXTRACTION_CACHE"] = "off"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# --- the bundled analysis, computed once per session ------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
BUNDLED_STORE = REPO / "claims.yaml"


@pytest.fixture(scope="session")
def _bundled_analyses() -> dict[tuple, object]:
    return {}


@pytest.fixture
def shared_bundled_analysis(monkeypatch: pytest.MonkeyPatch, _bundled_analyses: dict[tuple, object]) -> None:
    """`pipeline.extract` and `pipeline.analyse` of the bundled corpus (the repository's
    claims.yaml and its own sources) computed once per session and shared by the tests that
    use this fixture.

    The CLI tests render those results many ways (json, csv, tables, filters, one event);
    recomputing them took a quarter to half a second a test. Any call with texts, stdin or
    another store runs the real function; the key holds every argument that changes the
    result, and the store file's mtime, so an edited store is read again.
    """
    from karabakh_claims import pipeline

    def shared(name: str):
        real = getattr(pipeline, name)

        def call(store_path, paths, *, stdin_text=None, progress=None, **options):
            if paths or stdin_text is not None or Path(store_path).resolve() != BUNDLED_STORE:
                return real(store_path, paths, stdin_text=stdin_text, progress=progress, **options)
            key = (name, str(store_path), BUNDLED_STORE.stat().st_mtime_ns, *sorted(options.items()))
            if key not in _bundled_analyses:
                _bundled_analyses[key] = real(store_path, paths, progress=progress, **options)
            return _bundled_analyses[key]

        return call

    monkeypatch.setattr(pipeline, "extract", shared("extract"))
    monkeypatch.setattr(pipeline, "analyse", shared("analyse"))
