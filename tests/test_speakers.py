"""Who is who: EntityIndex lookups (names, roles at a date, surnames, spellings) and the
per-document SpeakerResolver (pronouns, anaphors, surnames, surface forms).

The entities are made up here (a city council, a company, a football club, heads of state),
not read from claims.yaml: these tests check the engine, not the curated data.
"""

from __future__ import annotations

from datetime import date

import pytest

from karabakh_claims.cues import load_lexicon
from karabakh_claims.entities import EntityIndex, fold
from cast import MEDVEDEV, PUTIN
from karabakh_claims.models import Entity, Role
from karabakh_claims.speakers import SpeakerResolver

INDEX = EntityIndex(
    [
        PUTIN,
        MEDVEDEV,
        Entity("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "person", ("Erdogan", "Tayyip Erdogan")),
        Entity("nikol-pashinyan", "Nikol Pashinyan", "person", ("Pashinyan", "Pashinian")),
        Entity("anne-hidalgo", "Anne Hidalgo", "person", ("Hidalgo",), roles=(Role("mayor of Paris", ("Paris mayor",), date(2014, 4, 5), None),)),
        Entity("mary-jones", "Mary Jones", "person", ("Jones",), roles=(Role("council leader", (), date(2019, 5, 1), None),)),
        Entity("ann-lee", "Ann Lee", "person", roles=(Role("club chair", ("chair of Riverside United",), None, None),)),
        Entity("bob-lee", "Bob Lee", "person", roles=(Role("club chair", ("chair of Riverside United",), None, None),)),
        Entity("jacinda-ardern", "Jacinda Ardern", "person", ("Ardern",)),
        Entity("russia", "Russia", "country", ("Russian Federation",)),
        Entity("riverside-united", "Riverside United", "organization", ("Riverside", "Riverside United FC")),
        Entity("acme", "Acme Corporation", "organization", ("Acme", "Acme Corp")),
        Entity("sao-paulo-fc", "São Paulo FC", "organization", ("São Paulo",)),
        Entity("tass", "TASS", "outlet", ("Russian news agency TASS",)),
        # names written with a hyphen or a period inside
        Entity("jean-marc-duval", "Jean-Marc Duval", "person"),
        Entity("hillside-group", "pro-Hillside group", "organization", ("a pro-Hillside group",)),
        Entity("us-coast-guard", "U.S. Coast Guard", "organization"),
        Entity("omar-al-farsi", "Omar Al-Farsi", "person"),
    ]
)


def xfail(*values: object, reason: str) -> object:
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


# --- fold -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Erdoğan’s", "erdogan's"),
        ("  São   Paulo ", "sao paulo"),
        ("ÇAVUŞOĞLU", "cavusoglu"),
        ("Straße", "strasse"),
    ],
)
def test_fold_ignores_case_accents_apostrophes_and_spacing(text: str, expected: str) -> None:
    assert fold(text) == expected


# --- find_mentions ------------------------------------------------------------------------------

MENTIONS = [
    # longest alias first: "Russian news agency TASS" is one mention, not "TASS" inside it
    ("Russian news agency TASS reported it.", [("tass", "Russian news agency TASS")]),
    ("Riverside United FC beat Acme Corp.", [("riverside-united", "Riverside United FC"), ("acme", "Acme Corp")]),
    ("Recep Tayyip Erdoğan met Tayyip Erdogan's aides.", [("recep-tayyip-erdogan", "Recep Tayyip Erdoğan"), ("recep-tayyip-erdogan", "Tayyip Erdogan's")]),
    # possessives and apostrophes
    ("Erdoğan’s office and Pashinian's spokesman.", [("recep-tayyip-erdogan", "Erdoğan’s"), ("nikol-pashinyan", "Pashinian's")]),
    ("The Joneses' farm is not Jones' farm.", [("mary-jones", "Jones")]),
    # accents and case do not matter
    ("Sao Paulo and SÃO PAULO and são paulo", [("sao-paulo-fc", "Sao Paulo"), ("sao-paulo-fc", "SÃO PAULO"), ("sao-paulo-fc", "são paulo")]),
    # a role alias held by several entities yields each of them
    ("the Russian president spoke", [("vladimir-putin", "Russian president"), ("dmitry-medvedev", "Russian president")]),
    # a name written with a hyphen or a period is found as written, possessive included
    ("Jean-Marc Duval said a pro-Hillside group did it.", [("jean-marc-duval", "Jean-Marc Duval"), ("hillside-group", "pro-Hillside group")]),
    ("The U.S. Coast Guard’s cutter", [("us-coast-guard", "U.S. Coast Guard’s")]),
    ("Omar Al-Farsi, Jean Marc and Duval", [("omar-al-farsi", "Omar Al-Farsi")]),
    # whole words only
    ("Pashinyanov, Acmeology and Russians", []),
    ("", []),
]


@pytest.mark.parametrize("text, expected", MENTIONS)
def test_find_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(entity_id, text[span.start : span.end]) for entity_id, span in INDEX.find_mentions(text)]
    assert found == expected


MAY_NAME = [
    # (canonical name, text, may the text name them)
    ("Nikol Pashinyan", "Prime Minister Pashinian said on Monday", True),
    ("Nikol Pashinyan", "the prime minister said on Monday", False),
    ("Recep Tayyip Erdoğan", "Turkey's president, Mr Erdogan, said", True),
    ("Recep Tayyip Erdoğan", "Erdoğan’s office said", True),  # not ASCII: no shortcut, find_mentions decides
    ("Acme Corporation", "ACME CORP. said in a filing", True),
    ("Acme Corporation", "a rival corporation said", False),
    ("Nobody Known", "Nobody Known said", False),  # no entity has that name
]


@pytest.mark.parametrize("name, text, expected", MAY_NAME)
def test_may_name_is_a_cheap_test_before_find_mentions(name: str, text: str, expected: bool) -> None:
    assert INDEX.may_name(name, text) is expected


@pytest.mark.parametrize("text", [text for text, _ in MENTIONS])
def test_may_name_never_rules_out_a_mention(text: str) -> None:
    for entity_id, _ in INDEX.find_mentions(text, roles=False):
        assert INDEX.may_name(INDEX.get(entity_id).name, text)


# --- resolve -------------------------------------------------------------------------------------

RESOLVE = [
    # (surface, on, context, expected id, how it starts)
    ("Pashinian", None, (), "nikol-pashinyan", "alias"),
    ("Nikol Pashinyan", None, (), "nikol-pashinyan", "alias"),
    ("the Russian Federation", None, (), "russia", "alias"),
    ("Erdogan's", None, (), "recep-tayyip-erdogan", "alias"),
    ("ERDOĞAN", None, (), "recep-tayyip-erdogan", "alias"),
    # a role valid at the date, and not outside it
    ("the Russian president", date(2020, 11, 17), (), "vladimir-putin", "role 'Russian president' on 2020-11-17"),
    ("President of Russia", date(2010, 6, 1), (), "dmitry-medvedev", "role"),
    ("the Russian president", date(2005, 1, 1), (), "vladimir-putin", "role"),
    ("the Russian president", date(1995, 1, 1), (), None, "unknown"),
    ("the Russian president", date(2008, 5, 7), (), None, "unknown"),  # both hold it that day: ambiguous
    ("the mayor of Paris", date(2020, 1, 1), (), "anne-hidalgo", "role"),
    ("the mayor of Paris", date(2010, 1, 1), (), None, "unknown"),
    # a role held for a time, in a text with no date: no one (the club chair's has no dates)
    ("the mayor of Paris", None, (), None, "unknown"),
    ("the Russian president", None, (), None, "unknown"),
    # an ambiguous role: nothing, unless the context decides
    ("the club chair", None, (), None, "unknown"),
    ("the club chair", None, ("bob-lee",), "bob-lee", "role"),
    ("the club chair", None, ("ann-lee", "bob-lee"), None, "unknown"),
    # surnames
    ("Medvedev", None, (), "dmitry-medvedev", "alias"),
    ("Lee", None, (), None, "unknown"),
    ("Lee", None, ("ann-lee",), "ann-lee", "surname"),
    ("Ardern's", None, (), "jacinda-ardern", "alias"),
    # names with a hyphen or a period, written either way; a hyphenated surname
    ("Jean-Marc Duval", None, (), "jean-marc-duval", "alias"),
    ("the US Coast Guard", None, (), "us-coast-guard", "fuzzy"),  # "US" is a word, "U.S." two letters
    ("the U.S. Coast Guard", None, (), "us-coast-guard", "alias"),
    ("Al-Farsi", None, (), "omar-al-farsi", "surname"),
    ("Al Farsi", None, (), "omar-al-farsi", "surname"),
    # fuzzy spellings: ratio >= 88 on names of 5 letters or more
    ("Medvedyev", None, (), "dmitry-medvedev", "fuzzy"),
    ("Pashinyann", None, (), "nikol-pashinyan", "fuzzy"),
    ("Nikol Pashinyian", None, (), "nikol-pashinyan", "fuzzy"),
    ("Hildago", None, (), None, "unknown"),  # 86: too far
    ("Pashayan", None, (), None, "unknown"),
    ("Putn", None, (), None, "unknown"),  # too short to guess
    # unknown
    ("Tom Baker", None, (), None, "unknown"),
    ("", None, (), None, "empty"),
]


@pytest.mark.parametrize("surface, on, context, expected, how", RESOLVE)
def test_resolve(surface: str, on: date | None, context: tuple[str, ...], expected: str | None, how: str) -> None:
    entity, basis = INDEX.resolve(surface, on=on, context=context)
    assert (entity.id if entity else None) == expected
    assert basis.startswith(how), basis


def test_index_len_and_get() -> None:
    assert len(INDEX) == 18
    assert INDEX.get("acme").name == "Acme Corporation"
    assert INDEX.get("nobody") is None
    assert EntityIndex([]).resolve("Anyone") == (None, "unknown")
    assert EntityIndex([]).find_mentions("Anyone at all") == []


# --- SpeakerResolver: one document's speakers in order -----------------------------------------

ON = date(2020, 11, 10)

# Each case: the phrases of one document in order, and the expected canonical names (None: no speaker).
CHAINS = [
    # names in the store, in a title phrase, and with an "of" qualifier
    (["Paris mayor Anne Hidalgo"], ["Anne Hidalgo"]),
    (["Russian news agency TASS"], ["TASS"]),
    (["the Russian president"], ["Vladimir Putin"]),
    # unknown people keep their fullest name; titles drop
    (["Club chairman Peter van der Berg"], ["Peter van der Berg"]),
    (["Olga Oliker of the International Crisis Group"], ["Olga Oliker"]),
    (["Russian analyst Konstantin Eggert"], ["Konstantin Eggert"]),
    (["officials"], ["officials"]),
    # a first name in front of a store surname is another person
    (["Tom Jones"], ["Tom Jones"]),
    # an organisation counts only as the head of the phrase
    (["Russia's defence ministry"], ["Russia's defence ministry"]),
    (["Russia"], ["Russia"]),
    # pronouns back to the last speaker of their kind
    (["Tom Baker", "he"], ["Tom Baker", "Tom Baker"]),
    (["Mary Jones", "Acme", "she"], ["Mary Jones", "Acme Corporation", "Mary Jones"]),
    (["Mary Jones", "Acme", "they"], ["Mary Jones", "Acme Corporation", "Acme Corporation"]),
    (["Acme", "it"], ["Acme Corporation", "Acme Corporation"]),
    (["he"], [None]),
    (["Acme", "he"], ["Acme Corporation", None]),
    # nominal anaphors
    (["John Doe, a spokesman for Acme", "the spokesman"], ["John Doe", "John Doe"]),
    (["Police official Sam Green", "Acme", "the official"], ["Sam Green", "Acme Corporation", "Sam Green"]),
    (["Acme", "Tom Baker", "the company"], ["Acme Corporation", "Tom Baker", "Acme Corporation"]),
    (["Riverside United", "Tom Baker", "the club"], ["Riverside United", "Tom Baker", "Riverside United"]),
    # with nobody to refer to, "the official" names no one: unresolved
    (["the official"], [None]),  # a description with no antecedent: unresolved (its words stay as speaker_text)
    # a surname to the full name introduced earlier
    (["Police chief Sam Green", "Green"], ["Sam Green", "Sam Green"]),
    (["Council leader Sam Green", "Green"], ["Sam Green", "Sam Green"]),
    (["Sam Green", "Acme", "Tom Baker", "Green"], ["Sam Green", "Acme Corporation", "Tom Baker", "Sam Green"]),
    # a fuzzy spelling of a store name
    (["Nikol Pashinyian"], ["Nikol Pashinyan"]),
    (["Prime Minister Nikol Pashinyian"], ["Nikol Pashinyan"]),
]


@pytest.mark.parametrize("phrases, expected", CHAINS)
def test_speaker_chains(phrases: list[str], expected: list[str | None]) -> None:
    resolver = SpeakerResolver(INDEX, load_lexicon())
    found = []
    for phrase in phrases:
        appositive = ""
        if ", " in phrase:
            phrase, appositive = phrase.split(", ", 1)
        speaker = resolver.resolve(phrase, on=ON, appositive=appositive)
        found.append(speaker.name if speaker and speaker.resolved else None)  # unresolved: no name
    assert found == expected


@pytest.mark.parametrize(
    "phrases, expected",
    [
        # a person's role the store gives a body: the body speaks, and "he" after is the person in that role
        (["the diplomat", "he"], ["Embassy of Norland", "Embassy of Norland"]),
        (["the press officer", "she"], ["Embassy of Norland", "Embassy of Norland"]),
        # the body itself is no "he"
        (["Norland embassy", "he"], ["Embassy of Norland", None]),
    ],
)
def test_a_role_of_a_body_is_a_person_for_pronouns(phrases: list[str], expected: list[str | None]) -> None:
    embassy = Entity("norland-embassy", "Embassy of Norland", "organization", ("Norland embassy",),
                     roles=(Role("Norland embassy press officer", ("press officer", "diplomat"), None, None),))
    resolver = SpeakerResolver(EntityIndex([embassy]), load_lexicon())
    found = [resolver.resolve(phrase, on=ON) for phrase in phrases]
    assert [s.name if s and s.resolved else None for s in found] == expected


def test_pronoun_prefers_the_subject_named_in_the_hint() -> None:
    resolver = SpeakerResolver(INDEX, load_lexicon())
    resolver.resolve("Tom Baker", on=ON)
    speaker = resolver.resolve("it", on=ON, subject_hint="Riverside United welcomed the decision")
    assert speaker is not None and speaker.name == "Riverside United"
    assert speaker.basis.startswith("pronoun 'it'")


def test_role_is_resolved_at_the_date_given() -> None:
    resolver = SpeakerResolver(INDEX, load_lexicon())
    assert resolver.resolve("the Russian president", on=date(2010, 6, 1)).name == "Dmitry Medvedev"
    assert resolver.resolve("the Russian president", on=date(2020, 6, 1)).name == "Vladimir Putin"


@pytest.mark.parametrize(
    "phrase, on",
    [
        ("the Russian president", date(1995, 6, 1)),
        ("the mayor of Paris", date(2010, 6, 1)),
    ],
)
def test_role_outside_its_dates_names_nobody_in_the_store(phrase: str, on: date) -> None:
    resolver = SpeakerResolver(INDEX, load_lexicon())
    speaker = resolver.resolve(phrase, on=on)
    assert speaker is None or speaker.entity_id is None, speaker


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Pashinian's spokesman", "Pashinian's spokesman"),
        ("Erdogan's office", "Erdogan's office"),
    ],
)
def test_possessive_person_is_not_the_speaker(phrase: str, expected: str) -> None:
    resolver = SpeakerResolver(INDEX, load_lexicon())
    speaker = resolver.resolve(phrase, on=ON)
    assert speaker is not None and speaker.name == expected


# --- common nouns in the store: "the opposition" means the store's only in a text about it ----

OPPOSITION = Entity("kartan-opposition", "Kartan opposition", "organization", ("the opposition", "the critics", "Kartan Bloc"))
PREMIER = Entity("ilse-varga", "Ilse Varga", "person", ("Varga",), roles=(Role("Prime Minister of Kartania", ("the prime minister",), date(2019, 1, 1), None),))
KARTAN = EntityIndex([OPPOSITION, PREMIER, Entity("kartania", "Kartania", "country")])


@pytest.mark.parametrize("alias, common", [
    ("the opposition", True), ("The critics", True), ("opposition leaders", True), ("the prime minister", True),
    ("Kartan Bloc", False), ("RSF", False), ("azatutyun.am", False), ("the Kremlin", False), ("Varga", False),
])
def test_common_noun_aliases(alias: str, common: bool) -> None:
    from karabakh_claims.entities import common_noun

    assert common_noun(alias) is common


def test_names_only_drops_common_nouns_and_keeps_names() -> None:
    names = KARTAN.names_only()
    assert names.resolve("the opposition")[0] is None
    assert names.resolve("the prime minister", on=date(2020, 5, 1))[0] is None
    assert names.resolve("Kartan Bloc")[0].id == OPPOSITION.id  # type: ignore[union-attr]
    assert names.resolve("Prime Minister of Kartania", on=date(2020, 5, 1))[0].id == PREMIER.id  # type: ignore[union-attr]
    assert KARTAN.resolve("the opposition")[0] == OPPOSITION  # the full index is unchanged
    assert INDEX.names_only() is INDEX  # nothing to drop: the same index


@pytest.mark.parametrize("text, speaker", [
    # a text about something else: the store's common nouns are nobody in particular
    ("The opposition said the budget would raise taxes on every family in the town.", "opposition"),
    ("The prime minister said the budget would raise taxes on every family in the town.", "prime minister"),
    # a text that names the store's subject: they are the store's
    ("Kartania votes on Sunday. The opposition said the budget would raise taxes on every family.", "Kartan opposition"),
    ("Kartania votes on Sunday. The prime minister said the budget would raise taxes on every family.", "Ilse Varga"),
])
def test_store_common_nouns_only_in_a_text_about_the_store(text: str, speaker: str) -> None:
    from karabakh_claims.models import Document
    from karabakh_claims.dates import parse_iso
    from karabakh_claims.statements import extract_statements

    found = list(extract_statements(Document("a.txt", text, published=parse_iso("2020-05-01")), entities=KARTAN))
    assert [s.speaker for s in found] == [speaker]


# --- the text's own acronyms: "Rapid Support Forces" ... "RSF" is not the store's RSF ---------

PRESS_FREEDOM = Entity("rwb", "Reporters Without Borders", "organization", ("RSF",))


@pytest.mark.parametrize("text, expected", [
    ("The paramilitary Rapid Support Forces attacked. The RSF said its fighters had observed the truce.", "Rapid Support Forces"),
    ("The press freedom group RSF said the journalist had been detained without charge.", "Reporters Without Borders"),
    ("Reporters Without Borders (RSF) said the journalist had been detained without charge.", "Reporters Without Borders"),
])
def test_an_acronym_the_text_spells_out_otherwise_is_not_the_stores(text: str, expected: str) -> None:
    from karabakh_claims.models import Document
    from karabakh_claims.statements import extract_statements

    index = EntityIndex([PRESS_FREEDOM]).own_acronyms_first(text)
    assert ("RSF" in index.get("rwb").aliases) is (expected == "Reporters Without Borders")  # type: ignore[union-attr]
    found = list(extract_statements(Document("a.txt", text), entities=EntityIndex([PRESS_FREEDOM])))
    assert [s.speaker for s in found] == [expected]
