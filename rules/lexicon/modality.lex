# Words that set a claim's modality (stages/modality.h explains the scope).

# Softened links: HEDGED.
class hedge
  may might could would can possibly perhaps maybe likely unlikely probably
  presumably apparently seemingly potentially arguably seem seems seemed
  appear appears appeared reportedly allegedly expected suggests suggest
  suggested plausibly conceivably
# Research questions and hypotheses: HYPOTHESIS.
class hypothesis
  hypothesis hypotheses hypothesize hypothesizes hypothesized hypothesise
  hypothesises hypothesised posit posits posited whether conjecture question
  questions hypothetical
# Denial of the link: NEGATED (only in the verb group before the trigger).
class negation
  not n't never neither nor no cannot failed fails fail
# Unnamed sources: their reports are HEDGED.
class unnamed_source
  analysts analyst experts expert observers observer critics commentators
  officials some many others sources scholars researchers diplomats
  insiders people pundits skeptics sceptics proponents
# Reporting verbs that introduce an attributed claim.
class report_verb verbs
  believe argue say claim suggest contend think assert maintain warn note
  insist allege fear predict estimate hold stress emphasize emphasise
  acknowledge concede conclude observe write report
# Common nouns that still name a source ("the leaders of both countries").
class named_source
  leaders leader government governments ministry minister president
  spokesman spokeswoman spokesperson author authors article paper study
  report
