# Closed word classes of English, used by the tag stage for parts of speech
# and by claim rules (docs/rules.md, "Lexicons"). Open classes (nouns, verbs,
# adjectives, adverbs) come from WordNet.

class det
  the a an this that these those another
# Demonstratives: before a past form that is no adjective, at a clause's
# start, the pronoun subject of that verb ("[This] fuelled inflation", not
# "this armed group"; the tagger).
class demonstrative
  this that these those
class poss_det
  his her its their our my your whose
class quant
  some many several all both each every most few any no much more less
  fewer various numerous certain enough either neither
class pron
  i you he she it we they me him us them myself yourself himself herself
  itself ourselves themselves one ones someone somebody something anyone
  anything everyone everything nobody nothing none
class subj_pron
  i you he she it we they
class rel_pron
  which who whom whose that
class wh
  what why how when where whether which who
class prep
  of in on at by for with from to into onto upon over under about against
  between among amongst through throughout during before after since until
  till within without across along around beyond toward towards behind
  beneath beside besides near despite via per amid amidst following
  including regarding concerning versus like unlike than past off out up
  down inside outside above below
class cconj
  and or but nor yet
class sconj
  because although though while whereas if unless since as once until
  when whenever where wherever whether so that lest
class aux_be
  be is are was were been being am 's 're
class aux_have
  have has had having 've 'd
class aux_do
  do does did
class modal
  will would can could may might shall should must 'll ought
class neg
  not n't never no nor neither
class to
  to
class pp_attach
  of in on for to between among amongst against over across within toward towards
  from with into along around throughout beyond behind near
# "at" joins the noun phrase before it when a phrase is read rightward
# ("corruption at every level", "record arrivals at the border"), not when
# a phrase is found leftward from a trigger ("their attempts at
# [expansion] based on").
class pp_attach_right
  at
class discourse
  therefore however accordingly thus hence moreover furthermore indeed finally
  overall consequently nonetheless nevertheless meanwhile instead still also
  first second third lastly additionally similarly likewise conversely
  notably importantly crucially ultimately then so yet thereby
# Focus adverbs: left out of the start of a cause or effect before a
# determiner, pronoun or name ("[only] a limited number of actions"); not
# discourse markers, which patterns may skip before a trigger ("Only if"
# is one trigger).
class focus_adverb
  only even just merely
# Nouns of address after "my" or "my fellow" opening a speech's sentence
# ("My friends, if we are to ...", "My fellow Americans, ...").
class vocative_noun
  friends colleagues countrymen citizens americans people compatriots
# Verbs whose "to" clause completes them ("sought to", "urged Iran to",
# "help these nations to overcome"): no purpose of an action; the
# infinitive has their subject (Chunker::SubjectOf, PurposeCause).
class control_verb verbs
  seek try want attempt aim plan hope intend need decide fail strive endeavour
  endeavor wish prefer refuse threaten promise vow pledge struggle manage
  continue begin start seem appear tend choose agree offer expect have
  prompt force push compel urge persuade allow enable ask invite lead
  encourage permit require oblige pressure pressure convince work help
# Verbs of regarding: "as Y" after their object is part of their phrase
# ("to treat [the programme as a bargaining chip]"), not a clause of time
# or reason.
class as_verb verbs
  treat regard view see use consider describe portray brand label designate
# Verbs of proposing: the "to" clause after their object is the plan's
# purpose, a purpose on a noun ("I proposed urgent action to improve the
# economy", "outlined a program to reduce the deficit"), no claim.
class proposal_verb verbs
  propose outline recommend suggest unveil announce
# Verbs that put a measure, force or body in place, or keep it there: the
# cause of a purpose after them is their object ("maintain [a nuclear
# deterrent] to deter", "lead [an effort] to develop tests").
class purpose_object_verb verbs
  establish create raise deploy adopt agree introduce impose legislate set
  build launch form found institute install station dispatch send mobilize
  mobilise conclude sign offer allocate earmark extend provide implement
  enact develop devise design initiate ratify approve organize organise
  maintain augment declare lead
# Nouns whose "to" clause is their complement, not a purpose: "the
# government's failure to halt", "the capacity of states to contain".
# Prepositions of destination after a put-in-place verb's object:
# "deployed [troops] to the border to deter", "sent [a team] into the zone",
# "stationed [police] at the crossing to curb".
class destination_prep
  to into onto toward towards at
class to_noun
  failure failures effort efforts attempt attempts decision decisions ability
  inability capacity capability willingness unwillingness readiness
  reluctance refusal commitment commitments pledge pledges promise promises
  plan plans bid bids right rights need desire determination resolve way ways
  chance chances opportunity opportunities power license licence mandate
  authority permission call calls demand demands proposal proposals move
  moves push intention intentions motivation motivations incentive
  incentives pressure tendency temptation license freedom means time
# Words that open an aside between a subject and its verb (", rather than
# Y,", ", like Y,"); "when" and "where" open one after a noun.
class aside_opener
  rather not like such including unlike
class aside_wh
  when where
# Particles of phrasal verbs ("set up", "carried out"): no participle
# phrase starts with them.
class verb_particle
  up out off down back away on
# Nouns of prepositional adverbials between subject and verb ("these
# casualties in turn drove", "which in fact fuelled").
class adverbial_noun
  turn fact effect practice contrast particular general short sum addition
  principle theory reality essence truth part
# Verbs that open a list of what a cause noun names: "the factors that
# lead to X include: A; B; C".
class list_verb
  include includes included comprise comprises comprised are were
# Trailing time adjuncts are cut from causes and effects (ANNOTATION.md
# "Spans"): a preposition of time, then only time words, numbers,
# determiners and degree words ("in 2016", "by 2030", "over the summer",
# "since 2019", "for more than two decades", "in September of that year",
# "for too long", "on Monday"); a bare time phrase after a head ("this year") and a time
# word alone opening a span ("[Today] our schools") are cut too.
class time_prep
  in by over since during until till before after on through throughout
  for within from
class time_word
  year years month months week weeks day days decade decades century
  centuries summer summers winter winters spring autumn fall quarter
  quarters season seasons weekend weekends morning evening night period
  time hours hour today tonight tomorrow yesterday long
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays
  wednesdays thursdays fridays saturdays sundays
class time_filler
  the a an that this these those last next past coming previous same early
  late mid more than less about nearly almost around some several few of
  at least most recent following too so
# Months: "the year ending June 30" is a date, not a cause that ends.
class month
  january february march april may june july august september october
  november december
# Verbs of saying and believing whose clause ("BJP leader Vijay Goel said",
# "I believe", "they think") a cause leaves out when its phrase follows
# (Chunker::CutReportingClause). Narrower than @report_verb: "hold",
# "maintain", "note", "estimate", "fear" and "claim" more often take an
# object ("Gun held his breath", "maintain and strengthen", "the estimated
# receipts").
class clause_report verbs
  say believe think argue contend assert insist allege conclude
class copula verbs
  be remain become constitute represent prove
# Verbs whose past tense and participle are the base form; WordNet's
# verb.exc omits them, so the tagger learns "set up by", "was cut" here.
class unchanged_past
  set reset upset offset beset put input output cut hit let spread cast
  broadcast forecast cost hurt shut split quit burst bet bid rid shed
  thrust slit spit wed fit knit
