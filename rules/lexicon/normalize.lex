# Words dropped from claim keys (docs/claims.md): function words and words
# of degree or evaluation that do not change what a phrase names.
class light_word
  the a an this that these those its their his her our my your some any
  each every all both such own other another several many much more most
  less least few very so too also even only just still further already
  of in on at by for with from to into onto upon over under about against
  between among through during within without across toward towards
  and or but nor as than which who whom whose what when where while
  be is are was were been being have has had do does did will would can
  could may might shall should must not no
  growing increasing rising mounting greater great large larger new main
  key major primary important significant particular certain relevant
  current recent potential possible various
  it they them he she we
  region regions area areas country countries level levels two three
  post since after before until during following amid
  here there thereby therefore however
  # Gerunds of influence opening an effect ("a decisive role in [defining
  # and shaping] the state's foreign behavior"): the effect is their object.
  defining shaping determining influencing affecting conditioning
