# Closed word classes of English, used by the tag stage for parts of speech
# and by claim rules (docs/rules.md, "Lexicons"). Open classes (nouns, verbs,
# adjectives, adverbs) come from WordNet.

class det
  the a an this that these those another
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
