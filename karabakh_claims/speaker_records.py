"""Speaker records: a resolved speaker, what a document has said so far, and the name helpers
the speaker modules share.

`ResolvedSpeaker` is what speaker resolution (speakers.py) gives for a phrase, `unresolved` the
one it gives when no antecedent is certain; `SpeakerContext` is one document's coreference state
(its speakers in order, the genders the text gave them). The helpers and the vocabulary here
(a phrase's words, the personal name a phrase ends with, name particles, determiners,
possessives, spokesperson heads) are shared by speakers.py and its mixins speaker_names.py and
speaker_documents.py. Plain data and functions: no lexicon, no store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from karabakh_claims.entities import fold

NAME_PARTICLES = frozenset("de da di del della van von der den al el bin ibn la le du dos das ter".split())
_CAPITALISED = re.compile(r"^[A-Z][\w'.-]*$")
# A surname that opens with a lower-case particle joined by a hyphen: "al-Maliki", "el-Sisi", "bin-Salman".
PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abu|ben)-[A-Z][\w'’-]*$")
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_SPOKES_HEADS = frozenset("spokesperson spokesman spokeswoman representative".split())
_WE_IN = "subject 'we in "  # the basis of a body its members name: '"We in Hamas regard ...," it said'
_POSSESSIVES = frozenset("my your his her its our their whose".split())


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    name: str  # "" when unresolved
    entity_id: str | None
    kind: str  # "person", "group", "unknown" (a bare name), or "unresolved"
    basis: str

    @property
    def resolved(self) -> bool:
        return not self.basis.startswith("unresolved")


def unresolved(why: str) -> ResolvedSpeaker:
    """A speaker the text refers to without a certain antecedent: the statement still comes
    out, with no name and a basis that says why (a wrong speaker is worse than none). A
    description ("the ministry") keeps its words as the name, with the same basis."""
    return ResolvedSpeaker("", None, "unresolved", f"unresolved: {why}")


@dataclass
class SpeakerContext:
    """What a document has said so far: speakers in order, and genders, for coreference."""

    history: list[ResolvedSpeaker] = field(default_factory=list)
    # Folded name -> "m"/"f": surnames from honorifics ("Mr Mulder"), full names from pronouns
    # already resolved to the person (a mother and her son share a surname, not a gender).
    genders: dict[str, str] = field(default_factory=dict)
    # Name -> the role words the text gave the person with it ("said spokesperson Liu Dejun"):
    # "the spokesperson" later is that person.
    roles: dict[str, set[str]] = field(default_factory=dict)
    # Folded first word -> (name, entity id) of the persons remembered whose name opens with it
    # ("liu" -> Liu Dejun): a bare "Liu" later is that person if only one is.
    first_parts: dict[str, set[tuple[str, str | None]]] = field(default_factory=dict)

    def remember(self, speaker: ResolvedSpeaker) -> None:
        if speaker.kind == "person" and " " in speaker.name:
            self.first_parts.setdefault(fold(speaker.name.split()[0]), set()).add((speaker.name, speaker.entity_id))
        if speaker.kind == "person" and speaker.name.islower() and speaker.name.endswith(("man", "woman")):
            # "a fisherman", "the policewoman": someone the text describes by a word that gives a gender
            self.genders.setdefault(fold(speaker.name), "f" if speaker.name.endswith("woman") else "m")
        self.history.append(speaker)
        if len(self.history) > 400:
            del self.history[:200]  # coreference looks back a few sentences, not a whole archive

    def fits(self, speaker: ResolvedSpeaker, gender: str | None) -> bool:
        """Whether a he/she can refer to `speaker`: persons of unknown gender fit either."""
        if gender is None or speaker.kind == "group":
            return True
        known = self.genders.get(fold(speaker.name)) or self.genders.get(_surname_key(speaker.name), gender)
        return known == gender

    def known_as(self, speaker: ResolvedSpeaker, gender: str | None) -> bool:
        """Whether the text has given `speaker` the gender of a he/she ("Mr", an earlier "he")."""
        return gender is not None and (self.genders.get(fold(speaker.name)) or self.genders.get(_surname_key(speaker.name))) == gender

    def learn(self, speaker: ResolvedSpeaker, gender: str | None) -> None:
        if gender is not None and speaker.kind != "group":
            self.genders.setdefault(fold(speaker.name), gender)

    def last_person(self) -> ResolvedSpeaker | None:
        """The latest speaker who may be a person: one known to be, or a name of unknown kind ("Osei");
        a bare first or last name as the full name an earlier speaker had ("Margaret" -> "Margaret Haworth")."""
        latest = next((s for s in reversed(self.history[-12:]) if s.kind in ("person", "unknown")), None)
        if latest is None or latest.kind != "unknown" or " " in latest.name:
            return latest
        return next((s for s in reversed(self.history[-50:]) if s.kind == "person" and latest.name in s.name.split()), latest)

    def last(self, kind: str | None = None, head: str | None = None, gender: str | None = None) -> ResolvedSpeaker | None:
        """The latest speaker of a kind; a name of unknown kind fits when nothing closer does."""
        fallback: ResolvedSpeaker | None = None
        for speaker in reversed(self.history[-12:]):
            if head and not _called(speaker, head) and head not in self.roles.get(speaker.name, ()):
                continue
            if kind and speaker.kind != kind:
                if speaker.kind == "unknown" and fallback is None:
                    fallback = speaker
                continue
            if not self.fits(speaker, gender):
                continue
            return speaker
        return fallback


# Words after which a speaker's name goes on about something else: "a source close to the company".
_QUALIFIERS = frozenset("of for at from in on to with close near familiar who that".split())


def _called(speaker: ResolvedSpeaker, head: str) -> bool:
    """Whether `head` ("company") is what the speaker was called: a word of its name before any
    qualifier ("a source close to the company" is a source), or of the phrase its basis quotes."""
    def names(words: list[str]) -> bool:
        return any(w in (head, head + "s", head + "es") or fold(w).startswith(head + "'") for w in words)

    words = fold(speaker.name).replace(",", " ").split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w in _QUALIFIERS), len(words))
    if names(words[:cut]):
        return True
    quoted = [fold(q).split() for q in re.findall(r"'([^']*)'", speaker.basis)]
    return any(names(q[:3]) or names(q[-2:]) for q in quoted)


def _surname_key(name: str) -> str:
    words = fold(name).split()
    return words[-1] if words else ""


def _tokens(phrase: str) -> list[str]:
    return phrase.replace(",", " ").split()


# Prepositions that put a closing name inside a phrase about something else ("the death of X").
_PP_BEFORE_NAME = frozenset("of into about against over with from".split())


def _trailing_name(phrase: str, title_words: frozenset[str]) -> str | None:
    """The personal name closing a phrase: "Russian analyst Konstantin Eggert" -> "Konstantin Eggert".

    A capitalised run stops at a title or organisation word ("Minsk Group Carey
    Cavanaugh" -> "Carey Cavanaugh"); a run of one word is not taken for a full name.
    """
    tokens = _tokens(phrase)
    name: list[str] = []
    for token in reversed(tokens):
        bare = token.lower().rstrip(".").removesuffix("'s")
        if bare in title_words or ("-" in bare and all(part in title_words for part in bare.split("-"))):
            break  # ("Director-General", "Secretary-General": a title of titles)
        if _CAPITALISED.match(token) or PARTICLE_NAME.match(token) or (name and token.lower() in NAME_PARTICLES):
            name.insert(0, token)
        else:
            break
    before = tokens[: len(tokens) - len(name)]
    if (len(before) >= 2 and before[-1] in ("of", "for") and _CAPITALISED.match(before[-2])) or (
        len(before) >= 3 and before[-1] in ("and", "&") and _CAPITALISED.match(before[-2]) and before[-3] in ("of", "for")
    ):
        return None  # "Department of Health and Human Services": the end of a body's name, no person's
    if len(before) >= 2 and before[-1].lower() in _PP_BEFORE_NAME and before[-2][:1].islower() and any(t[:1].islower() for t in before):
        return None  # "The jury at the inquest into the death of Jean Charles de Menezes": a name inside the head's phrase
    while name and name[0].lower() in NAME_PARTICLES:
        name.pop(0)
    if len(name) > 4 or len(name) < 2 or any("'" in t for t in name):
        return None
    return " ".join(name)
