"""Records as plain dicts in the public JSON shape (CONTRACT.md), with stable key order.

Pure functions: the renderers and the golden tests share them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from karabakh_claims.models import Assertion, Conflict, DateMention, EventLink, EventSummary, Statement


def _iso(mention: DateMention | None) -> str | None:
    return mention.iso() if mention is not None else None


def statement_dict(statement: Statement) -> dict[str, Any]:
    """A statement as CONTRACT.md specifies it, plus how its date and speaker were resolved."""
    source: dict[str, Any] = {"file": statement.file, "start": statement.span.start, "end": statement.span.end}
    if statement.line:
        source["line"] = statement.line
    if statement.article_id is not None:
        source["id"] = statement.article_id
    if statement.url is not None:
        source["url"] = statement.url
    return {
        "id": statement.id,
        "speaker": statement.speaker,
        "speaker_text": statement.speaker_text,
        "cue": statement.cue,
        "content": statement.content,
        "kind": statement.kind,
        "said_on": _iso(statement.said_on),
        "said_on_basis": statement.said_on.basis if statement.said_on else None,
        "via": statement.via,
        "polarity": statement.polarity,
        "source": source,
        "speaker_id": statement.speaker_id,
        "speaker_basis": statement.speaker_basis,
        "confidence": statement.confidence,
        "found_by": statement.found_by,
    }


def assertion_dict(assertion: Assertion) -> dict[str, Any]:
    """An assertion in the statement shape, plus claim_id, event, value and origin."""
    span = assertion.span
    item: dict[str, Any] = {
        "id": assertion.claim_id or (assertion.statement.id if assertion.statement else None),
        "claim_id": assertion.claim_id,
        "origin": assertion.origin,
        "event": assertion.event,
        "value": assertion.value.text,
        "speaker": assertion.speaker,
        "speaker_id": assertion.speaker_id,
        "side": assertion.side,
        "speaker_text": assertion.statement.speaker_text if assertion.statement else assertion.speaker,
        "cue": assertion.statement.cue if assertion.statement else None,
        "content": assertion.content,
        "kind": assertion.statement.kind if assertion.statement else "direct",
        "said_on": _iso(assertion.said_on),
        "said_on_basis": assertion.said_on.basis if assertion.said_on else None,
        "via": assertion.via,
        "polarity": assertion.polarity,
        "source": {
            "file": assertion.file,
            "start": span.start if span else None,
            "end": span.end if span else None,
            "line": assertion.line,
        },
        "score": round(assertion.score, 1),
        "reason": assertion.reason,
    }
    if assertion.status is not None:
        # Only claims `add` wrote carry a status (proposed, accepted); hand-written ones have none.
        item["status"] = assertion.status
    return item


def unlinked_dict(statement: Statement, links: Iterable[EventLink]) -> dict[str, Any]:
    """An extracted statement in the `claims` shape, with no event; its best suggestion if any."""
    suggestions = sorted((l for l in links if l.statement_id == statement.id), key=lambda l: -l.score)
    row = statement_dict(statement)
    return {
        "id": statement.id,
        "claim_id": None,
        "origin": "extracted",
        "event": None,
        "value": None,
        **{k: row[k] for k in ("speaker", "speaker_id")},
        "side": None,
        **{k: row[k] for k in ("speaker_text", "cue", "content", "kind", "said_on", "said_on_basis", "via", "polarity")},
        "source": row["source"],
        "score": round(suggestions[0].score, 1) if suggestions else 0.0,
        "reason": f"suggested: {suggestions[0].event} ({suggestions[0].reason})" if suggestions else "matches no event",
    }


def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    return {
        "event": conflict.event,
        "title": conflict.title,
        "slot": conflict.slot,
        "positions": [
            {
                "value": position.value,
                "side": position.party,
                "polarity": position.polarity,
                "claims": [assertion_dict(a) for a in position.assertions],
            }
            for position in conflict.positions
        ],
        "why": conflict.why,
        "unattributed": [assertion_dict(a) for a in conflict.unattributed],
        "discovered": conflict.discovered,
    }


def summary_dict(summary: EventSummary) -> dict[str, Any]:
    speakers = sorted({a.speaker for a in summary.assertions if a.speaker})
    sources = sorted({a.file for a in summary.assertions})
    return {
        "event": summary.event,
        "title": summary.title,
        "slot": summary.slot,
        "curated": summary.curated,
        "status": summary.status,
        "claims": len(summary.assertions),
        "speakers": speakers,
        "sources": sources,
        "values": sorted({a.value.text for a in summary.assertions}),
    }


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as dotted keys, lists joined with '; ' (for CSV and tables)."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = "; ".join(str(v) for v in value)
        else:
            flat[name] = value
    return flat
