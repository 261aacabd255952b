"""Matching a free-text claim against the stored claims and events (`match TEXT`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from karabakh_claims.entities import EntityIndex
from karabakh_claims.linking import _EventIndex, _query_likeness, _score, normalise
from karabakh_claims.models import Assertion, Store

@dataclass(frozen=True, slots=True)
class MatchResult:
    """A stored claim or an event close to a free-text claim, with how close and why."""

    kind: Literal["claim", "event"]
    id: str
    text: str
    speaker: str | None
    said_on: str | None
    score: float
    reason: str


def match_text(
    text: str,
    store: Store,
    assertions: Sequence[Assertion],
    entities: EntityIndex,
    *,
    limit: int = 10,
) -> list[MatchResult]:
    """The assertions and curated events closest to `text`, best first (at most `limit`).

    A claim scores its likeness to `text` (normalised as for linking; token-set and
    token-sort likeness averaged) plus up to 25 for the share of the text's entities it
    names; an event scores as in link_statements. Results below 30 are dropped. Ties are
    broken by kind, then id.

    >>> match_text("the town fell on Nov 7", store, found, index)[0].kind  # doctest: +SKIP
    'claim'
    """
    norm = normalise(text, entities)
    results: list[MatchResult] = []
    for position, assertion in enumerate(assertions):
        other = normalise(assertion.content, entities)
        likeness = _query_likeness(norm, other)
        shared = norm.entities & other.entities
        covered = len(shared) / len(norm.entities) if norm.entities else 0.0
        score = min(100.0, 0.75 * likeness + 25.0 * covered)
        if score < 30:
            continue
        reason = f"{likeness:.0f}% like"
        if shared:
            reason += "; shares " + ", ".join(sorted(shared))
        reason += f"; event {assertion.event}"
        said = assertion.said_on.iso() if assertion.said_on else None
        results.append(
            MatchResult(
                "claim",
                assertion.claim_id or (assertion.statement.id if assertion.statement else f"assertion-{position}"),
                assertion.content,
                assertion.speaker,
                said,
                round(score, 1),
                reason,
            )
        )
    index = _EventIndex(store, entities)
    for profile in index.profiles:
        result = _score(profile, norm, None, entities)
        if result.score >= 30:
            results.append(MatchResult("event", profile.event.id, profile.event.title, None, None, result.score, result.reason))
    results.sort(key=lambda r: (-r.score, r.kind, r.id))
    return results[:limit]
