"""Annotation tables for the SIXTH held-out gold set (rules: GUIDELINES.md, incl. the decisions of the
first five held-out sets; further decisions where the rules were silent are listed below).

Seven written articles, heldout6/p01_*.txt .. heldout6/p07_*.txt (AP-style war wire story from Kyiv with
casualty figures from competing sides, agency conduits and a denial; radio programme transcript with
capitalised speaker labels, an introduction naming the guests and a host who quotes others; present-tense
public-radio feature with explicitly dated past statements; House of Commons record (Hansard style) with
a date heading, tabled questions and answers; company press release relayed by a business news site with
Published/Updated lines, an analyst's note and a spokesperson who declined to comment; fact-check article
on a viral claim with dated posts and a campaign that did not respond; translated-style European politics
story with „German“ and «French» quotation marks, titles before names and a chancellor/minister anaphora
chain), on topics unrelated to the South Caucasus.

Same format as annotations.py / heldout_annotations.py .. heldout5_annotations.py. Each entry: f=file
key, s=start snippet (content starts where it starts), e=end snippet (content ends where it ends, first
match after s), sp=canonical speaker, st=speaker text, cue, kind, on=said_on, plus optional via, pol,
named, alts, after (disambiguating anchor), note.

Build:  python tests/data/gold/build_gold.py --heldout6   ->  tests/data/gold/heldout6.jsonl
Annotated blind (the extractor was neither run nor read; the other gold outputs were not read, nor were
the texts of the earlier held-out sets). This set measures generalisation only: it is never used for
tuning the extractor.
"""

FILES = {
    "p01": "tests/data/gold/heldout6/p01_ap_kharkiv_glide_bomb.txt",
    "p02": "tests/data/gold/heldout6/p02_radio_transcript_corridor_care.txt",
    "p03": "tests/data/gold/heldout6/p03_radio_feature_acequias.txt",
    "p04": "tests/data/gold/heldout6/p04_hansard_temporary_accommodation.txt",
    "p05": "tests/data/gold/heldout6/p05_business_halvorsen_plant_closure.txt",
    "p06": "tests/data/gold/heldout6/p06_factcheck_michigan_cash_pumps.txt",
    "p07": "tests/data/gold/heldout6/p07_europe_berlin_border_checks.txt",
}

from table import D, I, M, table  # noqa: E402

ANNOTATIONS, A = table()

# Decisions where the rules were silent (sixth held-out set):
# - Broadcast transcript with capitalised speaker labels ("ACHTERBERG:", "OBI:", "JANET:"): every guest's
#   turn is one direct statement, cue ":", speaker_text the label as written; the canonical speaker is the
#   fullest name in the introduction's guest list ("JANET" -> Janet Rees, "Dr"/"Councillor" dropped). A
#   turn running over two paragraphs is one statement (paragraph break included), as a Q&A answer (n05);
#   a turn interrupted by another speaker ends there. The host's and the announcer's lines are NOT
#   statements (questions, moderation, introductions and programme furniture: the host plays the
#   interviewer of the Q: lines), but statements the host reports in them are annotated (Price "told this
#   programme last week", the RCN "said on Friday", Tully "said yesterday", the department's written reply
#   "A spokesperson said: ..."). "[CROSSTALK]" is a stage direction. A guest's performative "I'd say ...",
#   "I will promise that ..." inside the turn is not a second statement; a dated past statement of their
#   own ("I said in my letter to the minister on 14 January that ...") is one (n05 "As I told ...").
#   "told this programme" = the programme is the audience: via null.
# - Parliamentary record (Hansard style): every contribution of a Member or Minister that asserts
#   something is one direct statement, cue ":", content the whole contribution (a closing question
#   included, as a quotation is not cut at its question mark); speaker_text the name in the label with its
#   title as written ("Ms Rachel Imrie", "Mr Pritchard", "Sir Geoffrey Lane"), office, constituency and
#   party tags left out; canonical name without the title ("Sir" dropped like "Dr"). Not statements: the
#   numbered tabled questions ("1. Mr Owen Pritchard (Eastfield) (Lab): What assessment ..."), which are
#   only questions; the Speaker's procedural interventions ("Order. The Minister must be heard.", "The
#   correction is now on the record."); the sitting furniture ("Prayers", "[Mr Speaker in the Chair]");
#   "[Interruption.]" is left out of the content. Statements reported inside a contribution are annotated
#   (nested; present tense with no date of its own -> null, as n05's finance team). A Member's
#   self-correction on a point of order ("not one in every five") refutes a claim made in the text: deny.
# - Issued statements vs documents: "according to the press release", "the statement says" (a statement
#   just attributed to a named spokesperson), "the post said" (a post just introduced), "says on its
#   website" and "said in a filing with the Securities and Exchange Commission" (company as subject, like
#   "said in a report") are the issuer's statements. Still documents/findings, not statements: "according
#   to the bill text", "Your own board papers ... say", "according to figures published on Thursday",
#   "according to a poll by the Forsa institute", "according to the Federal Reserve's annual Diary of
#   Consumer Payment Choice" (a survey, like "according to the study").
# - A post whose author is not named: speaker the surface form in plain words, unnamed ("Facebook post",
#   "Instagram post", "X user"), the author as an alt; dated by the post's own date ("published on Jan.
#   30" with a present-tense "claims" -> that day, rule 1).
# - "falsely said" / "falsely claimed": the adverb is the fact-checker's verdict, not part of the cue
#   (cue "said"); the statement keeps its own polarity (assert).
# - "rejects the idea that X" is treated like "rejected suggestions/reports that X": deny, content X.
# - "accused X of" + a quoted noun phrase ("accused the government of „symbolic politics ...“") falls
#   under the quotation exception: a statement whose content is the quoted words (direct), like "called
#   for a “lasting political solution”"; a fully quoted gerund ("accused the chancellor of „governing by
#   press release“") is direct too (a complement that is entirely a quotation).
# - „German“ and «French» quotation marks are quote marks like “...”: content between them; a comma
#   placed after the closing mark („...“, the chancellor said) is outside the content; a quotation whose
#   paragraph ends without a closing mark and that reopens with „ in the next paragraph is one statement
#   (paragraph break and the opening „ included). A quotation following an indirect statement with no cue
#   of its own takes that statement's cue ("argued").
# - An occupation administration ("Russian-installed authorities" in Zaporizhzhia) is treated like the
#   de facto administration of the main set: a body, canonical "Russian-installed authorities in
#   Zaporizhzhia", named. A regional administration, a national air force or general staff are bodies too.
# - "promised that" is a cue (like pledge); "wrote to me last month to say that" is one statement, cue
#   "wrote". "That is the third spring the Government have promised" (no complement) is not a statement.
# - Dates: a month without a year ("in July", "in October", "in February") = the latest such month on or
#   before the anchor (as weekdays); "this morning" = the anchor; "last week" in a Sunday broadcast = the
#   previous ISO week (the broadcast Sunday closes the current week); "That night" in a caller's account of
#   a stay "in January" = January; an interview "published on Tuesday" = that Tuesday (as k05's paper);
#   "In the same interview" in a new paragraph = the interview's date (k-decision).

# ---------------------------------------------------------------- p01 (AP war wire, Kyiv)
# "Updated 6:47 PM GMT+3, October 14, 2025" (Tuesday) = the anchor; the dateline has no year. "said
# Tuesday" and undated statements = 2025-10-14; "said Monday" = 2025-10-13; "claimed Sunday" =
# 2025-10-12; "said overnight" = 2025-10-13/2025-10-14; the UN mission "said last week" = 2025-10-06 ..
# 2025-10-12 (and its relative-clause "the mission said" by rule 2). "on Monday evening", "overnight",
# "on Wednesday", "in September" inside contents are not the statements' dates. Conduits: "according to
# the Interfax news agency", "Interfax reported", "the state news agency Tass reported" -> via; "told The
# Associated Press" = audience. Not statements: the headline ("governor says"), "It did not provide
# evidence, and the claim could not be independently verified", "He did not elaborate", "who lives in the
# building next door", "urged Western partners to speed up deliveries" (infinitive), "Ukrainian officials
# did not comment on the claim", "denied that," (pronoun object), "Will Kyiv get more Patriot systems
# before winter?" (the reporter's question), "are expected to discuss", the contributor and link lines.
T = "2025-10-14"
MD = "Mykola Dovhan"
RDM = "Russian Defence Ministry"
RDMA = ["Russian Defense Ministry", "Russia's Defense Ministry", "Russia"]
GL = "Gennady Lobov"
NB = "Natalia Bondar"
AL = "Andrii Lysenko"
UNM = "UN Human Rights Monitoring Mission in Ukraine"
UNMA = ["U.N. Human Rights Monitoring Mission in Ukraine", "United Nations", "HRMMU"]
LW = "2025-10-06/2025-10-12"
A("p01", "A Russian glide bomb tore through", "and wounding 31", MD, "the regional governor", "said", I, T,
  note="'said Tuesday'; the role is named in the next paragraph (Gov. Mykola Dovhan); 'as rescuers dug ...' is the "
  "journalist's, left out")
A("p01", "Two children were among the dead", "among the dead", MD, "Gov. Mykola Dovhan", "wrote on Telegram", I, T,
  note="postposed attribution; 'Gov.' dropped")
A("p01", "four of the wounded were in critical condition", "critical condition", MD, "Gov. Mykola Dovhan", "adding", I, T,
  note="participle = second statement")
A("p01", "The Russians knew exactly", "home from work,", MD, "he", "wrote", D, T)
A("p01", "a day of mourning would be held", "on Wednesday", MD, "Dovhan", "said", I, T,
  note="'on Wednesday' is inside the content")
A("p01", "its forces had struck", "mercenaries in Kharkiv", RDM, "Russia's Defense Ministry", "said", M, T, alts=RDMA)
A("p01", "hitting residential buildings", "hitting residential buildings", RDM, "Russia's Defense Ministry", "denied", I, T,
  alts=RDMA, pol="deny", note="coordinated cue = second statement; gerund clause after 'denied'")
A("p01", "The Russian armed forces do not strike", "prefer to ignore,", GL, "Deputy Foreign Minister Gennady Lobov",
  "told reporters", D, T, via="Interfax", pol="deny",
  note="'according to the Interfax news agency' = conduit; refutes the governor's account of a strike on homes")
A("p01", "Moscow was ready to discuss", "keeping its word,\"", GL, "Lobov", "said", M, T, via="Interfax",
  note="'Interfax reported'; closing quote mark kept; 'He did not elaborate' is not a statement")
A("p01", "the blast threw her", "her kitchen wall", NB, "Natalia Bondar", "told The Associated Press", I, T,
  note="the agency is the audience: via null; the relative clause 'who lives ...' is not a statement")
A("p01", "I thought the whole house", "screaming in the yard,", NB, "she", "said", D, T,
  note="'her hands still shaking' is the journalist's")
A("p01", "another deliberate act of terror", "a peaceful city", "Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry",
  "called", D, T, alts=["Ukraine's Foreign Ministry", "Ukraine"],
  note="'called the strike \"...\"': the quoted words; 'urged ... to speed up' is an infinitive")
A("p01", "Russia had launched 118 drones", "shot down or jammed", "Ukrainian Air Force", "Ukraine's air force", "said", I, T,
  alts=["Ukraine's air force", "Ukrainian air force"],
  note="one cue with coordinated that-clauses; 'overnight' is inside the content")
A("p01", "debris from a downed drone", "injuring two workers", "Odesa regional administration",
  "The Odesa regional administration", "said", I, "2025-10-13/2025-10-14", note="'said overnight'")
A("p01", "its air defenses had destroyed", "21 over the Belgorod region", RDM, "Russia's Defense Ministry", "said", I, T,
  alts=RDMA, note="'said Tuesday'; 'which borders Kharkiv' is the journalist's apposition, left out")
A("p01", "a woman was killed when a drone", "town of Shebekino", "Sergei Lapin", "Belgorod Gov. Sergei Lapin", "said", I, T,
  via="Tass", note="'the state news agency Tass reported' = conduit in the same sentence")
A("p01", "Ukrainian shelling had killed three civilians", "town of Vasylivka", "Russian-installed authorities in Zaporizhzhia",
  "Russian-installed authorities", "said", I, "2025-10-13", alts=["Russian-installed authorities"],
  note="'said Monday'; 'Ukrainian officials did not comment' is not a statement")
A("p01", "its troops had captured the village", "in the Donetsk region", RDM, "the Russian Defense Ministry", "claimed", I,
  "2025-10-12", alts=RDMA, note="'claimed Sunday'")
A("p01", "fighting for the village was still going on", "still going on", "Ukrainian General Staff",
  "Ukraine's General Staff", "saying", I, T, alts=["Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine"],
  pol="deny", note="'denied that,' has a pronoun object (not a statement); the participle refutes the capture claim")
A("p01", "They have announced the capture", "the next morning,", AL, "Capt. Andrii Lysenko", "said", D, T, pol="deny",
  note="speaker after the cue; rank dropped; refutes the capture claim")
A("p01", "The fighting is heavy.", "pretend otherwise.", AL, "Capt. Andrii Lysenko", "said", D, T,
  note="second quote after the cue: second statement; refutes nothing: assert")
A("p01", "at least 214 civilians were killed", "across Ukraine in September", UNM,
  "The U.N. Human Rights Monitoring Mission in Ukraine", "said", I, LW, alts=UNMA, note="'said last week'")
A("p01", "was the highest monthly toll since June", "since June", UNM, "the mission", "said", I, LW, alts=UNMA,
  note="free relative 'which the mission said was ...' (k-decision): content from the verb; rule 2")

# ---------------------------------------------------------------- p02 (radio programme transcript)
# "Transcript of programme broadcast on Sunday 9 March 2025" = the anchor: every guest's turn takes it.
# Reported statements in the host's lines: Angela Price "told this programme last week" = the previous
# ISO week 2025-02-24 .. 2025-03-02; the RCN "said on Friday" = 2025-03-07; Tully "said yesterday" =
# 2025-03-08; the department's reply to "the points raised this morning" = 2025-03-09. Inside the turns:
# Achterberg's letter "on 14 January" = 2025-01-14; the government's promise "in July" = 2024-07; the
# nurse "That night" during the January stay = 2025-01. Not statements: the title, the guest list, the
# disclaimer, every HOST and ANNOUNCER line as such (questions, introductions, moderation: "Patients at
# Riverside General waited ... according to figures published on Thursday", "Your own board papers ...
# say you will miss the four-hour target" (a document), "The next figures are due on 10 April"),
# "[CROSSTALK]", "We wrote to the government in December asking for the visa rules ... to be relaxed"
# (infinitive), "I'd say ...", "I will promise that ..." (performative, inside the turn).
BD = "2025-03-09"
HA = "Helen Achterberg"
MO = "Marcus Obi"
A("p02", "No, it isn't, and I won't pretend it is.", "in the community.", HA, "ACHTERBERG", ":", D, BD,
  note="guest turn = one statement, cue ':'; it runs over two paragraphs: paragraph break included")
A("p02", "trusts like yours had been given", "this winter", "Angela Price", "Angela Price", "told", M,
  "2025-02-24/2025-03-02", note="reported inside the host's question; 'told this programme last week': audience, via "
  "null; 'The Health Secretary' is a title")
A("p02", "We asked for money for forty extra beds", "after the winter started.", HA, "ACHTERBERG", ":", D, BD,
  note="concedes rather than refutes: assert")
A("p02", "corridor care had become", "in Northfield's hospitals", "Royal College of Nursing", "the Royal College of Nursing",
  "said", M, "2025-03-07", alts=["RCN"], note="in the host's line; 'said on Friday'; the board papers that 'say' are a "
  "document")
A("p02", "I won't argue with the nurses.", "They see it every shift.", HA, "ACHTERBERG", ":", D, BD)
A("p02", "the council had \"sat on\"", "meant for home care", "Graham Tully", "Graham Tully", "said", M, "2025-03-08",
  note="in the host's question; 'said yesterday'")
A("p02", "That's simply not true.", "nobody applies.", MO, "OBI", ":", D, BD, pol="deny",
  note="refutes Tully's claim reported in the question; 'Councillor' dropped")
A("p02", "Just on that point,", "I stand by that.", HA, "ACHTERBERG", ":", D, BD,
  note="the turn after '[CROSSTALK]' and the host's interjection")
A("p02", "the problem is the workforce", "is the workforce", HA, "I", "said", I, "2025-01-14",
  note="own past statement nested in the turn: 'I said in my letter to the minister on 14 January that ...'")
A("p02", "Thank you. And the government promised", "It's March.", MO, "OBI", ":", D, BD)
A("p02", "a workforce plan for social care", "published by Christmas", "United Kingdom", "the government", "promised", I,
  "2024-07-01/2024-07-31", alts=["UK government", "government"],
  note="nested in Obi's turn; 'promised that' = pledge; 'in July' = the latest July before the anchor")
A("p02", "We have provided an extra", "cut long waits.", "Department of Health and Social Care", "A spokesperson",
  "said", D, BD, alts=["DHSC", "Department of Health and Social Care spokesperson"],
  note="written reply quoted in the host's line; unnamed spokesperson -> the department; 'the points raised this "
  "morning' -> the broadcast day")
A("p02", "In the spring, yes,", "worse than this one.", HA, "ACHTERBERG", ":", D, BD)
A("p02", "Good morning, Tom.", "held to account.", "Janet Rees", "JANET", ":", D, BD,
  note="caller's label with first name only; canonical from the guest list")
A("p02", "they had run out of pillows", "out of pillows", "nurse", "a nurse", "told", I, "2025-01-01/2025-01-31",
  named=False, note="nested in the caller's turn; 'That night' of the stay 'in January'")
A("p02", "I'd say I'm sorry,", "waiting for a reply.", MO, "OBI", ":", D, BD,
  note="'We wrote to the government ... asking for ... to be relaxed' is an infinitive, not a nested statement")
A("p02", "I won't promise that on air.", "judge for themselves.", HA, "ACHTERBERG", ":", D, BD,
  note="the host's 'one sentence' request and question are not statements")

# ---------------------------------------------------------------- p03 (present-tense radio feature)
# "March 18, 2025 · 5:04 AM ET" (Tuesday) = the anchor: present-tense "says", "tells NPR", "say" take it
# (k06). Dated past statements: Benavidez at the hearing "on Feb. 12" = 2025-02-12 (and "He told the
# committee" by rule 2); Garcia's "2018 interview" = 2018; her statement "On April 9, 2024". The
# grandfather's habitual "used to say" nested in a quote -> null (n01); "acequia members have long
# argued" (present perfect) -> null. Not statements: the headline, "Benavidez doesn't think so" (not a
# cue), "Is there enough water for both?" (the reporter's question), "Asked whether ...", "Garcia laughs",
# "Garcia has been warning about this for years" (no clause), "The legislature is expected to vote", "Not
# everyone agrees on who is to blame", the copyright line. "tells NPR" / "In a statement to NPR" =
# audience, via null.
T = "2025-03-18"
RG = "Rosa Garcia"
TB = "Tomas Benavidez"
MC = "Marisol Chavez"
NMGO = "New Mexico Governor's Office"
A("p03", "My grandfather used to say the water", "knows its way home,", RG, "Garcia", "says", D, T,
  note="present tense -> the anchor")
A("p03", "the water knows its way home", "knows its way home", "Rosa Garcia's grandfather", "My grandfather", "used to say",
  I, None, named=False, alts=["grandfather", "Garcia's grandfather"],
  note="habitual statement nested in Garcia's quote: null (n01)")
A("p03", "This year I don't think it remembers.", "it remembers.", RG, "Garcia", "says", D, T,
  note="second quote after the cue: second statement")
A("p03", "This winter the snowpack", "38% of normal", "Natural Resources Conservation Service",
  "the Natural Resources Conservation Service", "according to", I, T, alts=["NRCS"],
  note="an agency's own figures (like 'according to the energy ministry')")
A("p03", "for the first time she has had to turn", "away entirely", RG, "She", "tells NPR", I, T)
A("p03", "You are saying no to your cousin", "to your godmother,", RG, "she", "says", D, T)
A("p03", "Nobody trained me for that.", "trained me for that.", RG, "she", "says", D, T,
  note="second quote after the cue: second statement")
A("p03", "the shortage is part of a long-term trend", "long-term trend", "state officials", "State officials", "say", I, T,
  named=False, alts=["New Mexico", "Office of the State Engineer"])
A("p03", "What we used to call a drought year", "an ordinary year,", TB, "Tomas Benavidez", "says", D, T,
  note="speaker after the cue")
A("p03", "the state's water-sharing compact with Texas", "room to maneuver.”", TB, "Benavidez", "warned", M, "2025-02-12",
  note="'At a legislative hearing in Santa Fe on Feb. 12'; closing quote mark kept")
A("p03", "the state had already used up", "since 2020", TB, "He", "told the committee", I, "2025-02-12", note="rule 2")
A("p03", "the state lets them pump too much", "pump too much", "acequia members", "acequia members", "argued", I, None,
  named=False, note="'have long argued' (present perfect) -> null")
A("p03", "The big operators drill deeper", "ditches go dry,", "Eloy Archuleta", "Eloy Archuleta", "says", D, T)
A("p03", "the association will ask the state engineer", "this summer", "Eloy Archuleta", "He", "tells NPR", I, T,
  note="'this summer' is inside the content")
A("p03", "its members are draining the river", "draining the river", "New Mexico Farm and Livestock Bureau",
  "The New Mexico Farm and Livestock Bureau", "rejects", I, T, pol="deny", alts=["Farm and Livestock Bureau"],
  note="'rejects the idea that X' like 'rejected suggestions that X'; refutes Archuleta's accusation")
A("p03", "We're in the same drought they are,", "drought they are,", "Kyle Madrid", "Kyle Madrid", "says", D, T,
  note="named spokesperson = that person; does not itself refute the claim: assert")
A("p03", "Our members lost a third", "alfalfa last year.", "Kyle Madrid", "Kyle Madrid", "says", D, T,
  note="second quote after the cue: second statement")
A("p03", "the ditch would “run dry", "within ten years.”", RG, "she", "predicted", M, "2018-01-01/2018-12-31",
  note="'In a 2018 interview with the Santa Fe New Mexican': audience, via null")
A("p03", "some families were already selling", "to developers", RG, "she", "told", I, "2024-04-09",
  note="'On April 9, 2024, she told a meeting of the county commission'")
A("p03", "it is listening", "it is listening", NMGO, "The governor's office", "says", I, T, alts=["governor's office"])
A("p03", "the administration has asked the legislature", "for acequia repairs", MC, "spokesperson Marisol Chavez", "says", I,
  T, alts=[NMGO], note="'In a statement to NPR' = audience")
A("p03", "These communities are the oldest", "among the most vulnerable,", MC, "the statement", "says", D, T, alts=[NMGO],
  note="'the statement says': the statement just attributed to Chavez is hers")
A("p03", "Never,", "Never,", RG, "she", "says", D, T, note="answer to the question 'Asked whether ...'; assert")
A("p03", "My grandchildren would dig me up.", "dig me up.", RG, "she", "says", D, T,
  note="second quote after the cue: second statement")
A("p03", "For now, Garcia says,", "finds its way back", RG, "Garcia", "says", I, T,
  note="interposed attribution kept inside the span (h01)")

# ---------------------------------------------------------------- p04 (House of Commons record)
# Date heading "Tuesday 11 March 2025" = the anchor: every contribution takes it, and so does Imrie's
# report of Garside's claim "on the radio this morning". Nested: the council leader "last week" =
# 2025-03-03 .. 2025-03-09; the Department's written answer "on 3 March"; the Chancellor "on 30 October"
# = 2024-10-30; the constituent "last month" = February 2025; the Secretary of State "on 13 January" =
# 2025-01-13; the developers' present-tense "tell me" -> null. Not statements: the headings and sitting
# furniture, the two numbered tabled questions (only questions), both interventions of Mr Speaker
# (procedural), "[Interruption.]", "That is the third spring the Government have promised" (no
# complement), "statistics show" inside the Minister's answer (part of her statement, not a speaker).
T = "2025-03-11"
RI = "Rachel Imrie"
OP = "Owen Pritchard"
HG = "Helen Garside"
DF = "Daniel Frost"
A("p04", "The latest statutory homelessness statistics", "a new funding formula.", RI, "Ms Rachel Imrie", ":", D, T,
  note="answer to tabled question 1 (the question is not a statement); label 'The Minister for Housing (Ms Rachel "
  "Imrie)': the name as speaker text")
A("p04", "I thank the Minister for that answer", "an emergency settlement?", OP, "Mr Pritchard", ":", D, T,
  note="supplementary: assertions plus a closing question = one statement, whole contribution")
A("p04", "without emergency help it will have to issue", "by the summer", "leader of Eastfield council",
  "The leader of the council", "told", I, "2025-03-03/2025-03-09", named=False, alts=["Eastfield council leader"],
  note="nested; 'told me last week'")
A("p04", "I would be happy to meet my hon. Friend", "for the first time.", RI, "Ms Imrie", ":", D, T)
A("p04", "The Minister's own Department admitted", "councils are going bust?", HG, "Mrs Helen Garside", ":", D, T,
  note="constituency and party tags left out of the speaker text")
A("p04", "the number of children in temporary accommodation has risen", "eleven consecutive quarters",
  "Ministry of Housing, Communities and Local Government", "The Minister's own Department", "admitted", I, "2025-03-03",
  alts=["Department for Housing, Communities and Local Government", "Department"],
  note="nested; 'in a written answer on 3 March'")
A("p04", "That is simply not the case.", "six-week limit.", RI, "Ms Imrie", ":", D, T, pol="deny",
  note="refutes Garside's claim of a real-terms cut; '[Interruption.]' left out")
A("p04", "we had abandoned councils", "abandoned councils", HG, "The hon. Member for Thornbury West", "claimed", I, T,
  note="nested in Imrie's reply; 'on the radio this morning' -> the sitting day")
A("p04", "As the Chancellor told the House on 30 October", "this financial year.", RI, "Ms Imrie", ":", D, T,
  note="the contribution after Mr Speaker's 'Order.' (procedural, not a statement)")
A("p04", "every penny of the additional £600 million", "end of this financial year", "Chancellor of the Exchequer",
  "the Chancellor", "told the House", I, "2024-10-30", named=False, alts=["Chancellor"],
  note="nested 'As the Chancellor told the House on 30 October, ...' (n05 'As I told ...')")
A("p04", "We will publish a draft Bill in the spring.", "before it is introduced.", DF, "Daniel Frost", ":", D, T,
  note="label with office and name: the name; answer to tabled question 2")
A("p04", "That is the third spring", "What does the Minister say to her?", "Amina Yusuf", "Dr Yusuf", ":", D, T,
  note="'Dr' dropped from the canonical name")
A("p04", "her service charge had tripled", "heat her flat", "constituent", "One of my constituents", "wrote", I,
  "2025-02-01/2025-02-28", named=False, alts=["pensioner in Headingley"],
  note="nested; 'wrote to me last month to say that X and that Y': one statement")
A("p04", "I am very sorry to hear", "remains our intention.", DF, "Daniel Frost", ":", D, T)
A("p04", "service charges would be capped", "in the same Bill", "Secretary of State for Housing, Communities and Local Government",
  "My right hon. Friend the Secretary of State", "said", I, "2025-01-13", named=False,
  alts=["Secretary of State", "Housing Secretary"], note="nested; 'said in this House on 13 January'; 'and that remains "
  "our intention' is Frost's own")
A("p04", "Developers in my constituency tell me", "costs homes?", "Geoffrey Lane", "Sir Geoffrey Lane", ":", D, T,
  note="'Sir' dropped from the canonical name")
A("p04", "the uncertainty is stopping them", "building flats at all", "developers", "Developers in my constituency", "tell",
  I, None, named=False, note="nested, present tense, no date of its own -> null")
A("p04", "No, I do not accept that.", "Gentleman mentions.", DF, "Daniel Frost", ":", D, T, pol="deny",
  note="refutes Lane's claim that every month of delay costs homes")
A("p04", "On a point of order, Mr Speaker.", "I apologise.", OP, "Mr Pritchard", ":", D, T, pol="deny",
  note="self-correction refuting his earlier figure; Mr Speaker's reply is procedural")

# ---------------------------------------------------------------- p05 (business news, press release)
# "Published 9:12 a.m. ET Thu, May 15, 2025" and "Updated 3:48 p.m. ET Thu, May 15, 2025": one day, the
# anchor. "said Thursday" and undated statements = 2025-05-15; the earnings call "last month" = April
# 2025; Kessler "in February" = February 2025; the assurance "in contract talks in October" = October
# 2024. "told MarketDesk" = the site is the audience. Not statements: the headline, "Shares of Halvorsen
# rose 3.2%", "The decision had been widely expected", "after cereal volumes fell 6% in the first quarter"
# (journalist's context after the quotation), "Local officials were less enthusiastic", "which represents
# about 480 of the plant's employees", "Asked whether ...", "a Halvorsen spokesperson declined to
# comment", "did not immediately respond to a request for comment", "is expected to give more details",
# the update note.
T = "2025-05-15"
HF = "Halvorsen Foods"
MK = "Marianne Kessler"
RD = "Rob Dunleavy"
TW = "Teresa Walsh"
DH = "Dale Hoffner"
A("p05", "it will close its cereal plant", "eliminating about 640 jobs", HF, "Halvorsen Foods", "said", I, T,
  note="'said Thursday'")
A("p05", "The closure is part of a restructuring program", "by 2027", HF, "the Minneapolis-based company",
  "said in a statement", I, T, note="descriptive reference as speaker text")
A("p05", "This was a difficult decision", "our Lima team,", MK, "Chief Executive Marianne Kessler", "said in the statement",
  D, T)
A("p05", "But our network has more capacity", "stay competitive.", MK, "Chief Executive Marianne Kessler",
  "said in the statement", D, T, note="second quote after the cue: second statement")
A("p05", "affected employees will be offered", "finding new jobs", HF, "the press release", "according to", I, T,
  note="'According to the press release': the company's issued statement, not a document")
A("p05", "The Monterrey plant, the company said,", "about 250 positions", HF, "the company", "said", I, T,
  note="interposed attribution kept inside the span")
A("p05", "it expects to record pre-tax charges", "second and third quarters", HF, "Halvorsen", "said in a filing", I, T,
  note="company as subject of 'said in a filing with the SEC' (like 'said in a report')")
A("p05", "Halvorsen was \"reviewing", "manufacturing footprint,\"", "Paul Ostrowski",
  "Chief Financial Officer Paul Ostrowski", "said", M, "2025-04-01/2025-04-30",
  note="'On the company's earnings call last month'; the 'after ...' phrase is the journalist's context")
A("p05", "the company had \"too many plants", "running at 60%.\"", MK, "Kessler", "told analysts", M, "2025-02-01/2025-02-28",
  note="'in February'")
A("p05", "the closure was \"overdue\"", "by about a percentage point", RD, "Harbor Point Securities analyst Rob Dunleavy",
  "wrote in a note to clients", M, T, note="one cue with coordinated that-clauses")
A("p05", "The bigger question is whether", "the last plant,", RD, "he", "wrote", D, T)
A("p05", "We doubt it.", "We doubt it.", RD, "he", "wrote", D, T, note="second quote after the cue: second statement")
A("p05", "labor costs at the Monterrey plant", "those in Lima", "Crestline Capital analysts", "Analysts at Crestline Capital",
  "said", I, T, named=False, alts=["Crestline Capital", "analysts"])
A("p05", "she learned of the decision", "before workers were told", TW, "Lima Mayor Teresa Walsh", "said", I, T,
  note="'at 7 a.m.' is inside the content")
A("p05", "This plant has been here since 1954.", "than a press release,", TW, "Walsh", "said", D, T)
A("p05", "she had asked Halvorsen's board", "before it is too late.\"", "Carla Mendez", "State Rep. Carla Mendez",
  "wrote on X", M, T, note="a that-clause (not an infinitive) with a partial quotation")
A("p05", "the union had been \"blindsided.\"", "blindsided.\"", DH, "Dale Hoffner", "told MarketDesk", M, T,
  note="the relaying site is the audience: via null")
A("p05", "Halvorsen had assured the union", "close Lima.\"", DH, "He", "said", M, T)
A("p05", "there were \"no plans to close Lima.\"", "close Lima.\"", HF, "Halvorsen", "assured", M, "2024-10-01/2024-10-31",
  note="nested in Hoffner's statement; 'assured the union in contract talks in October that ...'")
A("p05", "the announcement was a bargaining tactic", "ahead of contract talks", MK, "Kessler", "rejected", I, T, pol="deny",
  note="'rejected suggestions that X': content X; 'In a brief interview', undated -> the anchor")
A("p05", "the decision was final", "the decision was final", MK, "Kessler", "saying", I, T, pol="deny",
  note="participle after the rejection, refuting the suggestion (m04)")

# ---------------------------------------------------------------- p06 (fact check)
# "Published Feb. 20, 2025" (Thursday) = the anchor. Claims dated by the text: the Facebook post
# "published on Jan. 30" (its present-tense "claims" and "the post said") = 2025-01-30; the X user "on
# Feb. 3"; Weston's X post "on Feb. 2", his town hall "on Feb. 8" (and "he told the crowd", same event),
# his follow-up post "On Feb. 10"; Delgado's phone interview "on Tuesday" = 2025-02-18 (her second quote
# and "She also denied ..., saying" by rule 2); the Instagram post "in 2023" = 2023. "has repeatedly
# claimed" -> null; Delgado's undated "said" in a new paragraph and the other undated statements ->
# 2025-02-20. Not statements: the headline, the CLAIM and OUR RATING lines (the outlet's summary and
# verdict, no cue), "does no such thing", "according to the bill text" (a document), "It has not had a
# committee hearing", "after the Detroit Free Press reported on the bill's contents" (noun phrase), "A
# spokesperson for the Weston campaign did not respond", "Could a cash ban happen at all?" (question),
# "according to the Federal Reserve's annual Diary of Consumer Payment Choice" (a survey), "No such law
# was passed", the closing line.
T = "2025-02-20"
CW = "Carl Weston"
MDG = "Maria Delgado"
RB = "Ron Becker"
A("p06", "a new state law will make it illegal", "gas with cash", "Facebook post", "A Facebook post", "claims", I,
  "2025-01-30", named=False, alts=["Facebook user"], note="present tense, but the post is dated 'published on Jan. 30'")
A("p06", "Starting March 1 Lansing wants", "delete this!", "Facebook post", "the post", "said", D, "2025-01-30",
  named=False, alts=["Facebook user"], note="'the post said': the post just introduced")
A("p06", "Michigan is going cashless at the pump.", "Next it's groceries.", "X user", "One X user", "wrote", D,
  "2025-02-03", named=False, note="'wrote on Feb. 3:'; the relative clause 'whose post ... was viewed' is not a "
  "statement")
A("p06", "Democrats were \"coming for your cash.\"", "for your cash.\"", CW, "Carl Weston", "wrote on X", M, "2025-02-02")
A("p06", "the bill \"bans cash payments", "period.\"", CW, "Weston", "said", M, "2025-02-08",
  note="'falsely said': the adverb is the verdict, cue 'said', assert; 'At a town hall in Gaylord on Feb. 8'")
A("p06", "I'm not going to let Lansing decide", "your own gas,", CW, "he", "told the crowd", D, "2025-02-08",
  note="the same town hall (rule 1)")
A("p06", "This is a safety bill.", "asked us for this option,", MDG, "Delgado", "told Lakeshore Fact Check", D,
  "2025-02-18", note="'in a phone interview on Tuesday'; the fact-checking outlet is the audience")
A("p06", "Nobody is banning cash.", "cash. Nobody.", MDG, "Delgado", "told Lakeshore Fact Check", D, "2025-02-18",
  pol="deny", note="second quote after the cue: second statement; refutes the claim checked")
A("p06", "the bill had anything to do with", "tracking purchases", MDG, "She", "denied", I, "2025-02-18", pol="deny",
  note="rule 2")
A("p06", "stations already record card transactions", "no new data collection", MDG, "She", "saying", I, "2025-02-18",
  pol="deny", note="participle after the denial with coordinated clauses, refuting the tracking claim; rule 2")
A("p06", "she introduced the bill after a clerk", "in November", MDG, "Delgado", "said", I, T,
  note="new paragraph, no date of its own -> the anchor; 'in November' is inside the content")
A("p06", "it supports the bill", "supports the bill", "Great Lakes Fuel Retailers Association",
  "The Great Lakes Fuel Retailers Association", "said", I, T)
A("p06", "Our members want the choice", "not a mandate,", RB, "Ron Becker", "said", D, T, note="speaker after the cue")
A("p06", "most stations in the state \"will keep", "around the clock.\"", RB, "He", "added", M, T)
A("p06", "he would keep taking cash at all hours", "at all hours", "Sam Haddad", "Sam Haddad", "said", I, T)
A("p06", "Half my customers at night pay cash,", "pay cash,", "Sam Haddad", "he", "said", D, T)
A("p06", "the governor had \"not taken a position\"", "on the bill", "Michigan Governor's Office",
  "A spokesperson for the governor's office", "said", M, T, alts=["governor's office"],
  note="unnamed spokesperson -> the office")
A("p06", "Democrats want a \"cashless society.\"", "society.\"", CW, "Weston", "claimed", M, None,
  note="'has repeatedly claimed' (present perfect) -> null")
A("p06", "he \"stands by", "every word.\"", CW, "he", "wrote", M, "2025-02-10",
  note="'On Feb. 10 ... he wrote in a follow-up post'; 'did not respond' is not a statement")
A("p06", "there is no federal law requiring", "to accept cash", "U.S. Treasury Department", "The U.S. Treasury Department",
  "says on its website", I, T, alts=["Treasury Department", "United States Department of the Treasury"],
  note="an institution as subject of 'says on its website': its statement; the Federal Reserve survey is not")
A("p06", "the state would \"outlaw cash", "by summer.\"", "Instagram post", "an Instagram post", "said", M,
  "2023-01-01/2023-12-31", named=False, alts=["Instagram user"], note="'in 2023, when an Instagram post said ...'")

# ---------------------------------------------------------------- p07 (European politics, „…“ and «…»)
# Date line "Berlin, 26 November 2025" (Wednesday) = the anchor. The Bundestag speech "on Wednesday" and
# its continuation ("In a speech lasting almost forty minutes") = 2025-11-26; Müller-Bode's interview
# "published on Tuesday" = 2025-11-25, with "she said" by rule 2 and "In the same interview" by rule 1;
# Rössler "on Tuesday evening" = 2025-11-25 (both quotes); Weis "on Wednesday morning" = 2025-11-26;
# everything undated = 2025-11-26 ("on Sunday", "next week", "by March" are inside contents). Not
# statements: the headline, "has defended his government's decision to extend ..." (noun phrase), "went
# further", "were unimpressed", "The Social Democrat did not say whether ...", "According to a poll by the
# Forsa institute" (a finding), "was blunter", "A Commission spokesperson declined to comment", "is
# expected to meet", "Asked by reporters ... whether ...", "the chancellor smiled".
T = "2025-11-26"
TUE = "2025-11-25"
JH = "Jonas Hartmann"
KM = "Katrin Muller-Bode"
KMA = ["Katrin Müller-Bode"]
AR = "Anja Rossler"
ARA = ["Anja Rössler"]
CWE = "Claude Weis"
A("p07", "We did not take this decision lightly.", "in the middle of Europe", JH, "the chancellor", "said", D, T,
  note="'in the Bundestag on Wednesday'; the comma after the closing „…“ mark is outside the content; the "
  "title-name 'Chancellor Jonas Hartmann' is in the lead")
A("p07", "But as long as the external borders", "we will protect ours.", JH, "the chancellor", "said", D, T,
  note="second quote after the cue: second statement")
A("p07", "the checks had already shown results", "shown results", JH, "Hartmann", "argued", I, T)
A("p07", "In the first eight months, the federal police", "This is not forever.", JH, "Hartmann", "argued", D, T,
  note="quote following the indirect statement with no cue of its own: second statement, same cue; it reopens with „ "
  "in the next paragraph: one statement, paragraph break and opening mark included")
A("p07", "The checks would stay", "not one day less“", KM, "the minister", "told the Frankfurter Allgemeine Zeitung", M,
  TUE, alts=KMA, note="'in an interview published on Tuesday'; the newspaper is the audience; 'Interior Minister' "
  "dropped; ASCII canonical, umlaut alt")
A("p07", "We apply the law. All of it.", "All of it.", KM, "she", "said", D, TUE, alts=KMA,
  note="colon after 'said'; the question 'Asked whether ...' is not a statement; rule 2")
A("p07", "the number of federal police officers at the borders", "by March", KM, "the minister", "said", I, TUE, alts=KMA,
  note="'In the same interview' -> the interview's date")
A("p07", "the extension had been decided", "over our heads“", AR, "Anja Rössler", "said", M, T, alts=ARA,
  note="'SPD parliamentary leader' dropped")
A("p07", "governing by press release", "governing by press release", AR, "Anja Rössler", "accused", D, T, alts=ARA,
  note="coordinated cue = second statement; 'accused X of' + a fully quoted gerund: the quoted words, direct")
A("p07", "A coalition is not a one-man show", "one-man show", AR, "Rössler", "told reporters", D, TUE, alts=ARA,
  note="'after a meeting of her parliamentary group on Tuesday evening'")
A("p07", "If the chancellor wants our votes", "talk to us first.", AR, "Rössler", "told reporters", D, TUE, alts=ARA,
  note="second quote after the cue: second statement; 'The Social Democrat did not say whether' is not a statement")
A("p07", "the chancellor had not informed the SPD", "in advance", "Tobias Lenz", "Government spokesman Tobias Lenz",
  "rejected", I, T, pol="deny", alts=["German government"], note="'rejected reports that X': content X")
A("p07", "The vice-chancellor was informed on Sunday", "in person", "Tobias Lenz", "Lenz", "said", D, T, pol="deny",
  alts=["German government"], note="refutes the reports just rejected; 'on Sunday' is inside the content")
A("p07", "understandable but regrettable", "understandable but regrettable", "Laurent Fabre",
  "French Interior Minister Laurent Fabre", "called", D, T, note="'called the German measures „…“': the quoted words")
A("p07", "Schengen is not a menu", "what you like", CWE, "Weis", "told the broadcaster RTL", D, "2025-11-26",
  note="«guillemets»; 'on Wednesday morning'; the broadcaster is the audience")
A("p07", "40,000 commuters from his country", "into Germany every day", CWE, "Weis", "adding", I, "2025-11-26",
  note="participle = second statement")
A("p07", "We are being punished", "we did not create.", CWE, "Weis", "told the broadcaster RTL", D, "2025-11-26",
  note="quote following the statement in the same paragraph with no cue of its own: same speaker and cue; rule 2")
A("p07", "it was „in close contact“", "was proportionate", "European Commission", "The European Commission", "said", M, T,
  alts=["Commission", "EU"], note="one cue with coordinated predicates; 'declined to comment' is not a statement")
A("p07", "symbolic politics at the expense", "the border regions", "Felix Brandauer", "Green Party co-leader Felix Brandauer",
  "accused", D, T, note="'accused X of' + a quoted noun phrase: the quotation exception, the quoted words")
A("p07", "The chancellor, he said,", "reduced irregular migration", "Felix Brandauer", "he", "said", M, T,
  note="interposed attribution kept inside the span; 'The chancellor' here is the subject of the content, not a speaker")
A("p07", "It has survived worse", "survived worse", JH, "he", "said", D, T,
  note="anaphora chain 'the chancellor' -> 'he'; 'the chancellor smiled' and 'is expected to meet' are not statements")
