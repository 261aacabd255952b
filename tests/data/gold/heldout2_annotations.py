"""Annotation tables for the SECOND held-out gold set (see GUIDELINES.md, "Second held-out set").

Same format as annotations.py / heldout_annotations.py. Each entry: f=file key, s=start snippet
(content starts where it starts), e=end snippet (content ends where it ends, first match after
s), sp=canonical speaker, st=speaker text, cue, kind, on=said_on, plus optional via, pol, named,
alts, after (disambiguating anchor), note.

Build:  python tests/data/gold/build_gold.py --heldout2   ->  tests/data/gold/heldout2.jsonl
Annotated blind (the extractor was neither run nor read). This set is scored once, at the end
of the work session, to measure generalisation: it is never used for tuning the extractor.
"""

FILES = {
    "g01": "tests/data/gold/heldout2/g01_reuters_caspian_ferries.txt",
    "g02": "tests/data/gold/heldout2/g02_aljazeera_chad_rations.txt",
    "g03": "tests/data/gold/heldout2/g03_ledger_school_closure.txt",
    "g04": "tests/data/gold/heldout2/g04_politico_eu_summit.txt",
    "g05": "tests/data/gold/heldout2/g05_afp_factcheck_myanmar_strike.txt",
}

from table import D, I, M, table  # noqa: E402

ANNOTATIONS, A = table()

# ---------------------------------------------------------------- g01 (Reuters business wire)
# Stamp "January 9, 2025 2:41 PM GMT+4", dateline ALMATY/BAKU, Jan 9 (Thursday). Wednesday =
# 2025-01-08; Tuesday = 2025-01-07; "last week" = ISO week 2024-12-30/2025-01-05. "expected to
# sign in Baku on Monday" is a date inside the content. "have complained" / "have repeatedly
# said" with no date have no lower bound -> null. "declined to comment on ..." (noun phrase /
# wh-clause) and "did not respond to a request for comment" are not statements.
T = "2025-01-09"
PFM = "people familiar with the matter"
A("g01", "Kazakhstan's state-controlled Steppe Rail", "on the trans-Caspian route", PFM, "three people familiar with the matter", "said", I, T,
  named=False, note="preposed clause, postposed attribution; 'as shippers look for ...' is the journalist's")
A("g01", "The agreement, which the companies are expected", "a digital customs corridor", PFM, "the sources", "said", I, T,
  named=False, alts=["sources"], note="'on Monday' is inside the content (future signing), not the statement's date")
A("g01", "talks were at \"an advanced stage\"", "an advanced stage\"", "Steppe Rail", "Steppe Rail", "confirmed", M, T,
  note="'declined to comment on the size of the investment' is not a statement")
A("g01", "We are not going to discuss figures", "documents are signed,", "Zhanna Omarova", "Zhanna Omarova", "told", D, T)
A("g01", "it was \"in discussions with several partners\"", "in due course\"", "Caspian Gateway Port", "Caspian Gateway Port",
  "said in a statement", M, "2025-01-08")
A("g01", "Container volumes on the so-called Middle Corridor", "equivalent units (TEUs)", "Middle Corridor Association",
  "the Middle Corridor Association", "according to", I, T, note="'an industry group' is the journalist's apposition")
A("g01", "containers can wait up to three weeks", "for a ferry slot", "freight forwarders", "Freight forwarders", "complained", I, None,
  named=False, note="'have complained' without a date: no lower bound")
A("g01", "Right now the bottleneck is not the railway", "it is the water,", "Timur Akhmetov", "Timur Akhmetov", "said", D, T)
A("g01", "Two ferries will not solve everything", "waiting time in half.", "Timur Akhmetov", "Timur Akhmetov", "said", D, T)
A("g01", "China's Huaxin Container Lines was in talks", "in the ferry operator", PFM, "One of the sources", "said", I, T,
  named=False, alts=["sources", "source"], note="'a move that would guarantee cargo ...' is the journalist's apposition")
A("g01", "the government had allocated 140 million manats", "by the end of 2026", "Azerbaijani Transport Ministry",
  "Azerbaijan's transport ministry", "said", I, T, alts=["Azerbaijan", "Azerbaijani transport ministry"],
  note="one cue with coordinated that-clauses: one statement")
A("g01", "the government was ready to provide state guarantees", "commercial terms make sense\"", "Yerlan Sadykov", "Yerlan Sadykov",
  "told reporters", M, "2025-01-07")
A("g01", "a decision on a second terminal at Kuryk", "within months\"", "Yerlan Sadykov", "He", "added", M, "2025-01-07",
  note="rule 2: same speaker, same paragraph")
A("g01", "the corridor's economics still depended", "rates staying high", "analysts", "Analysts", "warned", I, T, named=False)
A("g01", "If the Red Sea reopens and rates fall", "back to the ships,", "Olga Petrenko", "Olga Petrenko", "said", D, T)
A("g01", "governments rather than shippers were carrying", "most of the risk", "Olga Petrenko", "She", "argued", I, T)
A("g01", "the EBRD had been approached", "yet made a decision", "bankers involved in the discussions", "Two bankers involved in the discussions",
  "said", I, T, named=False, alts=["bankers"], note="the EBRD spokesperson 'declined to comment on whether ...': not a statement")
A("g01", "it had cut transit tariffs by 15%", "keep the route competitive", "Georgian Railway", "Georgian Railway", "said", I,
  "2024-12-30/2025-01-05")
A("g01", "the route cannot compete on cost", "rail transit through Russia", "Russian officials", "Russian officials", "said", I, None,
  named=False, alts=["Russia"], note="'have repeatedly said': no lower bound; the relative clause 'which carried ...' is the journalist's")
A("g01", "Steppe Rail would publish details of the financing", "approvals are in place\"", "Zhanna Omarova", "Omarova", "said", M, T)

# ---------------------------------------------------------------- g02 (Al Jazeera, humanitarian)
# "Published On 23 Apr 2024" (Tuesday); dateline Adre, Chad. "on April 2" = 2024-04-02 (and the
# WFP's "warned" by rule 2); Coulibaly "by phone on Sunday" = 2024-04-21 (and her "She said" by
# rule 2); Haroun at the Paris conference "on April 15"; the UN panel "in a report in January" =
# 2024-01-01/2024-01-31; "The RSF has denied" with no date -> null; everything else the
# publication date. Refugees quoted by first name only keep that name as the canonical speaker.
T = "2024-04-23"
WFP = "World Food Programme"
A("g02", "Before, it lasted three weeks", "finished in ten days,", "Halime", "the 34-year-old", "told", D, T,
  note="first name only in the text")
A("g02", "After that, we borrow", "go to sleep hungry.", "Halime", "the 34-year-old", "told", D, T,
  note="second half of a split quote: same speaker and cue")
A("g02", "it had been forced to halve rations", "funding shortfall of $146m", WFP, "The World Food Programme (WFP)", "said", I, "2024-04-02",
  alts=["WFP"])
A("g02", "assistance could stop entirely by June", "new money arrived", WFP, "The World Food Programme (WFP)", "warned", I, "2024-04-02",
  alts=["WFP"], note="coordinated cue = second statement; rule 2 date; 'by June' is inside the content")
A("g02", "We are making impossible choices", "and the starving,", "Aminata Coulibaly", "Aminata Coulibaly", "told", D, "2024-04-21")
A("g02", "the agency had received only 11 percent", "response in Chad", "Aminata Coulibaly", "She", "said", I, "2024-04-21",
  note="rule 2: same speaker, same paragraph")
A("g02", "more than 1,200 people a day arrived in Adre", "first two weeks of April", "UNHCR", "The UN refugee agency, UNHCR", "says", I, T,
  alts=["UN refugee agency"], note="'Many are women and children ...' is the journalist's next sentence")
A("g02", "The camps were built for a third", "who are here now,", "Kofi Mensah", "Kofi Mensah", "said", D, T)
A("g02", "There is not enough water, and the rains", "start in June.", "Kofi Mensah", "Kofi Mensah", "said", D, T)
A("g02", "cholera \"could spread very fast\"", "riverbeds flood", "Kofi Mensah", "He", "warned", M, T)
A("g02", "its teams in Adre had treated 2,300 children", "same period last year", "Doctors Without Borders", "Doctors Without Borders", "said", I, T,
  alts=["MSF", "Médecins Sans Frontières"], note="one cue with coordinated that-clauses")
A("g02", "We are seeing children arrive", "nothing to eat,", "MSF nurse", "an MSF nurse", "told", D, T, named=False)
A("g02", "Some do not survive the first night.", "the first night.", "MSF nurse", "an MSF nurse", "told", D, T, named=False)
A("g02", "the family had walked from Ardamata", "their home in November", "Adam", "He", "said", I, T, note="first name only in the text")
A("g02", "They asked us which tribe we were from", "started shooting,", "Adam", "he", "said", D, T,
  note="the nested question is not a statement")
A("g02", "targeting civilians on ethnic grounds", "on ethnic grounds", "Rapid Support Forces", "The RSF", "denied", I, None, pol="deny",
  alts=["RSF"], note="gerund after deny; 'has denied' without a date: no lower bound")
A("g02", "the killings in West Darfur were the result", "its forces tried to stop", "Rapid Support Forces", "The RSF", "says", I, T,
  alts=["RSF"], note="coordinated cue = second statement; present tense -> publication date")
A("g02", "between 10,000 and 15,000 people had been killed", "El Geneina alone in 2023", "UN panel of experts", "A UN panel of experts",
  "said in a report", I, "2024-01-01/2024-01-31", alts=["United Nations", "UN Panel of Experts on Sudan"])
A("g02", "Our country cannot carry this burden alone", "burden alone,", "Fatime Haroun", "Fatime Haroun", "told", D, "2024-04-15")
A("g02", "little of the money had yet reached", "reached eastern Chad", "aid workers", "aid workers in Adre", "said", I, T, named=False)
A("g02", "Pledges do not feed anyone", "feed anyone,", "Aminata Coulibaly", "Coulibaly", "said", D, T,
  note="new paragraph without a date: publication date (rule 2 is per paragraph)")
A("g02", "Trucks of food feed people", "not in six months.", "Aminata Coulibaly", "Coulibaly", "said", D, T)
A("g02", "Local authorities in Ouaddai province", "away from the border", "aid official", "an aid official who attended a coordination meeting in Abeche",
  "according to", I, T, named=False,
  note="'according to' over a clause whose own verb ('asked the UN to move ...') is not a statement cue")
A("g02", "local leaders were worried that", "attack the camps", "aid official", "The official", "said", I, T, named=False)
A("g02", "she had registered for a cash transfer programme", "heard nothing since", "Halime", "Halime", "said", I, T)
A("g02", "Maybe next month,", "next month,", "Halime", "she", "said", D, T)
A("g02", "We are still waiting.", "still waiting.", "Halime", "she", "said", D, T)

# ---------------------------------------------------------------- g03 (local US newspaper)
# "Published 6:02 a.m. ET Nov. 17, 2022" (Thursday). Tuesday's board meeting = 2022-11-15;
# Wednesday = 2022-11-16; Monday (letter dated Monday) = 2022-11-14; "On Thursday" = the date
# line; "has said repeatedly since early October" = 2022-10-01/2022-11-17; Denise Brooks
# "afterward" = after Tuesday's meeting, before the date line: 2022-11-15/2022-11-17; "once told
# a Dayton reporter" -> null. "recommended closing the building" (gerund after recommend) and "a
# facilities study ... found" (a document) are not statements. The district's two-paragraph
# written statement is one statement.
T = "2022-11-17"
TUE, WED = "2022-11-15", "2022-11-16"
MCS = "Millbrook City Schools"
A("g03", "she felt \"lied to.\"", "lied to.\"", "Angela Ruiz", "she", "told", M, TUE)
A("g03", "parents had learned about the plan", "not from the district", "Angela Ruiz", "she", "said", I, WED,
  note="pronoun 'she' refers back two paragraphs to Ruiz; 'In an interview Wednesday'")
A("g03", "Nobody asked us. They had maps", "single public meeting,", "Angela Ruiz", "she", "said", D, WED, note="rule 2")
A("g03", "board members had agreed on the closure", "session in October", "parents", "Several parents", "claimed", I, TUE, named=False)
A("g03", "the district cannot afford to keep", "the building open", "Karen Whitlock", "Whitlock", "said", I, "2022-10-01/2022-11-17",
  note="'has said repeatedly since early October'")
A("g03", "Enrollment at the school has fallen", "310 this fall", MCS, "the district", "according to", I, T,
  alts=["Millbrook school district", "district"])
A("g03", "the decision was \"about dollars", "not of importance.\"", "Karen Whitlock", "the superintendent", "said", M, TUE,
  note="anaphor 'the superintendent'")
A("g03", "Hawthorne's students would move to Lincoln", "would lose a job", "Karen Whitlock", "She", "told", I, TUE,
  note="one cue with coordinated that-clauses; rule 2")
A("g03", "I understand that this is painful", "school myself,", "Karen Whitlock", "Whitlock", "told", D, TUE)
A("g03", "But I would be failing every other family", "on one building.", "Karen Whitlock", "Whitlock", "told", D, TUE)
A("g03", "Millbrook City Schools has discussed the future", "every family to attend.", MCS, "the district", "said", D, WED,
  alts=["Millbrook school district", "district"],
  note="written statement quoted over two paragraphs after 'said:': one statement, paragraph break included")
A("g03", "the vote would go ahead as scheduled", "as scheduled", "Tom Reardon", "Tom Reardon", "said", I, WED)
A("g03", "the district \"could have done a better job\"", "appeared online", "Tom Reardon", "He", "acknowledged", M, WED, note="rule 2")
A("g03", "That's on us, and honestly", "that's on me,", "Tom Reardon", "he", "said", D, WED, note="rule 2")
A("g03", "the board had discussed Hawthorne", "in a closed session", "Tom Reardon", "Reardon", "denied", I, T, pol="deny")
A("g03", "There was no vote and there was no deal", "no deal,", "Tom Reardon", "he", "said", D, T, pol="deny",
  note="the quotation refutes the parents' claim")
A("g03", "it had not been consulted", "been consulted", "Millbrook Education Association", "The Millbrook Education Association", "said", I, T,
  note="negative sentence that refutes nothing: assert")
A("g03", "teachers at Lincoln were already worried", "about class sizes", "Marcus Bell", "Marcus Bell", "said", I, T)
A("g03", "You can't put 28 kids in a room", "call it efficiency,", "Marcus Bell", "Bell", "wrote", D, "2022-11-14",
  note="letter 'dated Monday'")
A("g03", "he had asked the district for copies", "had not received them", "Marcus Bell", "He", "said", I, T)
A("g03", "he did not want to \"start over\"", "at a new school", "Elijah Brooks", "who", "told", M, TUE,
  note="relative-clause attribution; 'Among the speakers Tuesday'")
A("g03", "he had practiced his speech for a week", "for a week", "Denise Brooks", "Denise Brooks", "said", I, "2022-11-15/2022-11-17",
  note="'afterward' = after Tuesday's meeting, up to the date line")
A("g03", "he had asked the Ohio Department of Education", "facilities plan", "Paul Sandoval", "Paul Sandoval", "tweeted", I, TUE)
A("g03", "the request had been received", "been received", "Ohio Department of Education", "A department spokesperson", "confirmed", I, WED,
  note="unnamed spokesperson -> the institution")
A("g03", "closing a school is \"the hardest thing", "ever does.\"", "Karen Whitlock", "Whitlock", "told", M, None,
  note="'once told a Dayton reporter': nothing bounds the date")
A("g03", "she still believed that", "still believed that", "Karen Whitlock", "she", "said", I, TUE)
A("g03", "she would keep organizing parents", "Dec. 12 vote", "Angela Ruiz", "Ruiz", "said", I, T)
A("g03", "If they close Hawthorne", "all of us in the room,", "Angela Ruiz", "she", "said", D, T)

# ---------------------------------------------------------------- g04 (Politico Europe, EU summit)
# "March 21, 2025 6:45 pm CET" (Friday); two-day summit Thursday 20 - Friday 21 March. "on
# Thursday" / "on Thursday evening" = 2025-03-20; "On Wednesday" = 2025-03-19; "earlier this
# week" = 2025-03-17/2025-03-20; Tusk's post "shortly after midnight" (the night after
# Thursday's session, in a text written on Friday) = 2025-03-21; von der Leyen "speaking alongside
# Costa" at the Friday press conference = 2025-03-21; "have argued" without a date -> null;
# undated statements (diplomats, Peskov, Costa's last line) the publication date. Canonical names
# in common English (ASCII) spelling as in the guidelines' examples (Erdogan, Cavusoglu), the
# accented form as an alt (Viktor Orban / Viktor Orbán, Antonio Costa, Zoltan Hegedus, Hirlap24).
T = "2025-03-21"
THU = "2025-03-20"
A("g04", "We have decided to move forward with 26", "with 26,", "Antonio Costa", "António Costa", "told", D, T, alts=["António Costa"])
A("g04", "the text on Ukraine would be published", "all the other capitals", "Antonio Costa", "António Costa", "adding", I, T,
  alts=["António Costa"])
A("g04", "Hungary would not \"write a blank check\"", "not for peace.\"", "Viktor Orban", "Orbán", "told reporters", M, THU,
  note="one cue with coordinated that-clauses", alts=["Viktor Orbán"])
A("g04", "26:1 again. Europe stands with Ukraine", "one capital says.", "Donald Tusk", "Donald Tusk", "posted on X", D, T,
  note="tweet quoted inline after a colon; 'shortly after midnight' = Friday")
A("g04", "Europe had \"no time to lose\"", "on rearmament", "Mette Frederiksen", "Mette Frederiksen", "told reporters", M, T)
A("g04", "If we wait for everyone to be comfortable", "wait forever,", "Mette Frederiksen", "she", "said", D, T)
A("g04", "the scheme amounts to joint debt", "by the back door.\"", "critics in the Dutch parliament", "Critics in the Dutch parliament",
  "argued", M, None, named=False, alts=["critics"], note="'have argued' without a date: null")
A("g04", "the loans were not joint debt", "its own share in full", "Dick Schoof", "Dick Schoof", "insisted", I, THU, pol="deny",
  note="'insisted ... were not' refuting the critics' claim")
A("g04", "the first loans could be disbursed", "already expressed interest", "Ursula von der Leyen", "Ursula von der Leyen", "said", M, T,
  note="one cue with coordinated that-clauses; at Friday's press conference")
A("g04", "European preference should be", "in the new spending", "Emmanuel Macron", "Emmanuel Macron", "argued", M, THU)
A("g04", "buying American weapons with EU money", "a strategic mistake.\"", "Emmanuel Macron", "Emmanuel Macron", "warning", M, THU,
  note="second cue (participle) = second statement; rule 2")
A("g04", "Orbán had privately offered to lift it", "frozen EU funds", "Hirlap24", "the Hungarian news site Hírlap24", "reported", I, "2025-03-19",
  alts=["Hírlap24"])
A("g04", "fake news", "fake news", "Zoltan Hegedus", "Zoltán Hegedűs", "dismissed", D, THU, pol="deny",
  note="'dismissed the report as \"fake news\"': the quoted words", alts=["Zoltán Hegedűs"])
A("g04", "There is no deal and there will be no deal", "be no deal,", "Zoltan Hegedus", "he", "wrote", D, THU, pol="deny",
  note="rule 2", alts=["Zoltán Hegedűs"])
A("g04", "the mood in the room was", "rather than angry.\"", "EU diplomat", "One EU diplomat", "said", M, T, named=False)
A("g04", "Everyone has stopped expecting Budapest", "Budapest to move,", "EU diplomat", "the diplomat", "said", D, T, named=False)
A("g04", "Slovakia's Robert Fico had also raised", "one-on-one meeting with Costa", "EU diplomat", "A second diplomat", "said", I, T,
  named=False, alts=["second diplomat"])
A("g04", "she wanted member countries to commit", "ammunition for Ukraine", "Kaja Kallas", "Kaja Kallas", "said", I, "2025-03-17/2025-03-20",
  note="'earlier this week'")
A("g04", "the target had not yet been met", "not yet been met", "Kaja Kallas", "she", "acknowledged", I, T)
A("g04", "the EU's rearmament plans were", "prolong the war", "Dmitry Peskov", "Dmitry Peskov", "said", M, T, via="TASS")
A("g04", "\"a majority of Europeans\" agreed", "agreed with him", "Viktor Orban", "Orbán", "claimed", M, T, alts=["Viktor Orbán"])
A("g04", "The others are in a war mood", "in a peace mood,", "Viktor Orban", "he", "said", D, T, alts=["Viktor Orbán"])
A("g04", "Leaders will return to the issue, Costa said", "June summit in Brussels", "Antonio Costa", "Costa", "said", I, T,
  note="interposed attribution inside the span (elliptical attribution rule, as h01)", alts=["António Costa"])

# ---------------------------------------------------------------- g05 (AFP Fact Check)
# "Published on October 15, 2024" (Tuesday). Residents' posts "during the night of 3 to 4
# October" = 2024-10-03/2024-10-04; PDF statement "on 4 October"; NUG post "on 5 October"; MNA's
# response "48 hours later" (after the 4 October statement) = 2024-10-06, MRTV "the same evening"
# = 2024-10-06; "On Sunday" = 2024-10-13; "last Thursday" = 2024-10-10; UN "on Friday" =
# 2024-10-11; the 2022 Facebook post "dated 17 September 2022"; UNICEF "on 19 September 2022";
# the X user's undated post about the strike = 2024-10-03/2024-10-15 (strike to date line); "The
# military has previously said" -> null. "claims to show", "put the
# death toll at 34", "called for an independent investigation", "images ... show" and "AFP
# compared ... and found matching buildings" are not statements.
T = "2024-10-15"
MIL = "Myanmar military"
A("g05", "the junta burned our children alive.", "children alive.", "X user", "One X user who shared the clip", "wrote", D,
  "2024-10-03/2024-10-15", named=False,
  note="that-clause entirely a quotation: direct; undated post about the 3-4 October strike: bounded by the strike and the date line")
A("g05", "the school was on fire and that", "trapped inside", "residents", "Residents", "posted", I, "2024-10-03/2024-10-04",
  named=False, note="one cue with coordinated that-clauses")
A("g05", "a fighter jet had dropped two bombs", "19 of them children", "Kyauk Ye People's Defence Force",
  "The Kyauk Ye People's Defence Force (PDF)", "said in a statement", I, "2024-10-04", alts=["PDF", "Kyauk Ye PDF"])
A("g05", "\"deliberately targeting\" children", "targeting\" children", "National Unity Government",
  "The National Unity Government (NUG)", "accused", M, "2024-10-05", alts=["NUG"],
  note="gerund clause after accuse; 'put the death toll at 34' is a noun phrase")
A("g05", "the air force had struck \"a training camp", "two kilometres from the village", "Aung Thura Win",
  "junta spokesman Major General Aung Thura Win", "as saying", M, "2024-10-06", via="Myanmar News Agency",
  alts=[MIL], note="'state news agency MNA quoted X as saying that ...'; '48 hours later' after the 4 October statement")
A("g05", "No schools, no hospitals and no religious", "were hit,", "Aung Thura Win", "he", "was quoted as saying", D, "2024-10-06",
  pol="deny", alts=[MIL], note="rule 2; via not inherited by the next sentence")
A("g05", "11 insurgents had been killed", "weapons cache destroyed", "MRTV", "State broadcaster MRTV", "reported", I, "2024-10-06",
  note="'the same evening' as the 6 October response")
A("g05", "any civilians had died", "civilians had died", MIL, "the military's information team", "denied", I, "2024-10-13", pol="deny",
  alts=["military information team"])
A("g05", "terrorist propaganda", "terrorist propaganda", MIL, "the military's information team", "calling", D, "2024-10-13", pol="deny",
  alts=["military information team"], note="'calling the NUG's figure \"...\"': the quoted words; second cue")
A("g05", "she had helped carry 27 bodies", "out of the building", "teacher", "A teacher at the school", "told", I, "2024-10-10", named=False)
A("g05", "Most of them were our students", "knew their names,", "teacher", "she", "said", D, "2024-10-10", named=False, note="rule 2")
A("g05", "it had received \"credible reports\"", "25 civilian deaths", "UN human rights office", "The UN human rights office", "said", M,
  "2024-10-11", alts=["OHCHR", "United Nations"], note="'called for an independent investigation' (noun phrase) is not a statement")
A("g05", "the images were consistent with a strike", "the school itself", "Khin Mya Thandar", "Khin Mya Thandar", "said", I, T)
A("g05", "The craters line up with the classrooms", "with the fields,", "Khin Mya Thandar", "she", "told", D, T)
A("g05", "her team had found no trace of a military camp", "two kilometres of the village", "Khin Mya Thandar", "She", "said", I, T,
  pol="deny", note="refutes the junta's 'training camp two kilometres from the village'")
A("g05", "the video showed a monastery school", "on 16 September 2022", "Facebook user", "The author of that post", "wrote", I, "2022-09-17",
  named=False, alts=["author of that post"], note="the post is 'dated 17 September 2022'")
A("g05", "at least 11 children had been killed", "Let Yet Kone attack", "UNICEF", "UNICEF", "said", I, "2022-09-19")
A("g05", "its helicopters came under fire", "from the village", MIL, "The military", "said", I, None,
  note="'has previously said': no lower bound")
