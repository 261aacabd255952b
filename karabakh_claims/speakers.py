"""Speakers: a speaker phrase in a document -> a canonical name, and how it was resolved.

Order of strategies: a person named in the phrase (store alias or spelling); the
whole phrase as a store alias or a role valid at the date; a pronoun or nominal
anaphor ("he", "the spokesman") to the last fitting speaker of the document; a
surname to the full name introduced earlier; a fuzzy spelling of a store name;
else the fullest surface form. Ambiguous phrases resolve to nothing.

Where each part lives: this module holds `SpeakerResolver.resolve` (the order above), joint
speakers, spokespersons, the store lookups, pronouns and descriptions that refer back ("the
minister", "the company"); speaker_names.py (`TextNames`, a mixin of the resolver) the names the
text itself gives: surnames and full names, a role's holder, the subject a clause opens with,
documents that speak, the surface form; speaker_records.py the records (`ResolvedSpeaker`,
`SpeakerContext`) and the helpers both use. Other modules import the records from here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from karabakh_claims.cues import Lexicon
from karabakh_claims.entities import EntityIndex, fold, spelled_out
from karabakh_claims.models import Entity
from karabakh_claims.speaker_names import TextNames
from karabakh_claims.speaker_records import (
    _CAPITALISED,
    _LEADING_DETERMINER,
    _POSSESSIVES,
    _SPOKES_HEADS,
    _WE_IN,
    NAME_PARTICLES,
    PARTICLE_NAME,
    ResolvedSpeaker,
    SpeakerContext,
    _tokens,
    _trailing_name,
    unresolved,
)

# Other modules import these from here.
__all__ = ["NAME_PARTICLES", "PARTICLE_NAME", "ResolvedSpeaker", "SpeakerContext", "SpeakerResolver", "unresolved"]

_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
_ACRONYM_IN_PARENTHESES = re.compile(r"\s*\([A-Z]{2,8}\)")
_SPOKESPERSON_FOR = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?spokes(?:person|man|woman)\s+(?:for|of)\s+(?!him\b|her\b|them\b)(.+)$", re.IGNORECASE)
_BODY_SPOKESPERSON = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w'’&.-]*\s+){1,4}?)spokes(?:person|man|woman)$")
_SURNAME_OF = re.compile(r"(?:[A-Z][a-z]+-)?[A-Z][\w'’-]+\Z")  # one capitalised word: "Al-Shukri", "Haworth"
_NAME_OF = re.compile(r"^(.+?)\s+(?:of|from|at|with|for)\s+(.+)$")  # "Olga Oliker of the International Crisis Group"
_POSSESSIVE_OF = {"m": ("his",), "f": ("her",)}
# A word of four or more capitalised parts run together ("MaransFlagShareLikeReply"): page
# buttons scraped with a byline; a name has at most three ("McDonald", "DeSantis", "MacArthurs").
_RUN_TOGETHER_WORDS = re.compile(r"(?:[A-Z][a-z]+){4,}")
_HEAD_PREPOSITIONS = frozenset("in of at for from with on near inside outside across".split())
_JOINT = re.compile(r"\s+and\s+|\s*&\s*")
_SURNAME_WORD = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")
_NAME_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")
_AGE = re.compile(r"\d+-year-old")
_BASED_IN = re.compile(r"(?:[A-Z][\w.'’]*\s+)*[\w.'’]+-based\b")  # "New York-based", "Geneva-based"
_PARENTHESISED_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")
# (A name runs within a line: a headline above is no part of it.)
_ACRONYM = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]{0,30}[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)*){1,7}[A-Z][\w'’-]{0,30})\s+\(([A-Z]{2,8})\)")
# Words that open a sentence or stand for no one in particular: never a speaker ("The said",
# "However, said", "Earlier said" come from a cue read in the wrong place).
_NEVER_SPEAKERS = frozenset(
    "the a an this that these those however but and or so yet then now earlier later meanwhile also still you "
    "moreover furthermore instead thus therefore there here today yesterday tomorrow never always ever".split()
)
_EXAMPLES_LISTED = re.compile(r",?\s+(?:including|such as|among them)\s")  # examples after the speaker, not speakers
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_POST_NOMINALS = frozenset(("QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE"))
_QUESTION_OPENERS = frozenset("can could will would do does did should shall may might must is are".split())
# Words that stand for someone the text does not name at this point: the speaker is unresolved.
_REFERRING_WORDS = frozenset("another others other some someone somebody one both either neither each".split())
# Collective bodies that speak as such: "the police said", "the army said" name the body as
# written, while "the company", "the minister" refer back to someone named before.
_COLLECTIVE_HEADS = frozenset(
    "police military army navy government authorities officials forces kremlin opposition rebels "
    "militants separatists prosecutors prosecution investigators judges jury".split()
)
# A first name and a surname ("Yevgeny Prigozhin", "Margaret Aspinall"), as a sentence may name someone.
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}\b")
# Nouns for the two of a pair named before ("the two men", "both periodicals"), besides bodies.
_PAIR_HEADS = frozenset("man woman periodical paper leader brother sister firm".split())
# Two capitalised names joined by "and" ("Cisco and Acacia Communications", "Paris Match and Bild").
_NAMED_PAIR = re.compile(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+and\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})")
# Capitalised words that open a sentence without naming anyone ("The", "But", "In").
_LEADING_WORDS = frozenset("the a an but and in on at after before when while as if this that these those its his her their".split())
# A sentence run into the next without a space ("... of Ukraine's claims.The spokesman said").
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{2})[.!?][\"”’]?\s*(?=[A-Z])")


def _plural_word(speaker: ResolvedSpeaker) -> bool:
    """A single common noun in the plural ("Rescuers", "Officials"), not a known body."""
    word = speaker.name.lower()
    return speaker.entity_id is None and " " not in word and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _names_a_thing(head: str, name: str) -> bool:
    """Whether the capitalised run `name` closing `head` starts with or follows "the": "the Royal
    College", "The White House" name a body or a place, not a person."""
    before = head[: len(head) - len(name)].split()
    return name.split()[0].lower() == "the" or (bool(before) and before[-1].lower() == "the")


# How a nationality adjective ends: "French", "Dutch", "Lebanese", "British", "Israeli", "Russian".
_NATIONALITY = re.compile(r"(?:an|ese|ish|ch|i|ic)$")

class SpeakerResolver(TextNames):
    """Resolves speaker phrases within one document, keeping its coreference state."""

    def __init__(self, entities: EntityIndex, lexicon: Lexicon, text: str = ""):
        self.entities = entities
        self.lexicon = lexicon
        self.text = text
        self.context = SpeakerContext()
        # The heads a described speaker ends with, as one set: _surface reads every unresolved phrase.
        self._speaker_heads = lexicon.generic_speaker_heads | lexicon.anaphor_heads
        self._full_names: dict[str, tuple[int, str] | None] = {}  # surname -> (where, full name) of its first full mention
        self._first_names: dict[str, list[tuple[int, str]]] = {}  # surname -> (where, first name) of its full mentions
        self._lowered: str | None = None
        self._honorifics_read = False  # read on the first he/she: most texts never need it
        # "The European Court of Human Rights (ECHR)": the document's own acronyms.
        self.acronyms: dict[str, str] = {}
        self._spelled: dict[str, str | None] = {}
        for parenthesis in _PARENTHESISED_ACRONYM.finditer(text):
            # Only where "(ABC)" stands, look back for the name it abbreviates.
            window = text[max(0, parenthesis.start() - 200) : parenthesis.end()]
            named = _ACRONYM.search(window)
            if named is not None and named.end() == len(window):
                self.acronyms[named.group(2)] = " ".join(named.group(1).split())

    def resolve(
        self,
        phrase: str,
        *,
        on: date | None,
        appositive: str = "",
        subject_hint: str = "",
        context_hint: str = "",
        sentence_hint: str = "",
        at: int | None = None,
    ) -> ResolvedSpeaker | None:
        """Resolve one phrase; None when it cannot name a speaker (ambiguous or not a source).

        `subject_hint` is the start of the content a pronoun closes ("The European Union
        welcomed ..., it said"): an entity named there is the likeliest antecedent.
        `at` is where the phrase stands in the document: "the mayor" may refer back to
        a name the text gave that role before it.
        """
        cut = None
        for cut in _RUN_TOGETHER.finditer(phrase):
            pass
        if cut is not None and fold(phrase[: cut.start()].split()[-1]) not in self.lexicon.honorifics:
            phrase = phrase[cut.end() :]  # the speaker is in the last sentence of a run
        listed = _EXAMPLES_LISTED.search(phrase)
        if listed is not None and listed.start() > 0:
            phrase = phrase[: listed.start()].rstrip(" ,-—–")  # "the governments of 14 countries including Japan and Britain": the governments
        words = _ACRONYM_IN_PARENTHESES.sub("", phrase).split()
        while len(words) > 1 and words[0].lower().strip(",") in self.lexicon.time_words:
            words.pop(0)  # "Today one Russian paper warns"
        while len(words) > 1 and words[-1].lower().strip(",") in self.lexicon.time_words and not self._name_ends_with(words):
            words.pop()  # "reported by Armenia last week"
            if len(words) > 1 and words[-1].lower() in ("that", "this", "last", "next"):
                words.pop()  # "the officer in charge of the base that night"
        if (
            2 <= len(words) <= 4 and re.fullmatch(r"[A-Z][\w.-]*['’]s", words[0])
            and all(_CAPITALISED.match(w) and fold(w) not in self.lexicon.title_words and fold(w) not in self.lexicon.anaphor_group_heads
                    and fold(w) not in self.lexicon.anaphor_heads for w in words[1:])
        ):
            words = words[1:]  # "Brazil's Bolsonaro", "Russia's Gazprom": the one named, not the possessor
        if len(words) >= 2 and fold(words[0]) in _QUESTION_OPENERS and fold(words[1]) in ("you", "we", "i", "they", "he", "she", "it"):
            return None  # "Can you promise this will not happen again?": a question, no one's statement
        if len(words) >= 3 and fold(words[0]) in self.lexicon.generic_speaker_heads and fold(words[0]).endswith("s") \
                and fold(words[1]) == "against":
            # "Protesters against the Dakota Access Pipeline say": the protesters, not what they oppose
            # ("Officials in the administration of X", "Executives for Mondelez" keep whom they belong to)
            words = words[:1]
        while len(words) > 1 and words[-1] in _POST_NOMINALS:
            words.pop()  # "Mr Lucraft QC", "Jane Doe OBE": the letters after a name are no part of it
        if len(words) == 1 and words[0] in ("I", "me", "my", "Me", "My"):
            return None  # the first person inside a quotation or transcript, not a source
        if len(words) > 2 and words[-1].islower() and words[-1].endswith("ed") and fold(words[-2]) in self.lexicon.document_nouns:
            words.pop()  # "The army statement issued on Tuesday said": the document, not its issuing
        honorific = len(words) == 2 and words[0].lower().rstrip(".") in self.lexicon.honorifics and _CAPITALISED.match(words[1])
        if honorific and words[0].lower() in ("sir", "dame"):
            # "Sir David": a knight is called by a first name; the full name the text gave it before
            knight = re.search(rf"\b{re.escape(words[1])}\s+([A-Z][\w'’-]+)", self.text[: at if at is not None else len(self.text)])
            words = [f"{words[1]} {knight.group(1)}"] if knight is not None and fold(knight.group(1)) not in self.lexicon.title_words else words
        elif honorific:
            words = [self._full_name(words[1]) or words[1]]  # "Ms Avanesyan": the person, not the title
        elif (
            len(words) == 2 and words[0][:1].isupper() and fold(words[0].rstrip(".")) in self.lexicon.title_words
            and fold(words[0].rstrip(".")) in self.lexicon.anaphor_heads and _CAPITALISED.match(words[1])
            and fold(words[1]) not in self.lexicon.title_words and fold(words[1]) not in self.lexicon.generic_speaker_heads
        ):
            # "President Lukashenko", "Governor Cuomo": the person with that title, by the full name given before
            words = [self._full_name(words[1], at) or words[1]]
        document = self._document(words, at)
        if document is not None:
            return document
        pair = self._pair_named_before(words, on, at)
        if pair is not None:
            return pair
        while len(words) > 1 and words[-1].islower() and words[-1] in self.lexicon.document_nouns and not (
            words[-2].islower() and words[-2] in self.lexicon.outlet_words
        ):  # (a capital is a name's: "the Washington Post")
            words.pop()  # "a Defence Ministry statement said": the ministry speaks; "press reports" are no press
        bare = words[-1] if words else ""
        if len(words) <= 2 and bare in self.acronyms:  # the text's own "(RSF)" beats the store's RSF
            words = [self.acronyms[bare]]
        elif len(words) <= 2 and _ACRONYM_WORD.fullmatch(bare) and self.entities.resolve(bare)[0] is None:
            if bare not in self._spelled:  # one search of the text per acronym
                self._spelled[bare] = spelled_out(bare, self.text)
            spelled = self._spelled[bare]  # "The RSF said" where the text wrote "Rapid Support Forces"
            if spelled is not None:
                words = spelled.split()
        phrase = " ".join(words).strip(" ,;:")
        if not phrase or any(_RUN_TOGETHER_WORDS.fullmatch(w) for w in words):
            return None  # "MaransFlagShareLikeReplyMari": page furniture run together, no one's name
        first = self._first_of_joint(phrase, on)
        if first is not None:
            # "The Netherlands and Australia announced": a joint statement, recorded under the first-named.
            found = self.resolve(first, on=on, appositive=appositive, at=at)
            if found is None:
                return None
            joint = replace(found, basis=f"first of joint speakers '{phrase}': {found.basis}")
            if self.context.history and self.context.history[-1] is found:
                self.context.history[-1] = joint  # remembered as a joint speaker: no "he" is certain after it
            return joint
        folded = fold(phrase)
        pronoun_kind = self.lexicon.pronouns.get(folded)
        if pronoun_kind:
            found = self._pronoun(pronoun_kind, phrase, subject_hint, context_hint, sentence_hint)
            if found is None and folded == "it" and not self.context.history:
                return None  # "It was reported that ...": no one speaks
            return found or unresolved(f"pronoun '{phrase}' with no certain antecedent")
        if len(words) == 1 and folded in _NEVER_SPEAKERS:
            return None
        if len(words) == 1 and folded in _REFERRING_WORDS:
            return unresolved(f"'{phrase}' names no one")
        if len(words) >= 6 and fold(words[0]) in ("one", "some", "two", "three", "several", "many") and fold(words[1]) == "of" and fold(words[2]) in ("the", "its", "their"):
            # "One of the insurers of the container ship said": someone the text describes, not names
            # ("one of the sources" refers back to the sources named before); kept as its head words,
            # and not remembered: no surname or pronoun after it is this one ("... for David Petraeus")
            cut = next((k for k in range(4, len(words)) if fold(words[k]) in ("of", "for", "at", "in", "from", "with", "to")), len(words))
            return ResolvedSpeaker(" ".join(words[:cut]), None, "person", f"unresolved: '{phrase}' names no one")
        if 2 <= len(words) <= 5 and fold(words[0]) in ("another", "one") and all(w.isalpha() and w.islower() and w != "of" for w in words[1:]):
            # "another supporter wrote", "wrote one commenter": someone the text does not name,
            # kept as written and unresolved (and remembered: "she said" after it is the same person)
            described = ResolvedSpeaker(" ".join(words[1:]), None, "person", f"unresolved: '{phrase}' names no one")
            self.context.remember(described)
            return described
        relative = next((k for k, w in enumerate(words[:5]) if k >= 2 and w in ("that", "which")), None)
        if (
            relative is not None and fold(words[0]) in ("the", "a", "an") and all(w.isalpha() and w.islower() for w in words[1:relative])
            and words[relative - 1] not in ("in", "of", "on", "at", "by", "for", "from", "with", "to")  # "an incident in which ..."
            and relative + 1 < len(words) and words[relative + 1].islower() and fold(words[relative + 1]) not in ("the", "a", "an", "its", "their")
        ):
            # "The company that manages the vessel Sea Breeze said": a body the clause describes, new
            # to the text (not the last company that spoke, nor the vessel its clause names).
            described = ResolvedSpeaker(" ".join(words[1:relative]), None, "group", f"unresolved: '{phrase}' names no one")
            self.context.remember(described)
            return described
        if 2 <= len(words) <= 4 and fold(words[0]) in ("a", "an") and (
            fold(words[-1]) in self.lexicon.anaphor_heads or self._described_someone([fold(words[0]), *words[1:]])
        ):
            # "A French minister says that ... Junior interior minister Laurent Nunez's comments ...": the
            # role's holder the next sentence names with it
            named = self._named_next(fold(words[-1]), at)
            if named is not None:
                return named
        if len(words) >= 3 and fold(words[0]) in ("a", "an") and "who" in words[2:5]:
            # "A miner who was brought out on Tuesday told ...": someone described, not named.
            described = ResolvedSpeaker(" ".join(words[1:]), None, "person", f"unresolved: '{phrase}' names no one")
            self.context.remember(described)  # the "she said" after it is the same unnamed person
            return described
        head_name = _NAME_OF.match(phrase)
        name = _trailing_name(head_name.group(1), self.lexicon.title_words) if head_name else None
        if head_name and name and head_name.group(1).endswith(name) and not _names_a_thing(head_name.group(1), name):
            # "(Colonel) Olga Oliker of the International Crisis Group": the person speaks; "the Royal
            # College of Nursing" is a body the whole phrase names.
            phrase, appositive = name, head_name.group(2)
        elif head_name and _SURNAME_OF.match(head_name.group(1)) and fold(head_name.group(1)) not in self.lexicon.title_words \
                and fold(head_name.group(1)) not in self.lexicon.anaphor_heads and _LEADING_DETERMINER.match(head_name.group(2)):
            # "Al-Shukri of the Libyan Red Crescent said", "Haworth of the institute": a surname, then
            # the body the person belongs to.
            surname = self._surname(head_name.group(1), at)
            if surname is not None:
                phrase, appositive = surname.name, head_name.group(2)
        resolved = self._from_store(phrase, on=on) or self._from_store(appositive, on=on, whole_only=True)
        body = self._represented(phrase, at) if resolved is None and "spokes" in folded else None
        if body is not None:
            # An unnamed spokesperson speaks for the body: "a spokesperson for the Department for
            # Education" -> that department, "a Volta spokesperson" -> the Volta Beverages named before.
            resolved = self._from_store(body, on=on) or ResolvedSpeaker(body, None, "group", f"body represented by '{phrase}'")
        if resolved is None and folded.split(" ", 1)[0] in ("a", "an") and folded.split()[-1] in _SPOKES_HEADS and len(folded.split()) <= 3:
            # "Network Rail said ... A spokesperson said ...": the organisation speaks through them.
            last = self.context.history[-1] if self.context.history else None
            # "a military spokeswoman" speaks for a body whose name says so, not for the health ministry before
            modifier = folded.split()[1] if len(folded.split()) == 3 else None
            if last is not None and last.kind == "group" and (modifier is None or modifier[:5] in fold(last.name)):
                resolved = ResolvedSpeaker(last.name, last.entity_id, "group", f"'{phrase}' of {last.name}")
        if resolved is None:
            resolved = self._anaphor(phrase, at, context_hint, subject_hint) or self._surname(phrase, at) or self._described_before(phrase, at)
            if resolved is None and self._refers_back(phrase):
                # Shown as written ("ministry"), and marked unresolved: no one is named.
                surface = self._surface(phrase, appositive)
                why = f"description '{phrase}' with no certain antecedent"
                if surface is None:
                    return unresolved(why)
                # Remembered as written, so that "it said" after it is the same unnamed body.
                described = replace(surface, entity_id=None, basis=f"unresolved: {why}")
                self.context.remember(described)
                return described
            resolved = resolved or self._surface(phrase, appositive)
            if resolved is not None and honorific and resolved.kind == "unknown":
                resolved = replace(resolved, kind="person")
        if resolved is not None:
            if resolved.kind == "person" and (appositive or len(phrase) > len(resolved.name) + 2):
                self._remember_affiliation(f"{phrase} {appositive}")
                words = _tokens(fold(f"{phrase} {appositive}"))
                # (not a role held before: "former New Jersey governor Christine Todd Whitman" is no "the governor")
                heads = {w for k, w in enumerate(words) if self._person_head(w) and not {"former", "ex", "then", "late"} & set(words[max(0, k - 3) : k])}
                if heads and resolved.name:
                    self.context.roles.setdefault(resolved.name, set()).update(heads)
            self.context.remember(resolved)
        return resolved

    def _described_before(self, phrase: str, at: int | None) -> ResolvedSpeaker | None:
        """"the superintendent" after "Superintendent Karen Whitlock": a person described by a word no
        list holds, whom the text named together with that word before."""
        words = _tokens(phrase)
        if at is None or words[:1] not in (["the"], ["The"]) or not self._described_someone(["the", *words[1:]]):
            return None
        head = re.escape(words[-1])
        # Only a name the word is a title of, or an appositive of: "Superintendent Karen Whitlock",
        # "Karen Whitlock, the district's superintendent" (not any name near the word: "a woman in
        # New Hampshire").
        full_name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}"
        titled = rf"(?i:\b{head})\s+(?P<titled>{full_name})\b"
        described = rf"(?P<described>{full_name}),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}{head}\b"
        found = None
        for found in re.finditer(f"{titled}|{described}", self.text[max(0, at - 3000) : at]):
            pass  # the last such mention before the description
        name = self._personal_name(found.group("titled") or found.group("described")) if found is not None else None
        if not name:
            return None
        person = self._from_store(name, on=None) or ResolvedSpeaker(name, None, "person", "surface name")
        return ResolvedSpeaker(person.name, person.entity_id, "person", f"'{phrase}' -> {person.name}, named with '{words[-1]}' before")

    def _names_someone_else(self, text: str) -> bool:
        """Whether `text` (the sentence before a pronoun) names a person by a full name who is not
        the last speaker: a first name and a surname the text has given someone."""
        last = self.context.history[-1] if self.context.history else None
        last_words = set(_tokens(fold(last.name))) if last is not None else set()
        lex = self.lexicon
        # Only the sentence's subject counts ("Prigozhin's men had been shelled"), not an object
        # ("Giving Nicola Willis the portfolio begs the question"): up to the first verb.
        verb = next((m for m in re.finditer(r"\b[a-z]+\b", text) if m.group() in lex.finite_verbs or m.group() in lex.auxiliaries or m.group().endswith("ed")), None)
        subject = text[: verb.start()] if verb is not None else text
        if subject.split()[:1] and subject.split()[0].endswith("ing"):
            return False  # a gerund opens the sentence: its names are objects
        for match in _FULL_NAME.finditer(subject):
            name = re.sub(r"['’]s$", "", match.group())  # "Yevgeny Prigozhin's men": the possessor
            words = _tokens(fold(name))
            if set(words) & last_words:
                continue
            stored = self._from_store(name, on=None)
            if stored is not None:
                if stored.kind == "person":
                    return True
                continue
            if any(w in lex.title_words or w in lex.anaphor_group_heads or w in lex.time_words or w in lex.generic_speaker_heads for w in words):
                continue  # "Defence Ministry", "White House", "Last Monday": no one's name
            if subject[max(0, match.start() - 5) : match.start()].rstrip().lower().endswith((" in", " at", " from", " to", " of")):
                continue  # "in New York": a place
            return True
        return False

    def _pair_named_before(self, words: list[str], on: date | None, at: int | None) -> ResolvedSpeaker | None:
        """"The companies said", "Both periodicals said", "the two men told": a plural description of
        bodies or people, after a sentence that named two of them joined by "and" ("Cisco and Acacia
        agreed ..."): the pair speaks, recorded under the first as joint speakers are. Only the
        last such pair in the two sentences before, and only when the description's noun is one
        for bodies or people."""
        lowered = [fold(w) for w in words]
        if at is None or not 2 <= len(lowered) <= 3 or lowered[0] not in ("the", "both") or (len(lowered) == 3 and lowered[1] not in ("two", "the")):
            return None
        head = lowered[-1]
        single = {"men": "man", "women": "woman"}.get(head) or (head[:-3] + "y" if head.endswith("ies") else head[:-1])
        lex = self.lexicon
        if not head.endswith(("s", "men")) or not (single in lex.described_body_heads or single in lex.anaphor_group_heads or single in _PAIR_HEADS):
            return None
        before = self.text[max(0, at - 600) : at]
        stops = [m.end() for m in _SENTENCE_END.finditer(before)]
        window = before[stops[-3] if len(stops) >= 3 else 0 : stops[-1] if stops else len(before)]
        pairs = list(_NAMED_PAIR.finditer(window))
        if not pairs:
            return None
        first, second = pairs[-1].group(1), pairs[-1].group(2)
        if fold(first.split()[0]) in _LEADING_WORDS:
            return None
        found = self.resolve(first, on=on)
        if found is None or not found.resolved:
            return None
        return replace(found, basis=f"first of joint speakers '{first} and {second}' named before '{' '.join(words)}': {found.basis}")

    def _first_of_joint(self, phrase: str, on: date | None) -> str | None:
        """The first of two coordinated speakers ("Sweden and Denmark", "Spokespeople for the CIA
        and the State Department"), or None when the phrase is one name ("Procter and Gamble",
        "the Department for Environment, Food and Rural Affairs"): a store name for the whole, or
        a second part that is no name of its own, keeps it whole."""
        parts = _JOINT.split(phrase)
        if len(parts) != 2 or "(" in phrase:
            return None
        left, right = (p.strip(" ,") for p in parts)
        if not left or not right or len(_tokens(left)) > 8:
            return None
        if self._from_store(phrase, on=on, whole_only=True) is not None:
            return None
        if _LEADING_DETERMINER.match(right) or right.split()[0].lower() in _POSSESSIVES:
            return left  # "the CIA and the State Department": two bodies
        known = [self._from_store(part, on=on) for part in (left, right)]
        if known[0] is not None and known[1] is not None and known[0].name != known[1].name:
            return left
        # "US President Joe Biden and UK Foreign Secretary David Cameron": two people's names
        # (a one-word part, "Procter", "Johnson", is no full name: the whole is one name).
        names = [_trailing_name(part, self.lexicon.title_words) for part in (left, right)]
        if names[0] and names[1] and names[0] != names[1]:
            return left
        return None

    def _represented(self, phrase: str, at: int | None) -> str | None:
        """The body an unnamed spokesperson speaks for, named in the phrase, or None."""
        of_body = _SPOKESPERSON_FOR.match(phrase)
        if of_body is not None:
            return _LEADING_DETERMINER.sub("", of_body.group(1)).strip()
        named = _BODY_SPOKESPERSON.match(phrase)
        body = named.group(1).strip() if named is not None else ""
        if not body or body.lower() in self.lexicon.pronouns:
            return None
        short = body.removesuffix("'s").removesuffix("’s")
        # The fullest name starting with the short one, as the text gave it before.
        before = self.text[max(0, at - 5000) : at] if at is not None else self.text
        fuller = [m.group() for m in re.finditer(rf"\b{re.escape(short)}(?:\s+[A-Z][\w'’&-]+){{1,3}}", before)]
        fuller = [f for f in fuller if not any(w.lower() in _SPOKES_HEADS for w in f.split())]
        return max(fuller, key=lambda f: (fuller.count(f), len(f))) if fuller else short

    def group_named(self, phrase: str, basis: str) -> ResolvedSpeaker:
        """A group known only by the words the text gives it ("the engineers" -> "engineers")."""
        return ResolvedSpeaker(_LEADING_DETERMINER.sub("", phrase), None, "group", basis)

    def _remember_affiliation(self, phrase: str) -> None:
        """"UN spokesman Stephane Dujarric said ... The organization said": the body a
        speaker speaks for is a group the next "it" or "the organization" may mean."""
        for entity_id, _ in self.entities.find_mentions(phrase, roles=False):
            entity = self.entities.get(entity_id)
            if entity is not None and entity.type != "person":
                self.context.remember(self._entity_speaker(entity, f"affiliation in '{phrase.strip()}'"))
                return

    def _entity_speaker(self, entity: Entity, basis: str) -> ResolvedSpeaker:
        kind = "person" if entity.type == "person" else "group"
        return ResolvedSpeaker(entity.name, entity.id, kind, basis)

    def _from_store(self, phrase: str, *, on: date | None, whole_only: bool = False) -> ResolvedSpeaker | None:
        if not phrase or not len(self.entities):
            return None
        recent = [s.entity_id for s in self.context.history[-8:] if s.entity_id]
        whole, how = self.entities.resolve(_LEADING_DETERMINER.sub("", phrase), on=on, context=recent)
        if whole is not None and not how.startswith("fuzzy"):
            found = self._entity_speaker(whole, how)
            head = fold(_tokens(phrase)[-1]) if phrase.split() else ""
            if found.kind == "group" and how.startswith("role") and self._person_head(head) and not head.endswith("s"):
                # "the diplomat", a role the store gives a body (its press officer): a person speaks for it,
                # whom a "he" after refers to.
                found = replace(found, kind="person")
            return found
        if whole_only:
            return None
        # Names only: a role title ("the Russian president") counts through `resolve`, with its dates.
        mentions = self.entities.find_mentions(phrase, roles=False)
        people = [
            e for e in (self._person_named(phrase, eid, span) for eid, span in mentions) if e is not None
        ]
        if people:
            return self._entity_speaker(people[0], f"name '{people[0].name}' in '{phrase}'")
        tokens = _tokens(fold(phrase)) if phrase else []
        # The head of "the defence ministry in Varna" is "ministry": a place or body named after a
        # preposition modifies it and is not the speaker.
        lex = self.lexicon
        cut = next((
            k for k, w in enumerate(tokens)
            if k >= 1 and w in _HEAD_PREPOSITIONS and tokens[k - 1].isalpha()
            and (not _CAPITALISED.match(_tokens(phrase)[k - 1]) or tokens[k - 1] in lex.generic_speaker_heads or tokens[k - 1] in lex.anaphor_heads)
        ), len(tokens))
        head = tokens[cut - 1] if tokens else ""
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

    def _pronoun(self, kind: str, phrase: str, subject_hint: str, context_hint: str = "", sentence_hint: str = "") -> ResolvedSpeaker | None:
        """He/she/it/they: the subject named at the start of `subject_hint` (the reported clause),
        else of `sentence_hint` (the pronoun's own sentence up to it: "Clinton proposed rules that
        would end what she said were ..."), else of `context_hint` (the sentence before), else the
        last speaker of that kind; never someone the article has given the other gender."""
        gender = self.lexicon.pronoun_gender.get(fold(phrase))
        if gender is not None and not self._honorifics_read:
            self._read_honorifics()
        antecedent = None
        for k, hint in enumerate((subject_hint, sentence_hint, context_hint)):
            if k == 2 and kind == "person":
                described = self._opening_person(sentence_hint)
                if described is not None:
                    # "The Indian home minister's account of forces killing who he said were ...": the
                    # person the pronoun's own sentence opens with, unnamed, not a name before it.
                    return ResolvedSpeaker(described, None, "person", f"unresolved: pronoun '{phrase}' -> description '{described}'")
            # (people named by a plural only for a "they" that opens its sentence: "... experts labeled it. They said")
            candidate = self._named_subject(hint, kind, plural_people=fold(phrase) == "they" and not sentence_hint)
            if candidate is not None and fold(phrase) == "it" and _plural_word(candidate) and not candidate.basis.startswith(_WE_IN):
                continue  # "Rescuers brought 99 miners out, it said": "it" is no plural ("We in Hamas": a name)
            if k == 0 and kind == "person" and candidate is not None and not candidate.entity_id and not self._known_person(candidate.name):
                # '"Sulphur Run remains contaminated ...," she added': the name a reported clause opens with is
                # "she" only if the text has known it as a person; a guess either way, so no one.
                return None
            if candidate is not None and self.context.fits(candidate, gender):
                antecedent = candidate
                break
        if antecedent is None and kind == "person" and gender is not None and self._names_someone_else(context_hint):
            # "Peskov said ... Prigozhin's men had been shelled, according to the video. He said his
            # units ...": the sentence before names another person; which one "he" is, is a guess.
            return None
        if antecedent is None and kind == "person":
            described = self._described_subject(context_hint)
            if described is not None:
                # "... the chancellor smiled. '...,' he said": the person the sentence before is about,
                # unnamed, not the speaker further back.
                return ResolvedSpeaker(described, None, "person", f"unresolved: pronoun '{phrase}' -> description '{described}'")
        if antecedent is None:
            # With no subject to point at, "he" is the speaker just before, and only that one: a
            # speaker further back, of another kind or gender, is a guess (the statement then
            # comes out with its speaker unresolved).
            # The latest speaker of the pronoun's kind, passing over only those the text gave the
            # other gender; a bare name of unknown kind ("Osei") is not taken for "he" or "it".
            recent = self.context.history[-12:]
            only_bodies = True  # whether all speakers passed over so far were bodies
            for k, h in enumerate(reversed(recent)):
                if gender is not None and h.basis.startswith("first of joint speakers"):
                    break  # "Jeb Bush and Chris Christie say ... He said": which of two is a guess
                # A body that spoke through a spokesperson ("a spokesperson for the embassy said") was a
                # person speaking: "he" may mean them, and a speaker further back is then a guess.
                spokesperson = h.kind == "group" and "spokes" in h.basis
                candidate_kind = "person" if spokesperson and kind == "person" and k == 0 else h.kind
                # Past the speaker just before, only one the text has given this gender: a person of
                # unknown gender further back is a guess.
                # Past bodies only ("Tom Baker said ... Acme said ... He said"), the person before them.
                # "Her best-known work opened in 1983. '...,' she told": the sentence before is about
                # someone of that gender it does not name; a speaker of unknown gender is a guess.
                topic = k == 0 and gender is not None and context_hint.split(" ", 1)[0].lower() in _POSSESSIVE_OF.get(gender, ())
                known = (k == 0 and not topic) or gender is None or (only_bodies and not topic) or self.context.known_as(h, gender)
                # (a name of unknown kind may be a person; a common noun, "returns", is not)
                unknown_person = k == 0 and kind == "person" and h.kind == "unknown" and h.name[:1].isupper() and not _ACRONYM_WORD.fullmatch(h.name)  # (not "CNN")
                # A document ("a Washington Post analysis of filings") is "it" at most, never "they" or "he".
                document = fold(phrase) != "it" and any(t in self.lexicon.document_nouns for t in _tokens(fold(h.name)))
                if (candidate_kind == kind or unknown_person) and self.context.fits(h, gender) and known and not document:
                    antecedent = h
                    break
                only_bodies = only_bodies and h.kind == "group" and not spokesperson
        if antecedent is None:
            return None
        self.context.learn(antecedent, gender)
        if not antecedent.resolved:
            return replace(antecedent, basis=f"unresolved: pronoun '{phrase}' -> description '{antecedent.name}'")
        resolved = ResolvedSpeaker(antecedent.name, antecedent.entity_id, antecedent.kind, f"pronoun '{phrase}' -> {antecedent.name}")
        self.context.remember(antecedent)
        return resolved

    def _anaphor(self, phrase: str, at: int | None = None, context_hint: str = "", subject_hint: str = "") -> ResolvedSpeaker | None:
        """"The spokesman", "the Dutchman", "the 29-year-old": the last speaker with that role,
        else the person an earlier sentence named with it, else the subject of the sentence
        before, else the last speaker of that kind."""
        core = _BASED_IN.sub(" ", phrase)  # "the Minneapolis-based company" is "the company"
        words = _tokens(fold(core))
        if not words or words[0] not in ("the", "this", "that") or len(words) > 4:
            return None
        raw = _tokens(core)
        if 3 <= len(raw) <= 4 and raw[1].endswith(("'s", "’s")) and (words[-1] in self.lexicon.anaphor_heads or words[-1] in self.lexicon.title_words):
            # "the company's CEO said Wednesday. CEO Joseph Blount admitted ...": named in the next sentence
            named = self._named_next(words[-1], at)
            if named is not None:
                return named
        if self._names_in_description(core):
            # "the Russian Defense Ministry" names; "the ministry", "the Dutchman" refer back; "the French
            # company" names a body only when no one-word name spoke just before it
            return self._body_just_named(core, phrase, at) if self._nationality_described(core) else None
        if any(t.endswith(("'s", "’s", "s'")) for t in words[1:-1]):
            # "the city's mayor" is someone new, whom the next sentence may name with the role:
            # "..., the company's CEO said Wednesday. CEO Joseph Blount admitted ..."
            return self._named_next(words[-1], at)
        head = words[-1]
        if head in self.lexicon.anaphor_group_heads:
            kind = "group"
        elif head in self.lexicon.anaphor_heads or _AGE.fullmatch(_tokens(phrase.lower())[-1]):
            kind = "person"
        else:
            # "Unsworth had stated ... The experienced diver also called ...": a person described by a
            # word no list holds is the named person who spoke just before, if one did.
            last = self.context.history[-1] if self.context.history else None
            plain = all(w.isalpha() and w.islower() for w in _tokens(core)[1:]) and head.endswith(("er", "or", "ist", "ian")) and not (
                head in self.lexicon.described_body_heads or self.lexicon.is_outlet_phrase(head)
            )  # an agent noun ("diver", "campaigner"), not a body ("the district", "the paper")
            # (with a word describing them: a bare "the moderator", "the organizer" is often someone new)
            if plain and len(words) >= 3 and last is not None and last.resolved and last.kind in ("person", "unknown") and last.name[:1].isupper():
                return ResolvedSpeaker(last.name, last.entity_id, last.kind, f"'{phrase}' -> {last.name}, who spoke just before")
            return None
        if head in self.lexicon.demonyms or _AGE.fullmatch(head):
            # "the Portuguese said", "the 31-year-old told Sky Sports": news about the person just
            # named, or failing that the person who spoke last, whatever the store knows of them.
            antecedent = self._named_subject(context_hint, kind) or self.context.last_person()
            if antecedent is None:
                return None
            return ResolvedSpeaker(antecedent.name, antecedent.entity_id, "person", f"'{phrase}' -> {antecedent.name}")
        antecedent = None
        if head in _tokens(fold(context_hint)):
            # "His defence minister, X, ... The minister said"; "... Paul Haworth was carrying a
            # sofa. The 44-year-old said": an age is news about the person just named.
            antecedent = self._named_subject(context_hint, kind)
        if antecedent is None and head in _SPOKES_HEADS:
            # "A Lumora spokeswoman said ... the spokeswoman said": the body she spoke for, as before
            # (a spokesman the text named, "John Doe, a spokesman for Acme", comes first).
            body = self.context.last(kind="group", head=head)
            antecedent = self.context.last(kind=kind, head=head) or (body if body is not None and body.basis.startswith("body represented by") else None)
        if antecedent is None and kind == "group" and head not in _COLLECTIVE_HEADS and subject_hint:
            # "Engineers from Scottish and Southern Electricity Networks (SSEN) were working, the
            # company said": the body the statement itself names with its acronym.
            body = _ACRONYM.search(subject_hint)
            if body is not None:
                name = " ".join(body.group(1).split())
                antecedent = self._from_store(name, on=None) or ResolvedSpeaker(name, None, "group", f"named in the statement as '{name} ({body.group(2)})'")
        if antecedent is None and kind == "group" and head not in _COLLECTIVE_HEADS:
            # "Ferry operator CalMac has cancelled all sailings. '...,' the company said": the body
            # the sentence before opens with, before any speaker further back.
            # (any name it opens with: the store's, or one the text gives)
            antecedent = self._named_subject(context_hint, kind)
        antecedent = antecedent or self.context.last(kind=kind, head=head)
        if antecedent is not None and kind == "person" and at is not None and self._bare_role(antecedent.name):
            # "The President denied ..." in a standfirst, then "President William Ruto": the person the
            # text named with the role, not the role as it first stood alone.
            antecedent = self._named_with(head, at) or antecedent
        if antecedent is None and at is not None:
            antecedent = self._named_with(head, at) if kind == "person" else (self._described_as(head, at) or self._named_group(head, at))
        if antecedent is None:
            antecedent = self._named_subject(context_hint, kind)
            if antecedent is not None and kind == "person" and self._names_another_person(context_hint, antecedent):
                # "Host Sean Hannity asked Kasich to ... The candidate said": the sentence before
                # names two people, and the description fits either.
                return None
        if antecedent is None and (kind == "person" or len(words) == 2):
            # "The organization said" after the UN spoke: the latest speaker of that kind, and no one
            # before it. "The army said" after the rebels it blames is not the
            # rebels: a collective body speaks as written (see _refers_back).
            last = next((h for h in reversed(self.context.history[-12:]) if h.kind == kind and h.resolved and not (kind == "group" and self._plural_generic(h))), None)
            if last is not None and kind == "group" and head not in self.lexicon.anaphor_generic_heads and not self._organisation(last):
                last = None  # "the club" is an organisation, never a country or a news outlet
            if last is not None and head in self.lexicon.convened_body_heads and head not in _tokens(fold(last.name)):
                # "The inquiry claimed" after the Kremlin spoke: a body convened for one matter is
                # one the text named with the word, else no one.
                last = None
            if last is not None and kind == "person" and at is not None and self._titled_otherwise(last, head, at):
                last = None  # "President Ana Ruiz said ... The mayor said": someone else
            if last is not None and kind == "person" and head in self.lexicon.title_words and head not in _SPOKES_HEADS and not self._holds_title(last, head):
                # "the former president" is no one the text or the store called president (a
                # spokesman is introduced as one: "John Doe, a spokesman for Acme")
                last = None
            if last is not None and head not in _COLLECTIVE_HEADS:
                antecedent = last  # "the company" is no "analysts"
        if antecedent is None and kind == "group" and len(words) == 3 and head not in _COLLECTIVE_HEADS:
            # "Human Rights Watch said ... the New York-based rights organisation told": the latest body
            # speaking, when the description's word is in its name ("the rebel group" is no "army").
            last = next((h for h in reversed(self.context.history[-12:]) if h.kind == "group" and h.resolved), None)
            if last is not None and words[1] in _tokens(fold(last.name)) and self._organisation(last):
                antecedent = last
        modifiers = [t for t in _tokens(core)[1:-1] if _CAPITALISED.match(t) and fold(t) not in self.lexicon.anaphor_heads]
        body = self._body_just_named(core, phrase, at) if antecedent is None and kind == "group" and head not in _COLLECTIVE_HEADS else None
        if body is not None:
            return body
        if antecedent is None:
            return None
        if modifiers and not self._described_with(antecedent, modifiers, before=at):
            # "The Ohio governor", "the top Filipino diplomat": what the capitals say must be said of
            # the antecedent somewhere in the text, or the description may be of someone else.
            return None
        if not antecedent.resolved:
            # "the utility" again after "the utility" no one was named for: still no one named
            return replace(antecedent, basis=f"unresolved: '{phrase}' -> description '{antecedent.name}'")
        return ResolvedSpeaker(antecedent.name, antecedent.entity_id, antecedent.kind, f"'{phrase}' -> {antecedent.name}")

    def _body_just_named(self, phrase: str, written: str, at: int | None) -> ResolvedSpeaker | None:
        """"Orano said it had filed ... the French company said": the one-word name that spoke just
        before, which nothing made a person (no full name before, no title), when the text says the
        description's capitalised words ("French") of nothing before it; `written` is the phrase as
        the text gives it, for the basis."""
        last = self.context.history[-1] if self.context.history else None
        if last is None or last.kind != "unknown" or last.entity_id is not None or len(last.name.split()) != 1:
            return None
        if not _CAPITALISED.match(last.name) or self.lexicon.is_outlet_phrase(last.name) or self._full_name(last.name, at) or self._known_person(last.name):
            return None  # (a title before the name anywhere, "President Naomi Hirose's apology", makes it a person)
        capitals = [t for t in _tokens(phrase)[1:-1] if _CAPITALISED.match(t)]
        if capitals and (at is None or self._said_before(capitals, at)):
            return None
        return ResolvedSpeaker(last.name, None, "group", f"'{written}' -> {last.name}, the name that spoke just before")

    def _said_before(self, modifiers: list[str], at: int) -> bool:
        """Whether the text before `at` has a capitalised word sharing its first five letters with
        one of `modifiers` ("Ukraine's" for "Ukrainian"): they may describe another body named there."""
        stems = {fold(m)[:5] for m in modifiers}
        return any(fold(word)[:5] in stems for word in re.findall(r"[A-Z][\w'’-]+", self.text[:at]))

    def _described_with(self, person: ResolvedSpeaker, modifiers: list[str], *, before: int | None) -> bool:
        """Whether the text calls `person` by one of `modifiers` (capitalised words of a description
        such as "the Ohio governor") next to their surname: "Ohio Gov. John Kasich", "Kasich, the
        Ohio governor", before the description itself (at `before`); a demonym counts for its
        country by their first five letters ("Jordanian" for "Jordan")."""
        surname = _tokens(person.name)[-1] if person.name.split() else ""
        if not surname[:1].isupper():
            return False
        stems = {fold(m)[:5] for m in modifiers}
        limit = len(self.text) if before is None else before
        for match in re.finditer(rf"\b{re.escape(surname)}\b", self.text[:limit]):
            around = self.text[max(0, match.start() - 80) : min(limit, match.end() + 60)]
            if any(fold(word)[:5] in stems for word in re.findall(r"[A-Z][\w'’-]+", around)):
                return True
        return False

    def _names_another_person(self, text: str, person: ResolvedSpeaker) -> bool:
        """Whether `text` names a person other than `person` (by a capitalised name run)."""
        own = set(_tokens(fold(person.name)))
        for match in _NAME_RUN.finditer(text):
            name = self._personal_name(match.group())
            if name and not own.intersection(_tokens(fold(name))):
                return True
        # a surname alone, of someone the text named in full before ("asked Kasich to ...")
        return any(
            fold(word) not in own and self._full_name(word) is not None
            for word in _SURNAME_WORD.findall(text)
        )

    def _holds_title(self, person: ResolvedSpeaker, head: str) -> bool:
        """Whether the store gives `person` a role titled with `head` ("minister" in "Foreign Minister")."""
        entity = self.entities.get(person.entity_id) if person.entity_id else None
        return entity is not None and any(head in _tokens(fold(" ".join((r.title, *r.aliases)))) for r in entity.roles)

    def _titled_otherwise(self, person: ResolvedSpeaker, head: str, at: int) -> bool:
        """Whether the text last named `person` with a title of another role than `head`
        ("President Ana Ruiz", then "the mayor")."""
        surname = person.name.split()[-1] if person.name.split() else ""
        if not surname:
            return False
        before = self.text[max(0, at - 3000) : at]
        mention = before.rfind(surname)
        if mention < 0:
            return False
        titles = [fold(t) for t in _tokens(before[max(0, mention - 60) : mention])[-4:]]
        roles = [t for t in titles if t in self.lexicon.anaphor_heads and t not in _SPOKES_HEADS]
        return bool(roles) and head not in roles

    def _refers_back(self, phrase: str) -> bool:
        """"the minister", "the company", "the 31-year-old": a definite description of one person or
        body that only an antecedent can name; "the police", "the army" speak as written."""
        words = _tokens(fold(_BASED_IN.sub(" ", phrase)))
        if not 2 <= len(words) <= 4 or words[0] not in ("the", "this", "that"):
            return False
        if self._names_in_description(phrase):
            return False
        head = words[-1]
        if head in _COLLECTIVE_HEADS:
            return False
        if head in self.lexicon.anaphor_group_heads:
            return len(words) == 2  # "the company"; "the energy ministry" names a body as written
        return len(words) <= 4 and (head in self.lexicon.anaphor_heads or head in self.lexicon.demonyms or bool(_AGE.fullmatch(head)))

    def _bare_role(self, name: str) -> bool:
        """Whether `name` is only a role ("President", "deputy minister"), no one's name."""
        words = _tokens(fold(name))
        return bool(words) and all(w in self.lexicon.anaphor_heads or w in self.lexicon.title_words for w in words)

    def _person_head(self, word: str) -> bool:
        """Whether `word` is a person's role noun ("spokesman", "minister"), not a body's ("ministry")."""
        return word in self.lexicon.anaphor_heads and word not in self.lexicon.anaphor_group_heads

    def _names_in_description(self, phrase: str) -> bool:
        """Whether a capitalised word makes `phrase` ("the ...") a name rather than a description
        that refers back: "the Russian Defense Ministry" is a body's name, while a person's role
        noun makes the capitals before it modifiers ("the top Filipino diplomat", "the Kremlin
        spokesman": one person, whom only an antecedent names)."""
        tokens = _tokens(phrase)[1:]
        head = tokens[-1] if tokens else ""
        if self._person_head(fold(head)) and not fold(head).endswith("s") and len(tokens) <= 4:
            return False  # (capitalised as a title too: "the Mississippi Governor", "the Prime Minister")
        return any(_CAPITALISED.match(t) and fold(t) not in self.lexicon.anaphor_heads for t in tokens)

    def _named_next(self, head: str, at: int | None) -> ResolvedSpeaker | None:
        """The person the sentence after `at` names with the role word `head` right before the name
        ("CEO Joseph Blount", "Interior Minister Antoine Diome"), or None."""
        if at is None:
            return None
        stop = _SENTENCE_END.search(self.text, at)
        if stop is None:
            return None
        following = self.text[stop.end() : stop.end() + 200]
        named = re.match(rf"\s*(?:[\w-]+\s+){{0,3}}(?i:{re.escape(head)})\s+((?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+)\b", following)
        if named is None:
            return None
        name = self._personal_name(named.group(1))  # ("Laurent Nunez's comments": the name without its 's)
        if not name:
            return None
        return self._from_store(name, on=None) or ResolvedSpeaker(name, None, "person", f"named with '{head}' in the sentence after")

    def _nationality_described(self, phrase: str) -> bool:
        """"the French company", "the Lebanese group": a body's description, capitalised only where it
        gives a nationality ("the Wagner Group" capitalises its head: a name)."""
        tokens = _tokens(phrase)[1:]
        head = tokens[-1] if tokens else ""
        capitals = [t for t in tokens[:-1] if _CAPITALISED.match(t)]
        return head in self.lexicon.described_body_heads and bool(capitals) and all(_NATIONALITY.search(t) for t in capitals)

    def _plural_generic(self, speaker: ResolvedSpeaker) -> bool:
        """"Some analysts", "officials": people known by a plural head, not a body."""
        tokens = _tokens(speaker.name)
        named = len(tokens) >= 2 and all(_CAPITALISED.match(t) for t in tokens)  # "Rapid Support Forces": a body's name
        return speaker.entity_id is None and speaker.name.endswith("s") and bool(tokens) and fold(tokens[-1]) in self.lexicon.generic_speaker_heads and not named

    def _organisation(self, speaker: ResolvedSpeaker) -> bool:
        entity = self.entities.get(speaker.entity_id) if speaker.entity_id else None
        if entity is not None:
            return entity.type not in ("country", "outlet", "person", "place")
        return not self.lexicon.is_outlet_phrase(speaker.name)
