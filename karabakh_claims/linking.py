"""Linking: which curated event each statement is about.

Texts are compared in a normalised form so that spellings, transliterations and
paraphrase do not split an event: every entity mention becomes its entity id (the
store lists the spellings), every outcome phrase becomes its label ("fell", "was
captured", "lost control of", "liberation of" all become `taken`; the phrases are in
data/values.yaml), words are lower-cased, stemmed by suffix stripping and stopwords
dropped. Similarity is rapidfuzz's token_set_ratio over that form.

For scale, a statement is scored only against the events that share an entity or a
keyword with it (inverted indexes), so time grows about linearly with the number of
statements.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from karabakh_claims.entities import EntityIndex
from karabakh_claims.models import Claim, Entity, Event, EventLink, Statement, Store
from karabakh_claims.text import first_line
from karabakh_claims.values import lexicon, with_outcome_labels

# Scores are 0-100. A statement linked at MATCH_AT or above joins the event's
# assertions; between SUGGEST_AT and MATCH_AT the link is only shown for review.
# Calibrated on realistic reporting: an entity of the event plus a keyword or an
# outcome of the event (55 + ~10 of likeness) passes; an entity alone, or a keyword
# alone, stays below 45 unless the text closely restates a curated claim.
MATCH_AT = 60.0
SUGGEST_AT = 45.0
# Without any of the event's keywords, a statement must be this like one of its claims.
_LIKE_WITHOUT_KEYWORD = 70.0
# A matchable suggestion this far ahead of every other event is a match: the statement names
# the event's people and words, and nothing else in the store comes near (measured with
# scripts/eval_match.py: dev disputes R 0.655 -> 0.719 at P 0.792 -> 0.800; bundled gold R
# 0.783 -> 0.804 at P 0.683 -> 0.685).
_CLEAR_LEAD = 15.0
# How far ahead of the events it only shares names with (not matchable) such a suggestion must be
# when the statement names the event's entities itself (measured: dev disputes R 0.727 -> 0.741 at
# P 0.815 -> 0.818; bundled `add` R 0.445 -> 0.473 at P 0.533 -> 0.542).
_CLEAR_OF_NAMES = 5.0
# Weights of the three signals (they sum to 100).
_W_ENTITY = 35.0
_W_KEYWORD = 25.0
_W_LIKENESS = 40.0
_MAX_SUGGESTIONS = 2
# A second event of the same slot is linked too when it scores this close to the best.
_SAME_SLOT_MARGIN = 3.0
# Entities the article named before a statement count at this share of their weight: the
# article has established what "the explosion", "the plant" or "this" is about.
_CONTEXT_SHARE = 0.4
# How far back "nearby" reaches: about two paragraphs of news copy. Further back, a long
# article (a live blog, a round-up) has moved on to other events.
_NEARBY = 400
# Keywords needed when the event's entities are only named around the statement.
_AROUND_HITS = 2

_TOKEN_RE = re.compile(r"[a-z0-9_]+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ated", "ate", "ions", "ion", "ied", "ies",
             "ed", "es", "s", "e")


def stem(word: str) -> str:
    """Crude suffix stripping so that capture/captured, liberation/liberated meet.

    >>> stem("liberation") == stem("liberated") == stem("liberate")
    True
    """
    if "_" in word or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _entity_token(entity_id: str) -> str:
    return "ent_" + re.sub(r"[^a-z0-9]+", "_", entity_id.lower())


@dataclass(frozen=True, slots=True)
class _Normalised:
    """A text in comparable form: its entity ids and stemmed content words."""

    entities: frozenset[str]
    tokens: tuple[str, ...]
    text: str
    words: frozenset[str] = frozenset()  # stems before outcome phrases became labels
    content: str = ""  # the tokens without entity ids: what likeness compares
    distinct: int = 0  # how many different words `content` has
    # The stems of the names it mentions ("President Joe Biden" -> joe, biden): a keyword may be
    # a word of a name ("Biden") that the text spells out in full and `words` holds as an id.
    name_words: frozenset[str] = frozenset()

    @property
    def keyword_words(self) -> frozenset[str]:
        """What an event's keyword is looked for in: its words and the words of the names it mentions."""
        return self.words | self.name_words if self.name_words else self.words


def normalise(text: str, entities: EntityIndex) -> _Normalised:
    """`text` with mentions replaced by entity ids, outcome phrases by labels, stemmed.

    Cached (linking and clustering normalise the same statements).

    >>> normalise("Townsk was captured", index).text  # doctest: +SKIP
    'ent_townsk taken'
    """
    return _normalise_cached(text, entities)


@lru_cache(maxsize=1 << 17)
def _normalise_cached(text: str, entities: EntityIndex) -> _Normalised:
    mentions = entities.find_mentions(text)
    ids: list[str] = []
    pieces: list[str] = []
    last = 0
    for entity_id, span in sorted(mentions, key=lambda m: (m[1].start, m[0])):
        if span.start < last:
            # A role alias held by several entities yields each of them at one span.
            ids.append(entity_id)
            pieces.append(" " + _entity_token(entity_id))
            continue
        pieces.append(text[last:span.start])
        pieces.append(" " + _entity_token(entity_id) + " ")
        ids.append(entity_id)
        last = span.end
    pieces.append(text[last:])
    plain = "".join(pieces)
    labelled = with_outcome_labels(plain).lower()
    stop = lexicon().stopwords
    tokens = tuple(stem(t) for t in _TOKEN_RE.findall(labelled) if t not in stop)
    words = frozenset(stem(t) for t in _TOKEN_RE.findall(plain.lower()) if t not in stop)
    content = " ".join(t for t in tokens if not t.startswith("ent_"))
    named = "".join(text[span.start:span.end] + " " for _, span in mentions).lower()
    name_words = frozenset(stem(t) for t in _TOKEN_RE.findall(named) if t not in stop)
    return _Normalised(
        frozenset(ids), tokens, " ".join(tokens), words | frozenset(tokens), content, len(set(content.split())), name_words
    )


def _likeness(a: _Normalised, b: _Normalised, cutoff: float = 0.0) -> float:
    """0-100; 0 when below `cutoff` (lets rapidfuzz stop early)."""
    # Entities are scored on their own; shared names alone must not make two texts alike.
    if not a.content or not b.content:
        return 0.0
    # token_set_ratio gives 100 to any subset; a two-word text says too little to be that like.
    factor = min(1.0, min(a.distinct, b.distinct) / 4)
    if cutoff / factor > 100:
        return 0.0
    return fuzz.token_set_ratio(a.content, b.content, score_cutoff=cutoff / factor) * factor


def _best_likeness(
    norm: _Normalised, compared: Sequence[tuple[str, _Normalised]], needed: float, full: _FullTexts | None = None
) -> tuple[str | None, float]:
    """The first of `compared` most like `norm` (at least `needed`), and how like: _likeness of
    each, with the texts of four words or more scored in one rapidfuzz call (`full`: those
    texts of `compared`, when known)."""
    best_claim, likeness = None, 0.0
    if len(compared) <= _ONE_BY_ONE or not norm.content:
        for claim_id, claim_norm in compared:
            value = _likeness(norm, claim_norm, max(needed, likeness))
            if value > likeness:
                best_claim, likeness = claim_id, value
        return best_claim, likeness
    # A text of four words or more scales by the statement's own factor only (see _likeness).
    factor = min(1.0, norm.distinct / 4)
    full = full or _FullTexts(compared)
    best_k = None
    if needed / factor <= 100 and full.indices:
        found = process.extractOne(norm.content, full.contents, scorer=fuzz.token_set_ratio, score_cutoff=needed / factor)
        if found is not None and found[1] * factor > 0:
            best_k, likeness = full.indices[found[2]], found[1] * factor
    for k in full.short:
        value = _likeness(norm, compared[k][1], max(needed, likeness))
        if value > likeness or (value == likeness and value > 0 and best_k is not None and k < best_k):
            best_k, likeness = k, value
    return (compared[best_k][0] if best_k is not None else None), likeness


# Up to this many claims are compared one by one; more in one call.
_ONE_BY_ONE = 16


class _FullTexts:
    """The texts of four words or more among some claims, and where they stand."""

    def __init__(self, compared: Sequence[tuple[str, _Normalised]]):
        self.indices = [k for k, (_, claim_norm) in enumerate(compared) if claim_norm.distinct >= 4]
        self.contents = [compared[k][1].content for k in self.indices]
        # The shorter ones, compared one by one: kept so that a statement does not walk
        # all of an event's claims to find them (16 s of 100,000 claims under cProfile).
        self.short = [k for k, (_, claim_norm) in enumerate(compared) if claim_norm.distinct < 4]


def _query_likeness(query: _Normalised, text: _Normalised) -> float:
    """Likeness of a pasted claim to a stored one: token-set likeness averaged with
    token-sort likeness, so that a long text merely containing the query's words does
    not rank as a restatement of it."""
    if not query.content or not text.content:
        return 0.0
    return (_likeness(query, text) + fuzz.token_sort_ratio(query.content, text.content)) / 2


# --- linking ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Keyword:
    text: str
    tokens: tuple[str, ...]
    # A name or part of one ("Biden"): found in the names the text spells out too ("President Joe Biden").
    a_name: bool = False

    def found_in(self, norm: _Normalised) -> bool:
        present = norm.keyword_words if self.a_name else norm.words
        return all(t in present for t in self.tokens)


def _a_name(keyword: str) -> bool:
    """Whether a keyword is written as a name: each of its words capitalised ("Biden", "Royal Navy")."""
    words = re.findall(r"[^\W\d_]+", keyword)
    return bool(words) and all(w[0].isupper() for w in words)


@dataclass(frozen=True, slots=True)
class _EventProfile:
    event: Event
    order: int
    entities: frozenset[str]
    keywords: tuple[_Keyword, ...]
    claims: tuple[tuple[str, _Normalised], ...]
    weights: dict[str, float]
    vocabulary: frozenset[str] = frozenset()  # stems of its title and keywords: what "the ..." may name
    shortlist: _Shortlist | None = None  # for an event of many claims: which are worth comparing
    full: _FullTexts | None = None  # its claims' longer texts, for one rapidfuzz call over them
    years: tuple[int, int] | None = None  # the years its title places it in ("the 1992-94 war")
    named: frozenset[str] = frozenset()  # the entities its title names: what it is about
    own: frozenset[str] = frozenset()  # its entities no other event lists


# An event with up to this many claims compares a statement with each of them; beyond it, only
# with the claims that share its rarer words (all of a statement against all of thousands of
# claims grew with their square: 89 s for one event of 5,000 claims).
_FULL_SCAN = 200
_RARE_IN = 64  # a word in more of an event's claims than this does not tell them apart
_COMPARED = 64  # claims compared with one statement, those sharing most of its rarer words
_MANY_EVENTS = 100  # a store of more events blocks on rarer words too (see _EventIndex.candidates)


class _Shortlist:
    """The claims of one large event that share a statement's rarer words, most shared first."""

    def __init__(self, claims: Sequence[tuple[str, _Normalised]]):
        postings: dict[str, list[int]] = defaultdict(list)
        for k, (_, norm) in enumerate(claims):
            for word in set(norm.content.split()):
                postings[word].append(k)
        self.postings = {word: ks for word, ks in postings.items() if len(ks) <= _RARE_IN}

    def indices(self, norm: _Normalised) -> list[int]:
        shared: dict[int, int] = defaultdict(int)
        for word in set(norm.content.split()):
            for k in self.postings.get(word, ()):
                shared[k] += 1
        best = sorted(shared, key=lambda k: (-shared[k], k))[:_COMPARED]
        return sorted({0, *best})  # the title (first) always


class _EventIndex:
    """Curated events with their normalised keywords and claims, and inverted indexes."""

    def __init__(self, store: Store, entities: EntityIndex):
        by_event: dict[str, list[Claim]] = defaultdict(list)
        for claim in store.claims:
            by_event[claim.event].append(claim)
        self.profiles: list[_EventProfile] = []
        self.by_entity: dict[str, list[int]] = defaultdict(list)
        self.by_token: dict[str, list[int]] = defaultdict(list)
        self.by_vocabulary: dict[str, list[int]] = defaultdict(list)  # title and keyword word -> events
        for order, event in enumerate(store.events):
            keywords: dict[tuple[str, ...], list[str]] = {}
            for keyword in event.keywords:
                norm = normalise(keyword, entities)
                # A keyword that is only the name of one of the event's entities is scored as that
                # entity; the name of an entity the event does not list is a keyword like any other.
                listed = {_entity_token(e) for e in event.entities}
                if norm.tokens and not all(t in listed for t in norm.tokens):
                    # "captured", "fell" and "liberation" all become the outcome `taken`: one keyword.
                    keywords.setdefault(norm.tokens, []).append(keyword)
            claims = [(f"title of {event.id}", normalise(event.title, entities))]
            for claim in by_event.get(event.id, ()):
                claims.append((claim.id, normalise(claim.quote, entities)))
                if event.slot in ("fact", "account"):
                    claims.append((claim.id, normalise(claim.value, entities)))
            title = normalise(event.title, entities)
            vocabulary = frozenset(
                t for t in (*title.words, *(t for k in keywords for t in k)) if not t.startswith("ent_")
            )
            profile = _EventProfile(
                event,
                order,
                # What the title names is what the event is about ("the blast in Kelby").
                frozenset(event.entities) | title.entities,
                tuple(_Keyword("/".join(texts), tokens, all(map(_a_name, texts))) for tokens, texts in keywords.items()),
                tuple(claims),
                {},
                vocabulary,
                _Shortlist(claims) if len(claims) > _FULL_SCAN else None,
                _FullTexts(claims),
                _years_hull(event.title),
                title.entities,
            )
            self.profiles.append(profile)
            for entity_id in profile.entities:
                self.by_entity[entity_id].append(order)
            for keyword in profile.keywords:
                # Every token of a keyword must occur, so indexing its first one loses nothing.
                self.by_token[keyword.tokens[0]].append(order)
            for word in vocabulary:
                self.by_vocabulary[word].append(order)
        # The claims of every event by their rarer words: a statement that names none of an
        # event's entities links to it only by restating one of its claims, so only the claims
        # sharing a rarer word with it are worth comparing (see _rank).
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for profile in self.profiles:
            for k, (_, norm) in enumerate(profile.claims):
                for word in set(norm.content.split()):
                    postings[word].append((profile.order, k))
        self.rare = {word: pairs for word, pairs in postings.items() if len(pairs) <= _RARE_IN}
        # An entity many events list (a country) says less about which event is meant than
        # one only a single event lists (a town): weight (number of events) ** -0.35.
        for profile in self.profiles:
            raw = {e: len(self.by_entity[e]) ** -0.35 for e in profile.entities}
            # The event's most specific entity counts fully: a town three events list is
            # still what this event is about, more than a country every event lists.
            top = max(raw.values(), default=1.0)
            profile.weights.update({e: w / top for e, w in raw.items()})
        self.listed = frozenset(e for e, orders in self.by_entity.items() if orders)
        self.profiles = [
            replace(p, own=frozenset(e for e in p.entities if len(self.by_entity[e]) == 1)) for p in self.profiles
        ]

    def sharing_rare_words(self, norm: _Normalised) -> dict[int, set[int]]:
        """The claims (by event order, then index) that share a rarer word with `norm`."""
        near: dict[int, set[int]] = defaultdict(set)
        for word in set(norm.content.split()):
            for order, k in self.rare.get(word, ()):
                near[order].add(k)
        return near

    def candidates(self, norm: _Normalised, speaker_id: str | None, context: frozenset[str] = frozenset()) -> list[int]:
        """The events sharing an entity (of the content, its speaker or its article) or a keyword
        with a statement. In a store of many events, an event it shares only a keyword with is
        one only if it shares a rarer word with one of its claims too: a keyword such as "fell"
        is in hundreds of events there, and without an entity only a restatement could link."""
        found: set[int] = set()
        for entity_id in norm.entities | context:
            found.update(self.by_entity.get(entity_id, ()))
        if speaker_id:
            found.update(self.by_entity.get(speaker_id, ()))
        by_words: set[int] = set()
        for token in norm.keyword_words:
            by_words.update(self.by_token.get(token, ()))
        if len(self.profiles) > _MANY_EVENTS:
            by_words &= set(self.sharing_rare_words(norm))
        return sorted(found | by_words)


@dataclass(frozen=True, slots=True)
class _Score:
    score: float
    reason: str
    best_claim: str | None
    matchable: bool = True  # an entity and a keyword of the event, or a close restatement
    mentions: bool = False  # the content names an entity of the event


def _elsewhere(
    profile: _EventProfile, norm: _Normalised, entities: EntityIndex, listed: frozenset[str] | None = None
) -> set[str]:
    """The places the content names that the event does not list and other events do (`listed`:
    the entities some event lists; None: any place), when it names none of the places the
    event's title names; a place named after a title place ("Kelby airport") is within it."""
    def place(entity_id: str) -> Entity | None:
        entity = entities.get(entity_id)
        return entity if entity is not None and entity.type == "place" else None

    titled = [e for e in (place(i) for i in profile.named) if e is not None]
    if not titled or any(e.id in norm.entities for e in titled):
        return set()
    return {
        other.id for other in (place(i) for i in norm.entities - profile.entities)
        if other is not None and not any(_named_after(other, e) for e in titled)
        and (listed is None or other.id in listed)
    }


def _named_after(place: Entity, around: Entity) -> bool:
    """Whether `place` is named after `around` ("Kelby airport", "the Kelby region"): one of
    `around`'s names is a run of whole words of one of `place`'s names, case aside."""
    return any(
        any(own[k : k + len(name)] == name for k in range(len(own) - len(name) + 1))
        for name in _name_words(around) if name
        for own in _name_words(place)
    )


@lru_cache(maxsize=1 << 14)
def _name_words(entity: Entity) -> tuple[tuple[str, ...], ...]:
    """Each name and alias of `entity` as its lower-case words (compared as runs of words by
    _named_after, once per pair of places and statement: a regular expression per pair cost
    seconds at a thousand events)."""
    return tuple(tuple(re.findall(r"\w+", name.lower())) for name in (entity.name, *entity.aliases))


def _counts_for(content: str, event: Event) -> bool:
    """Whether `content` gives a figure of what number `event` counts."""
    from karabakh_claims.values import event_figure

    return _has_figures(content) and event_figure(content, event) is not None


@lru_cache(maxsize=1 << 14)
def _has_figures(content: str) -> bool:
    from karabakh_claims.values import find_figures

    return bool(find_figures(content))


def _score(
    profile: _EventProfile,
    norm: _Normalised,
    speaker_id: str | None,
    entities: EntityIndex,
    floor: float = 0.0,
    context: frozenset[str] = frozenset(),
    restating: set[int] | None = None,
    before: frozenset[str] = frozenset(),
    listed: frozenset[str] | None = None,
    content: str = "",
    polarity: str = "assert",
) -> _Score:
    """How strongly a statement is about one event; `context`: entities its article named before it
    (nearby: they add to the score); `before`: all the entities its article named before it (they
    only tell whether the event's title is named); `restating`: the claims sharing a rarer word with
    it, all it is compared with when it names none of the event's entities (None: every claim);
    `listed`: the entities the store's events list (see _elsewhere); `content`, `polarity`: the
    statement's own (whether it gives a number event's figure)."""
    event = profile.event
    mentioned = sorted(profile.entities & norm.entities)
    speaker_counts = speaker_id in profile.entities and speaker_id not in norm.entities
    established = sorted((profile.entities & context) - norm.entities - {speaker_id})
    entity_part = sum(profile.weights[e] for e in mentioned)
    if speaker_counts:
        entity_part += 0.5 * profile.weights[speaker_id]
    entity_part += _CONTEXT_SHARE * sum(profile.weights[e] for e in established)
    entity_part = min(1.0, entity_part)
    hits = [k for k in profile.keywords if k.found_in(norm)]
    # One keyword (or outcome) of the event says most of it; more add a little.
    keyword_part = min(1.0, 0.6 + 0.4 * (len(hits) - 1)) if hits else 0.0
    best_claim, likeness = None, 0.0
    # Scores below `floor` are dropped by the caller, so likeness only matters above
    # the share of the floor that entities and keywords leave uncovered.
    needed = max(0.0, (floor - _W_ENTITY * entity_part - _W_KEYWORD * keyword_part) / _W_LIKENESS * 100)
    if needed <= 100:
        if restating is not None and entity_part == 0:
            compared = [profile.claims[k] for k in sorted({0, *restating})]
        elif profile.shortlist is not None:
            compared = [profile.claims[k] for k in profile.shortlist.indices(norm)]
        else:
            compared = profile.claims
        best_claim, likeness = _best_likeness(norm, compared, needed, profile.full if compared is profile.claims else None)
    score = _W_ENTITY * entity_part + _W_KEYWORD * keyword_part + _W_LIKENESS * likeness / 100
    # Names alone, or words alone, do not say what a statement is about: without an
    # entity of the event in the content and one of its keywords (or a close
    # restatement of one of its claims) a statement is only a suggestion.
    # Names only from the article around it need more of the event's words to go with them.
    # A party only this event lists, speaking of another of its parties, is about it without its words
    # ("Hersh said the US blew up the pipelines").
    own_party = bool(speaker_id in profile.own and speaker_counts and mentioned)
    matchable = likeness >= _LIKE_WITHOUT_KEYWORD or own_party or bool(
        hits and (mentioned or speaker_counts or (established and len(hits) >= _AROUND_HITS))
    )
    # What an event's title names is what tells it from similar events ("the strike on Kelby",
    # "the Salisbury suspects"): a statement that names none of it, whose speaker is none of it
    # and whose article has not named it before, is about one of those others (the toll of the
    # whole war, not of the strike on one town), unless it names what only this event lists.
    unnamed = bool(profile.named) and not (profile.named & (norm.entities | context | before | {speaker_id})) and not (
        profile.own & (norm.entities | {speaker_id})
    )
    # Nor is a statement that places what it tells at a place another event lists rather than
    # at the one this event's title names (strikes on another town), unless that place is named
    # after it ("the Kelby airport"). A place no event lists may be within the title's.
    elsewhere = sorted(_elsewhere(profile, norm, entities, listed)) if not unnamed else []
    # A count is told by its figure: a statement that gives none of what a number event counts
    # is about something else (the strike, not its toll), unless it denies (a toll is disputed
    # without repeating it).
    uncounted = event.slot == "number" and bool(content) and polarity == "assert" and not _counts_for(content, event)
    if unnamed or elsewhere or uncounted:
        # Set aside, below the events it may stand for: it does not keep them from being linked.
        # (Ranking it after every other event instead kept more wrong suggestions and matched
        # two statements more wrongly on the bundled gold.)
        matchable = False
        score -= _CLEAR_LEAD
    reasons = []
    if mentioned:
        names = [(entities.get(e).name if entities.get(e) else e) for e in mentioned]
        reasons.append("mentions " + ", ".join(names))
    if speaker_counts:
        reasons.append(f"speaker is {speaker_id}")
    if established:
        names = [(entities.get(e).name if entities.get(e) else e) for e in established]
        reasons.append("the article named " + ", ".join(names) + " before")
    if hits:
        reasons.append("keywords: " + ", ".join(k.text for k in hits))
    if best_claim and likeness >= 30:
        like = best_claim if best_claim.startswith("title of ") else f"claim {best_claim}"
        reasons.append(f"{likeness:.0f}% like {like}")
    if uncounted:
        reasons.append("no figure of what it counts")
    if elsewhere:
        told = ", ".join(entities.get(e).name for e in elsewhere)
        reasons.append(f"it tells of {told}, not of the place its title names")
    if unnamed:
        names = sorted((entities.get(e).name if entities.get(e) else e) for e in profile.named)
        reasons.append("neither it nor its article before it names " + " or ".join(names))
    return _Score(round(score, 1), "; ".join(reasons) or f"weak likeness to {event.id}", best_claim, matchable, bool(mentioned))


@lru_cache(maxsize=1)
def _place_anaphor() -> re.Pattern[str]:
    from karabakh_claims.data import load

    nouns = load("values.yaml")["place_anaphors"]
    return re.compile(r"\b(?:the|this|that)\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


def _refers_to_a_place(content: str) -> bool:
    """Whether the content refers back to a place by a definite noun ("the town")."""
    return _place_anaphor().search(content) is not None


@lru_cache(maxsize=1)
def _back_reference_phrases() -> re.Pattern[str]:
    from karabakh_claims.data import load

    phrases = sorted(load("values.yaml")["back_references"], key=len, reverse=True)
    # The object that ends the content ("the company denies this", "rejected all allegations"),
    # nothing after it that would say what it is.
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")\W*$", re.IGNORECASE)


_SHORT_CONTENT_WORDS = 8


def _points_back(content: str) -> bool:
    """Whether a short content only points back at what was said before: "this", "We
    categorically reject all allegations", not "the accusations over the killings"."""
    return len(content.split()) <= _SHORT_CONTENT_WORDS and _back_reference_phrases().search(content) is not None


_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", re.IGNORECASE)


def _definite_nouns(content: str) -> frozenset[str]:
    """Stems of the words after a definite determiner: what the content refers back to
    ("the collapse", "the fire", "this attack")."""
    stop = lexicon().stopwords
    found = set()
    for match in _DEFINITE.finditer(content):
        for word in match.groups():
            if word and word.lower() not in stop:
                found.add(stem(word.lower()))
    return frozenset(found)


@dataclass
class _Scored:
    """A statement's candidate events, best first, and the reasons."""

    statement: Statement
    ranked: list[tuple[float, int, _Score]]  # (-score, event order, score)
    borrowed: str = ""  # how the article supplied what the content leaves out


class _Article:
    """One article's statements in reading order; the entities named before each, in the
    whole article and nearby (its headline and the last `_NEARBY` characters)."""

    def __init__(self, items: Sequence[Statement], text: str | None, entities: EntityIndex):
        self.statements = sorted(items, key=lambda s: s.span.start)
        self.before: dict[str, frozenset[str]] = {}
        self.nearby: dict[str, frozenset[str]] = {}
        if text is None:
            return
        mentions = sorted((span.start, entity_id) for entity_id, span in entities.find_mentions(text))
        headline_end = first_line(text).end  # (after any blank lines and a blanked front matter)
        headline = {e for at, e in mentions if at < headline_end}
        seen: set[str] = set()
        k = near = 0
        for statement in self.statements:
            start = statement.span.start
            while k < len(mentions) and mentions[k][0] < start:
                seen.add(mentions[k][1])
                k += 1
            while near < k and mentions[near][0] < start - _NEARBY:
                near += 1
            self.before[statement.id] = frozenset(seen)
            self.nearby[statement.id] = frozenset(headline.union(e for _, e in mentions[near:k]))


def _rank(
    index: _EventIndex, norm: _Normalised, statement: Statement, entities: EntityIndex, floor: float,
    context: frozenset[str] = frozenset(), only: frozenset[int] | None = None, before: frozenset[str] = frozenset(),
) -> list[tuple[float, int, _Score]]:
    ranked = []
    near: dict[int, set[int]] | None = None
    for order in index.candidates(norm, statement.speaker_id, context):
        if only is not None and order not in only:
            continue
        if near is None:
            near = index.sharing_rare_words(norm)
        result = _score(
            index.profiles[order], norm, statement.speaker_id, entities, floor, context, near.get(order, set()),
            before, index.listed, statement.content, statement.polarity,
        )
        if result.score >= floor:
            ranked.append((-result.score, order, result))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return _in_its_time(index, ranked, statement, floor)


_YEARS = re.compile(r"(?<![\w-])((?:19|20)\d\d)(?:s\b|\s*(?:-|–|to)\s*((?:19|20)?\d\d)\b)?(?![\w-])")


def _years(text: str) -> list[tuple[int, int]]:
    """The years a text names: "2031" -> (2031, 2031); "1992-94", "1998 to 2001" and
    "the 1990s" -> their span."""
    found = []
    for match in _YEARS.finditer(text):
        first = int(match.group(1))
        if match.group(0).endswith("s"):
            found.append((first, first + 9))
        elif match.group(2):
            last = int(match.group(2)) if len(match.group(2)) == 4 else first // 100 * 100 + int(match.group(2))
            found.append((first, last) if last >= first else (first, first))
        else:
            found.append((first, first))
    return found


def _years_hull(text: str) -> tuple[int, int] | None:
    spans = _years(text)
    return (min(lo for lo, _ in spans), max(hi for _, hi in spans)) if spans else None


# An event over by more than this many years before a statement was made is of another time
# for it, unless the statement names one of its years.
_YEARS_BEHIND = 1


def _of_another_time(profile: _EventProfile, statement: Statement) -> bool | None:
    """Whether a statement is about another time than the event its title dates: it names
    years and none of the event's, or it names none and was made years after the event
    (a death toll told in 2031 is the toll of the war of 2031, not of the war of 1998-2001),
    or before it. None when the event's title names no year (nothing to tell)."""
    if profile.years is None:
        return None
    lo, hi = profile.years
    named = _years(statement.content)
    if named:
        return not any(a <= hi and lo <= b for a, b in named)
    said = statement.said_on
    return said is not None and (said.start.year > hi + _YEARS_BEHIND or said.end.year < lo)


def _in_its_time(
    index: _EventIndex, ranked: list[tuple[float, int, _Score]], statement: Statement, floor: float
) -> list[tuple[float, int, _Score]]:
    """`ranked` with the events of another time than the statement (see _of_another_time)
    demoted to suggestions below the others, when an event of the same slot that is not of
    another time is a candidate too: of two similar events, the one of its time is meant."""
    other = {order: _of_another_time(index.profiles[order], statement) for _, order, _ in ranked}
    if not any(other.values()):
        return ranked
    slots_in_time = {index.profiles[order].event.slot for _, order, _ in ranked if not other[order]}
    out = []
    for negative, order, result in ranked:
        if other[order] and index.profiles[order].event.slot in slots_in_time:
            result = replace(result, score=round(result.score - _CLEAR_LEAD, 1), matchable=False,
                             reason=result.reason + "; of another time than the statement")
            negative = -result.score
        if result.score >= floor:
            out.append((negative, order, result))
    out.sort(key=lambda r: (r[0], r[1]))
    return out


def _passes(ranked: list[tuple[float, int, _Score]], match_at: float) -> bool:
    """Whether the best candidate is a match: it has an entity and a keyword of the event
    (matchable) and scores `match_at`, or, up to `_CLEAR_LEAD` points below it (at the
    default thresholds: a suggestion), it stands `_CLEAR_LEAD` points clear of every other
    event of the store (or no other is a candidate); when the content names an entity of
    the event, `_CLEAR_OF_NAMES` points clear of the events that are not matchable."""
    if not ranked or not ranked[0][2].matchable:
        return False
    top = -ranked[0][0]
    if top >= match_at:
        return True
    # An event the content itself names, with one of its keywords, needs to stand clear of the
    # events it could be matched to; of those it only shares names with, a little clear will do.
    lead_over_names = _CLEAR_OF_NAMES if ranked[0][2].mentions else _CLEAR_LEAD
    rival = max((-r[0] for r in ranked[1:] if r[2].matchable), default=0.0)
    names_only = max((-r[0] for r in ranked[1:] if not r[2].matchable), default=0.0)
    return top >= match_at - _CLEAR_LEAD and top - rival >= _CLEAR_LEAD and top - names_only >= lead_over_names


def _matched(scored: _Scored, match_at: float) -> int | None:
    if _passes(scored.ranked, match_at):
        return scored.ranked[0][1]
    return None


def _keyword_events(index: _EventIndex, norm: _Normalised) -> set[int]:
    """The events one of whose keywords (every word of it) `norm` holds."""
    found = set()
    for token in norm.keyword_words:
        for order in index.by_token.get(token, ()):
            if any(k.found_in(norm) for k in index.profiles[order].keywords):
                found.add(order)
    return found


def _through_the_article(
    article: _Article, scored: dict[str, _Scored], index: _EventIndex, entities: EntityIndex, match_at: float, suggest_at: float,
) -> None:
    """Link what the content alone leaves open through what the article established.

    In reading order, a statement that matched nothing is linked:
    - when its content only points back ("the company denies this", "rejected the accusations"),
      to the event of the statement just before it;
    - when it refers to something by a definite description ("the collapse", "the fire")
      that the event's title or keywords name, with the entities the article named before
      counting for it (at a share of their weight);
    - when it goes on from its speaker's statement just before ("..., he added"), to that
      statement's event, if nothing in it points to another event (another event it could be
      matched to, or a keyword of another event and none of that one's).
    A fuzzy likeness alone never links: each way needs the event's words or a reference.
    """
    last_event: int | None = None
    by_speaker: dict[str, tuple[int, int]] = {}  # speaker -> (event, position in the article)
    for position, statement in enumerate(article.statements):
        entry = scored[statement.id]
        event = _matched(entry, match_at)
        if event is None:
            content = statement.content
            speaker = statement.speaker_id or statement.speaker
            if last_event is not None and _points_back(content):
                profile = index.profiles[last_event]
                entry.ranked = [(-match_at, last_event, _Score(match_at, "refers to the statement before it", None))]
                entry.borrowed = f"points back at the statement before ({profile.event.id})"
                event = last_event
            if event is None:
                nouns = _definite_nouns(content)
                described = frozenset(o for noun in nouns for o in index.by_vocabulary.get(noun, ()))
                if described:
                    norm = normalise(content, entities)
                    ranked = _rank(index, norm, statement, entities, suggest_at, article.before.get(statement.id, frozenset()), described)
                    if ranked and -ranked[0][0] >= match_at and ranked[0][2].matchable:
                        entry.ranked = ranked
                        entry.borrowed = "a definite description of what the article named before"
                        event = ranked[0][1]
            if event is None and speaker in by_speaker:
                previous, at = by_speaker[speaker]
                others = {r[1] for r in entry.ranked if r[2].matchable}
                norm = normalise(content, entities)
                about = previous in {r[1] for r in entry.ranked} or bool(norm.words & index.profiles[previous].vocabulary)
                # A keyword of another event and none of the one before: it has gone on to that other.
                named = _keyword_events(index, norm)
                elsewhere = bool(named - {previous}) and previous not in named
                if position - at <= 2 and about and not (others - {previous}) and not elsewhere:
                    entry.ranked = [(-match_at, previous, _Score(match_at, f"goes on from {statement.speaker}'s statement before", None))]
                    entry.borrowed = "its speaker's statement before"
                    last_event = previous
                    continue  # a statement linked this way does not carry the link further
        if event is not None:
            last_event = event
            by_speaker[statement.speaker_id or statement.speaker] = (event, position)


# The words between a cue and its content that still belong to what was said: "accused
# Russia of ...", "blamed the West for ...", "called the raid ...". Longer gaps are
# asides or other clauses.
_OBJECT_WORDS = 6
# A content this short (a quoted word: "nonsense", "a farce") names nothing it is about.
_SHORT_CONTENT = 3
_GAP_BREAK = re.compile(r"[.;:!?\n\"“”]")


def _with_cue(norm: _Normalised, statement: Statement, texts: Mapping[str, str] | None, entities: EntityIndex) -> _Normalised:
    """`norm` (the content's) with the words of the cue and the entities of the object between
    the cue and the content when the cue comes first: who was accused or blamed ("accused
    Russia of", "blamed the West for") is part of what the statement holds, though not of its
    content span, and the cue's verb says what kind of claim it is. Likeness still compares
    the content alone."""
    cue = statement.cue_span
    text = texts.get(statement.file) if texts is not None else None
    if cue is None or text is None or not cue.end <= statement.span.start:
        return norm
    gap = text[cue.end:statement.span.start].rstrip(" \"“‘'")
    if _GAP_BREAK.search(gap) or len(gap.split()) > _OBJECT_WORDS:
        gap = ""
    if len(statement.content.split()) <= _SHORT_CONTENT:
        # 'dismissed as "nonsense" the inquiry that named him': a word or two of the speaker's
        # own says what of, but not about what; the object after it does.
        after = text[statement.span.end : statement.span.end + 160].lstrip(" \"”’'")
        stop = _GAP_BREAK.search(after)
        after = after[: stop.start()] if stop is not None else after
        gap += " " + " ".join(after.split()[: _OBJECT_WORDS * 3])
    said = normalise(text[cue.start:cue.end] + gap, entities)
    if said.words <= norm.words and said.entities <= norm.entities:
        return norm
    return replace(
        norm, entities=norm.entities | said.entities, words=norm.words | said.words, name_words=norm.name_words | said.name_words
    )


def link_statements(
    statements: Sequence[Statement],
    store: Store,
    entities: EntityIndex,
    *,
    match_at: float = MATCH_AT,
    suggest_at: float = SUGGEST_AT,
    texts: Mapping[str, str] | None = None,
    jobs: int | None = 1,
) -> list[EventLink]:
    """Score each statement against the curated events and link those that pass.

    The score (0-100) weighs entity mentions of the event in the content (the speaker
    counts half), the event's keywords (stemmed, outcome phrases as labels) and the
    best likeness to one of the event's curated claims. Each statement gets at most one
    "match" (its best event, if >= match_at, or a suggestion far ahead of every other
    event: see _passes) and up to two "suggestion" links (other
    events, or its best one, scoring >= suggest_at). Only events sharing an entity or a
    keyword with the statement are scored (blocking). Ordered by statement, then score.

    Articles are scored independently of each other, so with `jobs` above 1 (None: the
    cores available, for inputs large enough to gain from them) they are shared out among
    processes forked from this one (parallel.map_forked; where that is not possible, this
    process scores them all). The links are the same whatever `jobs` is.

    Limits: a statement about two curated events is matched to one of them only.
    """
    index = _EventIndex(store, entities)
    by_file: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_file[statement.file].append(statement)
    scoring = _ArticleScoring(index, by_file, texts, entities, match_at, suggest_at)
    parts = _shares(by_file, _processes(len(statements), jobs))
    found = None
    if len(parts) > 1:
        from karabakh_claims.parallel import map_forked

        found = map_forked(scoring.score, parts)
    ranked: dict[str, tuple[list[tuple[float, int, _Score]], str]] = {}
    for part in found if found is not None else [scoring.score(list(by_file))]:
        ranked.update(part)
    scored = {statement.id: _Scored(statement, *ranked[statement.id]) for statement in statements}
    links: list[EventLink] = []
    for statement in statements:
        entry = scored[statement.id]
        matched = _matches(entry, index, match_at)
        suggestions = 0
        for rank, (negative, order, result) in enumerate(entry.ranked):
            level: Literal["match", "suggestion"] = "match" if order in matched else "suggestion"
            if level == "suggestion":
                if suggestions >= _MAX_SUGGESTIONS:
                    continue
                suggestions += 1
            reason = f"{result.reason} ({entry.borrowed})" if entry.borrowed else result.reason
            links.append(EventLink(statement.id, index.profiles[order].event.id, round(-negative, 1), level, reason))
    return links


# Below this many statements, linking stays in one process when `jobs` is automatic: a fork
# and the results' round trip cost tens of milliseconds, scoring a statement about 0.1 ms.
_FORK_FROM = 2_000


def _processes(statements: int, jobs: int | None) -> int:
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs is None:
        from karabakh_claims.parallel import available_cores

        return available_cores() if statements >= _FORK_FROM else 1
    return jobs


def _shares(by_file: Mapping[str, Sequence[Statement]], processes: int) -> list[list[str]]:
    """The files cut into up to `processes` runs of consecutive files with about as many
    statements each."""
    total = sum(len(items) for items in by_file.values())
    parts: list[list[str]] = [[]]
    done = 0
    for file, items in by_file.items():
        if parts[-1] and done >= total * len(parts) / processes:
            parts.append([])
        parts[-1].append(file)
        done += len(items)
    return parts


class _ArticleScoring:
    """Everything scoring needs, for `score` to run in this process or a forked one."""

    def __init__(
        self, index: _EventIndex, by_file: Mapping[str, list[Statement]], texts: Mapping[str, str] | None,
        entities: EntityIndex, match_at: float, suggest_at: float,
    ):
        self.index, self.by_file, self.texts, self.entities = index, by_file, texts, entities
        self.match_at, self.suggest_at = match_at, suggest_at

    def score(self, files: Sequence[str]) -> dict[str, tuple[list[tuple[float, int, _Score]], str]]:
        """(ranked events, what the article lent) of each statement of `files`, by its id."""
        index, entities, texts = self.index, self.entities, self.texts
        scored: dict[str, _Scored] = {}
        articles = []
        for file in files:
            items = self.by_file[file]
            article = _Article(items, texts.get(file), entities) if texts is not None else None
            for statement in items:
                scored[statement.id] = self._scored(statement, article)
            if article is not None:
                articles.append(article)
        for article in articles:
            _through_the_article(article, scored, index, entities, self.match_at, self.suggest_at)
        return {statement_id: (entry.ranked, entry.borrowed) for statement_id, entry in scored.items()}

    def _scored(self, statement: Statement, article: _Article | None) -> _Scored:
        entities = self.entities
        norm = _with_cue(normalise(statement.content, entities), statement, self.texts, entities)
        nearby = article.nearby.get(statement.id, frozenset()) if article else frozenset()
        borrowed = ""
        if not norm.entities and statement.context and _refers_to_a_place(statement.content):
            # "Fighting for the town continued": the town is named in the sentence before.
            # Only places are borrowed; keywords and likeness stay the content's own.
            places = frozenset(
                e for e in normalise(statement.context, entities).entities
                if entities.get(e) is not None and entities.get(e).type == "place"
            )
            if places:
                norm, borrowed = replace(norm, entities=places), "names from the sentence before"
        before = article.before.get(statement.id, frozenset()) if article else frozenset()
        ranked = _rank(self.index, norm, statement, entities, self.suggest_at, nearby, before=before)
        return _Scored(statement, ranked, borrowed)


def _matches(entry: _Scored, index: _EventIndex, match_at: float) -> set[int]:
    """The events a statement is linked to: its best, and any other that passes on its own
    and either counts what the statement gives a figure for ("killed eight, three of them
    children": the death toll and the count of children, beside the account of the strike),
    or, when the best is a count the statement gives a figure for, is not a count (the
    account of the strike beside its toll), or scores as high as the best (within
    `_SAME_SLOT_MARGIN`).

    One figure is one count: a number event whose figure in the statement is one an event
    linked before it already takes ("killed 21 civilians": the toll of one strike, not that
    of the whole war too) is not linked, however close it scores."""
    from karabakh_claims.values import event_figure

    if not _passes(entry.ranked, match_at):
        return set()
    top = -entry.ranked[0][0]
    matched = {entry.ranked[0][1]}
    content = entry.statement.content
    taken: set[tuple[int, int]] = set()
    first = index.profiles[entry.ranked[0][1]].event
    if first.slot == "number" and (figure := event_figure(content, first)) is not None:
        taken.add((figure.start, figure.end))
    for negative, order, result in entry.ranked[1:]:
        if -negative < match_at or not result.matchable:
            continue
        event = index.profiles[order].event
        figure = event_figure(content, event) if event.slot == "number" else None
        if figure is not None and (figure.start, figure.end) in taken:
            continue
        # The count is given by its figure; what was counted ("a missile strike on X killed 21")
        # is the statement's too.
        beside = first.slot == "number" and bool(taken) and event.slot != "number"
        if figure is not None or beside or -negative >= top - _SAME_SLOT_MARGIN:
            matched.add(order)
            if figure is not None:
                taken.add((figure.start, figure.end))
    return matched
