"""The attribution lexicon (data/cues.yaml), loaded once into lookup tables and patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Reporting verbs and the function words extraction needs, all from data/cues.yaml."""

    lemma_of: dict[str, str]
    needs_that: frozenset[str]
    deny: frozenset[str]
    denial_words: frozenset[str]
    negating_cues: frozenset[str]
    negations: tuple[str, ...]
    phrases: dict[str, str]
    auxiliaries: frozenset[str]
    adverbial_heads: frozenset[str]
    parentheticals: frozenset[str]
    aside_nouns: frozenset[str]
    time_words: frozenset[str]
    pronouns: dict[str, str]
    pronoun_gender: dict[str, str]
    honorifics: dict[str, str]
    anaphor_heads: frozenset[str]
    demonyms: frozenset[str]
    described_body_heads: frozenset[str]
    generic_speaker_heads: frozenset[str]
    clause_boundaries: frozenset[str]
    conduit_verbs: frozenset[str]
    outlet_words: tuple[str, ...]
    anaphor_group_heads: frozenset[str]
    anaphor_generic_heads: frozenset[str]
    convened_body_heads: frozenset[str]
    relation_nouns: frozenset[str]
    title_words: frozenset[str]
    noun_cues: frozenset[str]
    finite_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    interview_words: tuple[str, ...]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    audience_cues: frozenset[str]
    particle_cues: dict[str, str]
    finding_nouns: frozenset[str]
    occasion_nouns: tuple[str, ...]
    content_after_object: dict[str, str]
    gerund_cues: frozenset[str]
    action_gerund_cues: frozenset[str]
    object_cues: dict[str, str]
    stance_objects: frozenset[str]
    ly_nouns: frozenset[str]

    def is_outlet_phrase(self, phrase: str) -> bool:
        words = f" {phrase.casefold()} "
        return _between_spaces(self.outlet_words).search(words) is not None


@lru_cache(maxsize=4)
def _between_spaces(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` with a space on each side: one search, not a substring test per word."""
    return re.compile(" (?:" + "|".join(map(re.escape, words)) + ") ") if words else re.compile("(?!)")


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(item.casefold() for item in items)


def _plurals(nouns: list[str]) -> frozenset[str]:
    """Regular English plurals of single-word nouns ("company" -> "companies", "author" -> "authors")."""
    found = set()
    for noun in (n.casefold() for n in nouns if " " not in n and not n.endswith("s") and not n.endswith("man")):
        if noun.endswith("y") and noun[-2:-1] not in "aeiou":
            found.add(noun[:-1] + "ies")
        elif noun.endswith(("ch", "sh", "x")):
            found.add(noun + "es")
        else:
            found.add(noun + "s")
    return frozenset(found)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon. Raises only if the package data is broken."""
    from karabakh_claims.data import load

    raw = load("cues.yaml")
    lemma_of: dict[str, str] = {}
    needs_that: set[str] = set()
    for group, verbs in raw["verbs"].items():
        for lemma, forms in verbs.items():
            for form in forms:
                lemma_of[form.casefold()] = lemma
            if group == "that":
                needs_that.add(lemma)
    phrases = {phrase.casefold(): lemma for phrase, lemma in raw["phrases"].items()}
    return Lexicon(
        lemma_of=lemma_of,
        needs_that=frozenset(needs_that),
        deny=_words(raw["deny"]),
        denial_words=_words(raw["denial_words"]),
        negating_cues=_words(raw["negating_cues"]),
        negations=tuple(raw["negations"]),
        phrases=phrases,
        auxiliaries=_words(raw["auxiliaries"]),
        adverbial_heads=_words(raw["adverbial_heads"]),
        parentheticals=_words(raw["parentheticals"]),
        aside_nouns=_words(raw["aside_nouns"]),
        time_words=_words(raw["time_words"]),
        pronouns={k.casefold(): v for k, v in raw["pronouns"].items()},
        pronoun_gender={k.casefold(): v for k, v in raw["pronoun_gender"].items()},
        honorifics={k.casefold(): v for k, v in raw["honorifics"].items()},
        anaphor_heads=_words(raw["anaphor_heads"]) | _words(raw["demonyms"]),
        demonyms=_words(raw["demonyms"]),
        described_body_heads=_words(raw["described_body_heads"]),
        # "the companies said", "the authors wrote": the plural of any head that names a source.
        generic_speaker_heads=_words(raw["generic_speaker_heads"]) | _plurals(raw["anaphor_group_heads"] + raw["anaphor_heads"]),
        clause_boundaries=_words(raw["clause_boundaries"]),
        conduit_verbs=_words(raw["conduit_verbs"]),
        outlet_words=tuple(sorted(_words(raw["outlet_words"]))),
        anaphor_group_heads=_words(raw["anaphor_group_heads"]),
        anaphor_generic_heads=_words(raw["anaphor_generic_heads"]),
        convened_body_heads=_words(raw["convened_body_heads"]),
        relation_nouns=_words(raw["relation_nouns"]),
        title_words=_words(raw["title_words"]),
        noun_cues=_words(raw["noun_cues"]),
        finite_verbs=_words(raw["finite_verbs"]),
        claim_nouns=_words(raw["claim_nouns"]),
        interview_words=tuple(w.casefold() for w in raw["interview_words"]),
        document_nouns=_words(raw["document_nouns"]),
        issuing_verbs=_words(raw["issuing_verbs"]),
        audience_cues=_words(raw["audience_cues"]),
        particle_cues={k.casefold(): v.casefold() for k, v in raw["particle_cues"].items()},
        finding_nouns=_words(raw.get("finding_nouns", [])),
        occasion_nouns=tuple(sorted(_words(raw["occasion_nouns"]))),
        content_after_object={k.casefold(): v.casefold() for k, v in raw["content_after_object"].items()},
        gerund_cues=_words(raw["gerund_cues"]),
        action_gerund_cues=_words(raw["action_gerund_cues"]),
        object_cues={k.casefold(): v for k, v in raw["object_cues"].items()},
        stance_objects=_words(raw["stance_objects"]),
        ly_nouns=_words(raw["ly_nouns"]),
    )
