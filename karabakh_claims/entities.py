"""Entities: names, aliases, spellings and dated roles from the store -> canonical entities.

All knowledge of who is who comes from the store; this module only knows how to
look names up: exact alias, role valid at a date, surname, then fuzzy spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import accumulate, islice

from karabakh_claims.models import Entity, Role, Span, Store

_WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)
# The same words in a text without "_" (there [^\W_] is \w), found faster.
_PLAIN_WORD_RE = re.compile(r"\w++(?:[’']\w++)*+")


# The same, as one group: split() returns the gaps and the words in turn.
_WORDS_SPLIT = re.compile(f"({_WORD_RE.pattern})", re.UNICODE)
_PLAIN_WORDS_SPLIT = re.compile(f"({_PLAIN_WORD_RE.pattern})")


def _words(text: str) -> list[str]:
    """_WORD_RE.findall(text)."""
    return (_PLAIN_WORD_RE if "_" not in text else _WORD_RE).findall(text)


_LEADING_DETERMINERS = ("the ", "a ", "an ")
_FUZZY_MIN_SCORE = 88.0
_FUZZY_MIN_LENGTH = 5


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used for every lookup.

    >>> fold("Erdoğan’s")
    "erdogan's"
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").replace("‘", "'").casefold().split())


def _strip_possessive(token: str) -> str:
    if token.endswith("'s"):
        return token[:-2]
    if token.endswith("'"):
        return token[:-1]
    return token


def _key(phrase: str) -> str:
    """The form a name or alias is looked up by: its folded words as the text scan reads
    them, each without a possessive, joined by spaces, without a leading article. A name
    written with a hyphen or a period ("pro-Ukrainian group", "U.S. Navy") is found as the
    scan splits it ("pro ukrainian group", "u s navy")."""
    return _strip_determiner(" ".join(_strip_possessive(w) for w in _words(fold(phrase))))


def _strip_determiner(phrase: str) -> str:
    for determiner in _LEADING_DETERMINERS:
        if phrase.startswith(determiner):
            return phrase[len(determiner):]
    return phrase


def common_noun(alias: str) -> bool:
    """Whether a store alias is a common noun phrase ("the critics", "the prime minister"),
    not a name: every word after a leading "the" is lower-case letters."""
    words = alias.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(word.isalpha() and word.islower() for word in words)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_JOINING_WORDS = r"(?:\s+(?:of|for|and|the|on|in|de|du|des)\b)*\s+"


def spelled_out(acronym: str, text: str) -> str | None:
    """A capitalised name in `text` whose initials spell `acronym` ("Rapid Support Forces"), or None."""
    words = _JOINING_WORDS.join(rf"{letter}[\w'’-]+" for letter in acronym)
    # The literal first letter lets the search skip ahead; where a word starts is checked by hand.
    for found in re.finditer(rf"{words}(?![\w'’-])", text):
        before = text[found.start() - 1] if found.start() else " "
        if not (before.isalnum() or before in "'’-_"):
            return found.group()
    return None


def _names_only(entity: Entity) -> Entity:
    roles = tuple(replace(role, aliases=tuple(a for a in role.aliases if not common_noun(a))) for role in entity.roles)
    return replace(entity, aliases=tuple(a for a in entity.aliases if not common_noun(a)), roles=roles)


@dataclass(frozen=True, slots=True)
class _Entry:
    entity_id: str
    role: Role | None


def _role_valid(role: Role, on: date | None) -> bool:
    if on is None:
        # With no date, a role held for a time cannot be placed: "the Prime Minister" of an
        # undated text is no one the store knows (a role with no dates is anyone's who holds it).
        return role.start is None and role.until is None
    if role.start and on < role.start:
        return False
    return not (role.until and on > role.until)


def _read_tokens(words: Iterator[re.Match[str]], tokens: list[tuple[int, int, str]], n: int, folded: bool = False) -> bool:
    """Fold more words into `tokens` until it holds `n`; False when the text runs out first.
    With `folded`, the words come from text already folded (ASCII text, lowered).

    A function, not a closure in the scan: compiled, a closure and the frame it shares
    refer to each other, and each scan would leave a cycle for the garbage collector.
    """
    while len(tokens) < n:
        if folded:
            batch = [(m.start(), m.end(), _strip_possessive(m.group())) for m in islice(words, 64)]
        else:
            batch = [(m.start(), m.end(), _strip_possessive(w.lower() if (w := m.group()).isascii() else fold(w))) for m in islice(words, 64)]
        if not batch:
            return False
        tokens.extend(batch)
    return True


def _without_possessives(words: list[str]) -> list[str]:
    """[_strip_possessive(w) for w in words], in the usual case by one str.replace over them all."""
    joined = " ".join(words)
    if "'" not in joined:
        return words
    if joined.count(" ") != len(words) - 1 or "' " in joined + " ":  # a word holds a space, or ends in "'"
        return [_strip_possessive(w) for w in words]
    return (joined + " ").replace("'s ", " ").split(" ")[:-1]


class EntityIndex:
    """Lookup tables over a store's entities.

    `find_mentions` scans text for every name and alias (token n-grams, linear in the
    text); `resolve` maps one surface form (a name, a spelling, a role description)
    to an entity, saying how.
    """

    def __init__(self, entities: Iterable[Entity]):
        self._entities: dict[str, Entity] = {}
        self._names: dict[str, list[_Entry]] = {}
        self._roles: dict[str, list[_Entry]] = {}
        self._surnames: dict[str, set[str]] = {}
        for entity in entities:
            self._entities.setdefault(entity.id, entity)
            for alias in (entity.name, *entity.aliases):
                self._add(self._names, alias, _Entry(entity.id, None))
            if entity.type == "person":
                surname = _key(fold(entity.name).split()[-1])  # "Abu-Akleh": "abu akleh"
                self._surnames.setdefault(surname, set()).add(entity.id)
            for role in entity.roles:
                for alias in (role.title, *role.aliases):
                    self._add(self._roles, alias, _Entry(entity.id, role))
        # Each first word of a name or alias, and the longest key it starts: the scan
        # tries n-grams only where a key can begin.
        self._longest_from: dict[str, int] = {}
        for key in (*self._names, *self._roles):
            words = key.split()
            self._longest_from[words[0]] = max(self._longest_from.get(words[0], 0), len(words))
        self._first_tokens = frozenset(self._longest_from)
        self._first_name_tokens = frozenset(key.split()[0] for key in self._names)
        self._fuzzy_choices = {
            key: entries[0].entity_id
            for key, entries in self._names.items()
            if len(key) >= _FUZZY_MIN_LENGTH
        }
        # Speaker phrases repeat across a corpus ("Peskov", "the ministry"): remember answers.
        self._mention_cache: dict[tuple[str, bool], list[tuple[str, Span]]] = {}
        self._fuzzy_cache: dict[str, tuple[Entity | None, str]] = {}
        self._canonical_names = frozenset(entity.name for entity in self._entities.values())
        self._names_only: EntityIndex | None = None
        self._acronyms = [(a, e) for e in self._entities.values() for a in e.aliases if _ACRONYM.fullmatch(a)]
        self._acronym_pattern = (
            re.compile(r"(?:" + "|".join(sorted({a for a, _ in self._acronyms}, key=len, reverse=True)) + r")(?![A-Za-z])")
            if self._acronyms else None
        )
        # The first word of each name and alias of an entity: a text holding none of them names it nowhere.
        self._first_words_of: dict[str, set[str]] = {}
        for key, entries in self._names.items():
            for entry in entries:
                self._first_words_of.setdefault(self._entities[entry.entity_id].name, set()).add(key.split()[0])

    @classmethod
    def from_store(cls, store: Store) -> EntityIndex:
        return cls(store.entities)

    def names_only(self) -> EntityIndex:
        """This index without the aliases that are common nouns ("the opposition", "the prime
        minister"), for a text about something else: there they mean someone else. The same
        index when it has none."""
        if self._names_only is None:
            entities = list(self._entities.values())
            plain = [_names_only(e) for e in entities]
            self._names_only = self if plain == entities else EntityIndex(plain)
        return self._names_only

    def own_acronyms_first(self, text: str) -> EntityIndex:
        """This index without the acronyms that `text` spells out as another name: where it
        writes "Rapid Support Forces" and "RSF", RSF is not the store's Reporters Without Borders.
        The same index when there are none."""
        if self._acronym_pattern is None:
            return self
        # One scan for them all; a look back at every character would cost more than the scan.
        present = {m.group() for m in self._acronym_pattern.finditer(text) if not text[m.start() - 1 : m.start()].isalpha()}
        clashing = set()
        for alias, entity in self._acronyms:
            if alias in present:
                spelled = spelled_out(alias, text)
                if spelled is not None and fold(spelled) not in {fold(a) for a in (entity.name, *entity.aliases)}:
                    clashing.add(alias)
        if not clashing:
            return self
        kept = [replace(e, aliases=tuple(a for a in e.aliases if a not in clashing)) for e in self._entities.values()]
        return EntityIndex(kept)

    def named_in(self, text: str) -> bool:
        """Whether `text` names anyone or anything of the index by a name or alias (outlets aside)."""
        # The scan of iter_mentions(roles=False), over the words as strings: the same matches,
        # without a match object and a span per word (this runs on every document).
        # fold() of an ASCII word is its lower case: only the others need the full fold.
        words = _words(text.lower()) if text.isascii() else [w.lower() if w.isascii() else fold(w) for w in _words(text)]
        words = _without_possessives(words)
        first, names, longest = self._first_name_tokens, self._names, self._longest_from
        # Only where a name can begin is anything looked up; a match skips the words it spans.
        after = 0
        for i in [k for k, w in enumerate(words) if w in first]:
            if i < after:
                continue
            for width in range(min(longest[words[i]], len(words) - i), 0, -1):
                entries = names.get(" ".join(words[i : i + width]))
                if entries:
                    if any((entity := self._entities.get(e.entity_id)) is not None and entity.type != "outlet" for e in entries):
                        return True
                    after = i + width
                    break
        return False

    @staticmethod
    def _add(table: dict[str, list[_Entry]], alias: str, entry: _Entry) -> None:
        key = _key(alias)
        if key and entry not in table.setdefault(key, []):
            table[key].append(entry)

    def get(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def entities(self) -> list[Entity]:
        """The entities of the index, in the order given (the first of a repeated id)."""
        return list(self._entities.values())

    def names_entity(self, name: str) -> bool:
        """Whether `name` is the canonical name of an entity of the store."""
        return name in self._canonical_names

    def may_name(self, name: str, text: str) -> bool:
        """False when `text` (ASCII) cannot mention the entity called `name` by any name or
        alias; a cheap test before `find_mentions`, which folds every word."""
        if not text.isascii():
            return True
        lowered = text.lower()
        return any(word in lowered for word in self._first_words_of.get(name, ()))

    def __len__(self) -> int:
        return len(self._entities)

    def find_mentions(self, text: str, *, roles: bool = True) -> list[tuple[str, Span]]:
        """Every name, alias and role alias in `text`, longest match first, left to right.

        Returns (entity id, span) pairs; a role alias held by several entities yields
        each of them. Whole words only, case- and accent-insensitive, possessives
        ("Armenia’s") match their base form.
        """
        if len(text) <= 200:
            key = (text, roles)
            cached = self._mention_cache.get(key)
            if cached is None:
                cached = self._mention_cache[key] = self._all_mentions(text, roles)
                if len(self._mention_cache) > 50_000:
                    self._mention_cache.clear()
            return list(cached)
        return self._all_mentions(text, roles)

    def _all_mentions(self, text: str, roles: bool) -> list[tuple[str, Span]]:
        """list(_scan_mentions(text, roles)); for ASCII text, the words and their offsets are
        found by the regular expression engine for the whole text at once (split and findall,
        offsets as running sums), and only the words a name can start with are looked at
        (whole articles: 0.15 s per MB word by word)."""
        if not text.isascii():
            return list(self._scan_mentions(text, roles))
        lowered = text.lower()
        # Gap 0, word 0, gap 1, word 1, ..., the last gap; the running sums of their lengths are
        # where each word starts (at 2k) and ends (at 2k + 1).
        pieces = (_PLAIN_WORDS_SPLIT if "_" not in lowered else _WORDS_SPLIT).split(lowered)
        if len(pieces) == 1:
            return []
        offsets = list(accumulate(map(len, pieces)))
        tokens = _without_possessives(pieces[1::2])
        starts, longest_from, names, role_table = self._first_tokens, self._longest_from, self._names, self._roles
        out: list[tuple[str, Span]] = []
        after = 0
        for i in [k for k, token in enumerate(tokens) if token in starts]:
            if i < after:
                continue  # within the name matched before
            for width in range(min(longest_from.get(tokens[i], 1), len(tokens) - i), 0, -1):
                key = " ".join(tokens[i : i + width])
                entries = names.get(key) or (role_table.get(key) if roles else None)
                if entries:
                    span = Span(offsets[2 * i], offsets[2 * (i + width - 1) + 1])
                    out.extend((entity_id, span) for entity_id in dict.fromkeys(e.entity_id for e in entries))
                    after = i + width
                    break
        return out

    def iter_mentions(self, text: str, *, roles: bool = True) -> Iterator[tuple[str, Span]]:
        """`find_mentions` one at a time, for a caller that may stop at the first it wants."""
        return self._scan_mentions(text, roles)

    def _scan_mentions(self, text: str, roles: bool) -> Iterator[tuple[str, Span]]:
        # Tokens are read as the scan reaches them: a caller stopping early folds only those.
        # ASCII text folds by lowering it once (the same offsets), not word by word.
        plain = text.isascii()
        words = _WORD_RE.finditer(text.lower() if plain else text)
        tokens: list[tuple[int, int, str]] = []
        starts = self._first_tokens
        i = 0
        while True:
            if i >= len(tokens) and not _read_tokens(words, tokens, i + 1, plain):
                return
            if tokens[i][2] not in starts:
                i += 1  # no name or alias starts with this word
                continue
            longest = self._longest_from.get(tokens[i][2], 1)
            if i + longest > len(tokens):
                _read_tokens(words, tokens, i + longest, plain)
            for width in range(min(longest, len(tokens) - i), 0, -1):
                key = " ".join(token for _, _, token in tokens[i : i + width])
                entries = self._names.get(key) or (self._roles.get(key) if roles else None)
                if entries:
                    span = Span(tokens[i][0], tokens[i + width - 1][1])
                    for entity_id in dict.fromkeys(e.entity_id for e in entries):
                        yield entity_id, span
                    i += width
                    break
            else:
                i += 1

    def resolve(
        self, surface: str, *, on: date | None = None, context: Iterable[str] = ()
    ) -> tuple[Entity | None, str]:
        """The entity a surface form names, and how it was resolved.

        Tries, in order: a name or alias; a role title valid on `on`; a surname of a
        person; a fuzzy spelling (rapidfuzz ratio >= 88). Where several entities fit,
        one named in `context` (ids mentioned nearby) wins; otherwise the form is
        ambiguous and nothing is returned.

        >>> index.resolve("the Russian president", on=date(2020, 11, 17))  # doctest: +SKIP
        (Entity(id='vladimir-putin', ...), "role 'President of Russia' on 2020-11-17")
        """
        key = _key(surface)
        if not key:
            return None, "empty"
        # Most speaker phrases are neither a name, a role nor a surname: each table is
        # looked up once, and the candidate lists are built only for a key it holds.
        names = self._names.get(key)
        chosen = self._choose([e.entity_id for e in names], context) if names else None
        if chosen:
            return self._entities[chosen], "alias"
        roles = [(e.entity_id, e.role) for e in self._roles.get(key, ()) if e.role is not None and _role_valid(e.role, on)]
        chosen = self._choose([entity_id for entity_id, _ in roles], context) if roles else None
        if chosen:
            role = next(r for entity_id, r in roles if entity_id == chosen)
            when = f" on {on.isoformat()}" if on else ""
            return self._entities[chosen], f"role '{role.title}'{when}"
        surname_ids = self._surnames.get(key)
        chosen = self._choose(sorted(surname_ids), context) if surname_ids else None
        if chosen:
            return self._entities[chosen], "surname"
        return self._fuzzy(key)

    @staticmethod
    def _choose(candidates: list[str], context: Iterable[str]) -> str | None:
        unique = list(dict.fromkeys(candidates))
        if len(unique) == 1:
            return unique[0]
        context_ids = set(context)
        in_context = [c for c in unique if c in context_ids]
        return in_context[0] if len(in_context) == 1 else None

    def _fuzzy(self, key: str) -> tuple[Entity | None, str]:
        if len(key) < _FUZZY_MIN_LENGTH or not self._fuzzy_choices:
            return None, "unknown"
        if key not in self._fuzzy_cache:
            if len(self._fuzzy_cache) > 50_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[key] = self._fuzzy_lookup(key)
        return self._fuzzy_cache[key]

    def _fuzzy_lookup(self, key: str) -> tuple[Entity | None, str]:
        from rapidfuzz import fuzz, process

        best = process.extractOne(
            key, self._fuzzy_choices.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN_SCORE
        )
        if best is None:
            return None, "unknown"
        alias, score, _ = best
        return self._entities[self._fuzzy_choices[alias]], f"fuzzy spelling of '{alias}' ({score:.0f})"
