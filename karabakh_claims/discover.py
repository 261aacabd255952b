"""Discovering events: clusters of statements that match no curated event.

A statement joins the most alike recent cluster that shares an entity with it within a
date window, so time grows about linearly with the number of statements.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from karabakh_claims.entities import EntityIndex
from karabakh_claims.events import _content_anchor, _official, actors_named, attributed
from karabakh_claims.linking import _likeness, _Normalised, normalise
from karabakh_claims.models import Assertion, Event, EventLink, EventSummary, Statement
from karabakh_claims.values import extract_value, find_figures, find_outcomes, lexicon

CLUSTER_AT = 65.0
CLUSTER_WINDOW_DAYS = 7
_CLUSTER_CANDIDATES = 40

def _day(statement: Statement) -> int | None:
    return statement.said_on.start.toordinal() if statement.said_on else None


@dataclass
class _Cluster:
    members: list[int]
    first: _Normalised
    last: _Normalised
    day: int | None


def _guess_slot(contents: Sequence[str]) -> Literal["number", "fact"]:
    known = set(lexicon().counted.values())
    counted = sum(
        1 for c in contents if any(f.quantity and f.quantity.split()[0] in known for f in find_figures(c))
    )
    return "number" if counted * 2 > len(contents) else "fact"


def discover_events(
    statements: Sequence[Statement],
    links: Sequence[EventLink],
    entities: EntityIndex,
) -> list[EventSummary]:
    """Cluster the statements matched to no curated event into new events.

    Statements are taken in order; each joins the most alike recent cluster that shares
    an entity mention with it and lies within 7 days (likeness >= 65 to the cluster's
    first or last statement), else starts a cluster. Only clusters with at least two
    statements from at least two speakers are returned, as `cluster-<n>` numbered in
    order of their first statement, titled by their commonest entities and outcome.
    The slot is "number" when most members give a counted figure, else "fact".

    Limits: statements mentioning no entity are not clustered; single-link joining can
    chain two stories that share a sentence-shaped middle.
    """
    matched = {link.statement_id for link in links if link.level == "match"}
    pool = [s for s in statements if s.id not in matched]
    norms = [normalise(s.content, entities) for s in pool]
    clusters: list[_Cluster] = []
    by_entity: dict[str, list[int]] = defaultdict(list)
    for i, (statement, norm) in enumerate(zip(pool, norms)):
        if not norm.entities:
            continue
        day = _day(statement)
        candidates: set[int] = set()
        for entity_id in norm.entities:
            candidates.update(by_entity[entity_id][-_CLUSTER_CANDIDATES:])
        best, best_score = None, CLUSTER_AT
        for c in sorted(candidates):
            cluster = clusters[c]
            if day is not None and cluster.day is not None and abs(day - cluster.day) > CLUSTER_WINDOW_DAYS:
                continue
            score = max(_likeness(norm, cluster.first), _likeness(norm, cluster.last))
            if score > best_score:
                best, best_score = c, score
        if best is None:
            clusters.append(_Cluster([i], norm, norm, day))
            best = len(clusters) - 1
        else:
            cluster = clusters[best]
            cluster.members.append(i)
            cluster.last = norm
            if day is not None:
                cluster.day = day
        for entity_id in norm.entities:
            if not by_entity[entity_id] or by_entity[entity_id][-1] != best:
                by_entity[entity_id].append(best)

    from karabakh_claims.conflicts import event_status

    summaries: list[EventSummary] = []
    for cluster in clusters:
        members = [pool[i] for i in cluster.members]
        speakers = {s.speaker_id or s.speaker for s in members}
        if len(members) < 2 or len(speakers) < 2:
            continue
        event_id = f"cluster-{len(summaries) + 1}"
        entity_counts: Counter[str] = Counter()
        outcome_counts: Counter[str] = Counter()
        for i in cluster.members:
            entity_counts.update(norms[i].entities)
            outcome_counts.update({m.label for m in find_outcomes(pool[i].content)})
        first_seen = {e: n for n, e in enumerate(e for i in cluster.members for e in sorted(norms[i].entities))}
        top = sorted(entity_counts, key=lambda e: (-entity_counts[e], first_seen[e]))[:2]
        names = [entities.get(e).name if entities.get(e) else e for e in top]
        outcome = min(outcome_counts, key=lambda o: (-outcome_counts[o], o)) if outcome_counts else None
        title = ", ".join(names) + (f": {outcome}" if outcome else "")
        slot = _guess_slot([s.content for s in members])
        event = Event(event_id, title, slot, tuple(top))
        found = []
        for statement in members:
            value = extract_value(statement.content, event, anchor=_content_anchor(statement.said_on))
            if value is None:
                value = extract_value(statement.content, replace(event, slot="fact"), anchor=statement.said_on)
            speaker = entities.get(statement.speaker_id) if statement.speaker_id else None
            found.append(
                Assertion(
                    event=event_id,
                    value=value,
                    polarity=statement.polarity,
                    speaker=statement.speaker,
                    speaker_id=statement.speaker_id,
                    side=speaker.side if speaker else None,
                    said_on=statement.said_on,
                    via=statement.via,
                    content=statement.content,
                    file=statement.file,
                    span=statement.span,
                    line=None,
                    origin="extracted",
                    statement=statement,
                    score=0.0,
                    reason=f"clustered into {event_id}",
                    actors=actors_named(statement, event, entities),
                    attributed=attributed(statement),
                    official=_official(speaker),
                )
            )
        summaries.append(
            EventSummary(event_id, title, slot, False, tuple(found), event_status(found, event))
        )
    return summaries
