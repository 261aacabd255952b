"""Annotation tables for the HELD-OUT gold statements (see GUIDELINES.md, "Held-out set").

Same format as annotations.py. Each entry: f=file key, s=start snippet (content starts where
it starts), e=end snippet (content ends where it ends, first match after s), sp=canonical
speaker, st=speaker text, cue, kind, on=said_on, plus optional via, pol, named, alts, after
(disambiguating anchor), note.

Build:  python tests/data/gold/build_gold.py --heldout   ->  tests/data/gold/heldout.jsonl
The held-out set measures generalisation: it is never used for tuning the extractor.
"""

FILES = {
    "h01": "tests/data/gold/heldout/h01_guardian_black_lake.txt",
    "h02": "tests/data/gold/heldout/h02_ap_treasurer_trial.txt",
    "h03": "tests/data/gold/heldout/h03_bbc_milk_dispute.txt",
    "h04": "tests/data/gold/heldout/h04_liveblog_storm.txt",
    "h05": "tests/data/gold/heldout/h05_interview_fire_chief.txt",
    "h06": "tests/data/gold/heldout/h06_xinhua_peacekeepers.txt",
}

from table import D, I, M, table  # noqa: E402

ANNOTATIONS, A = table()
ADM = "Armenian Defence Ministry"
RDM = "Russian Defence Ministry"

# ---------------------------------------------------------------- h01 (Guardian long read)
# Date line: Thu 27 May 2021. Events: the incursion at dawn on Wed 12 May 2021; "that evening" =
# 12 May; "the next day" = 13 May; the defence minister "the following day" after the 13 May
# security council = Fri 14 May; Tatoyan's report "published the following week" after his
# 14 May tour = the ISO week 17-23 May; the Russian officer "In the first week" = 12-18 May;
# "Early on Thursday" = the date line day. Interviews with villagers and analysts are undated
# -> the date line. The State Department's reaction is placed by the text in the "swift"
# reaction to the incursion but not dated -> bounded by the incursion and the date line.
P = "2021-05-27"
A("h01", "I thought they were lost", "they were lost,", "Hovik Mkrtchyan", "the 61-year-old shepherd", "said", D, P)
A("h01", "Then I saw the shovels", "do not bring shovels.", "Hovik Mkrtchyan", "the 61-year-old shepherd", "said", D, P)
A("h01", "Azerbaijani units had advanced 3.5km", "make them withdraw", ADM, "Armenia’s defence ministry", "said", I, "2021-05-12",
  note="'Within hours' of the dawn incursion on 12 May")
A("h01", "The troops, its foreign ministry said", "properly marked", "Azerbaijani Foreign Ministry", "its foreign ministry", "said", I, "2021-05-12",
  note="interposed attribution inside the span (elliptical attribution rule)")
A("h01", "“not a single Azerbaijani soldier”", "set foot in Armenia", "Leyla Abdullayeva", "Leyla Abdullayeva", "insisted", M, "2021-05-13", pol="deny")
A("h01", "groundless provocations aimed", "the peace process", "Leyla Abdullayeva", "The spokeswoman", "called", D, "2021-05-13", pol="deny")
A("h01", "an encroachment on the sovereign", "Republic of Armenia", "Nikol Pashinyan", "the acting prime minister", "described", D, "2021-05-13")
A("h01", "Yerevan would ask the Russian-led", "mutual defence treaty", "Nikol Pashinyan", "He", "said", I, "2021-05-13")
A("h01", "Armenia would not “swallow", "this quietly”", "Nikol Pashinyan", "He", "warned", M, "2021-05-13")
A("h01", "There was “no reason to panic”", "reason to panic”", "Vagharshak Harutyunyan", "the minister", "told", M, "2021-05-14")
A("h01", "the army had reinforced its positions", "entire border", "Vagharshak Harutyunyan", "the minister", "adding", I, "2021-05-14")
A("h01", "every option is on the table", "diplomacy first", "Vagharshak Harutyunyan", "he", "replied", D, "2021-05-14",
  note="the whole that-clause is a quotation: direct, quote marks excluded")
A("h01", "Azerbaijani soldiers had fired into the air", "“living in fear”", "Arman Tatoyan", "Arman Tatoyan", "wrote", M, "2021-05-17/2021-05-23")
A("h01", "Before the war we were a village at the end", "end of Armenia,", "Arsen Gevorgyan", "he", "said", D, P)
A("h01", "Every morning I count the tents", "Nobody has come since.", "Arsen Gevorgyan", "he", "said", D, P,
  note="second half of a split quote, continuing into the next paragraph")
A("h01", "the lake would be shared", "should be patient", "Russian officer", "a Russian officer", "told", I, "2021-05-12/2021-05-18",
  named=False, note="nested in Gevorgyan's quote; 'In the first week' after 12 May")
A("h01", "Azerbaijani forces must withdraw", "with the Armenian people", "Emmanuel Macron", "Emmanuel Macron", "tweeted", M, "2021-05-13")
A("h01", "it was following the situation closely", "situation closely", "US State Department", "The US State Department", "said", I, "2021-05-12/2021-05-27",
  alts=["United States", "State Department"], note="'urged both sides to de-escalate' (infinitive) is not a statement")
A("h01", "the alliance’s silence had been", "will not forget”", "senior official in Yerevan", "A senior official in Yerevan", "said", M, P,
  named=False, alts=["senior Armenian official"])
A("h01", "the Kremlin had no appetite", "mountain pasture", "diplomats", "diplomats", "said", I, P, named=False)
A("h01", "Delimitation is the new front line", "new front line,", "Anahit Petrosyan", "Anahit Petrosyan", "said", D, P)
A("h01", "The mountain border, she explained", "would matter", "Anahit Petrosyan", "she", "explained", I, P)
A("h01", "Both sides, she added", "both sides have maps", "Anahit Petrosyan", "she", "added", I, P)
A("h01", "six Armenian soldiers had been captured", "near Verin Shorzha", ADM, "the defence ministry in Yerevan", "said", I, "2021-05-27")
A("h01", "the soldiers had crossed into Azerbaijan’s Kalbajar", "to lay mines", "Azerbaijan", "Baku", "said", I, "2021-05-27",
  note="'a claim Yerevan denied' is a noun phrase only: not a statement")
A("h01", "The grass is worse", "worse,", "Hovik Mkrtchyan", "he", "said", D, P)
A("h01", "But the neighbours are further away.", "further away.", "Hovik Mkrtchyan", "he", "said", D, P)

# ---------------------------------------------------------------- h02 (AP wire, court case)
# "Updated 6:12 PM EDT, October 18, 2023" (Wednesday). Closing argument "Tuesday" = 2023-10-17;
# Weidner "testified ... last week" = ISO week 2023-10-09/2023-10-15 (the next sentences report
# that testimony); "argued during the trial, which opened Oct. 9" and jurors began deliberating
# Tuesday afternoon -> 2023-10-09/2023-10-17. "according to court documents" is a document's
# text: not a statement.
T = "2023-10-18"
PROS = ["Allen County Prosecutor's Office"]
A("h02", "she spent on racehorses", "farm in Kentucky", "prosecutors", "prosecutors", "said", I, T, named=False, alts=PROS,
  note="relative-clause attribution ('much of which prosecutors said she spent ...')")
A("h02", "The jury has spoken", "overwhelming,", "Martin Oyler", "the judge", "said", D, T)
A("h02", "his client was \"devastated\"", "would appeal", "Greg Hollis", "Greg Hollis", "said", M, T)
A("h02", "We respect the jury", "look at that,", "Greg Hollis", "Hollis", "said", D, T)
A("h02", "Weidner had moved money from a little-used", "payments to vendors", "prosecutors", "Prosecutors", "argued", I, "2023-10-09/2023-10-17",
  named=False, alts=PROS)
A("h02", "Weidner had lived \"a double life.\"", "a double life.\"", "Dana Richter", "Dana Richter", "told", M, "2023-10-17")
A("h02", "By day she was the person", "your tax bills,", "Dana Richter", "Richter", "said", D, "2023-10-17")
A("h02", "On weekends she was at Keeneland", "with your money.", "Dana Richter", "Richter", "said", D, "2023-10-17")
A("h02", "she had borrowed the money", "covered the shortfall", "Carol Ann Weidner", "She", "told", I, "2023-10-09/2023-10-15")
A("h02", "hiding the transfers from auditors", "from auditors", "Carol Ann Weidner", "She", "denied", I, "2023-10-09/2023-10-15", pol="deny")
A("h02", "it had recovered about $410,000", "for the rest", "Ohio Auditor of State", "The state auditor's office", "said in a statement", I, T,
  alts=["state auditor's office", "Ohio Auditor of State's office"])
A("h02", "the verdict \"closes a painful chapter\"", "tightened its controls", "Ruth Ann Dorsey", "Ruth Ann Dorsey", "said", M, T)
A("h02", "No one person can move money", "anymore,", "Ruth Ann Dorsey", "she", "said", D, T)
A("h02", "Two signatures, every time.", "every time.", "Ruth Ann Dorsey", "she", "said", D, T)
A("h02", "federal prosecutors were also examining", "tax returns", "person familiar with the investigation", "A person familiar with the investigation",
  "said", I, T, named=False)
A("h02", "the panel had struggled", "money laundering counts", "juror", "One juror", "told reporters", I, T, named=False)
A("h02", "We just weren't sure", "what she did,", "juror", "she", "said", D, T, named=False)
A("h02", "Several of the horses have since been sold", "sold at auction", "Allen County Prosecutor's Office", "the county prosecutor's office",
  "according to", I, T, alts=["county prosecutor's office"])
A("h02", "the proceeds were being held in escrow", "in escrow", "Allen County Prosecutor's Office", "which", "said", I, T,
  alts=["county prosecutor's office"], note="relative-clause attribution")

# ---------------------------------------------------------------- h03 (BBC explainer)
# "Published 14 June 2024" (Friday). Monday = 2024-06-10, Wednesday = 2024-06-12, Thursday =
# 2024-06-13, "last week" = 2024-06-03/2024-06-09, "in March" = 2024-03-01/2024-03-31,
# "In 2021" = the year. "The Kenya Dairy Board rejected the claims as baseless" is a noun
# phrase only; "Citing figures from the Uganda Revenue Authority" cites data, not a speaker.
T = "2024-06-14"
A("h03", "blocking its dairy exports", "third time this year", "Uganda", "Uganda", "accused", I, T)
A("h03", "is costing them millions", "a month", "traders", "traders", "say", I, T, named=False,
  note="relative-clause attribution ('a row that traders say is costing ...')")
A("h03", "the consignments failed quality tests", "quality tests", "Kenyan Agriculture Ministry", "Kenya's agriculture ministry", "says", I, T,
  alts=["Kenya"])
A("h03", "the measures are protectionism", "food safety", "Ugandan officials", "Ugandan officials", "insist", I, T, named=False)
A("h03", "it had held 42 lorries", "levels\" of aflatoxins", "Agriculture and Food Authority", "Agriculture and Food Authority", "said", M, "2024-06-10",
  alts=["Kenyan Agriculture and Food Authority", "AFA"], note="'a toxin produced by mould' is the journalist's apposition")
A("h03", "Kenyan officials had assured him", "were solved", "Joseph Kiggundu", "Joseph Kiggundu", "told", I, T)
A("h03", "the paperwork problems which", "were solved", "Kenyan officials", "Kenyan officials", "assured", I, "2024-03-01/2024-03-31",
  named=False, note="nested in Kiggundu's statement; 'assured him in March that'")
A("h03", "We brought the lorries", "stopped us again,", "Joseph Kiggundu", "he", "said", D, T)
A("h03", "Every day the milk sits there", "do not have.", "Joseph Kiggundu", "he", "said", D, T)
A("h03", "Trade between the two neighbours", "last year", "East African Business Council", "the East African Business Council", "according to", I, T)
A("h03", "her government was singling out", "Ugandan products", "Judith Otieno", "Judith Otieno", "rejected", I, "2024-06-12", pol="deny",
  note="'rejected claims that X as \"baseless\"': one cue, content X")
A("h03", "Our standards apply to everyone", "the same way,", "Judith Otieno", "she", "said", D, "2024-06-12")
A("h03", "the two countries' trade ministers would meet", "later this month", "Judith Otieno", "She", "added", I, "2024-06-12")
A("h03", "it was acting on behalf of large Kenyan processors", "Kenyan processors", "Kenya Dairy Board", "The Kenya Dairy Board", "dismissed", I, T,
  pol="deny")
A("h03", "the Ugandan government had been warned", "new regional standards", "Kenyan official", "A Kenyan official", "said", I, T, named=False)
A("h03", "Kampala had \"run out of patience\"", "Court of Justice", "Moses Lubega", "Moses Lubega", "told", M, "2024-06-13")
A("h03", "science for hire", "science for hire", "Moses Lubega", "He", "dismissed", D, "2024-06-13", pol="deny")
A("h03", "dairy exports to Kenya had fallen", "of the year", "Moses Lubega", "Mr Lubega", "said", I, "2024-06-13")
A("h03", "any Ugandan consignment had failed", "past two years", "Ugandan High Commission", "The Ugandan High Commission in Nairobi", "denied", I, T,
  pol="deny", alts=["Uganda"])
A("h03", "Kampala was drawing up a list", "retaliatory inspections", "Ugandan officials", "two Ugandan officials", "citing", I, T,
  named=False, via="Reuters")
A("h03", "such disputes were \"almost a ritual\"", "in a quiet deal", "Wanjiku Kamau", "Dr Wanjiku Kamau", "told", M, T)
A("h03", "the bloc's dispute mechanisms were slow", "could take years", "Wanjiku Kamau", "she", "warned", I, T)
A("h03", "In the meantime the farmers pay,", "farmers pay,", "Wanjiku Kamau", "she", "said", D, T)
A("h03", "it was \"closely monitoring\" the situation", "the situation", "East African Community", "The secretariat of the East African Community (EAC)",
  "said in a statement", M, "2024-06-03/2024-06-09", alts=["EAC secretariat", "EAC"],
  note="'urged both partner states to resolve it' (infinitive) is not a statement")
A("h03", "Kenya had blocked its milk and sugar", "for months", "Uganda", "Uganda", "complained", I, "2021-01-01/2021-12-31")
A("h03", "the dispute threatened the livelihoods", "dairy farmers", "exporters", "A group of exporters", "saying", I, "2024-06-03/2024-06-09",
  named=False, alts=["Ugandan exporters"])

# ---------------------------------------------------------------- h04 (live blog, year 2024)
# Section headings "Tuesday 12 March" / "Monday 11 March" (year from "Last modified on Tue 12 Mar
# 2024" and the tweet signatures); the timed sub-headings do not change the date. The summary
# above the first heading takes the latest heading (12 March). Embedded tweets take the date in
# their signature (Eilidh Ross: posted "late last night", 11 March). "said overnight" under the
# 12 March heading = 2024-03-11/2024-03-12. Passives without a source ("Parents have been told",
# "Drivers were being told") and "urged customers to photograph it" are not statements.
T12, T11 = "2024-03-12", "2024-03-11"
A("h04", "all lines in Scotland except", "have reopened", "Network Rail", "Network Rail", "says", I, T12, note="summary above the first heading")
A("h04", "all lines in Scotland had reopened", "clearing fallen trees", "Network Rail", "Network Rail", "said", I, T12)
A("h04", "crews had removed more than 300 trees", "since Monday night", "Network Rail", "A spokesperson", "said", I, T12)
A("h04", "About 41,000 homes remained", "180,000 overnight", "Energy Networks Association", "the Energy Networks Association", "according to", I, T12)
A("h04", "Engineers from Scottish and Southern", "\"around the clock\"", "Scottish and Southern Electricity Networks", "the company", "said", M, T12,
  alts=["SSEN"], note="postposed attribution")
A("h04", "some customers in remote glens", "until Thursday", "Scottish and Southern Electricity Networks", "the company", "warned", I, T12, alts=["SSEN"])
A("h04", "Huge thanks to the crews", "around Inveraray.", "Morag Duncan", "Morag Duncan", "—", D, "2024-03-12", note="embedded tweet, trailing hashtag excluded")
A("h04", "the prime minister had been briefed", "storm damage", "Downing Street", "Downing Street", "said", I, T12)
A("h04", "the government stood \"ready to help\"", "was not planned", "Downing Street", "The prime minister's official spokesman", "told reporters", M, T12,
  alts=["prime minister's official spokesman"])
A("h04", "a yellow warning for rain would remain", "06:00 on Wednesday", "Met Office", "The Met Office", "said", I, T12)
A("h04", "the worst was over for most areas", "for most areas", "Priya Lal", "Priya Lal", "said", I, T12)
A("h04", "It will still be blustery", "last night,", "Priya Lal", "she", "said", D, T12)
A("h04", "Gusts of 94mph", "Tuesday afternoon", "Met Office", "Met Office", "—", D, "2024-03-12", note="embedded tweet, trailing hashtag excluded")
A("h04", "rivers in Cumbria and Lancashire", "after the rain stops", "Environment Agency", "The Environment Agency", "warned", I, T12)
A("h04", "The water came up to the second step", "that fast.", "Joan Fairclough", "Joan Fairclough", "told", D, T12)
A("h04", "power had been restored to all but", "lost supply on Monday", "Northern Ireland Electricity Networks", "Northern Ireland Electricity Networks",
  "said", I, "2024-03-11/2024-03-12", alts=["NIE Networks"])
A("h04", "it was too early to estimate", "cost of the damage", "Association of British Insurers", "The Association of British Insurers", "said", I, T12)
A("h04", "64 schools would stay closed today", "closed today", "Highland Council", "Highland Council", "said", I, T12)
A("h04", "Our garden shed is now", "Apologies, Donald.", "Eilidh Ross", "Eilidh Ross", "—", D, "2024-03-11", note="embedded tweet dated 11 March under the 12 March heading")
A("h04", "a man in his 60s had died after a tree fell", "about 19:30", "Police Scotland", "Police Scotland", "said", I, T11)
A("h04", "His family has been informed", "been informed", "Police Scotland", "the force", "said", I, T11)
A("h04", "The safety of our passengers", "come first,", "CalMac", "the company", "said in a post on X", D, T11)
A("h04", "Roof of the main stand", "Unreal.", "Jamie Rennie", "Jamie Rennie", "—", D, "2024-03-11", note="embedded tweet")
A("h04", "Nobody hurt", "Nobody hurt", "Glenbrae Athletic", "club", "says", I, "2024-03-11", note="nested in Rennie's tweet")
A("h04", "the Queensferry Crossing had been closed", "stay shut overnight", "Transport Scotland", "A Transport Scotland spokeswoman", "said", I, T11)
A("h04", "Flying debris could cause", "danger to life,", "Neil Armitage", "Neil Armitage", "said", D, T11)
A("h04", "gusts of up to 100mph were possible", "exposed coasts", "Neil Armitage", "He", "said", I, T11)

# ---------------------------------------------------------------- h05 (Q&A interview)
# Date line August 28, 2023 (Monday); the interview was "on Friday" = 2023-08-25, so every
# answer is 2023-08-25. Nested: the deputy's words on the evacuation day (Aug. 16, from the
# intro); the ministry "afterwards" = after the Aug. 16 alert and before the interview; the
# crew boss's remark has no time expression -> null (as for nested undated statements in a01).
# Follow-up: "Since our conversation" = 2023-08-25/2023-08-28; Saturday = 2023-08-26; Sunday =
# 2023-08-27; undated follow-up statements take the date line. "The province has promised a
# review" (noun phrase) is not a statement.
F = "2023-08-25"
T = "2023-08-28"
A("h05", "Around two in the afternoon", "rest of my life.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "Chief, it's in the gully.", "gully.", "Ray Okimaw", "Ray Okimaw", "said", D, "2023-08-16", note="nested in Whitford's answer")
A("h05", "the alert on their phones came too late", "too late", "residents", "Some residents", "say", I, F, named=False,
  note="statement reported inside the interviewer's question")
A("h05", "I understand the anger", "I'd like to know.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "the system had worked as designed", "as designed", "British Columbia Emergency Management Ministry", "The emergency management ministry",
  "told", I, "2023-08-16/2023-08-25", alts=["emergency management ministry", "British Columbia"], note="nested in Whitford's answer")
A("h05", "Forty-one in town", "the number that matters.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "The crews from Alberta", "on the Wednesday night.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "they had fought bigger fires", "moved like ours", "South African crew boss", "The South African crew boss", "told", I, None,
  named=False, note="nested in Whitford's answer; undated")
A("h05", "Water, first.", "I know that.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "Rebuild. But rebuild smarter", "lost everything, though.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "Ask me in the spring.", "in the spring.", "Dana Whitford", "Whitford", ":", D, F)
A("h05", "an independent review of the evacuation", "made public", "Caribou Valley Regional District", "the Caribou Valley Regional District",
  "said in a statement", I, "2023-08-25/2023-08-28")
A("h05", "he had \"full confidence\"", "fire department", "Glen Pryce", "Glen Pryce", "told reporters", M, "2023-08-26")
A("h05", "Dana and her crews saved this town,", "this town,", "Glen Pryce", "he", "said", D, "2023-08-26")
A("h05", "the Gully Creek fire", "by autumn rain", "BC Wildfire Service", "A spokesperson for the BC Wildfire Service", "said", I, T)
A("h05", "they had still not been told", "return to their lots", "residents", "Residents who lost their homes", "said", I, T, named=False)
A("h05", "We drive past on the highway", "all that's left,", "Marisol Dubé", "Marisol Dubé", "said", D, T)
A("h05", "she had not decided whether", "before the snow.\"", "Dana Whitford", "Whitford", "said", M, "2023-08-27")

# ---------------------------------------------------------------- h06 (Xinhua-style agency copy)
# "Source: Xinhua | 2024-04-18" and dateline MOSCOW, April 18 (Thursday). Wednesday =
# 2024-04-17; "In January" = 2024-01-01/2024-01-31; "has previously said" has no lower bound ->
# null. The 2020 trilateral statement "stipulated that ..." is a document's text: not a
# statement. "as reported by the APA news agency" is not inherited by the next sentence.
T = "2024-04-18"
W = "2024-04-17"
A("h06", "The withdrawal of the Russian peacekeeping contingent", "has begun", "Dmitry Peskov", "Dmitry Peskov", "confirmed", I, W)
A("h06", "Yes, that is true,", "is true,", "Dmitry Peskov", "Peskov", "told reporters", D, W)
A("h06", "the relevant decisions were taken", "highest level.", "Dmitry Peskov", "Peskov", "adding", D, W,
  note="the whole that-clause is a quotation: direct, quote marks excluded")
A("h06", "the contingent had started leaving", "the two countries", "Azerbaijani Presidential Administration", "the country's presidential administration",
  "citing", I, W, via="AZERTAC", alts=["Azerbaijan"])
A("h06", "the process would be completed", "period of time,\"", "Hikmet Hajiyev", "Hikmet Hajiyev", "said", M, T, via="APA")
A("h06", "The peacekeeping mission has fulfilled its task,", "its task,", "Hikmet Hajiyev", "Hajiyev", "was quoted as saying", D, T)
A("h06", "the peacekeepers had \"fully carried out\"", "their mission", "Maria Zakharova", "Maria Zakharova", "told", M, T)
A("h06", "an example of the responsible role", "South Caucasus.", "Maria Zakharova", "She", "described", D, T)
A("h06", "Our servicemen saved thousands", "difficult conditions,", "Maria Zakharova", "she", "said", D, T)
A("h06", "Moscow remained committed to", "Baku and Yerevan.\"", "Maria Zakharova", "she", "adding", M, T)
A("h06", "Russia had \"abandoned\"", "in September 2023", "Maria Zakharova", "Zakharova", "rejected", M, T, pol="deny",
  note="'rejected claims that X as \"absolutely groundless\"': one cue, content X")
A("h06", "The personnel, weapons and equipment", "by road and by air", "Russian Defence Ministry source", "a source in the Russian Defense Ministry",
  "said", I, T, named=False, via="Interfax", alts=[RDM])
A("h06", "Armenia was not a party to the decision", "to the decision", "Ani Badalyan", "Ani Badalyan", "said", I, T)
A("h06", "This is a matter between the Russian Federation", "and Azerbaijan,", "Ani Badalyan", "her", "quoted her as saying", D, T, via="Armenpress")
A("h06", "the future of the contingent would be decided", "Azerbaijan alone.\"", "Ilham Aliyev", "Ilham Aliyev", "said", M, "2024-01-01/2024-01-31")
A("h06", "it would maintain \"good-neighborly relations\"", "after the pullout", "Russia", "Moscow", "said", M, None)
A("h06", "More than 100,000 ethnic Armenians", "left for Armenia", "Armenia", "the Armenian government", "according to", I, T,
  alts=["Armenian government"])
