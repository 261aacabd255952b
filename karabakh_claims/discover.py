"""Discovering events: what the statements that match no curated event are about.

Two steps. First, incidents: statements that name the same things (the store's entities,
the names the texts give, and words rare in the corpus) within a few weeks of each other
form one incident. A term in many statements says nothing about which incident is meant
and is not used; pairs are found through an inverted index of the remaining terms, so the
cost grows with the statements, not their square. Second, questions within an incident:
the statements that give a figure of one count ("people killed", "children killed") are a
number event each; those that date an outcome ("captured on Sunday") a date event; every
statement of the incident also belongs to its account, where parties are compared by
what they assert or deny and whom they hold responsible (stances.py).

A question with statements of two speakers or more is a discovered event, titled by the
incident's commonest names and the question's count or outcome; its status and conflicts
come from the same machinery as curated events, marked as discovered.

Limits: no syntax and no coreference beyond the store; two incidents that share rare names
within the window are one; an article's statements that name nothing of the incident ("the
claims are false") are left out unless they share its words.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from karabakh_claims.entities import EntityIndex
from karabakh_claims.events import _content_anchor, attributed, statement_assertion
from karabakh_claims.linking import normalise
from karabakh_claims.models import Event, EventLink, EventSummary, Slot, Statement
from karabakh_claims.values import extract_value, find_figures, find_outcomes, lexicon, quantity_key

# Statements further apart than this (both dated) are not one incident by their words alone.
WINDOW_DAYS = 21
# Two statements are one incident when the terms they share weigh this much (inverse
# document frequency, natural log): about two rare terms, or a name and a rare word.
LINK_WEIGHT = 4.0
# How many of the latest incidents naming a term are scored for a new statement.
_RECENT = 40
# Added to every term's log inverse frequency: a name in half the statements still counts a little.
_IDF_FLOOR = 1.0
_MIN_STATEMENTS = 2
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]+(?:\s+(?:of|the|al|de|von|van)\s+|\s+)?)+")


def _day(statement: Statement) -> int | None:
    return statement.said_on.start.toordinal() if statement.said_on else None


def _terms(statement: Statement, entities: EntityIndex) -> frozenset[str]:
    """What a statement names: entity ids, the names it writes, its content words (stemmed)."""
    norm = normalise(statement.content, entities)
    names = {
        "name:" + " ".join(m.group().lower().split())
        for m in _NAME_RE.finditer(statement.content)
        if m.start() > 0 and m.group().split()[0].lower() not in _CALENDAR
    }
    words = {t for t in norm.tokens if not t.startswith("ent_") and len(t) > 3 and not t.isdigit()}
    return frozenset(norm.entities) | frozenset(names) | frozenset(words)


def incidents(pool: Sequence[Statement], entities: EntityIndex) -> list[list[int]]:
    """Groups of statement indexes that are one incident, in order of their first statement.

    In reading order, each statement joins the incident whose terms it shares the most
    weight with (inverse document frequency over the pool; an entity of the store counts
    double), when that weight reaches LINK_WEIGHT and the incident was last spoken of
    within WINDOW_DAYS; else it starts one. Only incidents sharing a term with it are
    scored, and only the most recent few per term, so time grows about linearly.
    """
    terms = [_terms(s, entities) for s in pool]
    df: Counter[str] = Counter(t for found in terms for t in found)
    total = max(len(pool), 1)
    weight = {t: (math.log(total / n) + _IDF_FLOOR) * (2.0 if entities.get(t) is not None else 1.0) for t, n in df.items() if n > 1}
    groups: list[list[int]] = []
    vocab: list[Counter[str]] = []
    last_day: list[int | None] = []
    by_term: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(pool):
        day = _day(statement)
        own = [t for t in terms[i] if t in weight]
        # In a few articles about one incident every term is common: half of what the
        # statement names, two terms at least, is then enough.
        needed = min(LINK_WEIGHT, 0.5 * sum(weight[t] for t in own))
        candidates = {g for t in own for g in by_term[t][-_RECENT:]}
        best, best_weight = None, needed
        for g in sorted(candidates):
            if day is not None and last_day[g] is not None and abs(day - last_day[g]) > WINDOW_DAYS:
                continue
            common = [t for t in own if vocab[g][t]]
            shared = sum(weight[t] for t in common)
            if len(common) >= 2 and shared >= best_weight:
                best, best_weight = g, shared
        if best is None:
            groups.append([])
            vocab.append(Counter())
            last_day.append(day)
            best = len(groups) - 1
        groups[best].append(i)
        vocab[best].update(terms[i])
        if day is not None:
            last_day[best] = day
        for t in terms[i]:
            if t in weight and (not by_term[t] or by_term[t][-1] != best):
                by_term[t].append(best)
    return [g for g in groups if len(g) >= _MIN_STATEMENTS]


@dataclass(frozen=True, slots=True)
class _Question:
    """One question an incident raises: its slot, and what tells it apart (a count, an outcome)."""

    slot: Slot
    label: str


def _merged(question: _Question, known: list[_Question]) -> _Question:
    """A count that is the same as one already asked ("people" and "people killed") is that one."""
    if question.slot == "number":
        from karabakh_claims.values import quantity_relation

        for other in known:
            if other.slot == "number" and quantity_relation(question.label, other.label) == "same":
                return other
    return question


def _questions(statement: Statement) -> list[_Question]:
    """The questions a statement answers: a count it gives a figure for, an outcome it dates,
    and always the incident's account."""
    found = [_Question("account", "")]
    known = set(lexicon().counted.values())
    for figure in find_figures(statement.content):
        if figure.hypothetical or not figure.quantity or figure.quantity.split()[0] not in known:
            continue
        counted, measure, _ = quantity_key(figure.quantity)
        found.append(_Question("number", " ".join(filter(None, (counted, measure)))))
    outcomes = find_outcomes(statement.content)
    if outcomes and re.search(r"\b(?:on|since|by)\s+(?:\w+\s+)?\d|\b\d{4}-\d\d-\d\d\b", statement.content):
        found.append(_Question("date", outcomes[0].label))
    return list(dict.fromkeys(found))


def _title(members: Sequence[Statement], entities: EntityIndex, question: _Question) -> tuple[str, tuple[str, ...]]:
    """A title from the incident's commonest names, and the entity ids it is about."""
    counts: Counter[str] = Counter()
    for statement in members:
        counts.update(normalise(statement.content, entities).entities)
    top = [e for e, _ in counts.most_common(2)]
    names = [entities.get(e).name if entities.get(e) else e for e in top]
    if not names:
        words = Counter(t for s in members for t in _terms(s, entities) if t.startswith("name:"))
        names = [w.removeprefix("name:").title() for w, _ in words.most_common(2)]
    head = ", ".join(names) or "statements"
    about = {"number": question.label, "date": f"when {question.label}", "account": "accounts"}[question.slot]
    return f"{head}: {about}", tuple(top)


def discover_events(
    statements: Sequence[Statement],
    links: Sequence[EventLink],
    entities: EntityIndex,
) -> list[EventSummary]:
    """Events found among the statements that match no curated event.

    Returns one summary per question of an incident with statements of at least two
    speakers, numbered `cluster-<n>` in order of their first statement; slot "number"
    for a count, "date" for a dated outcome, "account" for the rest.
    """
    from karabakh_claims.conflicts import event_status

    matched = {link.statement_id for link in links if link.level == "match"}
    pool = [s for s in statements if s.id not in matched]
    summaries: list[EventSummary] = []
    for incident in incidents(pool, entities):
        members = [pool[i] for i in incident]
        by_question: dict[_Question, list[Statement]] = defaultdict(list)
        asked: dict[_Question, set[str]] = defaultdict(set)  # ids, not a scan of a list per statement
        for statement in members:
            for question in _questions(statement):
                question = _merged(question, list(by_question))
                if statement.id not in asked[question]:
                    asked[question].add(statement.id)
                    by_question[question].append(statement)
        counted = {s.id for q, g in by_question.items() if q.slot != "account" for s in g}
        for question, group in sorted(by_question.items(), key=lambda q: (q[0].slot != "account", q[0].slot, q[0].label)):
            if question.slot == "account" and all(s.id in counted for s in group):
                continue  # only figures or dates: their own questions say it all
            speakers = {s.speaker_id or s.speaker for s in group if attributed(s)}
            if len(group) < _MIN_STATEMENTS or len(speakers) < 2:
                continue
            title, about = _title(members, entities, question)
            event = Event(f"cluster-{len(summaries) + 1}", title, question.slot, about, (question.label,) if question.label else ())
            found = []
            for statement in group:
                value = extract_value(statement.content, event, anchor=_content_anchor(statement.said_on))
                if value is not None:
                    found.append(statement_assertion(statement, event, value, entities, score=0.0, reason=f"discovered: {event.title}"))
            if len({a.speaker_id or a.speaker for a in found if a.attributed}) < 2:
                continue
            summaries.append(EventSummary(event.id, title, question.slot, False, tuple(found), event_status(found, event)))
    return summaries
