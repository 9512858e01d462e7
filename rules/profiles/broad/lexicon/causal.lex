# Profile broad (rules/profiles/broad/README.md): the words of the
# real-prose work (claims-real) that add few true claims on
# corpora/real/tune for what they cost on the benchmark corpus. Each
# `class` line adds its words to the default class of rules/lexicon/causal.lex,
# so every default rule that uses the class (verb.cause, purpose.cause,
# means.by_ing, passive.by ...) takes them too.

# cause_verb: the rest of the WordNet 3.0 additions (hyponyms and verb groups
# of improve.v.01, strengthen.v.01, increase.v.02, cause.v.01, enable.v.01,
# one level; ensure.v.01 and its synonyms) and "allow" (enabling with a
# plain object). "promote", "maintain", "bring" and "protect" alone cost
# about 0.5-1M instructions each on the 2 MB sample for at most one true
# claim on tune.
class cause_verb verbs
  enhance enrich modernise revitalize revitalise fortify bolster broaden
  awaken promote spawn engender empower assure ensure protect preserve
  safeguard maintain assist aid bring allow

# prevent_verb: the rest of the WordNet 3.0 additions (prevent.v.01,
# weaken.v.01, decrease.v.01, worsen.v.01, attack.v.01, defeat.v.01,
# eliminate.v.01, one level).
class prevent_verb verbs
  eradicate defeat devastate isolate reverse compromise negate nullify
  cripple debilitate impoverish foil obviate lessen shrink

# Verbs that counter their object in a purpose clause ("to meet these
# challenges", "to remove the threat").
class purpose_prevent_verb verbs
  meet overcome reverse relieve remove eliminate eradicate

# Verbs of bringing about and making certain in a purpose clause ("to make
# sure", "to encourage production", "designed to move the economy"). "make"
# and "give" are in most sentences of the benchmark: about 3M and 1.4M
# instructions on the 2 MB sample.
class purpose_cause_verb verbs
  insure make fulfil bring encourage stimulate create establish provide
  keep open spur foster raise upgrade modernize develop give renew revive
  accelerate speed enable allow facilitate equalize stabilize stabilise
  revitalize revitalise reach realize realise

# Participles that take their cause after "by".
class passive_cause verbs
  justify establish awaken renew enhance promote support finance fund
class passive_prevent verbs
  destroy poison injure wound kill raze cripple ravage disrupt erode

# Degree words inside nominal triggers ("the most effective instrument of").
class degree
  effective formidable strong largest


# Enablers, as nouns: "X is the key to Y", "the foundation of Y"
# (noun.is_key_to, noun.key_to_is).
class enabler_noun
  key keys foundation foundations pillar pillars instrument instruments
  tool tools cornerstone cornerstones prerequisite prerequisites
  precondition preconditions bedrock engine engines
