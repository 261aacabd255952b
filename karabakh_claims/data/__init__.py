"""Package data: lexicons and vocabularies read at run time (no code knowledge of any conflict)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=4)
def load(name: str) -> Any:
    """A YAML file of this package, parsed once; with libyaml's loader where PyYAML has it
    (the pure-Python loader took longer than the rest of a small run's start-up)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resources.files(__name__).joinpath(name).read_text("utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
