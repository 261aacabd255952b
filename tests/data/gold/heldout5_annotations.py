"""Annotation tables for the FIFTH held-out gold set (rules: GUIDELINES.md, incl. the decisions of the
first four held-out sets; further decisions where the rules were silent are listed below).

Seven written articles, heldout5/n01_*.txt .. heldout5/n07_*.txt (football match report with post-match
quotes, Reuters-style conflict wire story on a disputed ceasefire with state-agency conduits and a denial,
science/health story on a journal study with an outside expert, US local crime/courts story, Q&A
interview with Q:/A: labels, election-night live blog with dated headings, timestamped entries and
embedded tweets, Markdown explainer recapping dated past statements), on topics unrelated to the South
Caucasus.

Same format as annotations.py / heldout_annotations.py .. heldout4_annotations.py. Each entry: f=file
key, s=start snippet (content starts where it starts), e=end snippet (content ends where it ends, first
match after s), sp=canonical speaker, st=speaker text, cue, kind, on=said_on, plus optional via, pol,
named, alts, after (disambiguating anchor), note.

Build:  python tests/data/gold/build_gold.py --heldout5   ->  tests/data/gold/heldout5.jsonl
Annotated blind (the extractor was neither run nor read; the other gold outputs were not read).
This set measures generalisation only: it is never used for tuning the extractor.
"""

FILES = {
    "n01": "tests/data/gold/heldout5/n01_sport_redmarsh_late_winner.txt",
    "n02": "tests/data/gold/heldout5/n02_reuters_sudan_truce.txt",
    "n03": "tests/data/gold/heldout5/n03_health_ward_noise_delirium.txt",
    "n04": "tests/data/gold/heldout5/n04_local_eastgate_stabbing.txt",
    "n05": "tests/data/gold/heldout5/n05_interview_northline_metro.txt",
    "n06": "tests/data/gold/heldout5/n06_liveblog_port_alder_mayor.txt",
    "n07": "tests/data/gold/heldout5/n07_explainer_svalbard_snow_crab.txt",
}

from table import D, I, M, table  # noqa: E402

ANNOTATIONS, A = table()

# Decisions where the rules were silent (fifth held-out set):
# - Descriptive references (nationality, age, role: "the Portuguese", "the Dutchman", "the Norwegian",
#   "the 31-year-old") are speaker_text; the speaker is the person they refer back to. Military ranks
#   and "Ald.", "Sgt." are dropped like other titles. A named spokesperson is that person (Nabil
#   Abdelrahim, Florencia Marti, Jenna Ortiz, Pablo Serrano Ibanez); an unnamed one is the institution.
# - "revealed that" is a cue (like announce). "posted ... on Instagram with the caption: \"...\"" is one
#   statement, cue "posted". "according to Opta" (a data provider reporting its own figures) is Opta's
#   statement, like "according to the energy ministry".
# - Habitual statements nested in a quote ("She always says I jump like a fridge") are annotated, with
#   no date (nested statements get a date only when the text gives one).
# - Not statements: "rejected the claims as baseless" (noun phrase), "denied that," with "that" a
#   pronoun, "which Delaney denied" (relative pronoun, no clause), "spoke only to confirm his name",
#   "called for an independent review", "I have told him so", "I said that in public", race calls and
#   projections by news organisations ("called the mayor's race for", "projected shortly afterward that
#   Measure T would pass": forecasts/tallies, not reporting events), "did not answer directly", "has not
#   commented", "taught me never to ..." (infinitive), "He thought ..." (not a cue), a court's
#   "ruled in 2019 that", a treaty's "gives ... guarantees", "according to the study" (finding/document).
# - "the authors wrote" about a journal paper: speaker "authors" (unnamed), the named lead author as an
#   alt; date = the paper's publication date. An "accompanying editorial" takes the same date (rule 1,
#   the event it was published at).
# - Q&A transcript with "Q:" / "A:" labels: every answer is one direct statement of the interviewee,
#   cue ":", speaker_text "A" (the label); an answer that continues into a following unlabelled
#   paragraph is one statement, paragraph break included (as a quotation across paragraphs); a stage
#   direction ("[Laughs]") is left out of the content. Statements the interviewee reports inside an
#   answer ("told me the update had passed ...", "he warned me in November that ...", "As I told the
#   transport committee in June, ...", "The finance team tells me ...") are annotated too (nested).
# - A past "said" inside an interviewer's question with no date of its own, about a dated event (the
#   mayor on Wednesday's shutdown): that event .. the interview date, the same bound as "afterwards"
#   (h05). Present-tense "say" inside a question takes the interview date (h05).
# - An undated statement reacting to a dated event, in a recap placed before the anchor (the ship
#   owner's and the coastguard's exchange after the 3 February boarding): that event .. the anchor, as
#   an undated social-media post about a dated event (second held-out set).
# - Polarity: a quotation that refutes a reported claim right after the speaker's denial ("Ask the
#   players. They are fighting for me") is deny, as is "insisted there was \"no dispute ...\"" that
#   refutes the other side's argument; the two sides' courtroom arguments ("This was not a man defending
#   himself", "argued that his client had been attacked first") are assert: they argue a case rather
#   than refute a reported claim; only the explicit denial and its participle are deny.
# - "accused each other of V-ing" with two subjects: joint speaker ("Armenia and Azerbaijan").
# - An abbreviation's period at the end of an indirect clause ("instead of 2 a.m.") stays in the content.

# ---------------------------------------------------------------- n01 (football match report)
# Date line "Sat 22 Feb 2025 19.58 GMT" = the anchor (match day). Valadares "had said on Thursday" and
# his coordinated "revealed" = 2025-02-20; the mother's habitual "always says" nested in Osei's quote ->
# null; every other statement is undated -> 2025-02-22 ("on Tuesday", "next Saturday" are inside
# contents or facts). "told Sky Sports" / "told the club's website" = audience, via null. Not statements:
# the headline, "Asked whether he feared for his job" (question), "The club declined to comment",
# "is expected to meet the board", "Marsh watched from the stand", "Pryce will be suspended".
T = "2025-02-22"
THU = "2025-02-20"
NV = "Nuno Valadares"
KO = "Kwame Osei"
HW = "Henk de Wit"
LE = "Lars Eriksen"
A("n01", "his Redmarsh Rovers side had shown", "the character of champions”", NV, "Nuno Valadares", "said", M, T,
  note="lead; the headline's 'hails ‘character of champions’' is not annotated")
A("n01", "When you lose a player at this ground", "sit back and pray,", NV, "the Portuguese", "said", D, T,
  note="nationality reference as speaker text")
A("n01", "We did not pray.", "football paid us back.", NV, "the Portuguese", "said", D, T,
  note="second quote after the cue: second statement")
A("n01", "the second yellow card shown to Pryce", "“a very soft decision”", NV, "Valadares", "insisted", M, T,
  note="disputes a referee's decision, not a claim in the text: assert")
A("n01", "he would not be appealing against it", "appealing against it", NV, "Valadares", "said", I, T,
  note="coordinated cue ('insisted X but said Y') = second statement")
A("n01", "I have watched it three times.", "on a day when we have won,", NV, "he", "added", D, T)
A("n01", "it was the first headed goal", "his professional career", KO, "Osei", "said", I, T)
A("n01", "My mum will not believe it.", "jump like a fridge,", KO, "the 31-year-old", "told Sky Sports", D, T,
  note="age reference as speaker text; Sky Sports is the audience: via null")
A("n01", "I jump like a fridge", "jump like a fridge", "Kwame Osei's mother", "She", "says", I, None, named=False,
  alts=["mum", "Osei's mother"], note="habitual statement nested in Osei's quote; no date of its own -> null")
A("n01", "I just closed my eyes", "not even joking.", KO, "the 31-year-old", "told Sky Sports", D, T,
  note="second quote after the cue: second statement")
A("n01", "Ten men, one heart.", "Never doubt this team.", "Tiago Bras", "Tiago Brás", "posted", D, T,
  alts=["Tiago Brás"], note="'posted a photograph ... on Instagram with the caption: \"...\"': one statement")
A("n01", "his players had “switched off”", "for the winner", HW, "Henk de Wit", "said", M, T)
A("n01", "the pressure on him was growing", "was growing", HW, "The Dutchman", "acknowledged", I, T)
A("n01", "he had lost the dressing room", "the dressing room", HW, "The Dutchman", "denied", I, T, pol="deny",
  note="coordinated cue = second statement; 'denied reports that X': content X")
A("n01", "Ask the players.", "for each other,", HW, "De Wit", "said", D, T, pol="deny",
  note="refutes the reports just denied (as m06 'That report is wrong')")
A("n01", "You saw the second half.", "stopped listening.", HW, "De Wit", "said", D, T, pol="deny",
  note="second quote after the cue: second statement; refutes the same reports")
A("n01", "That is a question for the chairman.", "I only think about Tuesday.", HW, "he", "said", D, T,
  note="colon after 'said'; the preceding 'Asked whether ...' is a question; 'Tuesday' is inside the content")
A("n01", "the defeat was “hard to swallow”", "hard to swallow”", LE, "Eriksen", "told the club’s website", M, T,
  note="the club's website is the audience: via null")
A("n01", "We had them where we wanted them.", "it's gone,", LE, "the Norwegian", "said", D, T)
A("n01", "the second yellow card for Pryce had been", "“harsh but correct”", "Dean Marlowe", "Dean Marlowe", "said", M, T)
A("n01", "his squad was “tired but hungry”", "midweek FA Cup replay", NV, "Valadares", "said", M, THU,
  note="'had said on Thursday'")
A("n01", "the captain, Jonny Marsh, would miss", "a hamstring injury", NV, "Valadares", "revealed", I, THU,
  note="'revealed that' is a cue; coordinated cue = second statement; same sentence as 'on Thursday' (rule 2)")
A("n01", "Redmarsh have now taken 14 points", "in the division", "Opta", "Opta", "according to", I, T,
  note="data provider reporting its own figures")
A("n01", "the biggest game of my time here", "my time here", NV, "Valadares", "called", D, T,
  note="'in what Valadares called \"...\"': quoted complement of 'called' -> the quoted words")

# ---------------------------------------------------------------- n02 (Reuters conflict wire, Sudan)
# Web date line "May 14, 2025" and dateline "KHARTOUM, May 14 (Reuters)" (Wednesday) = the anchor. "late
# on Tuesday" / "on Tuesday night" / "on Tuesday" = 2025-05-13 (the army's statement, Abdelrahim's video
# and its second quote by rule 2, Marti's briefing and "she said" in the same paragraph by rule 2);
# "late Monday" = 2025-05-12 (Abdelrahim's warning). "on Wednesday" and undated statements = 2025-05-14
# ("late Monday", "since Sunday", "since Monday" inside contents). Conduit: "in a statement carried by
# the state news agency SUNA" -> via SUNA; "told Reuters" = audience. Not statements: the headline,
# "The RSF rejected the claims as baseless" (noun phrase), "It called on the international community to
# designate ..." and "urged both sides to let aid through" (infinitives), "Reuters could not
# independently verify", "who asked not to be named", "did not say whether", "is expected to name",
# the truce's timetable (no source), the credit line.
T = "2025-05-14"
TUE = "2025-05-13"
MON = "2025-05-12"
SAF = "Sudanese Armed Forces"
SAFA = ["Sudanese army", "army"]
RSF = "Rapid Support Forces"
RSFA = ["RSF"]
NA = "Nabil Abdelrahim"
FM = "Florencia Marti"
MF = "Mathilde Ferrand"
RES = "resident"
A("n02", "breaking a three-day humanitarian truce", "in North Kordofan", "Sudanese Armed Forces and Rapid Support Forces",
  "Sudan's army and the paramilitary Rapid Support Forces", "accused", I, T,
  alts=["Sudanese army and Rapid Support Forces", "Sudanese army and RSF"],
  note="'accused each other on Wednesday of V-ing': joint speaker, gerund clause")
A("n02", "not a single convoy had reached the town", "since the pause began", "aid agencies", "aid agencies", "said", I, T,
  named=False)
A("n02", "RSF fighters had shelled the town's main market", "at least 11 civilians", SAF, "The Sudanese Armed Forces",
  "said in a statement", I, TUE, alts=SAFA, note="'late on Tuesday'")
A("n02", "The militia has not respected", "of this truce,", NA, "Nabil Abdelrahim", "said in a video", D, TUE,
  note="'army spokesman Brigadier General' dropped; 'on Tuesday night'")
A("n02", "Our forces have exercised restraint", "restraint has limits.", NA, "Nabil Abdelrahim", "said in a video", D, TUE,
  note="second quote after the cue: second statement; rule 2")
A("n02", "the army would \"respond decisively\"", "to any violation", NA, "He", "warned", M, MON, note="'late Monday'")
A("n02", "its fighters had \"fully observed\" the ceasefire", "the ceasefire", RSF, "the group", "said", M, T, alts=RSFA,
  pol="deny", note="'In a statement on Telegram on Wednesday'; refutes the army's claim; the preceding 'rejected the "
  "claims as baseless' is a noun phrase, not a statement")
A("n02", "using the pause to fly in reinforcements", "east of the town late Monday", RSF, "the group", "accused", I, T,
  alts=RSFA, note="coordinated gerunds under one cue ('accused the army of V-ing and of V-ing') = one statement; "
  "'late Monday' is inside the content")
A("n02", "the army's account was \"a fabrication", "hit by army artillery", "Tariq al-Nour", "Tariq al-Nour", "told Reuters", M, T,
  pol="deny", note="one cue with coordinated that-clauses; Reuters is the audience: via null")
A("n02", "the government had accepted the truce", "for its collapse", "Sudanese Foreign Ministry", "Sudan's foreign ministry",
  "said in a statement", M, T, via="SUNA", alts=["Foreign Ministry", "Sudan's foreign ministry"],
  note="'carried by the state news agency SUNA'; 'It called on ... to designate' is an infinitive")
A("n02", "the world body was \"deeply alarmed\"", "in and around the town", FM, "Florencia Marti", "told reporters", M, TUE,
  note="'in New York on Tuesday'; 'urged both sides to let aid through' is an infinitive")
A("n02", "A ceasefire that exists only on paper", "a single child,", FM, "she", "said", D, TUE, note="rule 2")
A("n02", "five trucks carrying sorghum", "from either side", "World Food Programme", "The World Food Programme", "said", I, T,
  alts=["WFP"], note="'since Sunday' is inside the content")
A("n02", "the announcement of the truce had given families", "hope for about six hours\"", MF, "Mathilde Ferrand", "said", M, T)
A("n02", "thousands of people had fled Um Sawani", "women and children", MF, "She", "added", I, T)
A("n02", "shelling had continued \"every night\"", "since Monday", RES, "A resident of the town", "told Reuters", M, T,
  named=False, alts=["resident of Um Sawani"], note="'who asked not to be named' is not a statement")
A("n02", "We heard the word ceasefire on the radio.", "hear it in the sky,", RES, "he", "said", D, T, named=False,
  alts=["resident of Um Sawani"])
A("n02", "at least 23 people had been killed", "since Monday", "Emergency Lawyers", "The Emergency Lawyers", "said", I, T)
A("n02", "Washington remained \"in contact with both parties\"", "with both parties\"", "U.S. State Department official",
  "A U.S. State Department official", "said", M, T, named=False, alts=["State Department official"],
  note="'but did not say whether ...' is not a statement")
A("n02", "The war, which erupted in April 2023", "from their homes", "United Nations", "the United Nations", "according to", I,
  T, alts=["UN", "U.N."])

# ---------------------------------------------------------------- n03 (science/health, journal study)
# "Published: 3 March 2025" (Monday) = the anchor. The paper was "published on Friday" = 2025-02-28: the
# authors' "wrote" and the accompanying editorial take that date (rule 1); Ruiz-Calderon "told Times
# Radio on Sunday" = 2025-03-02 (his quotes in the same paragraph by rule 2); the night-staff member's
# words nested in Hollis's quote -> null (the text dates the operation, "last year", not the telling);
# every other statement -> 2025-03-03. Not statements: the headline, "according to a study of more than
# 9,000 admissions" and "According to the study, ..." (findings/documents), "He thought the nurses were
# trying to poison him" inside the quote (not a cue), "Asked whether ..." (question), "She did not say
# how much", "declined to comment on the study", "is expected to begin next year".
T = "2025-03-03"
FRI = "2025-02-28"
SUN = "2025-03-02"
PN = "Priya Natarajan"
TR = "Tomas Ruiz-Calderon"
TRA = ["Tomás Ruiz-Calderón"]
MA = "Martin Achebe"
MH = "Margaret Hollis"
NHS = "NHS England"
A("n03", "Wards where average night-time noise exceeded", "below 35 decibels", "authors", "the authors", "wrote", I, FRI,
  named=False, alts=[PN, "researchers"], note="the paper published on Friday (k05); the dash aside is inside the clause")
A("n03", "Delirium is not an inevitable part", "actually change,", PN, "Dr Priya Natarajan", "said", D, T,
  note="speaker after the cue, title dropped")
A("n03", "A single alarm at 3am", "cause delirium,", PN, "she", "said", D, T)
A("n03", "But night after night of beeping monitors", "switched off or moved.", PN, "she", "said", D, T,
  note="second quote after the cue: second statement; continues across paragraphs: one statement, paragraph break and "
  "second opening quote mark included")
A("n03", "the team could not rule out", "severity of illness", PN, "Natarajan", "said", I, T,
  note="one cue with coordinated that-clauses ('..., but that ...')")
A("n03", "patients on the quietest wards also went home", "a day and a half earlier", PN, "She", "added", I, T)
A("n03", "some of the loudest wards had been built", "in the last decade", TR, "Prof Tomás Ruiz-Calderón", "told Times Radio",
  I, SUN, alts=TRA, note="'on Sunday'; diacritics: ASCII canonical, accented alt")
A("n03", "We have designed hospitals like airports,", "like airports,", TR, "he", "said", D, SUN, alts=TRA, note="rule 2")
A("n03", "Hard floors, glass, open bays.", "nowhere to go.", TR, "he", "said", D, SUN, alts=TRA,
  note="second quote after the cue: second statement; rule 2")
A("n03", "the findings should “embarrass” hospital designers", "not a luxury”", "Fiona Kerr and Samuel Oduya",
  "Dr Fiona Kerr and Dr Samuel Oduya", "wrote", M, FRI,
  note="joint speakers; 'In an accompanying editorial' = published with the paper on Friday; one cue with coordinated "
  "that-clauses")
A("n03", "the results were “plausible and important”", "plausible and important”", MA, "Dr Martin Achebe", "said", M, T,
  note="'who was not involved in the research' is an apposition, not a statement")
A("n03", "an observational study “cannot prove", "causes delirium”", MA, "he", "cautioned", M, T)
A("n03", "Noisy wards are often the busiest", "in a dozen ways,", MA, "he", "said", D, T)
A("n03", "he had been “a different man”", "for three weeks", MH, "Margaret Hollis", "said", M, T)
A("n03", "He thought the nurses were trying to poison him,", "poison him,", MH, "she", "said", D, T,
  note="'He thought' inside the quote is not a cue")
A("n03", "One of the night staff told me", "not for a single hour.", MH, "she", "said", D, T,
  note="second quote after the cue: second statement")
A("n03", "the ward was never quiet", "not for a single hour", "night staff", "One of the night staff", "told", I, None,
  named=False, alts=["nurse"], note="nested in Hollis's quote; no date of its own -> null")
A("n03", "earplugs and eye masks cost “pennies”", "the bigger change was cultural", PN, "Natarajan", "said", M, T,
  note="one cue with coordinated that-clauses; the question 'Asked whether ...' is not a statement")
A("n03", "nurses were “acutely aware” of the problem", "quiet-time schemes every night", "Royal College of Nursing",
  "The Royal College of Nursing", "said", M, T, alts=["RCN"], note="one cue with coordinated that-clauses")
A("n03", "it had published guidance on “sleep-friendly wards”", "in 2022", NHS, "NHS England", "said", M, T,
  note="'declined to comment on the study but said': the 'said' clause is a statement; 'in 2022' is inside the content")
A("n03", "trusts were expected to follow it", "to follow it", NHS, "A spokesperson", "said", I, T,
  alts=["NHS England spokesperson"], note="unnamed spokesperson -> the institution")

# ---------------------------------------------------------------- n04 (US local crime/courts)
# "Published 5:48 p.m. CT April 8, 2025" (Tuesday) = the anchor. The stabbing was "on Sunday night"
# (2025-04-06); Carrow's "statement Monday" = 2025-04-07 (and "she said" in the same paragraph by rule
# 2); Delaney's post "the next morning" (after Sunday night) = 2025-04-07; the court appearance "on
# Tuesday" = 2025-04-08 (Osterman, Afolabi, Ng); Quon "said last month" = March 2025. Undated statements
# -> 2025-04-08. Not statements: the headline ("lawyer says ..."), "She declined to say what ...",
# "Whitcomb walked into the ... station the next morning" (no source), "She asked the judge to set bail"
# (infinitive), "spoke only to confirm his name", "Ng set bail ... and ordered" (a ruling), "Residents
# have complained for years about late-night violence" (noun phrase), "which Delaney denied" (no
# clause), "is due back in court", "is expected to present the case".
T = "2025-04-08"
MON = "2025-04-07"
MAR = "2025-03-01/2025-03-31"
MPD = "Millbrook Police Department"
DC = "Denise Carrow"
AB = "Ashley Brennan"
GD = "Gus Delaney"
RO = "Rachel Osterman"
LA = "Lionel Afolabi"
TQ = "Teresa Quon"
A("n04", "A 23-year-old Millbrook man was charged Tuesday", "on Sunday night", MPD, "police", "said", I, T,
  alts=["police", "Millbrook police"], note="'Tuesday' and 'on Sunday night' are inside the content")
A("n04", "Officers were called to the 200 block", "reports of a fight", DC, "Sgt. Denise Carrow", "said in a statement", I, MON,
  alts=[MPD], note="'statement Monday'; 'Millbrook police spokesperson Sgt.' dropped")
A("n04", "They found a 31-year-old man", "chest and arm", DC, "she", "said", I, MON, alts=[MPD], note="rule 2")
A("n04", "The man was in serious but stable condition", "on Tuesday", "hospital spokesperson", "a hospital spokesperson",
  "according to", I, T, named=False, alts=["St. Agnes Medical Center"])
A("n04", "the two men had argued inside the Anchor Tap", "asked them to leave", DC, "Carrow", "said", I, T, alts=[MPD],
  note="new paragraph, no date of its own -> anchor; one cue with coordinated that-clauses; 'declined to say' is not a "
  "statement")
A("n04", "she saw one man \"swinging wildly\"", "looked like a knife", AB, "Ashley Brennan", "told the Courier", M, T,
  note="the paper is the audience: via null")
A("n04", "It happened in maybe five seconds,", "five seconds,", AB, "Brennan", "said", D, T)
A("n04", "One guy was on the ground", "like nothing happened.", AB, "Brennan", "said", D, T,
  note="second quote after the cue: second statement")
A("n04", "the bar was \"cooperating fully\"", "spilling outside", GD, "Gus Delaney", "posted on Facebook", M, MON,
  note="'the next morning' after Sunday night; one cue with coordinated that-clauses")
A("n04", "surveillance video from a nearby pharmacy", "before the stabbing", RO, "Rachel Osterman", "said", M, T,
  note="'At Whitcomb's initial appearance ... on Tuesday'; 'Assistant District Attorney' dropped")
A("n04", "This was not a man defending himself.", "chose to keep going,", RO, "Osterman", "told Judge Harold Ng", D, T,
  note="courtroom argument: assert")
A("n04", "Whitcomb had been charged last month", "in an unrelated case", RO, "She", "noting", I, T,
  note="participle = statement; 'asked the judge to set bail' is an infinitive; 'last month' is inside the content")
A("n04", "his client had been \"attacked first and attacked hard\"", "acted in self-defense", LA, "Lionel Afolabi", "argued",
  M, T, note="courtroom argument: assert; one cue with coordinated predicates")
A("n04", "Whitcomb had suffered a broken nose", "two cracked ribs", LA, "He", "told the court", I, T)
A("n04", "his client had followed the victim", "followed the victim", LA, "Afolabi", "denied", I, T, pol="deny")
A("n04", "the video showed both men walking", "the same parking lot", LA, "Afolabi", "saying", I, T, pol="deny",
  note="participle after a denial that refutes the prosecutor's claim (m04)")
A("n04", "I have heard two very different stories", "may well hear both,", "Harold Ng", "Ng", "said", D, T,
  note="a judge's own words; setting bail is a ruling, not a statement")
A("n04", "his client was \"devastated\"", "by what happened", LA, "Afolabi", "told reporters", M, T,
  note="'Outside the courthouse', same day")
A("n04", "Jordan did not go out on Sunday looking for trouble,", "looking for trouble,", LA, "he", "said", D, T)
A("n04", "Trouble found him.", "Trouble found him.", LA, "he", "said", D, T, note="second quote after the cue: second statement")
A("n04", "she would push for bars on the street", "instead of 2 a.m.", TQ, "Teresa Quon", "said", I, MAR,
  note="'said last month'; 'Ald.' dropped; the abbreviation's period stays in the content")
A("n04", "the stabbing \"proves the point.\"", "proves the point.\"", TQ, "she", "said", M, T, note="'On Tuesday'")
A("n04", "the Anchor Tap had a history of serving customers", "already drunk", TQ, "Quon", "claimed", I, T,
  note="rule 2; 'which Delaney denied' has no clause: not a statement")
A("n04", "an earlier closing time \"would not have stopped this.\"", "stopped this.\"", GD, "Delaney", "said", M, T,
  note="'said Tuesday'; answers Quon's proposal without refuting a claim: assert")

# ---------------------------------------------------------------- n05 (Q&A interview)
# Date line "Sat 1 Feb 2025" = the publication date; the interview was "on Thursday 30 January" =
# 2025-01-30: every answer takes it (rule 1, the event), as does the present-tense "say" inside a
# question (h05). Veltrac's statement "on Wednesday evening" and Lund's call "on Wednesday night" =
# 2025-01-29; the mayor's undated "said" inside a question, about Wednesday's shutdown, = 2025-01-29 ..
# 2025-01-30; Pratt's warning "in November" = 2024-11; "As I told the transport committee in June" =
# 2024-06; the finance team's present-tense "tells me" nested in an answer -> null; "has said she will
# step down" -> null; the italic postscript "Since our conversation" = 2025-01-30 .. 2025-02-01 (h05).
# Not statements: the headline quote, the interviewer's questions, "called for an independent review"
# (noun phrase), "I have told him so", "I said that in public", "I believe him", "Veltrac did not respond
# to a request for comment", "[Laughs]" (left out of the content).
INT = "2025-01-30"
WED = "2025-01-29"
RA = "Ruth Adeyemi"
CP = "Colin Pratt"
A("n05", "she will step down at the end of this year", "end of this year", RA, "Ruth Adeyemi", "has said", I, None,
  note="'has said' -> null")
A("n05", "A software update to the signalling system", "trying to get to work.", RA, "A", ":", D, INT,
  note="answer label 'A:' = colon cue")
A("n05", "Our contractor, Veltrac, under our supervision.", "should have been run.", RA, "A", ":", D, INT)
A("n05", "the update had passed every check they ran", "every check they ran", "Anders Lund", "Anders Lund", "told", I, WED,
  note="nested in the answer; 'rang me on Wednesday night and told me'")
A("n05", "the update had been approved by Harwick Metro", "Harwick Metro's engineers", "Veltrac", "Veltrac",
  "said in a statement", I, WED, note="statement inside an interviewer's question; 'on Wednesday evening'")
A("n05", "It is true that we approved it.", "on my desk by Monday.", RA, "A", ":", D, INT,
  note="confirms Veltrac's claim; 'It is not true that ...' refutes nothing claimed in the text: assert")
A("n05", "the shutdown was “unacceptable”", "was “unacceptable”", CP, "Colin Pratt", "said", M, "2025-01-29/2025-01-30",
  note="inside a question, undated past: Wednesday's shutdown .. the interview; 'called for an independent review' is "
  "a noun phrase")
A("n05", "Of course. He is right that it was unacceptable", "Wednesday was our worst day.", RA, "A", ":", D, INT,
  note="'I have told him so' is not a statement")
A("n05", "the line would be judged on its worst day", "rather than its best", CP, "he", "warned", I, "2024-11-01/2024-11-30",
  note="nested in the answer; 'in November'")
A("n05", "the line was opened too early", "opened too early", "Harwick Commuters' Association",
  "the Harwick Commuters’ Association", "say", I, INT, alts=["critics"],
  note="present tense inside the interviewer's question -> the interview date (h05)")
A("n05", "No. We opened when it was safe", "I would say it again.", RA, "A", ":", D, INT, pol="deny",
  note="the answer continues into the next, unlabelled paragraph: one statement, paragraph break included; 'No.' refutes "
  "the critics' claim")
A("n05", "the signalling contract was always the biggest risk", "on this project", RA, "I", "told", I, "2024-06-01/2024-06-30",
  note="'As I told the transport committee in June, ...' nested in the answer; 'I said that in public' has no clause")
A("n05", "Yes. Everyone who held a monthly pass", "announce the details next week.", RA, "A", ":", D, INT)
A("n05", "it will cost around £1.2m", "around £1.2m", "finance team", "The finance team", "tells", I, None, named=False,
  alts=["Harwick Metro"], note="nested in the answer, present tense, no date of its own -> null")
A("n05", "I can promise that no software change", "can honestly promise that.", RA, "A", ":", D, INT)
A("n05", "I would rather be remembered", "It is the passengers’.", RA, "A", ":", D, INT,
  note="the stage direction '[Laughs]' is left out of the content")
A("n05", "all Northline trains will run with a member of staff", "end of February", "Harwick Metro", "Harwick Metro",
  "has said", I, "2025-01-30/2025-02-01", note="italic postscript 'Since our conversation' (h05); 'Veltrac did not "
  "respond' is not a statement")

# ---------------------------------------------------------------- n06 (election-night live blog)
# Day headings "Nov. 5" / "Nov. 6" (year 2024 from the title, the update line and the tweet signatures):
# every entry takes its heading; timed sub-headings ("7:20 p.m. ET — Whitfield says she is 'at
# peace'") are headings, not statements, and do not change the date; the "What to know" summary above
# the first heading takes the latest heading (2024-11-06, also "Wednesday morning"); tweets take their
# signature date (the Taxpayers League's tweet of November 5 embedded under Nov. 6). "argued throughout
# the campaign" -> null. "told the Ledger" / "told WNAR" = audience. Not statements: the headings,
# "Polls have closed ...", "Mail ballots ... are counted first", "With 78% of precincts reporting,
# Whitfield leads ..." (no source), "Asked whether ..." (question), "taught me never to count chickens"
# (infinitive), "The Associated Press called the mayor's race for Whitfield" and "KPAL-TV and WNAR
# projected ... that Measure T would pass" (race calls/projections), "Ortiz declined to say which
# sites", "rejected the suggestion of irregularities" (noun phrase), "is expected to announce".
N5 = "2024-11-05"
N6 = "2024-11-06"
DW = "Dana Whitfield"
RS = "Rick Solano"
JO = "Jenna Ortiz"
LH = "Luis Herrera"
PTL = "Port Alder Taxpayers League"
A("n06", "the voters had \"spoken clearly.\"", "spoken clearly.\"", RS, "Rick Solano", "saying", M, N6,
  note="summary above the first heading: the latest heading (and 'Wednesday morning')")
A("n06", "she was \"at peace with whatever", "voters decide.\"", DW, "Dana Whitfield", "told reporters", M, N5,
  note="'Councilmember' dropped; 'on Tuesday afternoon' = the heading's day; the timed sub-heading is not annotated")
A("n06", "her campaign had knocked on more than 60,000 doors", "since the summer", DW, "She", "said", I, N5)
A("n06", "Whitfield leads Solano 54% to 46%", "31% of precincts reporting", "Hollins County Board of Elections",
  "the Hollins County Board of Elections", "according to", I, N5, alts=["board of elections"])
A("n06", "the early numbers were \"exactly what we expected.\"", "what we expected.\"", JO, "Jenna Ortiz", "said", M, N5,
  alts=["Solano campaign"], note="'Solano campaign spokesperson' dropped")
A("n06", "Our voters came out today.", "Election Day vote,", JO, "Ortiz", "said", D, N5, alts=["Solano campaign"])
A("n06", "Thank you Port Alder!", "every vote will be counted.", RS, "Rick Solano", "—", D, N5,
  note="embedded tweet; trailing hashtag left out")
A("n06", "he was \"cautiously optimistic\"", "about the transit tax", LH, "Luis Herrera", "said", M, N5)
A("n06", "People in this city are tired", "for a bus,", LH, "he", "told the Ledger", D, N5, note="the blog's paper is the audience")
A("n06", "the tax would hurt small businesses", "high rents", "opponents", "Opponents", "argued", I, None, named=False,
  alts=[PTL, "opponents of Measure T"], note="'argued throughout the campaign': no date -> null")
A("n06", "Not yet. My grandmother", "count chickens.", DW, "Whitfield", "said", D, N5,
  note="colon after 'said'; the question and the nested 'taught me never to ...' (infinitive) are not statements")
A("n06", "Measure T is still losing in 4 of 6 wards.", "Stay tuned.", PTL, "Port Alder Taxpayers League", "—", D, N5,
  alts=["Taxpayers League"], note="tweet embedded under the Nov. 6 heading: its signature date, November 5")
A("n06", "We did it, Port Alder.", "Tomorrow we get to work.", DW, "Dana Whitfield", "—", D, N6, note="embedded tweet")
A("n06", "he would not concede \"until every ballot is counted.\"", "is counted.\"", RS, "Solano", "told supporters", M, N6)
A("n06", "it was looking into \"irregularities\"", "on the Eastside", "Solano campaign", "His campaign", "said in a statement",
  M, N6, alts=[RS], note="'Ortiz declined to say which sites' is not a statement")
A("n06", "both sites had \"run smoothly", "open to close.\"", "Maureen Kealey", "Maureen Kealey", "saying", M, N6, pol="deny",
  note="'rejected the suggestion of irregularities' is a noun phrase; the participle refutes the campaign's claim (m04)")
A("n06", "he had called Whitfield to congratulate her", "to congratulate her", RS, "Solano", "wrote", I, N6,
  note="'In a brief post on Facebook'")
A("n06", "The voters have spoken clearly, and I respect their decision,", "their decision,", RS, "he", "wrote", D, N6)
A("n06", "her first act as mayor would be", "overtime spending", DW, "Whitfield", "told WNAR", I, N6,
  note="'told WNAR in an interview': audience; 'is expected to announce' is not a statement")

# ---------------------------------------------------------------- n07 (Markdown explainer)
# "Last updated: 19 February 2025" (Wednesday) = the anchor. Past statements take the dates the text
# gives: Sandvold's speech "on 12 January" = 2025-01-12; Hauge "told the BBC in 2019" = 2019; Virtanen
# "said in 2017" = 2017; the ministers' joint article "in March 2023" = 2023-03; the coastguard "on 3
# February" = 2025-02-03; Latvia "the next day" = 2025-02-04; the owner's undated claim and the
# coastguard's undated reply after the boarding = 2025-02-03 .. 2025-02-19; Serrano Ibanez "On Tuesday"
# = 2025-02-18 (his "added" by rule 2); Sandvold "on Wednesday" and his quotes = 2025-02-19; present-
# tense "says" / "argues" / "say" and the rest = 2025-02-19. Not statements: the title and ## headings,
# the treaty's "gives ... guarantees" (a document), "Norway's Supreme Court ruled in 2019 that ..." (a
# ruling), "The EU does not accept that ruling" (noun phrase), "summoned the Norwegian ambassador", "The
# coastguard denied that," (pronoun object), "Asked whether ..." (question), "did not answer directly",
# "has not commented", "is expected to present options".
T = "2025-02-19"
ES = "Eirik Sandvold"
NCG = "Norwegian Coastguard"
NCGA = ["Norway's coastguard", "Norwegian Coast Guard"]
PS = "Pablo Serrano Ibanez"
PSA = ["Pablo Serrano Ibáñez"]
HB = "Hanne Bakke"
AFT = "2025-02-03/2025-02-19"
A("n07", "those equal rights apply only to the islands", "the 200-nautical-mile zone around them", "Norway", "Norway", "says",
  I, T, note="present tense -> the anchor; the treaty's 'gives ... guarantees' above is a document")
A("n07", "the treaty applies to the whole zone", "on the seabed there", "European Union", "The European Union", "argues", I, T,
  alts=["EU"], note="one cue with coordinated that-clauses")
A("n07", "Snow crab is worth more than 1 billion kroner", "(about €85m) a year", "Norwegian Directorate of Fisheries",
  "the Norwegian Directorate of Fisheries", "according to", I, T, alts=["Directorate of Fisheries"])
A("n07", "Norway would \"never negotiate away\"", "jurisdiction in the zone", ES, "Foreign Minister Eirik Sandvold", "said", M,
  "2025-01-12", note="'In a speech in Tromsø on 12 January'")
A("n07", "the snow crab was \"a sedentary species", "ours to manage\"", "Kristin Hauge", "Kristin Hauge", "told the BBC", M,
  "2019-01-01/2019-12-31", note="'told the BBC in 2019': audience, via null")
A("n07", "Norway's position was \"legally untenable\"", "legally untenable\"", "Anneli Virtanen", "Anneli Virtanen", "said", M,
  "2017-01-01/2017-12-31", note="'said in 2017'")
A("n07", "EU fishermen were being \"treated as trespassers", "no single state\"",
  "fisheries ministers of Latvia, Lithuania and Poland", "the fisheries ministers of Latvia, Lithuania and Poland", "wrote", M,
  "2023-03-01/2023-03-31", named=False, note="'In a joint article in March 2023'")
A("n07", "it had boarded the Latvian-flagged Baltic Venta", "no Norwegian licence", NCG, "Norway's coastguard",
  "said in a statement", I, "2025-02-03", alts=NCGA, note="'on 3 February'; the stated reason is inside the clause")
A("n07", "an act of intimidation", "act of intimidation", "Latvian Foreign Ministry", "Latvia's foreign ministry", "called", D,
  "2025-02-04", alts=["Latvia", "Latvia's foreign ministry"],
  note="'called the boarding \"...\"': the quoted words; 'the next day' after 3 February; 'summoned' is not a statement")
A("n07", "its crew had been \"held for 19 hours", "without explanation\"", "Venta Fishing", "Venta Fishing", "said", M, AFT,
  note="undated reaction to the dated boarding: that event .. the anchor")
A("n07", "the crew had been free to contact the company", "throughout", NCG, "The coastguard", "saying", I, AFT, alts=NCGA,
  pol="deny", note="'denied that,' has a pronoun object (not a statement); the participle refutes the owner's claim; "
  "dated as the claim it answers")
A("n07", "the EU \"reserves all its rights\"", "under the treaty", PS, "Pablo Serrano Ibáñez", "said", M, "2025-02-18",
  alts=PSA, note="'On Tuesday'; 'European Commission spokesperson' dropped")
A("n07", "the Commission had raised the matter with Oslo", "at the highest level\"", PS, "He", "added", M, "2025-02-18",
  alts=PSA, note="rule 2")
A("n07", "there was \"no dispute about the law", "about the catch\"", ES, "Sandvold", "insisted", M, T, pol="deny",
  note="'speaking to reporters in Oslo on Wednesday'; 'insisted there was no ...' refutes the EU's legal argument")
A("n07", "We have offered quotas to EU vessels before", "ready to talk again,", ES, "he", "said", D, T)
A("n07", "But talks start from Norwegian jurisdiction.", "They do not end with it.", ES, "he", "said", D, T,
  note="second quote after the cue: second statement")
A("n07", "a quota-sharing deal, similar to the one agreed for cod,", "the most likely outcome", "analysts", "Analysts", "say", I,
  T, named=False, note="bullet item; the 'similar to ...' phrase is inside the clause")
A("n07", "Neither side wants a court to decide this", "loses everything,", HB, "Hanne Bakke", "said", D, T)
A("n07", "So they will argue in public", "bargain in private.", HB, "Hanne Bakke", "said", D, T,
  note="second quote after the cue: second statement")
