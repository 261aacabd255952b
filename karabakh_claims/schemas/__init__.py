"""JSON Schemas shipped with the package (the store, and the JSON output formats).

Each schema is a file `<name>.schema.json` beside this module.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["available_schemas", "load_schema"]

_SUFFIX = ".schema.json"


def available_schemas() -> list[str]:
    """Names of the bundled schemas, sorted (e.g. ['conflict', 'statement', 'store'])."""
    return sorted(
        entry.name[: -len(_SUFFIX)]
        for entry in files(__package__).iterdir()
        if entry.name.endswith(_SUFFIX)
    )


def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema called `name` (`store`, or `store.schema.json`), as a dict.

    Raises KeyError naming the available schemas when there is no such schema.

    >>> load_schema("store")["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    stem = name[: -len(_SUFFIX)] if name.endswith(_SUFFIX) else name
    resource = files(__package__).joinpath(stem + _SUFFIX)
    if "/" in stem or "\\" in stem or not resource.is_file():
        raise KeyError(f"no schema named '{name}'; available: {', '.join(available_schemas())}")
    return json.loads(resource.read_text(encoding="utf-8"))
