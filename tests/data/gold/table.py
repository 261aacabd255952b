"""What every annotation table (annotations.py, heldout*_annotations.py) is written with.

Each entry: f=file key, s=start snippet (content starts where it starts), e=end snippet
(content ends where it ends, first match after s), sp=canonical speaker, st=speaker text, cue,
kind, on=said_on, plus optional via, pol, named, alts, after (disambiguating anchor), note.
"""

from __future__ import annotations

from collections.abc import Callable

D, I, M = "direct", "indirect", "mixed"  # noqa: E741 (the kinds, short because every row has one)


def table() -> tuple[list[dict], Callable[..., None]]:
    """(the rows, A): A(f, s, e, sp, st, cue, kind, on, **optional) appends one row."""
    rows: list[dict] = []

    def add(f, s, e, sp, st, cue, kind, on, **optional) -> None:
        rows.append(dict(f=f, s=s, e=e, sp=sp, st=st, cue=cue, kind=kind, on=on, **optional))

    return rows, add
