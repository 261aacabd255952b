"""Annotation tables for the THIRD held-out gold set (see GUIDELINES.md, "Third held-out set").

Same format as annotations.py / heldout_annotations.py / heldout2_annotations.py. Each entry:
f=file key, s=start snippet (content starts where it starts), e=end snippet (content ends where
it ends, first match after s), sp=canonical speaker, st=speaker text, cue, kind, on=said_on, plus
optional via, pol, named, alts, after (disambiguating anchor), note.

Build:  python tests/data/gold/build_gold.py --heldout3   ->  tests/data/gold/heldout3.jsonl
Annotated blind (the extractor was neither run nor read; the other gold outputs were not read).
This set measures generalisation only: it is never used for tuning the extractor.
"""

FILES = {
    "k01": "tests/data/gold/heldout3/k01_wsj_1989_resins_takeover.txt",
    "k02": "tests/data/gold/heldout3/k02_ap_balcony_trial.txt",
    "k03": "tests/data/gold/heldout3/k03_bbc_village_flood.txt",
    "k04": "tests/data/gold/heldout3/k04_sport_press_conference.txt",
    "k05": "tests/data/gold/heldout3/k05_health_energy_drinks_study.txt",
    "k06": "tests/data/gold/heldout3/k06_longread_lithium_valley.txt",
}

from table import D, I, M, table  # noqa: E402

ANNOTATIONS, A = table()

# ---------------------------------------------------------------- k01 (WSJ 1989, corporate)
# Date line "Thursday, November 16, 1989". "said yesterday" = the date line - 1 = 1989-11-15 (the
# only cue with a date of its own); every other statement is undated -> the date line ("late
# Tuesday", "by Monday", "next week" are inside contents). Not statements: "Analysts expect Harlan
# to report ..." (infinitive), "couldn't be reached for comment", "declined to comment (further)",
# "last month reported third-quarter net income of ..." (noun phrase), "according to Securities and
# Exchange Commission filings" (documents). Middle initial: the fullest surface form is canonical
# (Joseph P. Tarrant), first + last as an alt.
T = "1989-11-16"
HAR = "Harlan Industries"
HAR_ALTS = ["Harlan Industries Inc.", "Harlan"]
MER = "Meridian Plastics"
MER_ALTS = ["Meridian Plastics Corp.", "Meridian"]
A("k01", "it agreed to acquire Meridian Plastics", "about $620 million", HAR, "Harlan Industries Inc.", "said", I, "1989-11-15",
  alts=HAR_ALTS, note="'said yesterday' = date line - 1")
A("k01", "The friendly transaction would make", "General Electric Co.'s plastics unit", "analysts", "analysts", "according to", I, T,
  named=False)
A("k01", "The agreement, which was approved by both boards", "shares by Monday", "Harlan Industries and Meridian Plastics", "the companies",
  "said", I, T, alts=["companies"], note="two joint speakers; 'late Tuesday' and 'by Monday' are inside the content")
A("k01", "This gives us a position in automotive", "on our own,", "Walter Kuehn", "Walter Kuehn", "said", D, T)
A("k01", "Harlan would finance the purchase", "its first full year", "Walter Kuehn", "Mr. Kuehn", "said", I, T,
  note="one cue with coordinated that-clauses: one statement")
A("k01", "Harlan had no plans to close", "seven plants", "Walter Kuehn", "He", "added", I, T)
A("k01", "We think $41 is a full price", "were expecting,", "Margaret Ostrow", "Margaret Ostrow", "said", D, T)
A("k01", "she doubted a rival bidder would emerge", "would emerge", "Margaret Ostrow", "Ms. Ostrow", "said", I, T)
A("k01", "Harlan had obtained an option", "from the company", "Margaret Ostrow", "Ms. Ostrow", "noting", I, T,
  note="participle cue = second statement")
A("k01", "was \"on the rich side\"", "dependent on the auto industry", "analysts", "some analysts", "said", M, T, named=False,
  note="relative-clause attribution ('which some analysts said was ...')")
A("k01", "If Detroit has a bad 1990", "this business really is,", "Joseph P. Tarrant", "Joseph P. Tarrant", "said", D, T,
  alts=["Joseph Tarrant"], note="'a lot of people think it will' is not a statement (no cue)")
A("k01", "Harlan's long-term debt would rise", "end of September", "Joseph P. Tarrant", "Mr. Tarrant", "added", I, T,
  alts=["Joseph Tarrant"])
A("k01", "it would take a one-time charge", "consolidation of sales offices", HAR, "The company", "said", I, T, alts=HAR_ALTS,
  note="'The company' follows a sentence about Harlan; the preceding 'Analysts expect ...' is not a statement")
A("k01", "Richard Lyle, Meridian's president, will become", "a new resins division", HAR, "Harlan", "said", I, T, alts=HAR_ALTS)
A("k01", "Meridian's board had considered", "agreeing to Harlan's offer", "Richard Lyle", "Mr. Lyle", "said", M, T)
A("k01", "Frankly, nobody else came to the table", "with cash,", "Richard Lyle", "he", "said", D, T)
A("k01", "the agency would review the transaction", "antitrust law", "Federal Trade Commission",
  "A spokesman for the Federal Trade Commission", "said", I, T, alts=["FTC"],
  note="unnamed spokesman -> the institution; 'declined to comment further' is not a statement")
A("k01", "We've had the lawyers look at this", "don't see a problem,", "Walter Kuehn", "Mr. Kuehn", "said", D, T)
A("k01", "Harlan's lawyers don't expect antitrust", "few grades of resin", "Walter Kuehn", "Mr. Kuehn", "said", I, T,
  note="interposed attribution inside the span (as g04 Costa)")
A("k01", "its board had postponed a dividend decision", "scheduled for next week", MER, "Meridian", "said", I, T, alts=MER_ALTS,
  note="'said separately'; 'next week' is inside the content")
A("k01", "the board \"simply didn't think", "tender offer pending.\"", "Ann Whitcomb", "Ann Whitcomb", "said", M, T)

# ---------------------------------------------------------------- k02 (AP wire, trial)
# "Updated 5:47 PM EST, February 7, 2024" (Wednesday). Wednesday = 2024-02-07 (= the dateline
# day); opening statements "Tuesday" = 2024-02-06 (Doane, her relative-clause statement and her
# quotes by rule 2 / "said Tuesday"; Robitaille "in her own opening statement Tuesday"); the
# judge's "saying ..." explains his ruling of Tuesday -> 2024-02-06; his written order "issued
# before testimony began Wednesday" -> 2024-02-07. "has said" -> null. Nested quote inside the
# tenant's testimony (the landlord's words) has no date -> null. Not statements: "ruled Tuesday
# that ..." (court ruling), "has pleaded not guilty" (a plea), "asked Brightman whether ..."
# (question), "declined to say whether ...", "is expected to last".
T = "2024-02-07"
TUE = "2024-02-06"
AGO = ["Maine Attorney General's Office", "attorney general's office"]
A("k02", "the third-floor balcony of a Portland apartment", "killed two college students", "Alan Petrakis", "A structural engineer",
  "testified", M, T, note="named in the next paragraph; 'the most detailed account yet ...' is the journalist's apposition")
A("k02", "he found rotted joists", "paint and hope.\"", "Alan Petrakis", "Alan Petrakis", "told jurors", M, T)
A("k02", "I put it in bold on the first page", "of the report,", "Alan Petrakis", "Petrakis", "said", D, T)
A("k02", "I don't know how I could have been clearer.", "been clearer.", "Alan Petrakis", "Petrakis", "said", D, T)
A("k02", "the owner, Gerald Mossey, received the report", "Southern Maine Community College", "prosecutors", "Prosecutors", "say", I, T,
  named=False, alts=AGO, note="one cue with coordinated that-clauses; present tense -> dateline day")
A("k02", "her client never saw the report", "and not to him", "Catherine Doane", "Catherine Doane", "told jurors", I, TUE,
  note="'in her opening statement Tuesday'")
A("k02", "had been emailed to a real estate agent", "and not to him", "Catherine Doane", "she", "said", I, TUE,
  note="relative-clause attribution nested in her statement; rule 2")
A("k02", "Gerald Mossey is not a careful man", "tell you that,", "Catherine Doane", "Doane", "said", D, TUE)
A("k02", "But he is not a killer", "show that he knew.", "Catherine Doane", "Doane", "said", D, TUE)
A("k02", "Mossey had \"chosen rent over repairs\"", "with their lives.\"", "Leanne Robitaille", "Leanne Robitaille", "argued", M, TUE,
  note="one cue with coordinated that-clauses")
A("k02", "Both died at the scene", "at the scene", "Maine Office of Chief Medical Examiner", "the state medical examiner’s office",
  "according to", I, T, alts=["state medical examiner's office", "Maine medical examiner's office"])
A("k02", "she had complained to Mossey", "at least twice", "Kayla Brightman", "who", "testified", I, T,
  note="relative-clause attribution; 'Earlier Wednesday'; 'complained to Mossey about the balcony' (noun phrase) nests nothing")
A("k02", "He told me, 'I'll get to it", "in the spring,'", "Kayla Brightman", "Brightman", "said", D, T)
A("k02", "I'll get to it in the spring,", "in the spring,", "Gerald Mossey", "He", "told", D, None,
  note="statement nested in the tenant's quotation; no date in the text")
A("k02", "That was the last time I asked.", "I asked.", "Kayla Brightman", "Brightman", "said", D, T)
A("k02", "she had not", "she had not", "Kayla Brightman", "She", "said", I, T,
  note="answer to a question in cross-examination; refutes nothing: assert")
A("k02", "images of the bodies would be", "than probative.\"", "Harold Penney", "Harold Penney", "saying", M, TUE,
  note="'ruled Tuesday that ...' is a court ruling (not annotated); the participle reports his words at that ruling")
A("k02", "the defense could argue that the report", "caused the collapse", "Harold Penney", "Penney", "said", I, T,
  note="'In a written order issued before testimony began Wednesday, Penney said ...': a person's statement")
A("k02", "The physics of rotted wood", "standing on it,", "Harold Penney", "he", "wrote", D, T, note="rule 2")
A("k02", "The city's code enforcement office had no record", "since 2009", "Rachel Ouellette", "Rachel Ouellette",
  "said in an email", I, T, alts=["City of Portland"])
A("k02", "she plans to call a retired building inspector", "own expert", "Catherine Doane", "Doane", "said", I, None,
  note="'has said': no lower bound; 'declined to say whether ...' is not a statement")
A("k02", "the family had waited", "out loud what happened.\"", "Denise Tardif", "Denise Tardif", "said", M, T)
A("k02", "Today somebody finally did,", "finally did,", "Denise Tardif", "she", "said", D, T)
A("k02", "he had driven to Portland every day", "until the last word.\"", "Robert Quintal", "Robert Quintal", "told reporters", M, T,
  note="one cue with coordinated complements")
A("k02", "he did not blame the jury", "might happen", "Robert Quintal", "He", "said", I, T)
A("k02", "They didn't do this,", "do this,", "Robert Quintal", "he", "said", D, T)
A("k02", "If convicted, Mossey faces up to 30 years", "on each count", "Maine Attorney General's Office", "the attorney general’s office",
  "said", I, T, alts=["attorney general's office"])

# ---------------------------------------------------------------- k03 (BBC web news, flood)
# "Published 28 January 2025" (Tuesday). Saturday night (25 Jan) is inside contents; the council
# "On Sunday" = 2025-01-26; Cartwright "on Monday" = 2025-01-27; all other statements are undated
# -> 2025-01-28. Statements nested in quotes (the insurers, "Mum says") have no date -> null.
# First names after introduction ("Margaret", "Sunil") and "the 67-year-old" / "The 44-year-old"
# resolve to the full names. Not statements: "nobody tells you ..." and "Thornby has been told"
# (no source), "had written to the environment secretary to ask why ..." (nested wh-clause).
T = "2025-01-28"
NYC = "North Yorkshire Council"
EA = "Environment Agency"
A("k03", "they were given less than an hour's warning", "on Saturday night", "residents", "Residents", "say", I, T, named=False,
  alts=["residents of a North Yorkshire village"])
A("k03", "About 60 properties in Thornby-on-Swale", "during Storm Harriet", NYC, "North Yorkshire Council", "according to", I, T)
A("k03", "its flood warning had been issued", "available at the time\"", EA, "The Environment Agency", "said", M, T)
A("k03", "she had never seen the river rise so fast", "rise so fast", "Margaret Haworth", "Margaret Haworth", "said", I, T,
  note="speaker separated from the cue by a long relative clause")
A("k03", "It came in through the back door first", "the floorboards,", "Margaret Haworth", "she", "said", D, T)
A("k03", "By the time my son got here", "up to my knees.", "Margaret Haworth", "she", None, D, T,
  note="quoted paragraph without a cue of its own")
A("k03", "You think you're prepared.", "photographs upstairs,", "Margaret Haworth", "Margaret", "said", D, T, note="bare first name")
A("k03", "But nobody tells you how fast", "or how cold,", "Margaret Haworth", "the 67-year-old", "said", D, T)
A("k03", "the damage would run to", "tens of thousands of pounds\"", "Sunil Mehta", "Sunil Mehta", "said", M, T,
  note="speaker separated from the cue by a long relative clause")
A("k03", "The insurers have already told me", "cover the stock,", "Sunil Mehta", "Sunil", "said", D, T)
A("k03", "the policy won't cover the stock", "cover the stock", "insurers", "The insurers", "told", I, None, named=False,
  note="nested in Sunil Mehta's quotation; 'have already told' has no date")
A("k03", "I've got to decide whether", "starting again.", "Sunil Mehta", "Sunil", None, D, T,
  note="quoted paragraph without a cue of its own")
A("k03", "on Sunday morning the village had been", "fend for itself\"", "local resident", "A local resident", "told the BBC", M, T,
  named=False, note="'on Sunday morning' is inside the content; BBC is the audience: via null")
A("k03", "We saw one council van", "out on their backs.", "local resident", "A local resident", None, D, T, named=False,
  note="quoted paragraph without a cue of its own")
A("k03", "14 people had been taken to a rest centre", "working around the clock\"", NYC, "North Yorkshire Council", "said", M,
  "2025-01-26", note="one cue with coordinated that-clauses")
A("k03", "residents had been left without help", "without help", NYC, "A council spokesperson", "denied", I, T, pol="deny",
  note="unnamed spokesperson -> the council")
A("k03", "No one who asked us for support", "went without it.", NYC, "A council spokesperson", "saying", D, T, pol="deny",
  note="participle + colon + quotation: second cue; refutes the resident's claim")
A("k03", "rainfall over the upper Swale", "exceptional\"", "Helen Cartwright", "Helen Cartwright", "said", M, T)
A("k03", "We recorded more than a month's rain", "of our gauges,", "Helen Cartwright", "she", "told BBC Radio York", D, "2025-01-27")
A("k03", "the agency had been slow to issue warnings", "to issue warnings", "Helen Cartwright", "She", "rejected", I, T, pol="deny",
  note="'rejected claims that X': content X")
A("k03", "We will look again at every decision", "after a flood,", "Helen Cartwright", "she", "said", D, T)
A("k03", "he had written to the environment secretary", "still not been built", "Tom Fairley", "Tom Fairley", "said", I, T)
A("k03", "Thornby has been told for nine years", "turn is coming,", "Tom Fairley", "he", "said", D, T)
A("k03", "People here have run out of patience", "so have I.", "Tom Fairley", "he", "said", D, T)
A("k03", "the government was \"investing record amounts\"", "further plans shortly\"", "Department for Environment, Food and Rural Affairs",
  "A spokesperson for the Department for Environment, Food and Rural Affairs (Defra)", "said", M, T, alts=["Defra"],
  note="unnamed spokesperson -> the department")
A("k03", "the clean-up could take", "months, not weeks\"", "Paul Haworth", "The 44-year-old", "said", M, T)
A("k03", "Mum says she's staying.", "given up arguing,", "Paul Haworth", "he", "said", D, T)
A("k03", "she's staying", "she's staying", "Margaret Haworth", "Mum", "says", I, None, note="nested in her son's quotation; no date")

# ---------------------------------------------------------------- k04 (sports report, press conference)
# "Sat 15 Mar 2025 19.42 GMT"; the match and the press conference are that day -> 2025-03-15.
# Mendonça "on Friday" = 2025-03-14, and the reporter's "You said yesterday" (a statement reported
# inside a question) = 2025-03-14; Garside "last month" = February 2025 (the previous calendar
# month); Rowntree's undated post -> the date line. Q&A answers: cue ":". Not statements: the
# questions, "apologised to supporters" and "praised Akande" (noun phrases), "on Monday" / "next
# Saturday" (inside contents). Names with diacritics: ASCII canonical, accented alt.
T = "2025-03-15"
RM = "Rui Mendonca"
RMA = ["Rui Mendonça"]
A("k04", "the title race was", "far from finished\"", RM, "Rui Mendonça", "insisted", M, T, alts=RMA)
A("k04", "We were the better team", "look at the last minute and learn,", RM, "Mendonça", "told reporters", D, T, alts=RMA)
A("k04", "But I will not sit here", "It is not over.", RM, "Mendonça", "told reporters", D, T, alts=RMA,
  note="second half of a split quote: same speaker and cue")
A("k04", "he had spoken to Blake in the dressing room", "home game against Ashby United", RM, "The Portuguese", "said", I, T, alts=RMA)
A("k04", "Aaron has saved us many points", "what I think of him,", RM, "he", "added", D, T, alts=RMA)
A("k04", "That one's on me. I'll be better,", "be better,", "Aaron Blake", "he", "wrote", D, T,
  note="'apologised to supporters on Instagram' (noun phrase) is not a statement")
A("k04", "his captain, Marco Vidal, had been", "from the first minute\"", RM, "Mendonça", "claiming", M, T, alts=RMA)
A("k04", "was a calf strain", "a calf strain", "Calder City", "the club", "confirmed", I, T,
  note="free-relative attribution ('with what the club later confirmed was a calf strain'), as for relative clauses")
A("k04", "Brentham had set out to target", "the midfielder", "Lee Garside", "Lee Garside", "rejected", I, T, pol="deny",
  note="'rejected suggestions that X': content X")
A("k04", "We don't coach that. Never have.", "Never have.", "Lee Garside", "Lee Garside", "saying", D, T, pol="deny",
  note="participle + colon + quotation: second cue; refutes Mendonça's claim")
A("k04", "the point was \"deserved\"", "deserved\"", "Lee Garside", "Garside", "said", M, T,
  note="'praised Akande' (noun phrase) is not a statement")
A("k04", "People wrote us off at half-time. I didn't,", "I didn't,", "Lee Garside", "Garside", "said", D, T)
A("k04", "Jordan came on and changed the game", "from your bench.", "Lee Garside", "Garside", "said", D, T)
A("k04", "his side were \"in a relegation fight", "says otherwise\"", "Lee Garside", "Garside", "said", M, "2025-02-01/2025-02-28",
  note="'said last month' = the previous calendar month")
A("k04", "City could \"not afford another slip\"", "another slip\"", RM, "Mendonça", "said", M, "2025-03-14", alts=RMA)
A("k04", "you could not afford to drop points", "to drop points", RM, "You", "said", I, "2025-03-14", alts=RMA,
  note="statement reported inside a reporter's question; 'yesterday' = date line - 1")
A("k04", "No. We could not afford a slip", "where they were in January.", RM, "Mendonça", ":", D, T, alts=RMA)
A("k04", "I don't know. I am not a doctor.", "will know more.", RM, "Mendonça", ":", D, T, alts=RMA)
A("k04", "the dressing room was", "quiet but not broken\"", "Kasper Lindqvist", "Lindqvist", "said", M, T)
A("k04", "We have to look at ourselves", "not at the goalkeeper,", "Kasper Lindqvist", "the 24-year-old", "said", D, T)
A("k04", "We win together, we draw together.", "we draw together.", "Kasper Lindqvist", "the 24-year-old", "said", D, T)
A("k04", "Vidal would undergo a scan on Monday", "not take any risks\" with the 33-year-old", "Calder City", "Calder City",
  "said in a statement", M, T, note="'on Saturday evening' = the date line; 'on Monday' is inside the content")
A("k04", "the result was \"the best away point", "in years\"", "Phil Rowntree", "Phil Rowntree", "posted on X", M, T)
A("k04", "Garside's contract talks were", "going well\"", "Phil Rowntree", "Phil Rowntree", "adding", M, T,
  note="participle cue = second statement")

# ---------------------------------------------------------------- k05 (science/health news)
# Date line "Wednesday 3 July 2024". The study was "published on Tuesday" = 2024-07-02: the
# authors' words in the paper ("In the paper, published on Tuesday ...") and Vestergaard "on
# Tuesday" take that date; "Last month" = June 2024; undated statements -> 2024-07-03. Not
# statements: "according to a large study" (a document), "They found that ..." (a finding, not a
# reporting verb), "The company has denied the allegations" (noun phrase), "warned against
# over-reading the results" (no clause), the labelling rule ("must carry a warning that ...").
T = "2024-07-03"
VOLTA = "Volta Beverages"
A("k05", "the findings were \"a warning sign", "not a verdict\"", "Hannah Oduya", "Dr Hannah Oduya", "said", M, T)
A("k05", "We can't say from this kind of study", "cause atrial fibrillation,", "Hannah Oduya", "she", "said", D, T)
A("k05", "What we can say is that the association", "the more people drink.", "Hannah Oduya", "she", "said", D, T)
A("k05", "the team had adjusted for smoking", "held in both countries", "Hannah Oduya", "Dr Oduya", "said", I, T,
  note="one cue with coordinated that-clauses")
A("k05", "the results \"support age restrictions", "on sales\"", "authors", "the authors", "wrote", M, "2024-07-02", named=False,
  alts=["study authors", "researchers"], note="'which are already in force ...' is the journalist's apposition")
A("k05", "Atrial fibrillation affects about 60 million", "stroke in older adults", "World Health Organization",
  "the World Health Organization", "according to", I, T, alts=["WHO"])
A("k05", "several participants had been drinking", "working night shifts", "Soren Vestergaard", "Dr Søren Vestergaard", "told", M,
  "2024-07-02", alts=["Søren Vestergaard"], note="'told the Danish broadcaster DR': DR is the audience, via null")
A("k05", "deeply flawed", "deeply flawed", VOLTA, "Volta Beverages", "rejected", D, T, pol="deny",
  note="'rejected the findings as \"...\"': the quoted words")
A("k05", "This is an observational study", "what they drank years ago,", VOLTA, "a Volta spokesperson", "said in a statement", D, T,
  note="unnamed spokesperson -> the company")
A("k05", "There is no evidence that our products", "cause heart disease.", VOLTA, "a Volta spokesperson", "said in a statement", D, T,
  pol="deny", note="refutes the link reported by the study")
A("k05", "marketing its drinks to teenagers", "TikTok influencers", "Consumer Voice UK", "the campaign group Consumer Voice UK",
  "accused", I, "2024-06-01/2024-06-30", note="gerund after 'accused X of'; 'Last month' = June 2024")
A("k05", "the study was \"well done\"", "well done\"", "Martin Gale", "Prof Martin Gale", "said", M, T)
A("k05", "people who drink large amounts of energy drinks", "hard to measure", "Martin Gale", "he", "cautioned", I, T,
  note="a second cue in a new sentence = second statement")
A("k05", "They sleep less, they're more stressed", "other stimulants,", "Martin Gale", "he", "said", D, T)
A("k05", "Some of that you can adjust for.", "you can't.", "Martin Gale", "he", "said", D, T)
A("k05", "energy drinks were \"among the most tightly", "on every can", "British Soft Drinks Association",
  "The British Soft Drinks Association", "said", M, T, note="one cue with coordinated that-clauses")
A("k05", "it would \"consider the findings carefully\"", "children's health", "Department of Health and Social Care",
  "The Department of Health and Social Care", "said", M, T, alts=["DHSC"])
A("k05", "she was not calling for a ban", "for a ban", "Hannah Oduya", "Dr Oduya", "said", I, T,
  note="negative sentence that refutes nothing in the text: assert")
A("k05", "I drink coffee every morning.", "demonising caffeine,", "Hannah Oduya", "she", "said", D, T)
A("k05", "But if you are 19 and drinking five cans", "please see a doctor.", "Hannah Oduya", "she", None, D, T,
  note="quoted paragraph without a cue of its own")

# ---------------------------------------------------------------- k06 (long-form analysis, politics)
# Date line "Mon 19 May 2025 06.00 BST". The operation: 2am on Sunday 4 May; "on the night of 3 to
# 4 May" = 2025-05-03/2025-05-04 (as g05), and the officer's words "That night" (nested, the text
# dates that night) the same interval; the GNR statement "48 hours later" = 2025-05-06; "last
# Tuesday" = 2025-05-13 (the interview; rule 2 for the split, two-paragraph quote; "In the same
# interview" ties the next paragraph to it, rule 1); "On Wednesday" = 2025-05-14; "on Friday" =
# 2025-05-16 (rule 2 for the quote); "Earlier this month" = 2025-05-01/2025-05-18 (first of the
# month .. the day before the date line, as "earlier this week"); "last week" = 2025-05-12/
# 2025-05-18; "has argued" and the mayor's "arguing" when the mine "was first proposed" (undated
# past) -> null; present-tense "say(s)" and other undated statements -> 2025-05-19. "In an
# interview with the Guardian / the regional newspaper Jornal do Nordeste" = told that outlet: via
# null. Not statements: "declined to comment on the police operation", "approved the project",
# "We have been told ..." / "I was promised ..." (passives without a source).
T = "2025-05-19"
NIGHT = "2025-05-03/2025-05-04"
TUE = "2025-05-13"
GNR = "Republican National Guard"
GNR_ALTS = ["GNR", "Guarda Nacional Republicana"]
FQ = "Fernanda Queiros"
FQA = ["Fernanda Queirós"]
A("k06", "the officers gave them 10 minutes to leave", "minutes to leave", "residents", "Residents", "say", I, T, named=False)
A("k06", "the camp had been warned repeatedly", "court order issued in March", "officials", "Officials", "say", I, T, named=False,
  alts=["Portuguese officials"], note="one cue with coordinated that-clauses")
A("k06", "the protesters had not thrown stones", "at officers", "Aida Fernandes", "Aida Fernandes", "insisted", I, T, pol="deny",
  note="'insisted that ... had not'")
A("k06", "We sat on the road and held hands,", "held hands,", "Aida Fernandes", "she", "said", D, T)
A("k06", "That night an officer told me", "any more.'", "Aida Fernandes", "she", "said", D, T,
  note="second half of a split quote; contains the officer's nested quote")
A("k06", "Madam, this is not your land any more.", "any more.", "GNR officer", "an officer", "told", D, NIGHT, named=False,
  alts=["officer", GNR], note="nested in Fernandes's quotation; 'That night' = the night of the operation")
A("k06", "its officers had acted \"with restraint\"", "thrown from the crowd\"", GNR, "the GNR", "said", M, "2025-05-06",
  alts=GNR_ALTS, note="'In a statement issued 48 hours later' (after the 4 May operation)")
A("k06", "the open-pit mine would produce", "batteries a year", "Norte Lithium", "Norte Lithium", "says", I, T)
A("k06", "the mine would now use about a tenth", "original design required", "Portuguese Environment Agency", "the agency",
  "According to", I, T, alts=["APA"])
A("k06", "Portugal cannot ask other countries", "dig up its own", "Duarte Pimentel", "Duarte Pimentel", "argued", I, None,
  note="'has argued': no lower bound")
A("k06", "We have been told for a decade", "the energy transition,", "Duarte Pimentel", "Pimentel", "said", D, TUE,
  note="'in an interview with the Guardian last Tuesday'")
A("k06", "Then, when a project is finally ready", "cannot govern for one valley.", "Duarte Pimentel", "Pimentel", "said", D, TUE,
  note="second half of a split quote continuing across paragraphs: one statement, paragraph break included; rule 2")
A("k06", "the government had not asked the police", "clear the camp", "Duarte Pimentel", "Pimentel", "insisted", I, TUE, pol="deny",
  note="'insisted that ... had not'; 'In the same interview'")
A("k06", "the timing had been set by the courts", "by the courts", "Duarte Pimentel", "Pimentel", "said", I, TUE,
  note="coordinated cue = second statement")
A("k06", "the company had \"followed every rule", "every appeal\"", "Henrique Sampaio", "Henrique Sampaio", "said", M, T)
A("k06", "it had lobbied ministers", "against the camp", "Henrique Sampaio", "He", "denied", I, T, pol="deny")
A("k06", "We asked the courts for an order.", "in a democracy,", "Henrique Sampaio", "he", "said", D, T)
A("k06", "the operation had been \"an act of intimidation", "against pensioners\"", "Catarina Valente", "Catarina Valente",
  "told parliament", M, "2025-05-14")
A("k06", "outsourcing its policing to a mining company", "to a mining company", "Catarina Valente", "Catarina Valente", "accused", D,
  "2025-05-14", note="gerund complement entirely a quotation: direct; coordinated cue; rule 2")
A("k06", "the project remained on its list", "following the situation closely\"", "European Commission", "the European Commission",
  "said", M, "2025-05-01/2025-05-18", note="'Earlier this month'; 'declined to comment on ...' is not a statement")
A("k06", "the area was losing its young people", "its young people", FQ, "Fernanda Queirós", "arguing", I, None, alts=FQA,
  note="undated past ('when it was first proposed'): null")
A("k06", "Now, she says, she is no longer sure", "no longer sure", FQ, "she", "says", I, T, alts=FQA,
  note="interposed attribution inside the span")
A("k06", "the council would ask for an independent inquiry", "into the operation", FQ, "Queirós", "said", I, "2025-05-16", alts=FQA,
  note="'In an interview with the regional newspaper Jornal do Nordeste on Friday': the outlet is the audience")
A("k06", "I was promised jobs for our young people", "two in the morning,", FQ, "she", "said", D, "2025-05-16", alts=FQA,
  note="rule 2")
A("k06", "the standoff will be watched closely", "in Brussels", "analysts", "Analysts", "say", I, T, named=False)
A("k06", "If Portugal cannot open one lithium mine", "where Europe can,", "Miguel Abrantes", "Miguel Abrantes", "said", D, T)
A("k06", "the villagers would \"be back on this road", "the day they leave\"", "Aida Fernandes", "Fernandes", "said", M, NIGHT,
  note="'In a video she posted on Facebook on the night of 3 to 4 May'")
A("k06", "They can take the tents,", "the tents,", "Aida Fernandes", "Fernandes", "said", D, "2025-05-12/2025-05-18",
  note="'said last week' = the previous ISO week")
A("k06", "They cannot take the mountain.", "the mountain.", "Aida Fernandes", "Fernandes", "said", D, "2025-05-12/2025-05-18",
  note="second half of a split quote; rule 2")
