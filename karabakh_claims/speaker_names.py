"""The names the text gives: who a speaker phrase means, read from the document itself rather than
the store.

A bare surname -> the full name the text gave it (and abstention where two people share it); a
capitalised run -> the personal name it ends with; a role word ("the mayor") -> the person an
earlier sentence named with it; "the company", "the library" -> the body the text described or
named with that word; the subject a clause opens with, named ("Mayor Janet Okafor welcomed") or
described ("the chancellor smiled"), for pronouns and descriptions that refer back; the genders
honorifics give ("Mr Mulder"); the author of a document that speaks ("the report said": whoever
an earlier sentence said spoke in it, issued it or was named with it, else unresolved); and, last,
a phrase as the text writes it (its surface form).

A mixin of the speaker resolver (speakers.py): it reads the document's text, the lexicon, the
entities and the coreference context the resolver holds, and its caches (`_full_names`,
`_first_names`, `_lowered`, `_honorifics_read`, `_speaker_heads`, set in its __init__); it calls
the resolver's store lookups (`_from_store`, `_entity_speaker`), `_person_head`, and `resolve` for
an author a document's phrase names ("a statement from the ministry"). It answers with a name or
a `ResolvedSpeaker`, or None; the order of strategies is the resolver's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from karabakh_claims.entities import fold
from karabakh_claims.speaker_records import (
    _CAPITALISED,
    _LEADING_DETERMINER,
    _POSSESSIVES,
    _WE_IN,
    NAME_PARTICLES,
    PARTICLE_NAME,
    ResolvedSpeaker,
    _tokens,
    _trailing_name,
)
from karabakh_claims.text import NAME_ABBREVIATIONS, first_line

_SENTENCE_OPENERS = frozenset("the a an on in at as after when while if for by with from to but and so then yet".split())
# The first name right before a surname ("Alan Grayson", "Alan M. Grayson").
_FIRST_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+)\s+(?:[A-Z]\.\s+)?$")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]+[ \t]+){1,3}$")  # a name does not run over a line break

_STOP_THEN_SPACE = re.compile(r"\.\s")
# Two names joined by "and" opening a clause: "Ben Carson and Donald Trump said".
_JOINT_NAMES = re.compile(r"[A-Z][\w.'’-]*\s+and\s+(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+")


@lru_cache(maxsize=64)
def _issuer_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Who spoke in a document ("the Wagner group said in a statement") and who issued it ("The
    Defense Intelligence Agency (DIA) provided an assessment in a five-page classified report"),
    each ending at the document's noun."""
    noun = re.escape(noun)
    spoke = re.compile(
        rf"((?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’.-]+(?:\s+[a-z]+)?)\s+([a-z]+)\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}{noun}\Z"
    )
    issued = re.compile(
        rf"((?:[A-Z][\w'’.-]+\s+){{0,4}}[A-Z][\w'’.-]+)(?:\s+\([A-Z]{{2,6}}\))?\s+(?:has\s+|had\s+)?([a-z]+)\s+"
        rf"(?:(?:a|an|its|his|her|their|the)\s+)?(?:[\w-]+\s+){{0,5}}?{noun}\Z"
    )
    return spoke, issued


# Documents whose "of" says what they are about, not who issued them ("an analysis of the data").
_TOPIC_NOUNS = frozenset(("analysis", "study", "graphic", "summary", "transcript", "document", "documents"))

# A name with its titles before it: "Senate Minority Leader Harry M. Reid", "Norland's Foreign Minister Maria Santos".
_TITLED_NAME_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]+\s+){1,6}[A-Z][\w'’-]+")

_SHORT_PARENTHESIS = re.compile(r"\s*\([^()]{1,30}\)")
_OPENING_WORDS = frozenset(("the", "in", "on", "a", "an", "but", "and", "however,", "meanwhile,"))
_ADVERBIAL_OPENERS = frozenset("down up in on at after before during later earlier then meanwhile however back out over outside inside for like amid among despite".split())
_APPOSITIVE_NAME = re.compile(r"^[^,]{2,50},\s+((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),")
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]+\b")
_OWNER = re.compile(r"(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s")
# A subject named after its role in lower case: "Israeli army spokesman Daniel Hagari spoke".
_ROLE_THEN_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,3}(?P<role>(?:[a-z][\w'’-]+\s+){1,3})(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+[a-z]")
# A lower-case description, then the capitalised name it describes (the first word may be capitalised
# only because it opens the sentence).
_DESCRIBED_NAME = re.compile(r"(?P<what>(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)+)(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)$")
_PREPOSITIONS_OF = frozenset("of for at from with in on by to".split())
# A description opening a clause, then its verb: "the chancellor smiled", ", a teacher said".
_DESCRIBED_SUBJECT = re.compile(r"(?:^|[,;]\s+)(?:[A-Z]\w*\s+)?(?i:(the|a|an|one))\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+([a-z]+)\b")
_OPENING_POSSESSOR = re.compile(r"(?i:the|a|an)\s+((?:[A-Za-z-]+\s+){0,3}[a-z-]+)['’]s\s")

# Endings of nouns for a person who does something ("crewman", "bystander", "superintendent").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "eer", "ent", "ant", "ee")
# Common nouns with those endings that name things, not people ("the letter said", "an incident").
_AGENTLESS = frozenset(
    "paper order letter number water matter border center centre computer power chapter quarter poster banner "
    "counter tower summer winter river layer other another weather answer cancer danger corner theater theatre "
    "shelter container trailer server register barrier offer wonder trigger voucher manner "
    "error mirror color colour floor door factor sector motor honor honour labor labour favor favour humor horror "
    "terror corridor interior exterior behavior behaviour vapor "
    "list twist wrist fist mist gist "
    "incident accident event content extent percent intent talent patent current "
    "plant giant grant restaurant warrant variant instant covenant "
    "tree fee committee degree decree guarantee coffee knee".split()
)

_NAME_FUNCTION_WORDS = frozenset("without of for and the against in on".split())
_SURFACE_OPENERS = frozenset(
    "the a an some many several most few two three four five six seven eight nine ten dozens hundreds "
    "thousands local senior top former other its his her their our state federal".split()
)


def _after_last_stop(run: str) -> str:
    """The words of a capitalised run after the last one that ends a sentence: "in Cleveland.
    Therefore" is no name; "Gov. John" and "J. Gerald" keep their stops."""
    words = run.split()
    cut = max((k + 1 for k, w in enumerate(words) if w.endswith(".") and len(w) > 2 and w[:-1].lower() not in NAME_ABBREVIATIONS), default=0)
    return "".join(w + " " for w in words[cut:])


@lru_cache(maxsize=4096)
def _folded_surname(name: str) -> str:
    # Cached: a surname is looked for through up to 200 earlier speakers, most of them repeated.
    return fold(name).split()[-1]


class TextNames:
    """Who a phrase means by the names the text gives (see the module's docstring)."""

    # --- surnames and full names --------------------------------------------------------------

    def _surname(self, phrase: str, at: int | None = None) -> ResolvedSpeaker | None:
        tokens = _tokens(phrase)
        if len(tokens) > 2 or not tokens or not (_CAPITALISED.match(tokens[-1]) or PARTICLE_NAME.match(tokens[-1])):
            return None
        surname = fold(tokens[-1])
        if len(tokens) == 1 and self._shared_surname(tokens[0], at):
            # "Grayson" after Alan, Lolita and Dena Grayson: which one is a guess.
            return ResolvedSpeaker(tokens[0], None, "person", f"unresolved: surname '{tokens[0]}' the text gave two people")
        for earlier in reversed(self.context.history[-200:]):
            if earlier.kind == "person" and _folded_surname(earlier.name) == surname and earlier.name != phrase:
                return ResolvedSpeaker(earlier.name, earlier.entity_id, "person", f"surname of {earlier.name}")
        if len(tokens) == 1:
            full = self._full_name(tokens[0], at)
            if full is not None:
                return ResolvedSpeaker(full, None, "person", f"surname of {full}, named earlier")
            # A family name written first ("Liu Dejun ... Liu noted", "Xie Feng ... Xie said"), or a
            # first name: the one earlier speaker whose name opens with it, if only one does.
            opening = self.context.first_parts.get(surname, ())
            if len(opening) == 1:
                name, entity_id = next(iter(opening))
                return ResolvedSpeaker(name, entity_id, "person", f"first part of {name}, named earlier")
        return None

    def _known_person(self, name: str) -> bool:
        """Whether the text has shown `name` to be a person's: a speaker resolved as a person with
        that surname, a gender it gave the name ("Mr", an earlier "he"), or a person's title or
        role before it ("Mayor John Smith", "Dr. Smith")."""
        surname = _folded_surname(name)
        if any(h.kind == "person" and _folded_surname(h.name) == surname for h in self.context.history[-200:]):
            return True
        if fold(name) in self.context.genders or surname in self.context.genders:
            return True
        last = name.split()[-1] if name.split() else ""
        # Each mention of the surname, and the words before it (a title may stand before a first
        # name and an initial: "Co. President Naomi Hirose"; matches must not hide one another).
        for match in re.finditer(rf"\b{re.escape(last)}\b", self.text):
            before = re.findall(r"[A-Za-z]+", self.text[max(0, match.start() - 40) : match.start()])[-3:]
            if any(fold(word) in self.lexicon.honorifics or (word[:1].isupper() and self._person_head(fold(word))) for word in before):
                return True
        return False

    def _shared_surname(self, surname: str, at: int | None) -> bool:
        """Whether the text before `at` gives two people of different first names this surname."""
        found = self._first_names.get(surname)
        if found is None:  # once per surname: (where, first name) of each full mention
            found = []
            pos = self.text.find(surname)
            while pos >= 0:
                end = pos + len(surname)
                whole = not self.text[end : end + 1].isalnum() and self.text[end : end + 1] not in ("'", "’", "-")
                first = _FIRST_BEFORE.search(self.text, max(0, pos - 40), pos) if whole else None
                if first is not None:
                    word = first.group(1)
                    lowered = fold(word)
                    if lowered.rstrip(".") not in NAME_ABBREVIATIONS and lowered not in self.lexicon.title_words and lowered not in _SENTENCE_OPENERS \
                            and lowered not in self.lexicon.pronouns and lowered not in self.lexicon.time_words and lowered not in _POSSESSIVES:
                        found.append((first.start(1), word))
                pos = self.text.find(surname, pos + 1)
            self._first_names[surname] = found
        if len(found) < 2:
            return False
        limit = len(self.text) if at is None else at
        return len({first for where, first in found if where < limit}) >= 2

    def _full_name(self, surname: str, at: int | None = None) -> str | None:
        """The full name the text gave a bare surname before `at` (anywhere when `at` is None):
        "Graeme Fuller ... Fuller said"."""
        if surname not in self._full_names:
            # The text's first full mention, wherever it is; each call then takes it only if it comes before its `at`.
            found: tuple[int, str] | None = None
            # A headline in title case ("ESPN Fires Schilling Over Post") gives no full names.
            line = first_line(self.text)  # (after any blank lines and a blanked front matter)
            headline_end = line.end if not self.text[line.start : line.end].rstrip().endswith((".", '"', "”")) else 0
            pos = self.text.find(surname, headline_end)
            while pos >= 0 and found is None:
                after = self.text[pos + len(surname) : pos + len(surname) + 1]
                if not (after.isalnum() or after in "'’-"):
                    run = _NAME_BEFORE.search(self.text, max(0, pos - 100), pos)
                    name = self._personal_name(_after_last_stop(run.group()) + surname) if run else None
                    if name and name != surname:
                        found = (pos, name)
                pos = self.text.find(surname, pos + 1)
            self._full_names[surname] = found
        found = self._full_names[surname]
        return found[1] if found is not None and (at is None or found[0] < at) else None

    def _personal_name(self, run: str) -> str | None:
        """The personal name a capitalised run ends with, without a sentence-opening
        "On Thursday" or "But" before it: "Mayor Janet Okafor" -> "Janet Okafor"."""
        name = _trailing_name(run, self.lexicon.title_words)
        if name is None:
            return None
        words = name.split()
        while words and (fold(words[0].rstrip(".,")) in self.lexicon.time_words or fold(words[0]) in _SENTENCE_OPENERS):
            words.pop(0)  # "On Thursday", and "Thursday. Asked" across a sentence's end
        if words and fold(words[-1].rstrip(".")) in self.lexicon.time_words:
            return None  # "... Published Feb": a date, not a surname
        return " ".join(words) if len(words) >= 2 else None

    def _abbreviation_at(self, stop: int) -> bool:
        """Whether the full stop at `stop` ends an initial ("M.") or a title ("Sen.", "Gov.")."""
        word = re.search(r"[\w'’]+$", self.text[max(0, stop - 12) : stop])
        return word is not None and ((len(word.group()) == 1 and word.group().isupper()) or fold(word.group()) in NAME_ABBREVIATIONS)

    def _name_ends_with(self, words: list[str]) -> bool:
        """Whether a capitalised month after a capitalised word ends a name ("Theresa May", "Mrs May");
        a weekday never does ("the White House Monday")."""
        last, before = words[-1].strip(","), words[-2]
        return (
            last[:1].isupper() and last[1:].islower() and not last.lower().endswith("day")
            and before[:1].isupper() and before.lower().strip(",") not in self.lexicon.time_words
        )

    def _without_openers(self, run: str) -> str:
        """A capitalised run without the sentence opener before the name ("On Tuesday Acme Corp")."""
        words = run.split()
        while len(words) > 1 and (words[0].lower() in _SENTENCE_OPENERS or words[0].lower() in self.lexicon.time_words):
            words.pop(0)
        return " ".join(words)

    def _read_honorifics(self) -> None:
        """"Mr Mulder", "Ms. Lusine Avanesyan": the gender a later he/she must agree with."""
        self._honorifics_read = True
        honorific = "|".join(re.escape(h.capitalize()) for h in sorted(self.lexicon.honorifics, key=len, reverse=True))
        # No leading \b: the engine then skips to the honorifics' first letters; the boundary is checked below.
        for match in re.finditer(rf"({honorific})\.?\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)", self.text):
            if match.start() == 0 or not self.text[match.start() - 1].isalnum():
                surname = re.sub(r"['’]s$", "", match.group(2))  # "Councilwoman Stephanie Lynch's proposal"
                self.context.genders.setdefault(fold(surname), self.lexicon.honorifics[match.group(1).lower()])

    # --- a role's holder, a body described or named before ------------------------------------

    def _named_with(self, head: str, at: int, *, issuer: bool = False) -> ResolvedSpeaker | None:
        """The person an earlier sentence named together with `head`: "Gevorg Arakelyan was
        elected mayor ..." makes "the mayor" Arakelyan. The name nearest the word wins. With
        `issuer` (a document's noun) that speaks in that sentence, only a name before the word:
        "Chavez issued a statement", not "the report estimated that ... Sheikh Hasina fled" (what
        the document tells of); "In a statement, spokesperson Marisol Chavez says" names its issuer."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        lowered = self._lowered
        pos = at
        # A headline in title case ("Qatar Chief Estimates World Cup Deaths") names no one with the word.
        line = first_line(self.text)
        headline_end = line.end if not self.text[line.start : line.end].rstrip().endswith((".", '"', "”")) else 0
        for _ in range(6):
            pos = lowered.rfind(head, max(0, at - 6000, headline_end), pos)
            if pos < 0:
                return None
            if lowered[pos - 1 : pos].isalnum() or lowered[pos + len(head) : pos + len(head) + 1].isalnum():
                continue
            # A full stop before any space ("Cleveland.\xa0Therefore") ends a sentence; a sentence ends
            # at its paragraph's end: a headline is not read on into the byline under it.
            # An initial's or a title's stop ("Harry M. Reid", "Sen. Warren") ends no sentence.
            before = [m.start() for m in _STOP_THEN_SPACE.finditer(self.text, max(0, pos - 600), pos) if not self._abbreviation_at(m.start())]
            start = max(before[-1] if before else -1, self.text.rfind("\n\n", 0, pos)) + 1
            after = next((m for m in _STOP_THEN_SPACE.finditer(self.text, pos, pos + 600) if not self._abbreviation_at(m.start())), None)
            ends = [e for e in (after.start() if after else -1, self.text.find("\n\n", pos)) if e >= 0]
            sentence = self.text[start : min(ends) if ends else len(self.text)]
            # "the report estimated", "a report released on Thursday by three lawyers said": the
            # document speaks in its sentence, and the names after it are what it tells of; a cue
            # after a name ("In a statement to NPR, spokesperson Marisol Chavez says") is the name's
            speaks = False
            for word in _tokens(self.text[pos + len(head) : pos + len(head) + 80])[:10] if issuer else ():
                if word[:1].isupper() and fold(word) not in self.lexicon.time_words:
                    break
                if fold(word) in self.lexicon.lemma_of:
                    speaks = True
                    break
            # The name the word is a title of ("Senate Minority Leader Harry M. Reid") is the one,
            # else the nearest.
            names = [
                (0 if start + m.start() <= pos < start + m.end() else abs(start + m.start() - pos), name)
                for m in _TITLED_NAME_RUN.finditer(sentence)
                if (not speaks or start + m.end() <= pos) and (name := self._personal_name(m.group()))
            ]
            if names:
                name = min(names)[1]
                name = self._full_name(name.split()[-1], at) or name  # "M. Reid": the Harry M. Reid named before
                return self._from_store(name, on=None) or ResolvedSpeaker(name, None, "person", f"named with '{head}'")
        return None

    def _described_as(self, head: str, at: int) -> ResolvedSpeaker | None:
        """"The mine is operated by Sarykol Komir, a private company. ... the company said": the
        body the text just described with that head word."""
        described = rf"(?P<name>(?:[A-Z][\w'’&.-]*\s+){{0,4}}[A-Z][\w'’&-]*),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b"
        return self._group_before(described, at, 1500, f"described as a {head} before")

    def _named_group(self, head: str, at: int) -> ResolvedSpeaker | None:
        """"The library said" after "the National Library": the last name the text gave
        ending in the same head word, within a few paragraphs."""
        named = rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+\s+){{1,4}}{re.escape(head.capitalize())})(?![\w'’-])"
        return self._group_before(named, at, 3000, "named '{name}' before")

    def _group_before(self, pattern: str, at: int, reach: int, basis: str) -> ResolvedSpeaker | None:
        """The body named by the last match of `pattern` (group "name") in the `reach` characters
        before `at`; `basis` may say {name}."""
        found = None
        for found in re.finditer(pattern, self.text[max(0, at - reach) : at]):
            pass
        if found is None:
            return None
        name = self._without_openers(found.group("name"))
        return self._from_store(name, on=None) or ResolvedSpeaker(name, None, "group", basis.format(name=name))

    # --- the subject a clause opens with ------------------------------------------------------

    def _named_subject(self, text: str, kind: str, *, plural_people: bool = False) -> ResolvedSpeaker | None:
        """An entity or a name opening `text`, if it fits the pronoun's kind.

        "Mayor Janet Okafor welcomed ..." -> Janet Okafor; "Delgado dismissed ..." -> the
        Rosa Delgado named earlier; "The European Union welcomed ..." -> a group.
        """
        # "Rep. Walter B. Hennessy (D., Ohio), the chairman": a short aside in brackets is no part of the subject.
        words = _SHORT_PARENTHESIS.sub("", text).split()[:40]
        if words and words[0].lower() in ("neither", "either", "both", "no", "any", "every", "each", "none"):
            return None  # "Neither Hillary Clinton nor her husband ...", "No U.S. attack will ...": no one subject to refer to
        if len(words) >= 3 and words[0].lower() == "we" and words[1].lower() in ("in", "at"):
            # '"We in Hamas regard ...," it said': the body the speakers say they belong to.
            body = " ".join(w.strip(",.;:") for w in itertools.takewhile(lambda w: w[:1].isupper(), words[2:6]))
            if body and kind != "person":
                return self._from_store(body, on=None) or ResolvedSpeaker(body, None, "group", f"{_WE_IN}{body}'")
        comma = next((k for k, w in enumerate(words[:7]) if w.endswith(",")), None)
        if words and words[0].lower() in _ADVERBIAL_OPENERS:
            # (an opening phrase may be long: "After seizing the capital of North Kivu province last week, the M23 ...")
            # (a subordinate clause runs longer: "After Prime Minister Conte yesterday ordered strict controls
            # and an "extraordinary plan to monitor ...", his deputy Luigi Di Maio led ...")
            reach = 30 if words[0].lower() in ("after", "before", "while", "when", "although", "though", "since", "because") else 14
            comma = next((k for k, w in enumerate(words[:reach]) if w.endswith(",")), None)
        if comma is not None and words[0].lower() in _ADVERBIAL_OPENERS:
            words = words[comma + 1 :]  # "Down in the village, Mkrtchyan has moved ..."
        elif comma is not None and comma <= 3 and any(fold(w.strip(",")) in self.lexicon.time_words for w in words[: comma + 1]):
            words = words[comma + 1 :]  # "Late Sunday, Ruiz won the primary": a time, then the subject
        appositive = _APPOSITIVE_NAME.match(" ".join(words))
        if appositive and kind == "person":
            # "His defence minister, Vagharshak Harutyunyan, struck a more cautious note."
            name = self._personal_name(appositive.group(1))
            if name:
                return self._from_store(name, on=None) or ResolvedSpeaker(name, None, "person", f"subject '{name}'")
        words = words[:12]
        determiner = False
        while words and (not any(c.isalnum() for c in words[0]) or words[0].lower() in _OPENING_WORDS):
            determiner = determiner or words[0].lower() == "the"
            words = words[1:]
        opening = " ".join(words).lstrip("\"“”‘’'")
        # The subject is the capitalised stretch that opens the sentence, up to its verb.
        np_end = next((m.start() for m in _LOWER_WORD.finditer(opening) if m.group() not in ("of", "for", "and", "the", "de")), len(opening))
        if kind == "person" and _JOINT_NAMES.search(opening, 0, np_end) and len(_tokens(opening[:np_end])) >= 4:
            return None  # "Ben Carson and Donald Trump said ... He": which of two is a guess
        for entity_id, span in self.entities.find_mentions(opening[:np_end], roles=False):
            entity = self.entities.get(entity_id)
            if opening[span.end : span.end + 2] in ("'s", "’s") or opening[span.start : span.end].endswith(("'s", "’s")):
                continue  # "Russia's foreign ministry called ...": the possessor is not the subject
            if opening[span.end : span.end + 1] == "-":
                continue  # "Russia-brokered ceasefire": a modifier, not the subject
            if entity is not None and (entity.type == "person") == (kind == "person"):
                return self._entity_speaker(entity, f"subject '{opening[span.start:span.end]}'")
        owner = _OWNER.match(opening)
        if owner is not None and kind != "person":
            # "Russia's foreign ministry called for ... what it said was": the possessor's body.
            following = opening[owner.end() :].split()[:3]
            head = next((k for k, w in enumerate(following) if w.islower() and fold(w) in self.lexicon.anaphor_group_heads), None)
            if head is not None and all(w.islower() and w.isalpha() for w in following[:head]):
                phrase = " ".join([owner.group(0).strip(), *following[: head + 1]])
                return self._from_store(phrase, on=None) or ResolvedSpeaker(phrase, None, "group", f"subject '{phrase}'")
        if plural_people:
            # "Environmental and climate experts labeled his claims ... They said": a plural of people
            # named by a common noun opens the sentence (capitalised only as its first word).
            lex = self.lexicon
            plain = [w.strip(",") for w in opening.split()[:7]]
            verb = next((k for k, w in enumerate(plain) if k > 0 and (w in lex.finite_verbs or w in lex.lemma_of or w.endswith("ed"))), None)
            np = plain[:verb] if verb else []
            if 1 <= len(np) <= 5 and all(w.isalpha() and w[1:].islower() for w in np) and all(w.islower() for w in np[1:]) \
                    and np[-1] in lex.generic_speaker_heads and np[-1].endswith("s") and fold(np[0]) not in _POSSESSIVES:
                return ResolvedSpeaker(" ".join(np), None, "group", f"subject '{' '.join(np)}'")
        run: list[str] = []
        relation = 0  # lowercase words allowed after a possessor: "Margaret's son Paul Haworth"
        for word in opening.split()[:12]:
            bare = word.strip(",.;:()\"'“”")
            if bare.endswith(("'s", "’s")) or (not run and bare.lower() in ("his", "her", "their")):
                run, relation = [], 2  # "Fuller's side", "her son": the possessor is not the subject
                continue
            if relation and not run and bare.islower():
                relation -= 1
                continue
            if bare[:1].isupper() and bare.lower() not in self.lexicon.pronouns and bare.lower() != "i":
                # "Rep. Walter B. Hennessy, the chairman": a title's or an initial's stop goes on.
                abbreviated = word == bare + "." and (len(bare) == 1 or bare.lower() in NAME_ABBREVIATIONS)
                run.append(bare + "." if abbreviated and len(bare) == 1 else bare)
                if word != bare and not abbreviated:
                    break
            elif run and bare in ("of", "for", "and"):
                run.append(bare)
            else:
                break
        while run and not run[-1][:1].isupper():
            run.pop()
        if len(run) >= 2 and run[0].endswith("ing") and len(run[0]) > 5 and run[0][1:].islower() and fold(run[1]) not in self.lexicon.title_words:
            # (not "Acting Prime Minister Themba Masuku")
            return None  # "Giving Nicola Willis the post was a mistake": a gerund's clause, no one's name
        if kind == "group" and len(run) == 1:
            # "Ferry operator CalMac has cancelled ...": a body named after its description.
            lex = self.lexicon
            stop = next((k for k, w in enumerate(opening.split()[:8]) if w.islower() and (w in lex.finite_verbs or w in lex.auxiliaries or w in lex.lemma_of or w.endswith("ed"))), None)
            described = _DESCRIBED_NAME.match(" ".join(opening.split()[:stop])) if stop else None
            what = fold(described.group("what")).split() if described is not None else []
            person_role = bool(what) and self._person_head(what[-1])
            if described is not None and not person_role and not any(w in _PREPOSITIONS_OF for w in what):
                # (not "IDF spokesperson Daniel Hagari": a person's role names a person, not a body)
                return ResolvedSpeaker(described.group("name"), None, "group", f"subject '{described.group(0)}'")
        if not run:
            head = fold(words[0]).strip(",.;:") if words else ""
            if kind != "person" and determiner and head in self.lexicon.generic_speaker_heads and head.endswith("s"):
                return ResolvedSpeaker(head, None, "group", f"subject 'the {head}'")  # "The critics ... They say"
            return None
        phrase = " ".join(run)
        name = _trailing_name(phrase, self.lexicon.title_words)
        if kind == "person":
            if name and not determiner:
                return ResolvedSpeaker(name, None, "person", f"subject '{phrase}'")
            titled_name = _ROLE_THEN_NAME.match(opening)
            if titled_name is not None and fold(titled_name.group("role").split()[-1]) in self.lexicon.anaphor_heads:
                # "Israeli army spokesman Daniel Hagari spoke ...": a role in lower case, then the name.
                named = self._personal_name(titled_name.group("name"))
                if named:
                    return self._from_store(named, on=None) or ResolvedSpeaker(named, None, "person", f"subject '{titled_name.group(0).strip()}'")
            if len(run) == 2 and fold(run[0]).rstrip(".") in self.lexicon.honorifics and _CAPITALISED.match(run[1]):
                # "Mr Cazeneuve reacted angrily ...": the person the honorific names, by the full name given before if any
                person = self._full_name(run[1]) or run[1]
                return ResolvedSpeaker(person, None, "person", f"subject '{phrase}'")
            full = self._full_name(run[-1]) if len(run) == 1 else None
            if full is None and len(run) == 1 and _AGE_AFTER.match(opening, len(run[0])):
                full = run[0]  # "Adam, 52, sat beside his grandson": a person known by one name, with an age
            return ResolvedSpeaker(full, None, "person", f"subject '{phrase}'") if full else None
        titled = run[0].lower().rstrip(".") in NAME_ABBREVIATIONS or fold(run[0]) in self.lexicon.title_words
        if titled and not determiner:
            return None  # "Mr Trump", "Senator Ruiz": a person, not the body "it" or "they" refers to
        if determiner or (len(run) >= 2 and name != phrase):
            return ResolvedSpeaker(phrase, None, kind, f"subject '{phrase}'")
        if len(run) >= 2 and re.match(r",\s+which\b", opening[opening.find(run[-1]) + len(run[-1]) :]):
            # "OceanGate Expeditions, which operated the Titan, issued a statement": "which", not "who": a body.
            return ResolvedSpeaker(phrase, None, "group", f"subject '{phrase}'")
        return None

    def _opening_person(self, text: str) -> str | None:
        """The person a clause opens with, described, not named: "The home minister's account of
        ...", "The chancellor accused ..." (the description's head is a person's role)."""
        if not text or any(mark in text for mark in "\"“”"):
            return None  # words inside a quotation are someone's speech, not the clause's subject
        possessor = _OPENING_POSSESSOR.match(text)
        if possessor is not None and self._person_head(fold(possessor.group(1).split()[-1])):
            return possessor.group(1)
        subject = self._described_subject(text)
        return subject if subject is not None and text.lower().startswith(("the ", "a ", "an ")) and text.lower().find(subject.lower()) <= 4 else None

    def _described_subject(self, text: str) -> str | None:
        """A person described, not named, as the subject of a clause of `text` ("the chancellor
        smiled", "a teacher said"): the description's head is a person's role."""
        for match in _DESCRIBED_SUBJECT.finditer(text):
            head = fold(match.group(2).split()[-1])
            verb = match.group(3)
            is_verb = verb.endswith("ed") or verb in self.lexicon.finite_verbs or verb in self.lexicon.lemma_of
            if is_verb and self._person_head(head) and not head.endswith("s"):
                return match.group(2)
        return None

    # --- documents that speak -----------------------------------------------------------------

    def _document(self, words: list[str], at: int | None) -> ResolvedSpeaker | None:
        """A document that speaks with no author in its phrase ("the report said", "the statement
        said"): the person an earlier sentence names with it ("Chavez issued a statement ... The
        statement said"), else shown as written and unresolved, never the speaker before it."""
        lowered = [fold(w) for w in words]
        noun = next((k for k, w in enumerate(lowered) if w in self.lexicon.document_nouns), None)
        claimed = next((k for k, w in enumerate(lowered[:4]) if w in self.lexicon.claim_nouns), None)
        if noun is None and claimed is not None and claimed + 1 < len(lowered) and lowered[claimed + 1] in ("from", "by"):
            noun = claimed  # "according to claims from the organising chief": whose claims
        author = ""
        if noun is not None and noun + 1 < len(lowered) and lowered[noun + 1] in ("from", "by", "of") and (noun == 0 or lowered[0] in ("the", "a", "an", "this", "that")):
            author = " ".join(words[noun + 2 :])  # "a statement from the ministry", "a preliminary report by the CAO"
            if "by" in lowered[noun + 2 :]:
                author = " ".join(words[noun + 2 + lowered[noun + 2 :].index("by") + 1 :])  # "an analysis of FEC data by Crowdpac"
            elif lowered[noun + 1] == "of" and (lowered[noun] in _TOPIC_NOUNS or (noun >= 1 and words[noun - 1][:1].isupper())):
                author = ""  # "an analysis of FEC records", "a POLITICO analysis of ...": what it is about, not who wrote it
        elif noun is not None and noun >= 1 and lowered[noun - 1].endswith(("'s", "’s")) and len(lowered) <= 10:
            author = " ".join(words[:noun])[:-2]  # "the press officer's comment on the case"
        if author and len(author.split()) <= 7:
            found = self.resolve(author, on=None, at=at)
            if found is not None:
                unresolved = "unresolved: " if found.basis.startswith("unresolved") else ""  # still no one named
                return replace(found, basis=f"{unresolved}author of '{' '.join(words)}': {found.basis}")
        # Journalese after a quotation: '"...," report said' is "the report said".
        bare = len(lowered) == 1 and lowered[0] in self.lexicon.document_nouns and at is not None and self.text[max(0, at - 4) : at].rstrip().endswith(('",', '”,', ",”", ',"'))
        if bare or self._authorless_document(words, lowered):
            noun_word = lowered[-1]
            author = self._said_in(noun_word, at)
            if author is not None:
                return replace(author, basis=f"document '{' '.join(words)}' of {author.name}, who spoke in it or issued it before")
            author = self._named_with(noun_word, at, issuer=True) if at is not None else None
            if author is not None:
                return replace(author, basis=f"document '{' '.join(words)}' of {author.name}, named with it before")
            issuer = self._issuer_before(noun_word, at)
            if issuer is not None:
                return replace(issuer, basis=f"document '{' '.join(words)}' of {issuer.name}, named with it before")
            why = f"document '{' '.join(words)}' with no author named"
            return ResolvedSpeaker(noun_word, None, "unresolved", f"unresolved: {why}")
        return None

    def _authorless_document(self, words: list[str], lowered: list[str]) -> bool:
        """"the report", and with modifiers that name no one: "the 1,000-page document", "the final
        report" (an indefinite one only bare: "a statement", not "a large study"); not "the Post" (a
        newspaper), "the EU report" (the EU's, read as a name elsewhere) nor "the government
        statement" (the body's)."""
        lex = self.lexicon
        articles = ("the", "this", "that", "these", "those") + (("a", "an") if len(lowered) == 2 else ())
        if not 2 <= len(lowered) <= 5 or lowered[0] not in articles or lowered[-1] not in lex.document_nouns:
            return False
        if not all(w.islower() or w[:1].isdigit() for w in words[1:]):
            return False
        return not any(
            w in lex.document_nouns or w in lex.outlet_words or w in lex.generic_speaker_heads or w in lex.anaphor_heads for w in lowered[1:-1]
        )

    def _said_in(self, noun: str, at: int | None) -> ResolvedSpeaker | None:
        """Who an earlier sentence said spoke in such a document, or issued it: "..., the Wagner
        group said in a statement. ... the statement said" -> the Wagner group; "The Defense
        Intelligence Agency (DIA) provided an assessment in a five-page classified report ... The
        report noted" -> the agency (the last one)."""
        if at is None:
            return None
        lex = self.lexicon
        spoke, issued = _issuer_patterns(noun)
        # Only the stretches just before the noun's earlier mentions, the latest first: a search of
        # the whole window with these patterns costs a millisecond a call.
        starts = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", self.text[max(0, at - 3000) : at])]
        name = None
        for start in reversed(starts):
            end = max(0, at - 3000) + start + len(noun)
            stretch = self.text[max(0, end - 160) : end]
            said = spoke.search(stretch)
            if said is not None and said.group(2) in lex.lemma_of:
                name = said.group(1)
                break
            gave = issued.search(stretch)
            if gave is not None and gave.group(2) in lex.issuing_verbs:
                name = gave.group(1)
                break
        if name is None:
            return None
        name = _LEADING_DETERMINER.sub("", name)
        if fold(name.split()[-1]) in self.lexicon.pronouns or name.endswith(("'s", "’s")):
            return None
        known = self._from_store(name, on=None)
        if known is not None:
            return known
        person = self._personal_name(name)
        return ResolvedSpeaker(person, None, "person", "spoke in it") if person else ResolvedSpeaker(name, None, "group", "spoke in it")

    def _issuer_before(self, noun: str, at: int | None) -> ResolvedSpeaker | None:
        """The body an earlier sentence gave as the issuer of such a document: "according to a
        statement by the Kremlin ... the statement said" -> the Kremlin (the last one named)."""
        if at is None:
            return None
        pattern = rf"\b{re.escape(noun)}s?\s+(?:issued\s+)?(?:by|from)\s+(?:the\s+)?((?:[A-Z][\w'’.-]+\s+){{0,4}}[A-Z][\w'’-]+)"
        issuers = re.findall(pattern, self.text[max(0, at - 3000) : at])
        if not issuers:
            return None
        name = issuers[-1]
        if name.endswith(("'s", "’s")):
            return None  # "a report by the State Department's inspector general": the possessor did not issue it
        return self._from_store(name, on=None) or ResolvedSpeaker(name, None, "group", f"issuer of a {noun} named before")

    # --- the surface form ---------------------------------------------------------------------

    def _described_someone(self, words: list[str]) -> bool:
        """"a crewman", "the bystander", "a local firefighter": an article and a few lowercase words
        whose last is a noun for a person who does something (by its ending: -er, -or, -ist, -ian,
        -man, -ent, -ant, -ee), though no list of speaker nouns holds it; not a thing with such an
        ending ("the letter", "the agreement", "the first fire"), a document, a claim or an occasion."""
        lex = self.lexicon
        if 2 <= len(words) <= 4 and words[0] in ("a", "an", "the", "his", "her", "their") and words[-1] in lex.relation_nouns and all(w.isalpha() and w.islower() for w in words[1:]):
            return True  # "his mother", "a neighbour", "the victim's cousin" is read at the possessor
        if not 2 <= len(words) <= 4 or words[0] not in ("a", "an", "the") or not all(w.isalpha() and w.islower() for w in words[1:]):
            return False
        head = words[-1]
        if not head.endswith(AGENT_ENDINGS) or head.endswith("ment") or head in _AGENTLESS or head in self._speaker_heads:
            return False
        return not (
            head in lex.document_nouns or head in lex.claim_nouns or head in lex.finding_nouns or head in lex.occasion_nouns
            or head in lex.time_words or head in lex.pronouns or head in lex.finite_verbs or head in lex.lemma_of
            or lex.is_outlet_phrase(head)
        )

    def _surface(self, phrase: str, appositive: str) -> ResolvedSpeaker | None:
        first = _tokens(phrase)[0] if phrase.split() else ""
        last = fold(_tokens(phrase)[-1]) if phrase.split() else ""
        heads = self._speaker_heads
        particle = (fold(first) in NAME_PARTICLES and _tokens(phrase)[-1][:1].isupper()) or bool(PARTICLE_NAME.match(first))  # "van der Berg", "al-Maliki"
        name = _trailing_name(phrase, self.lexicon.title_words)
        lowered = _tokens(fold(phrase))
        # "engineers say", "city engineers say", "survivors of the attack say": a group named by a bare plural.
        head_words = lowered[: next((k for k, w in enumerate(lowered) if k > 0 and w in ("of", "in", "at", "from", "for")), len(lowered))]
        bare_plural = (
            1 <= len(head_words) <= 3 and len(lowered) <= 7 and head_words[0] not in _POSSESSIVES and all(w.isalpha() and w.islower() for w in phrase.replace("-", "").split()[: len(head_words)])
            and head_words[-1].endswith("s") and not head_words[-1].endswith(("ss", "us", "is", "'s"))
            and not any(w in self.lexicon.time_words or w in self.lexicon.finite_verbs or w in self.lexicon.lemma_of or w in self.lexicon.clause_boundaries for w in head_words)
        )
        # "a source familiar with the investigation", "an official close to the talks": the head
        # noun after the determiner, before what qualifies it.
        described_head = fold(first) in ("a", "an", "the") and any(w in heads for w in lowered[1:4])
        if not name and first[:1].islower() and not particle and fold(first) not in _SURFACE_OPENERS and len(phrase.split()) > 1 and last not in heads and not bare_plural and not described_head:
            return None  # "use Lumora's software said": a clause, not a speaker
        words = _tokens(fold(phrase))
        of = next((k for k, w in enumerate(words) if k > 0 and w in ("of", "for", "at", "from", "with", "in", "close", "familiar", "near")), None)
        if of is not None:
            words = words[:of]  # "head of a parliamentary committee": the head is "head"; "a source close to the company": "source"
        head_at = max((k for k, w in enumerate(words[:4]) if w in heads), default=None) if described_head else None
        if head_at is not None and words[-1] not in heads:
            words = words[: head_at + 1]  # "a source familiar with": the head is "source"
        if name:
            generic = words[-1] in self.lexicon.generic_speaker_heads
            # "Doctors Without Borders", "Friends of the Earth": a function word inside makes it a body's name.
            body = any(fold(t) in _NAME_FUNCTION_WORDS for t in _tokens(name)[1:-1])
            return ResolvedSpeaker(name, None, "group" if generic or body else "person", "surface name")
        described = _DESCRIBED_NAME.match(_LEADING_DETERMINER.sub("", phrase))
        if described is not None and fold(described.group("what")).split()[-1] in ("and", "or", "nor"):
            described = None  # "Netherlands and Australia": two names, not a description of the second
        if described is not None and not any(w in _PREPOSITIONS_OF or w in self.lexicon.anaphor_heads for w in fold(described.group("what")).split()):
            # "packaged-food maker Halvorsen Foods", "the paramilitary Rapid Support Forces": the body's name.
            named = described.group("name").split()
            if len(named) == 2 and fold(named[0]) in self.lexicon.title_words and fold(named[0]) in self.lexicon.anaphor_heads:
                # "A somber President Obama": a title and a surname, the person the text named in full
                person = self._full_name(named[1]) or named[1]
                return ResolvedSpeaker(person, None, "person", "surface name after its description")
            return ResolvedSpeaker(described.group("name"), None, "group", "surface name after its description")
        # "the rebels", "the protesters": a group named by a plural noun, as written.
        plural_group = (2 <= len(words) <= 3 and words[0] == "the" and words[-1].isalpha() and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))) or bare_plural
        # (a determiner capitalised as the sentence's first word makes no name: "The unnamed nephew")
        named = any(_CAPITALISED.match(t) for k, t in enumerate(_tokens(phrase)) if k > 0 or fold(t) not in ("the", "a", "an"))
        listed = named or (words and (words[-1] in heads or words[-1] in self.lexicon.anaphor_group_heads)) or plural_group
        if listed or self._described_someone(words):
            surface = _LEADING_DETERMINER.sub("", phrase)
            if len(words) == 1 and words[0] not in self.lexicon.generic_speaker_heads:
                kind = "unknown"  # "Jones" or "Ruritania": only the store can tell
            elif (self._person_head(words[-1]) or not listed) and not words[-1].endswith("s"):
                kind = "person"  # "the spokesman"; "the ministry" is a body
            elif words[0] in ("a", "an") and words[-1].isalpha() and not words[-1].endswith("s") and words[-1] not in self.lexicon.anaphor_group_heads:
                kind = "person"  # "a teacher at the school": one person; "a rights group" is a body
            else:
                kind = "group"
            if not listed and words[0] == "the":
                # "the utility said": someone the text named before, by a word no list holds; which
                # one is a guess, so the phrase stands as written, unresolved.
                return ResolvedSpeaker(surface, None, kind, f"unresolved: description '{phrase}' with no certain antecedent")
            return ResolvedSpeaker(surface, None, kind, "surface form")
        return None
