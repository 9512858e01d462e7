# Entity patterns for names no gazetteer holds (docs/rules.md, "Token
# patterns"). The [capture] is the mention; the norm is its snake_case.
# Gazetteer names win over patterns of the same length; a longer pattern
# match swallows the places inside a name ("Black Sea Fleet").

# Organizations: capitalized words before a capitalized head word ("Black
# Sea Fleet", "People's Liberation Army", "Special Additional District and
# Sessions Court"), then "of", "for" or "on" phrases, with "and" inside
# ("Department of Health and Human Services", "Movement for Rights and
# Freedoms", "Union for a Popular Movement"); the words after "and" hold no
# other head, so two bodies joined by "and" stay two ("the Party of Regions
# and the Communist Party"). A head alone is no name ("the
# Union", "the Administration", "Police"): bare bodies are gazetteer names.
# "in" ends the name ("the Customs Service in Almaty"), and so do a person's
# given name ("Liberal Party of Canada Frank Oliver") and an ordinal before
# a legislature ("the 84th Congress" gives "Congress"); a plain number
# ("1944 Republican Party") is no part of one. A sentence never
# opens a name with a gerund or a connective ("Citing", "Following", "Now").
pattern org.head ORGANIZATION: [(?!(%DET|%PRON|@opener|@org_stop) (CAP | NUM ?!(@legislature) ?<!(/[0-9][0-9,.]*/)) ("-" CAP | "'s" ?<=(@org_possessor ANY) | "’s" ?<=(@org_possessor ANY) | "'" ?<=(@org_possessor ANY) s?)?)+ ?=(CAP) @org_head ((of|for|on|de|des|du|del|della|di) (the|a|an)? ?=(CAP|NUM) (CAP|NUM) ("-"? ?!(@given_name|@given_name_en|@org_stop) (CAP|NUM))* ((and|&) ?!(%DET) (?=(@and_tail_head) | ?!(@org_head)) CAP ("-"? (?=(@and_tail_head) | ?!(@org_head|@given_name|@given_name_en|@org_stop)) CAP)* ?!(@org_head|NUM))?)* | ?=(CAP) @org_head ((of|for|on|de|des|du|del|della|di) (the|a|an)? ?=(CAP|NUM) (CAP|NUM) ("-"? ?!(@given_name|@given_name_en|@org_stop) (CAP|NUM))* ((and|&) ?!(%DET) (?=(@and_tail_head) | ?!(@org_head)) CAP ("-"? (?=(@and_tail_head) | ?!(@org_head|@given_name|@given_name_en|@org_stop)) CAP)* ?!(@org_head|NUM))?)+]
example The [Black Sea Fleet]{ORGANIZATION black_sea_fleet} left port.
example She teaches at the [University of Ghana]{ORGANIZATION university_of_ghana}.
example The [Permanent Indus Commission]{ORGANIZATION permanent_indus_commission} met.
example a council and a commission met
example The [Department of Health and Human Services]{ORGANIZATION department_of_health_and_human_services} and the [Union for a Popular Movement]{ORGANIZATION union_for_a_popular_movement} met.
example The [Customs Service]{ORGANIZATION customs_service} in [Almaty]{CITY almaty} and the [Movement for Rights and Freedoms]{ORGANIZATION movement_for_rights_and_freedoms}.
example Citing [Foreign Ministry]{ORGANIZATION ministry_of_foreign_affairs} sources, the Union and the Administration said the 84th [Congress]{ORGANIZATION us_congress} would act.
example The [Reform Party of Canada]{ORGANIZATION reform_party_of_canada} and the [Wildrose Party]{ORGANIZATION wildrose_party} won 23 seats in 1944; the [Party of Regions]{ORGANIZATION party_of_regions} and [Canadian Alliance]{ORGANIZATION canadian_alliance} split.
example The [People's Liberation Army]{ORGANIZATION pla} and the [Women's League]{ORGANIZATION womens_league} met.
example The [UN Panel on Water]{ORGANIZATION un_panel_on_water}, the [EU Council]{ORGANIZATION eu_council} and the [NATO Parliamentary Assembly]{ORGANIZATION nato_parliamentary_assembly} met.
example The [Milli Nizam Partisi]{ORGANIZATION milli_nizam_partisi} and the [Freie Demokratische Partei]{ORGANIZATION freie_demokratische_partei} met [John M. Olin]{PERSON john_m_olin} Fellows.

# People. A name is capitalized parts, each possibly hyphenated ("Jean-Louis",
# "Little-Pengelly", "Dae-jung", but not "Calhoun-led": @hyphen_suffix), with
# lower-case particles inside ("de Palacio", "van den Berg", "bin Salman",
# "al-Assad": @name_particle). Pronouns, function words, months, days,
# titles and place heads never continue a name (@name_stop: "will I",
# "Srinivas Kommuri July", "Norman Chandler Professor").

# How these patterns are written (docs/rules.md, "Token patterns"): the
# entity stage tries each pattern at every token of every sentence that holds
# one word of each set the pattern requires, so each pattern starts with a
# word class that fails at once on most tokens, checks case and context with
# look-arounds only after it, and requires rare words: one pattern per cue
# ("campaigned", "said", "'s killing", "who") is far cheaper than one
# pattern with all the cues as alternatives, which every sentence holds.

# A known given name before capitalized words (given_name or given_name_en),
# but not after "San", "Fort", "Lake"... ("San Luis Obispo"); or a curated
# given name alone, beside no other capitalized word ("Like Fidel, Raúl
# later attended", "Thank you, Tom.", "And, Richard, we know"). The longer
# given_name_en list holds many English surnames and towns ("Bradford",
# "Richmond"), which alone name places as often as people; acronyms ("ISA")
# and places after "in" are left out.
pattern person.given PERSON: [(@given_name|@given_name_en) ?<=(CAP) ?<!(UPPER) ?<!(@place_prefix ANY) ("-" CAP)? (CAP ?<!(@name_stop|%PRON|/[A-Z][A-Z]+/|@org_head|@thing_head|@event_head|@place_head) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? | @name_particle+ "-"? CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?)+ (@regnal_number ?<=(CAP))? ?!(CAP* ?=(CAP) (@thing_head|@org_head|@event_head|@place_head)) | @given_name ?<=(CAP) ?<!(UPPER) ?<!((CAP|"-"|%DET|in|at|near) ANY) ?!(CAP|"-")]
example The paper is by [Jonas Eriksen]{PERSON jonas_eriksen}, not by the Sherman Antitrust Act or the Humphrey-Hawkins Full Employment Act.
example [Emma Little-Pengelly]{PERSON emma_little_pengelly} spoke.
example [Jean-Louis Tixier-Vignancour]{PERSON jean_louis_tixier_vignancour} ran.
example Yesterday [Maria de Souza]{PERSON maria_de_souza} spoke in San Luis Obispo with the [Christian Democrats]{ORGANIZATION christian_democrats}.
example Photo: [Srinivas Kommuri]{PERSON srinivas_kommuri} July 14, 2009.
example I am instructing Treasury Secretary [James Baker]{PERSON james_baker}-I have to get used to saying that.
example The [John C. Calhoun]{PERSON john_c_calhoun}-led faction split.
example [Ursula von der Leyen]{PERSON ursula_von_der_leyen} and [Bashar al-Assad]{PERSON bashar_al_assad} spoke.
example Thank you, [Tom]{PERSON tom}. And, [Richard]{PERSON richard}, we know. We flew in Bradford and ISA.
example [Thomas P. O'Neill Jr.]{PERSON thomas_p_oneill_jr} spoke; later [O'Neill]{PERSON thomas_p_oneill_jr} left, and Roman Catholic bishops met.
example The ship Morgan City docked near Bryce Canyon National Park and Kent House.

# A given name that is also a common word, inside a sentence and before a
# name part that is no organization head or title ("Bill Clinton", not
# "Bill" at a sentence start nor "the Finance Bill Committee").
pattern person.given_ambiguous PERSON: [@given_name_ambiguous ?<=(CAP) ?<=(ANY ANY) ?!(@org_head|@person_title) (CAP ?<!(@name_stop|%PRON|/[A-Z][A-Z]+/|@org_head|@thing_head|@event_head|@place_head) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? | @name_particle+ "-"? CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?)+ (@regnal_number ?<=(CAP))? ?!(CAP* ?=(CAP) (@thing_head|@org_head|@event_head|@place_head))]
example He met [Bill Clinton]{PERSON bill_clinton} in 1998.
example Bill Smithers left.
example The [Finance Bill Committee]{ORGANIZATION finance_bill_committee} met.
example Nor will I allow it, nor will They.
example The Rocky Mountain States and the State and General Governments agreed.

# A given name and a regnal number ("Henry IV", "Napoleon III", "Frederick
# II of Prussia"), with the realm after "of": the number and the realm are
# part of the name, as a generational suffix is ("Adlai Stevenson II" in the
# patterns above). "I" is left out: it is the pronoun far more often.
pattern person.regnal PERSON: [(@given_name|@given_name_en|@given_name_ambiguous) ?<=(CAP) ?<!(UPPER) ?<!(@place_prefix ANY) @regnal_number ?<=(CAP) (of ?=(CAP) CAP ("-" CAP)?)?] ?!(CAP|"-")
example [Louis XIV]{PERSON louis_xiv} and [Frederick II of Prussia]{PERSON frederick_ii_of_prussia} met [Adlai Stevenson II]{PERSON adlai_stevenson_ii}; Chapter IV and [World War II]{EVENT world_war_2} ended.

# After a title head ("President", "Minister" in "Foreign Minister",
# "Secretary" in "Treasury Secretary" and "Secretary of State", "Prince" in
# "Crown Prince", "Dr."); the title stays outside. "Deputy Superintendent of
# Police", "Chief Executive" and "Defense Program" name nobody.
pattern person.title PERSON: @title_head ?<=(CAP) ((of|for) the? @portfolio+ (and @portfolio+)?)? [CAP ?<!(@name_stop|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|%PRON|%ING|/[A-Z][A-Z]+/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (CAP ?<!(@name_stop|%PRON|/[A-Z][A-Z]+/|@org_head|@thing_head|@event_head|@place_head) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? | @name_particle+ "-"? CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?)* (@regnal_number ?<=(CAP))?] ?!(CAP* ?=(CAP) (@thing_head|@org_head|@event_head|@place_head))
example Talks with President [Kaboré]{PERSON kabore} began under the General Agreement on Trade.
example Foreign Minister [Sergey Lavrov]{PERSON sergey_lavrov} and Secretary of State [John Kerry]{PERSON john_kerry} met.
example Commissioner [Loyola de Palacio]{PERSON loyola_de_palacio} met Minister [Ruud van den Berg]{PERSON ruud_van_den_berg}.
example Crown Prince [Mohammed bin Salman]{PERSON mohammed_bin_salman} met Mr. [Dupuis]{PERSON dupuis} and Dr [Azizi]{PERSON azizi}.
example Secretary-General [Ban Ki-moon]{PERSON ban_ki_moon} spoke.
example They arrested the Deputy Superintendent of Police.
example The Chief Executive was at loggerheads over the Five Year Defense Program.
example The General Land Offices and the General Allotment Act grew under General [Miles]{PERSON miles}.

# After a lower-case role noun in apposition ("party leader Mangosuthu
# Buthelezi", "journalist Robert Fisk", "the Russian lawyer Natalia
# Veselnitskaya").
pattern person.role PERSON: @person_role ?<=(LOWER) [CAP ?<!(@name_stop|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|%PRON|%ING|/[A-Z][A-Z]+/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (CAP ?<!(@name_stop|%PRON|/[A-Z][A-Z]+/|@org_head|@thing_head|@event_head|@place_head) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? | @name_particle+ "-"? CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?)*]
example They said party leader [Mangosuthu Buthelezi]{PERSON mangosuthu_buthelezi} would speak.
example According to journalist [Robert Fisk]{PERSON robert_fisk}, he resigned.
example Senior officials in the capital disagreed, and officials Monday agreed.

# After an age ("the 50-year-old Headley").
pattern person.aged PERSON: year "-" old [CAP ?<!(@name_stop|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|%PRON|%ING|/[A-Z][A-Z]+/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (CAP ?<!(@name_stop|%PRON|/[A-Z][A-Z]+/|@org_head|@thing_head|@event_head|@place_head) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? | @name_particle+ "-"? CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?)*]
example The 50-year-old [Headley]{PERSON headley} left.

# Initials before a name ("M. Ranjit", "T P Chandrasekharan", "J. E. Jones").
pattern person.initials PERSON: [@initial ?<!((@initial|LOWER|PUNCT|NUM) @initial ANY) ?<=(CAP) ?<!(I.|V.|X.) ?<!(/[A-Z][a-z]+/ ANY) (@initial ?<=(CAP)){0,3} ?!(@name_stop|@person_title|@org_head|%PRON|/[A-Z]\.?/|/[A-Z][a-z]?\.[A-Z]\.?/|/[A-Z][A-Z]+/) ?=(CAP) CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (CAP ?<!(@name_stop|%PRON|/[A-Z][A-Z]+/|@org_head|@thing_head|@event_head|@place_head) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? | @name_particle+ "-"? CAP ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?)* (@regnal_number ?<=(CAP))?]
example [M. Ranjit]{PERSON m_ranjit}, a student, said so; [A. Muralitharan]{PERSON a_muralitharan} Staff Reporter wrote it.
example The wife of [T P Chandrasekharan]{PERSON t_p_chandrasekharan} testified; she holds an M. A. in law.
example Aid came from the [U.S.]{COUNTRY USA} Treasury under Plan B Funding.
example I. FOREIGN POLICY. V. PROTECTING OUR HOMES.

# East Asian names, family name first ("Xi Jinping", "Wang Yi", "Li Qiang",
# "Kim Dae-jung", "Moon Jae-in", "Kim Jong Un", "Nguyen Phu Trong", "Tsai
# Ing-wen"): a family name of @east_asian_family, then a given name that is
# hyphenated, one or two short syllables, or one pinyin word; not after
# "at", "near" or "in", where such words name places ("bases at Chu Lai"),
# nor after "and" joining it to such a place ("at Phu Bai and Chu Lai").
pattern person.east_asian PERSON: [@east_asian_family ?<=(CAP) ?<!((at|near|in) ANY) ?<!((at|near|in) CAP and ANY) ?<!((at|near|in) CAP CAP and ANY) ?<!((@given_name|@given_name_en) ANY) ?!(@name_stop) (CAP "-" LOWER | ?=(CAP) /(?i)(ch|sh|zh|kh|ng|nh|ph|th|tr|gi|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(ng|nh|ch|[nmptkc])?/ ?!(@name_stop) ?=(CAP) /(?i)(ch|sh|zh|kh|ng|nh|ph|th|tr|gi|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(ng|nh|ch|[nmptkc])?/ | ?=(CAP) /(?i)((zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u)){1,2}/)]
example The president met [Li Qiang]{PERSON li_qiang} in [Minsk]{CITY minsk}.
example [Wang Yi]{PERSON wang_yi} met [Moon Jae-in]{PERSON moon_jae_in} and [Kim Jong Un]{PERSON kim_jong_un}.
example Han [Chinese]{COUNTRY CHN} traders sailed the Song Dynasty routes; the Du Pont Show aired.
example Bases at Chu Lai and near Mo Lin grew; the envoy met [Li Qiang]{PERSON li_qiang}.
example Troops took bases at Phu Bai and Chu Lai; the envoy met [Li Qiang]{PERSON li_qiang} and [Wang Yi]{PERSON wang_yi}.

# A South Asian honorific before or after a name is written as part of it
# ("followers of Baba Ramdev", "a memorial for Chattambi Swami"); not
# before an organization or place head ("Guru Nanak Dev University").
pattern person.honorific PERSON: [@name_honorific ?<=(CAP) ?<!(UPPER) ?<!((CAP|"-") ANY) CAP ?<!(@name_stop|%PRON|UPPER|@org_head|@thing_head|@event_head|@place_head|@person_title) (CAP ?<!(@name_stop|%PRON|UPPER|@org_head|@thing_head|@event_head|@place_head|@person_title))?] ?!(CAP* ?=(CAP) (@thing_head|@org_head|@event_head|@place_head))
pattern person.honorific_after PERSON: [CAP ?<!(@name_stop|%PRON|UPPER|%DET|@opener|@person_title|@org_head|@thing_head|@event_head|@place_head|@group_noun|@name_honorific) ?<!((CAP|"-"|%DET) ANY) (Swami|Maharaj) ?<=(CAP)] ?!(CAP)
example Followers of [Baba Ramdev]{PERSON baba_ramdev} demanded a memorial for [Chattambi Swami]{PERSON chattambi_swami}.
example Students of [Guru Nanak Dev University]{ORGANIZATION guru_nanak_dev_university} met.

# The object of a verb that takes people ("Cuomo endorsed Crowley"): a
# bare capitalized word that no list knows, before no other capitalized
# word or noun.
pattern person.object PERSON: @person_object_verb [CAP ?<!(@name_stop|%PRON|UPPER|%DET|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role)] ?!(CAP|"-"|"'s"|"’s"|%NOUN)
example Governor [Cuomo]{PERSON cuomo} endorsed [Crowley]{PERSON crowley}, as did [Labour]{ORGANIZATION labour_party}; the court pardoned [Sharma]{PERSON sharma}.
example The senators endorsed Democratic candidates.

# A bare capitalized word (two before "'s"; no acronym, determiner,
# pronoun, opener, group noun, role, title or head, and after no
# capitalized word) before what people do or undergo ("Kshyk campaigned
# for", "Patteson was a member", "Fry has been re-elected", "Silva was the
# party's candidate", "Lindqvist won re-election"), before a reporting verb
# ("Mraji said", "Waltz believes that"), before "'s" and a noun of a
# person's life ("Saraswati's killing"), before "who" ("he had spoken to
# Mehbooba who gave an assurance"; not a plural: "Kurds who"), or opening a
# clause inside a sentence, a proper noun there, before what a leader does
# ("In 2016, Shorten led Labor", "so Pearson became leader": @career_verb;
# "the Party led" and "Sharpe, Jr. led" give none). Known places
# and bodies are gazetteer names of the same length and win. Cues are few
# and rare on purpose ("his seat", "announced" and "family" cost more time
# than they found names).
pattern person.bio_verb PERSON: [CAP] ?<!((CAP|%DET) ANY) ?=(@bio_adverb* (@bio_verb | ran (for|as|in|against|unsuccessfully|again))) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head)
pattern person.bio_passive PERSON: [CAP] ?<!((CAP|%DET) ANY) ?=(@bio_adverb* @bio_aux+ @bio_adverb* (re "-"? @bio_passive | @bio_passive)) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head)
pattern person.bio_role PERSON: [CAP] ?=(@bio_adverb* @bio_aux+ @bio_adverb* (a|an|the) (%ADJ|%NOUN|CAP|"'s"|"’s"|"'"|s){0,6} (@person_role ?!(of) | member | members)) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head) ?<!((CAP|%DET) ANY)
pattern person.said PERSON: [CAP] ?<!((CAP|%DET) ANY) ?=(@speech_verb) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head)
pattern person.reporter PERSON: [CAP] ?=(@report_verb that) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head) ?<!((CAP|%DET) ANY)
pattern person.possessive PERSON: [CAP ?<!((CAP|%DET) ANY) | CAP CAP ?<!((CAP|%DET) ANY ANY) ?<!((%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head) ANY)] ?=(("'s"|"’s"|"'") %ADJ? @person_possession) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head)
pattern person.reelected PERSON: [CAP] ?=(@bio_adverb* won (re "-"? election | reelection)) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head) ?<!((CAP|%DET) ANY)
pattern person.clause_subject PERSON: [%PROPN ?<=(CAP)] ?<=(("," | ":" | ";" | so | and | but | while | whereas | although | though | when | after | until | because | since | then) ANY) ?!(CAP | "-" | "'s" | "’s") ?=(@bio_adverb* @career_verb) ?<!(@name_suffix|%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head)
pattern person.who PERSON: [CAP] ?<!((CAP|%DET|%ADJ) ANY) ?=(","? who ?!(%ADV? (are|were|have))) ?<!(/[A-Z][a-z]+s/) ?<!(%DET|%PRON|UPPER|@opener|@unnamed_source|@group_noun|@initial|@person_role|@org_head|@person_title|@name_stop|@portfolio|@thing_head|@event_head|@place_head)
example [Kshyk]{PERSON kshyk} campaigned for the party; [Patteson]{PERSON patteson} was a member.
example [Silva]{PERSON silva} was the [Ontario]{REGION ontario} party's candidate; [Russia]{COUNTRY RUS} was the main rival of the bloc.
example [Fry]{PERSON fry} has been re-elected, [Mraji]{PERSON mraji} said, after [Saraswati]{PERSON saraswati}'s killing.
example Officials said the council was elected; [NATO]{ORGANIZATION nato} said so, and Analysts and Locals said so.
example [Waltz]{PERSON waltz} believes that the system matters.
example Trained as a lawyer, [Hay]{PERSON hay}'s highest office was in the cabinet.
example [Haynor]{PERSON haynor}'s political career ended; [Germany]{COUNTRY DEU}'s eastern provinces and the Tarvel's highest office did not.
example Analysts believe that prices will rise.
example He had spoken to [Mehbooba]{PERSON mehbooba} who gave an assurance; [Lindqvist]{PERSON lindqvist} won re-election.
example In 2016, [Shorten]{PERSON shorten} led the party, so [Pearson]{PERSON pearson} became leader; [Henry D. Sharpe]{PERSON henry_d_sharpe}, Jr. led it, and the Party led, but the Nation led.
example Kurds who fled and Hindus who stayed met the Police, who said little.
example We thank the beneficent Being who made us, every man and Nation who shares our hopes, and Men who act.

# Conjuncts (tried once the names above are chosen; `<PERSON>` sees them,
# and only around a mention with a `joint:` next to it):
# capitalized words joined to a person by a list separator are a person too
# ("Ansari and Ahmed", "Kirti Kulhari, Neil Nitin Mukesh, Anupam Kher and
# Supriya Vinod"), one to three name words that hold no title, role, head,
# group noun, month or pronoun ("Putin and the Kremlin", "Lavrov and Foreign
# Minister Wang", "Maria Santos, Chairman of"). Known places and bodies are
# taken before. A member after a comma ends at a separator or the end ("Dmitry
# Peskov, Kremlin spokesman" is an apposition), one before a comma follows a
# word, never the sentence start ("Thereafter, Putin said"), a member before
# a person follows no place preposition ("the province of Trapani, Nicola
# Petrina") and no place in a list ("attacked Saigon, Cholon and ..."), and a member after one is no modifier ("and Manx language
# revivalist Brian Stowell"). A comma joins to a name of two words or more
# only: a single word may be a place, and a list of places is no list of
# people ("Barnsley, Batley, Bradford, Brighouse").
joint: ","? (and|or|"&") | ","
conjunct person.and_before PERSON: [CAP ?=((CAP|@name_particle|"-" (CAP|LOWER)){0,7} ","? (and|or|"&") <PERSON>) ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ?<!((CAP|"-"|<ENT>|@name_particle|"'s"|"’s"|%DET) ANY) ?<!((<CITY>|<COUNTRY>|<REGION>) "," ANY) ?<!((of|in|at|near|from|to|into|by|across|throughout|within|carry|carried|visited) ANY) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (@name_particle* "-"? CAP ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?){0,2}] ?=(","? (and|or|"&") <PERSON>)
conjunct person.comma_before PERSON: [CAP ?=((CAP|@name_particle|"-" (CAP|LOWER)){0,7} "," <PERSON> <PERSON>) ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ?<!((CAP|"-"|<ENT>|@name_particle|"'s"|"’s"|%DET) ANY) ?<!((<CITY>|<COUNTRY>|<REGION>) "," ANY) ?<!((of|in|at|near|from|to|into|by|across|throughout|within|carry|carried|visited) ANY) ?<=(ANY ANY) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (@name_particle* "-"? CAP ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?){0,2}] ?=("," <PERSON> <PERSON>)
conjunct person.and_after PERSON: <PERSON> ","? (and|or|"&") [CAP ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (@name_particle* "-"? CAP ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?){0,2}] ?!(CAP|"-"|@name_particle|%NOUN)
conjunct person.comma_after PERSON: <PERSON> ?<=(<PERSON> ANY) "," [CAP ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))? (@name_particle* "-"? CAP ?<!(@name_stop|%PRON|UPPER|@opener|@person_title|@portfolio|@org_head|@thing_head|@event_head|@place_head|@group_noun|@person_role|@unnamed_source|@month|@place_prefix|/(?i)(jr|sr)\.?/|/(?i)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]*teenth|[a-z]*tieth)/) ("-" ?!(@hyphen_suffix|@name_stop|%PRON|%VERB) (CAP|LOWER))?){0,2}] ?!(CAP|"-"|@name_particle|%NOUN) ?=("," | and | or | ";" | "." | ")" | ":" | $)
example The claim is that [Ansari]{PERSON ansari} and [Ahmed]{PERSON ahmed} had played a role.
example The cast includes [Anna Apte]{PERSON anna_apte}, [Neeraj Kabi]{PERSON neeraj_kabi}, [Jatin Sarna]{PERSON jatin_sarna} and [Kubbra Sait]{PERSON kubbra_sait}.
example [Vladimir Putin]{PERSON vladimir_putin} and the [Kremlin]{ORGANIZATION kremlin}; [Sergey Lavrov]{PERSON sergey_lavrov} and Foreign Minister [Wang Yi]{PERSON wang_yi} met.
example Thereafter, [Maria Santos]{PERSON maria_santos} said so; for the province of Tarvel, [Maria Santos]{PERSON maria_santos} and Tarvel language scholar [John Smith]{PERSON john_smith}; [Maria Santos]{PERSON maria_santos}, Tarvel spokesman, and [John Smith]{PERSON john_smith}, Jr., agreed; Captain [John Smith]{PERSON john_smith}, Ninth Infantry, left. They were Barnsley, Tarvel, [Bradford]{PERSON bradford}, Brighouse and Pontefract. Troops took [Saigon]{CITY ho_chi_minh_city}, Tarvel and [Maria Santos]{PERSON maria_santos}.
example The first draft of the Tarvel, [Edmund Randolph]{PERSON edmund_randolph} said, was his; [John Wiley]{PERSON john_wiley} and Sons paid.

# Named events: capitalized words before an event head ("Second Karabakh
# War"), and named operations.
pattern event.head EVENT: [(?!(%DET|%PRON) (CAP|NUM) ("-" CAP)?)+ ?=(CAP) @event_head]
example After the [Second Karabakh War]{EVENT second_karabakh_war}, trade grew.
pattern event.operation EVENT: ["Operation" CAP+]
example [Operation Aspides]{EVENT operation_aspides} began in February.

# Named elections and referendums: a year (with its month: "February
# 1974") or capitalized words, with "of" and "and" inside ("1994 United
# States House of Representatives elections"), kinds of election ("general",
# "mayoral", "gubernatorial"), then the noun; after a year, the place the
# election was held in ("the 2004 European Parliament election in Italy").
# Swallows the places inside, as other event names do.
pattern event.election EVENT: [@month? NUM (CAP | (of|and) ?=(CAP) | "-" CAP)* @election_kind* (election|elections) in the? CAP+ | (@month? NUM (CAP | (of|and) ?=(CAP) | "-" CAP)* | ?!(%DET|%PRON|@opener) CAP (CAP | (of|and) ?=(CAP) | "-" CAP)*) @election_kind* (election|elections|referendum|referendums|by-election|by-elections|primary|primaries|runoff)]
example The [2015 United Kingdom general election]{EVENT 2015_united_kingdom_general_election} changed little.
example The [February 1974 United Kingdom general election]{EVENT february_1974_united_kingdom_general_election} and the [1971 Baltimore mayoral election]{EVENT 1971_baltimore_mayoral_election} came first.
example The [1994 United States House of Representatives elections]{EVENT 1994_united_states_house_of_representatives_elections} and the [2004 European Parliament election in Italy]{EVENT 2004_european_parliament_election_in_italy} followed.
