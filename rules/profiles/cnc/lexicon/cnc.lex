# Words of the Causal News Corpus scheme (protest and conflict news), which
# counts purpose and motivation as causal (rules/profiles/cnc/README.md).

# Collective actions that are "for" or "over" something.
class protest_noun
  protest protests strike strikes rally rallies march marches demonstration
  demonstrations agitation agitations sit-in dharna bandh boycott boycotts
  hunger picket pickets campaign campaigns movement stir shutdown hartal
  walkout walkouts blockade blockades agitation riot riots unrest clash
  clashes violence tension tensions fight struggle war battle
# Participles that state what protesters want or hold against someone.
class motive_participle
  demanding protesting seeking alleging condemning accusing opposing
  denouncing urging asking calling claiming saying resenting objecting
  demanding insisting pressing agitating fighting criticising criticizing
  questioning challenging defying slamming decrying
# Participles of harm that follow an event: ", killing two".
class harm_participle
  killing injuring wounding leaving causing forcing prompting sparking
  triggering resulting leading destroying damaging disrupting halting
  paralysing paralyzing crippling stranding displacing
# Verbs of harm whose agent follows "by": "were killed by police".
class harm_verb verbs
  kill injure wound arrest detain beat attack shoot disperse stop block
  prevent hit target lathi-charge tear-gas chase assault harass torture
  displace evict demolish destroy damage burn loot disrupt cancel ban
  suspend dismiss sack fire punish fine jail sentence charge book
  hospitalise hospitalize force compel prompt trigger spark cause provoke
  drive lead motivate anger outrage
# Verbs of sanction or blame whose reason follows "for" / "over".
class cnc_sanction_verb
  arrested detained booked charged jailed convicted sentenced
  suspended dismissed expelled blamed criticised criticized condemned
  slammed accused questioned nabbed punished fined sacked rusticated
  penalised penalized thanked praised lauded hailed attacked targeted
