# Word classes of causal language (docs/rules.md, "Lexicons"). A class marked
# `verbs` lists lemmas; every inflected form WordNet knows is included
# ("drive" gives drive, drives, drove, driven, driving).

# X VERB Y: the subject brings about, strengthens or enables the object.
class cause_verb verbs
  cause trigger spur fuel drive encourage motivate breed prompt provoke spark
  foster generate induce stoke exacerbate intensify aggravate heighten
  deepen accelerate enable facilitate determine shape influence affect
  explain strengthen increase raise boost amplify worsen escalate produce
  precipitate unleash ignite inflame embolden galvanize galvanise propel
  push force compel harden double sustain entrench perpetuate reinforce
  heighten incentivize incentivise stimulate create revive reignite sharpen
  feed swell lengthen prolong widen alter reshape
# Added for real prose (corpora/real/tune). Source: WordNet 3.0 hyponyms and
# verb groups of improve.v.01, strengthen.v.01, increase.v.02, cause.v.01,
# enable.v.01 (scripted walk of data.verb, one level), kept where the
# addresses and news use them causally; plus the "make certain" verbs
# (ensure.v.01 and its synonyms assure, insure, guarantee).
class cause_verb verbs
  advance improve restore upgrade modernize renew expand enlarge insure
  guarantee defend save
# Enabling verbs with a plain object (ANNOTATION.md "Enabling is causing":
# "loopholes which permit this abuse"), and "balance" (WordNet balance.v.01,
# "a plan that will balance the budget"; an actor's own budget is an action,
# see actor_word / controlled_noun).
class cause_verb verbs
  permit balance
# X VERB Y: the subject counters, restrains, prevents or weakens the object.
class prevent_verb verbs
  prevent counter curb deter restrain mitigate undermine hamper weaken limit
  reduce end stop halt block hinder impede constrain contain suppress avert
  thwart offset erode diminish dampen lower decrease cut slow stall derail
  disrupt obstruct inhibit forestall preclude frustrate stifle neutralize
  neutralise dissuade discourage check ease alleviate relieve destroy damage
  strain narrow sever threaten undercut outweigh defuse
# Harm done to a situation or a victim: "high interest rates hurt the auto
# industry", "a manner that does not harm the national interest" (addresses
# before 2001 in the benchmark corpus).
  hurt harm
# Added for real prose. Source: WordNet 3.0 hyponyms and verb groups of
# prevent.v.01, weaken.v.01, decrease.v.01, worsen.v.01 (one level), and
# attack.v.01 / defeat.v.01 / eliminate.v.01 for harm and removal, kept
# where tune prose uses them on a situation or a victim ("combat threats",
# "eradicate the enemy", "inflation drained its reserves").
class prevent_verb verbs
  eliminate overcome combat fight attack drain wither deprive invade
# Verbs that counter their object only in a purpose clause: "to avoid
# clashes" (as main verbs, "Iran avoided sanctions" is no causal claim).
class purpose_prevent_verb verbs
  avoid combat fight tackle resist repel minimize minimise solve crack
# Verbs whose object a purpose clause keeps going: "in order to protect".
# Real prose adds verbs of bringing about and making certain ("to assure
# enduring peace", "to make sure", "to encourage production", "to attain
# these objectives", "designed to move the economy").
class purpose_cause_verb verbs
  assure attain fulfill get move lift connect spearhead enrich set help
  protect secure strengthen support boost promote finance fund ensure
  safeguard preserve maintain expand increase enhance bolster consolidate
  advance defend guarantee sustain reinforce build win gain attract assert
  complete improve achieve obtain acquire restore
  stimulate encourage foster
# X VERB up Y (CAUSE), X VERB down Y (PREVENT): "pushed up prices"
class push_verb verbs
  push drive force send bid ramp jack bring
# X VERB to Y
class lead_verb verbs
  lead contribute give
# X VERB in Y
class result_verb verbs
  result culminate
# X VERB for Y: account for, allow for
class account_verb verbs
  account
# Y is VERB-ed by X (participles of the cause verbs above are used too).
class passive_cause verbs
  cause drive fuel trigger prompt spark motivate shape influence determine
  explain inspire underpin strengthen exacerbate intensify aggravate
  reinforce provoke encourage induce generate produce affect dictate
  condition animate help worsen accelerate compound spur permit
class passive_prevent verbs
  hamper hinder undermine constrain limit restrain weaken curb block impede
  offset counter deter prevent check thwart slow stall delay reduce damage
  threaten devastate frustrate negate attack
# Feelings: "angered by", "anguished at": CAUSE with the feeler as effect
# (corpora/README.md, "Conventions for real prose").
class feeling_verb verbs
  anger anguish upset alarm worry frighten outrage dismay disappoint
  distress shock enrage infuriate sadden disturb
# Making certain: "ensure that X", "insure X" (WordNet ensure.v.01 and
# its synonyms).
class ensure_verb verbs
  ensure assure insure guarantee
# Necessity and dependence (corpora/README.md): the needed thing is the
# cause, the one that needs it the effect.
class need_verb verbs
  require demand need necessitate
# Y VERB from X: arising from, stemming from
class origin_verb verbs
  arise stem result spring flow derive emanate originate inherit
# Nouns that name a cause: "the main reason for", "a key driver of"
class cause_noun
  reason reasons cause causes driver drivers source sources root roots engine
  engines catalyst catalysts factor factors determinant determinants
  motivation motivations motive motives incentive incentives explanation
  explanations trigger triggers origin origins basis
# Nouns of influence: "the impact of X on Y"
class impact_noun
  impact impacts effect effects influence consequences consequence
  implications implication bearing toll
# Words that follow a cause noun without naming an effect: "a cause for alarm"
class feeling_noun
  alarm concern celebration optimism worry hope despair optimism pessimism
  anxiety regret
# Shares: "accounts for a share of"
class share_noun
  share percent percentage proportion portion third half quarter fraction
  majority bulk fifth tenth quarter minority
# Degree words inside nominal triggers: "the most important factor in"
class degree
  most main key major primary principal chief central important crucial
  decisive significant leading biggest greatest single underlying root
  fundamental real true ultimate immediate direct driving critical dominant
  prime essential growing rising serious best strongest powerful
# Places a road or river "leads to" (not a causal link).
class place_noun
  capital city town village border airport port coast sea river north south
  east west centre center crossing valley mountains frontier harbour harbor
  station square palace
# Actors: first- and second-person pronouns and bodies that decree. An
# actor acting on a controlled thing (below) is an action, not a claim.
class actor_word
  we i you they congress government administration president parliament
  senate house legislature ministry cabinet
# Measures and instruments an actor creates or controls: acting on them is
# an action, not a claim ("we will cut taxes", "we must strengthen our gun
# laws", "we shall intensify our research"; ANNOTATION.md "Actions are not
# claims"). Verb rules do not fire when the object's head is one of these.
class controlled_noun
  tax taxes budget budgets program programs programme programmes law laws
  legislation research curriculum curricula effort efforts spending rate
  rates bill bills funding procedures regulations regulation forces army
  navy agency agencies plan plans policy policies tariff tariffs payroll
  expenditures expenditure appropriations subsidies subsidy fees deterrent
  deterrents capability capabilities defenses defences arsenal arsenals
  fleet fleets support commitment commitments assistance aid contribution
  contributions
# Physical harm as participles: "injured in the blasts" (PREVENT, the harmed
# as effect; corpora/README.md).
class harm_passive
  injured killed wounded hurt maimed razed destroyed damaged burnt burned
  displaced devastated
class harm_event
  blast blasts attack attacks explosion explosions clash clashes violence
  fire firing riot riots bombing bombings shelling accident accidents war
  fighting stampede stampedes flood floods earthquake quake raid raids
  crash crashes

# Results of a cause, as nouns: "Y is the outgrowth of X" (noun.is_result_of).
class result_noun
  outgrowth outgrowths product products result results consequence
  consequences byproduct byproducts legacy fruit fruits offspring

# Providing and yielding: "X will provide better information", "it will
# afford a single agency" (verb.provide; WordNet provide.v.02 and its verb
# group; "offer", "promise" and "supply" were tried and dropped: in news and
# briefs they name actors' offers, not effects).
class provide_verb verbs
  provide afford yield
