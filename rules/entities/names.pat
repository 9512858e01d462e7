# Entity patterns for names no gazetteer holds (docs/rules.md, "Token
# patterns"). The [capture] is the mention; the norm is its snake_case.
# Gazetteer names win over patterns of the same length; a longer pattern
# match swallows the places inside a name ("Black Sea Fleet").

# Organizations: capitalized words around a capitalized head word.
pattern org.head ORGANIZATION: [(?!(%DET|%PRON) (CAP|NUM) ("-" CAP)?)* ?=(CAP) @org_head ((of|for|on|in|de|des|du) the? ?=(CAP|NUM) (CAP|NUM) ("-"? (CAP|NUM))*)*]
example The [Black Sea Fleet]{ORGANIZATION black_sea_fleet} left port.
example She teaches at the [University of Ghana]{ORGANIZATION university_of_ghana}.
example The [Permanent Indus Commission]{ORGANIZATION permanent_indus_commission} met.
example a council and a commission met

# People: a known given name before capitalized words.
# Hyphenated parts count ("Jean-Louis", "Little-Pengelly", "Dae-jung").
pattern person.given PERSON: [?=(CAP) (CAP "-")? @given_name ("-" CAP)? (?=(CAP) CAP ("-" (CAP|LOWER))? | @name_particle+ "-"? CAP)+]
example The paper is by [Jonas Eriksen]{PERSON jonas_eriksen}.
example [Emma Little-Pengelly]{PERSON emma_little_pengelly} spoke.
example [Jean-Louis Tixier-Vignancour]{PERSON jean_louis_tixier_vignancour} ran.
example Yesterday [Maria de Souza]{PERSON maria_de_souza} spoke.

# The same after a given name that is also a common word, inside a sentence.
pattern person.given_ambiguous PERSON: ?<=(ANY) ?!(@given_name_ambiguous (@org_head|@person_title)) [@given_name_ambiguous (?=(CAP) CAP ("-" (CAP|LOWER))? | @name_particle+ "-"? CAP)+]
example He met [Bill Clinton]{PERSON bill_clinton} in 1998.
example Bill Clinton left.
example The [Finance Bill Committee]{ORGANIZATION finance_bill_committee} met.

# People: after a title ("President", "Foreign Minister", "Dr.").
pattern person.title PERSON: ?=(CAP) @person_title+ [?=(CAP) ?!(@person_title|@org_head) CAP+ ("-" CAP)?]
example Talks with President [Tokayev]{PERSON tokayev} began.

# People: a name that reports a view ("Waltz believes that").
pattern person.reporter PERSON: ?!(%DET|%PRON|@unnamed_source|@person_role) [?=(CAP) ?!(@org_head|@person_title) CAP] ?=(@report_verb that)
example [Waltz]{PERSON waltz} believes that the system matters.
example Analysts believe that prices will rise.

# Named events: capitalized words before an event head ("Second Karabakh
# War"), and named operations.
pattern event.head EVENT: [(?!(%DET|%PRON) (CAP|NUM) ("-" CAP)?)+ ?=(CAP) @event_head]
example After the [Second Karabakh War]{EVENT second_karabakh_war}, trade grew.
pattern event.operation EVENT: ["Operation" CAP+]
example [Operation Aspides]{EVENT operation_aspides} began in February.

# Named elections and referendums: a year or capitalized words before
# "election" ("the 2015 United Kingdom general election"); swallows the
# places inside, as other event names do.
pattern event.election EVENT: [(NUM (?=(CAP) ANY)* | (?!(%DET|%PRON) CAP)+) (general|presidential|parliamentary|legislative|local|federal|provincial|state|municipal|regional|national|snap|mid-term|midterm|leadership)? (election|elections|referendum|by-election)]
example The [2015 United Kingdom general election]{EVENT 2015_united_kingdom_general_election} changed little.
