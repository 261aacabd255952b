"""Speakers: a speaker phrase in a document -> a canonical name, and how it was resolved.

Order of strategies: a person named in the phrase (store alias or spelling); the
whole phrase as a store alias or a role valid at the date; a pronoun or nominal
anaphor ("he", "the spokesman") to the last fitting speaker of the document; a
surname to the full name introduced earlier; a fuzzy spelling of a store name;
else the fullest surface form. Ambiguous phrases resolve to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from karabakh_claims.cues import Lexicon
from karabakh_claims.entities import EntityIndex, fold
from karabakh_claims.models import Entity

_NAME_PARTICLES = frozenset("de da di del della van von der den al el bin ibn la le du dos das ter".split())
_CAPITALISED = re.compile(r"^[A-Z][\w'.-]*$")
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ACRONYM_IN_PARENTHESES = re.compile(r"\s*\([A-Z]{2,8}\)")
_PARENTHESISED_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")
_ACRONYM = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]{0,30}\s+(?:(?:of|for|and|the|on)\s+)*){1,7}[A-Z][\w'’-]{0,30})\s+\(([A-Z]{2,8})\)")


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    name: str
    entity_id: str | None
    kind: str  # "person" or "group"
    basis: str


@dataclass
class SpeakerContext:
    """What a document has said so far: speakers in order, for coreference."""

    history: list[ResolvedSpeaker] = field(default_factory=list)

    def remember(self, speaker: ResolvedSpeaker) -> None:
        self.history.append(speaker)
        if len(self.history) > 400:
            del self.history[:200]  # coreference looks back a few sentences, not a whole archive

    def last(self, kind: str | None = None, head: str | None = None) -> ResolvedSpeaker | None:
        """The latest speaker of a kind; a name of unknown kind fits when nothing closer does."""
        fallback = None
        for speaker in reversed(self.history[-12:]):
            if head and head not in fold(speaker.basis + " " + speaker.name):
                continue
            if kind and speaker.kind != kind:
                if speaker.kind == "unknown" and fallback is None:
                    fallback = speaker
                continue
            return speaker
        return fallback


def _tokens(phrase: str) -> list[str]:
    return phrase.replace(",", " ").split()


def _trailing_name(phrase: str, title_words: frozenset[str]) -> str | None:
    """The personal name closing a phrase: "Russian analyst Konstantin Eggert" -> "Konstantin Eggert".

    A capitalised run stops at a title or organisation word ("Minsk Group Carey
    Cavanaugh" -> "Carey Cavanaugh"); a run of one word is not taken for a full name.
    """
    tokens = _tokens(phrase)
    name: list[str] = []
    for token in reversed(tokens):
        bare = token.lower().rstrip(".").removesuffix("'s")
        if bare in title_words:
            break
        if _CAPITALISED.match(token) or (name and token.lower() in _NAME_PARTICLES):
            name.insert(0, token)
        else:
            break
    while name and name[0].lower() in _NAME_PARTICLES:
        name.pop(0)
    if len(name) > 4 or len(name) < 2 or any("'" in t for t in name):
        return None
    return " ".join(name)


class SpeakerResolver:
    """Resolves speaker phrases within one document, keeping its coreference state."""

    def __init__(self, entities: EntityIndex, lexicon: Lexicon, text: str = ""):
        self.entities = entities
        self.lexicon = lexicon
        self.context = SpeakerContext()
        # "The European Court of Human Rights (ECHR)": the document's own acronyms.
        self.acronyms: dict[str, str] = {}
        for parenthesis in _PARENTHESISED_ACRONYM.finditer(text):
            # Only where "(ABC)" stands, look back for the name it abbreviates.
            window = text[max(0, parenthesis.start() - 200) : parenthesis.end()]
            named = _ACRONYM.search(window)
            if named is not None and named.end() == len(window):
                self.acronyms[named.group(2)] = " ".join(named.group(1).split())

    def resolve(
        self, phrase: str, *, on: date | None, appositive: str = "", subject_hint: str = "", context_hint: str = ""
    ) -> ResolvedSpeaker | None:
        """Resolve one phrase; None when it cannot name a speaker (ambiguous or not a source).

        `subject_hint` is the start of the content a pronoun closes ("The European Union
        welcomed ..., it said"): an entity named there is the likeliest antecedent.
        """
        words = _ACRONYM_IN_PARENTHESES.sub("", phrase).split()
        while len(words) > 1 and words[0].lower().strip(",") in self.lexicon.time_words:
            words.pop(0)  # "Today one Russian paper warns"
        while len(words) > 1 and words[-1].lower().strip(",") in self.lexicon.time_words:
            words.pop()  # "reported by Armenia last week"
        if len(words) == 1 and words[0] in ("I", "me", "my", "Me", "My"):
            return None  # the first person inside a quotation or transcript, not a source
        while len(words) > 1 and words[-1].lower() in self.lexicon.document_nouns:
            words.pop()  # "a Defence Ministry statement said": the ministry speaks
        bare = words[-1] if words else ""
        if len(words) <= 2 and bare in self.acronyms and not self.entities.resolve(bare)[0]:
            words = [self.acronyms[bare]]
        phrase = " ".join(words).strip(" ,;:")
        if not phrase:
            return None
        folded = fold(phrase)
        pronoun_kind = self.lexicon.pronouns.get(folded)
        if pronoun_kind:
            return self._pronoun(pronoun_kind, phrase, subject_hint, context_hint)
        head_name = re.match(r"^(.+?)\s+(?:of|from|at|with|for)\s+(.+)$", phrase)
        name = _trailing_name(head_name.group(1), self.lexicon.title_words) if head_name else None
        if head_name and name and head_name.group(1).endswith(name):
            # "(Colonel) Olga Oliker of the International Crisis Group": the person speaks.
            phrase, appositive = name, head_name.group(2)
        resolved = self._from_store(phrase, on=on) or self._from_store(appositive, on=on, whole_only=True)
        if resolved is None:
            resolved = self._anaphor(phrase) or self._surname(phrase) or self._surface(phrase, appositive)
        if resolved is not None:
            self.context.remember(resolved)
        return resolved

    def _entity_speaker(self, entity: Entity, basis: str) -> ResolvedSpeaker:
        kind = "person" if entity.type == "person" else "group"
        return ResolvedSpeaker(entity.name, entity.id, kind, basis)

    def _from_store(self, phrase: str, *, on: date | None, whole_only: bool = False) -> ResolvedSpeaker | None:
        if not phrase or not len(self.entities):
            return None
        recent = [s.entity_id for s in self.context.history[-8:] if s.entity_id]
        whole, how = self.entities.resolve(_LEADING_DETERMINER.sub("", phrase), on=on, context=recent)
        if whole is not None and not how.startswith("fuzzy"):
            return self._entity_speaker(whole, how)
        if whole_only:
            return None
        # Names only: a role title ("the Russian president") counts through `resolve`, with its dates.
        mentions = self.entities.find_mentions(phrase, roles=False)
        people = [
            e for e in (self._person_named(phrase, eid, span) for eid, span in mentions) if e is not None
        ]
        if people:
            return self._entity_speaker(people[0], f"name '{people[0].name}' in '{phrase}'")
        head = _tokens(fold(phrase))[-1] if phrase else ""
        for entity_id, span in mentions:
            covered = fold(phrase[span.start : span.end])
            candidate = self.entities.get(entity_id)
            # An organisation or country counts only when it is the head of the phrase:
            # "Russia's defence ministry" is not "Russia".
            if candidate is not None and candidate.type != "person" and head in covered.split() and span.end >= len(phrase.rstrip()) - 1:
                return self._entity_speaker(candidate, f"alias in '{phrase}'")
        name = _trailing_name(phrase, self.lexicon.title_words)
        if name and whole is not None and how.startswith("fuzzy"):
            return self._entity_speaker(whole, how)
        if name:
            fuzzy, how = self.entities.resolve(name, on=on)
            if fuzzy is not None and fuzzy.type == "person":
                return self._entity_speaker(fuzzy, how)
        return None

    def _person_named(self, phrase: str, entity_id: str, span) -> Entity | None:
        """The person a mention names, unless another first name stands before a bare surname."""
        entity = self.entities.get(entity_id)
        if entity is None or entity.type != "person":
            return None
        if phrase[span.start : span.end].endswith(("'s", "’s")) and phrase[span.end :].strip():
            return None  # "the mayor's spokesman" speaks for her but is not her
        before = phrase[: span.start].split()
        if before and _CAPITALISED.match(before[-1]) and fold(before[-1]) not in self.lexicon.title_words:
            known = fold(" ".join((entity.name, *entity.aliases))).split()
            if fold(before[-1]) not in known and len(fold(phrase[span.start : span.end]).split()) == 1:
                return None  # "Elnar Hajiyev" is not "Hikmet Hajiyev"
        return entity

    def _pronoun(self, kind: str, phrase: str, subject_hint: str, context_hint: str = "") -> ResolvedSpeaker | None:
        """He/she/it/they: the subject named at the start of `subject_hint` (the reported clause),
        else of `context_hint` (the sentence before), else the last speaker of that kind."""
        antecedent = self._named_subject(subject_hint, kind) or self._named_subject(context_hint, kind)
        antecedent = antecedent or self.context.last(kind)
        if antecedent is None:
            return None
        resolved = ResolvedSpeaker(antecedent.name, antecedent.entity_id, antecedent.kind, f"pronoun '{phrase}' -> {antecedent.name}")
        self.context.remember(antecedent)
        return resolved

    def _named_subject(self, text: str, kind: str) -> ResolvedSpeaker | None:
        """An entity or a capitalised name opening `text`, if it fits the pronoun's kind."""
        words = _ACRONYM_IN_PARENTHESES.sub("", text).split()[:10]
        while words and words[0].lower() in ("the", "in", "on", "a", "an", "but", "and", "however,"):
            words = words[1:]
        opening = " ".join(words)
        # The subject is the capitalised stretch that opens the sentence, up to its verb.
        np_end = next((m.start() for m in re.finditer(r"\b[a-z]+\b", opening) if m.group() not in ("of", "for", "and", "the", "de")), len(opening))
        for entity_id, span in self.entities.find_mentions(opening[:np_end], roles=False):
            entity = self.entities.get(entity_id)
            if entity is not None and (entity.type == "person") == (kind == "person"):
                return self._entity_speaker(entity, f"subject '{opening[span.start:span.end]}'")
        run: list[str] = []
        for word in words:
            bare = word.strip(",.;:()\"'")
            if bare[:1].isupper() and bare.lower() not in self.lexicon.pronouns and bare.lower() != "i":
                run.append(bare)
                if word != bare:
                    break
            elif run and bare in ("of", "for", "and") :
                run.append(bare)
            else:
                break
        while run and not run[-1][:1].isupper():
            run.pop()
        name = " ".join(run)
        if len(run) >= 2 and ((kind == "person") == (_trailing_name(name, self.lexicon.title_words) == name)):
            return ResolvedSpeaker(name, None, kind, f"subject '{name}'")
        return None

    def _anaphor(self, phrase: str) -> ResolvedSpeaker | None:
        words = _tokens(fold(phrase))
        if not words or words[0] not in ("the", "this", "that") or len(words) > 4:
            return None
        if any(_CAPITALISED.match(t) for t in _tokens(phrase)[1:]):
            return None  # "the Russian Defense Ministry" names; "the ministry" refers back
        if any(t.endswith(("'s", "’s", "s'")) for t in words[1:-1]):
            return None  # "the city's mayor" is someone new
        head = words[-1]
        if head in self.lexicon.anaphor_group_heads:
            kind = "group"
        elif head in self.lexicon.anaphor_heads:
            kind = "person"
        else:
            return None
        antecedent = self.context.last(kind=kind, head=head) or self.context.last(kind=kind)
        if antecedent is None:
            return None
        return ResolvedSpeaker(antecedent.name, antecedent.entity_id, antecedent.kind, f"'{phrase}' -> {antecedent.name}")

    def _surname(self, phrase: str) -> ResolvedSpeaker | None:
        tokens = _tokens(phrase)
        if len(tokens) > 2 or not tokens or not _CAPITALISED.match(tokens[-1]):
            return None
        surname = fold(tokens[-1])
        for earlier in reversed(self.context.history[-200:]):
            if earlier.kind == "person" and fold(earlier.name).split()[-1] == surname and earlier.name != phrase:
                return ResolvedSpeaker(earlier.name, earlier.entity_id, "person", f"surname of {earlier.name}")
        return None

    def _surface(self, phrase: str, appositive: str) -> ResolvedSpeaker | None:
        name = _trailing_name(phrase, self.lexicon.title_words)
        words = _tokens(fold(phrase))
        if name:
            generic = words[-1] in self.lexicon.generic_speaker_heads
            return ResolvedSpeaker(name, None, "group" if generic else "person", "surface name")
        heads = self.lexicon.generic_speaker_heads | self.lexicon.anaphor_heads
        if any(_CAPITALISED.match(t) for t in _tokens(phrase)) or (words and words[-1] in heads):
            surface = _LEADING_DETERMINER.sub("", phrase)
            if len(words) == 1 and words[0] not in self.lexicon.generic_speaker_heads:
                kind = "unknown"  # "Jones" or "Ruritania": only the store can tell
            elif words[-1] in self.lexicon.anaphor_heads and not words[-1].endswith("s"):
                kind = "person"
            else:
                kind = "group"
            return ResolvedSpeaker(surface, None, kind, "surface form")
        return None
