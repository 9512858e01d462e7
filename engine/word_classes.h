// WordClasses: the word classes the C++ code reads by name, the whole
// contract between the code and rules/lexicon/*.lex in one table. Rules may
// define any other class for their own patterns; these the engines and
// stages use directly. A rules folder without one of them does not compile:
// CompileRules fails naming the class and the file it belongs in, and so
// does `casus rules check`.
//
//   CASUS_ASSIGN_OR_RETURN(WordClasses wc, WordClasses::Resolve(lexicon));
//   if (lexicon.InClass(word, wc.time_prep)) ...
//
// A plain struct of class ids; copyable; thread-safe once built.
#ifndef CASUS_ENGINE_WORD_CLASSES_H_
#define CASUS_ENGINE_WORD_CLASSES_H_

#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/lexicon.h"

namespace casus {

// X(field, file, what the code does with it). The field is the class name.
#define CASUS_WORD_CLASSES(X)                                                      \
  /* Closed classes: the tagger's parts of speech. */                              \
  X(det, "grammar.lex", "determiners")                                             \
  X(poss_det, "grammar.lex", "possessive determiners")                             \
  X(quant, "grammar.lex", "quantifiers; a noun-phrase head before 'of'")           \
  X(pron, "grammar.lex", "pronouns")                                               \
  X(prep, "grammar.lex", "prepositions")                                           \
  X(cconj, "grammar.lex", "coordinating conjunctions")                             \
  X(sconj, "grammar.lex", "subordinating conjunctions")                            \
  X(aux_be, "grammar.lex", "forms of 'be'")                                        \
  X(aux_have, "grammar.lex", "forms of 'have'")                                    \
  X(aux_do, "grammar.lex", "forms of 'do'")                                        \
  X(modal, "grammar.lex", "modal verbs")                                           \
  X(neg, "grammar.lex", "'not' and its clitic")                                    \
  X(to, "grammar.lex", "infinitival 'to'")                                         \
  X(rel_pron, "grammar.lex", "relative pronouns")                                  \
  X(demonstrative, "grammar.lex", "this, that: a pronoun subject before a past form") \
  X(unchanged_past, "grammar.lex", "verbs whose past is their base ('cut')")       \
  /* The chunker's boundaries. */                                                  \
  X(pp_attach, "grammar.lex", "prepositions that attach to a noun phrase")         \
  X(pp_attach_right, "grammar.lex", "'at': attaches to the phrase before it, read rightward") \
  X(discourse, "grammar.lex", "discourse markers left out of spans")               \
  X(focus_adverb, "grammar.lex", "'only', 'even': left out of a span's start")      \
  X(clause_report, "grammar.lex", "verbs whose clause a cause leaves out")         \
  X(control_verb, "grammar.lex", "seek, try: 'X sought to Y' has no action")       \
  X(as_verb, "grammar.lex", "treat, regard: 'treat X as Y' keeps 'as Y'")          \
  X(purpose_object_verb, "grammar.lex", "put-in-place verbs: cause = object")      \
  X(proposal_verb, "grammar.lex", "propose, outline: 'proposed a plan to' no action") \
  X(to_noun, "grammar.lex", "nouns that take 'to' without a purpose")              \
  X(adverbial_noun, "grammar.lex", "nouns of adverbials ('in turn')")              \
  X(aside_opener, "grammar.lex", "words that open a comma aside")                  \
  X(aside_wh, "grammar.lex", "wh-words that open a comma aside")                   \
  X(verb_particle, "grammar.lex", "particles that start no participle phrase")     \
  X(cause_noun, "causal.lex", "nouns of 'the factors that lead to X'")             \
  X(list_verb, "grammar.lex", "verbs that introduce a list of causes")             \
  X(time_prep, "grammar.lex", "prepositions of trailing time adjuncts")            \
  X(time_word, "grammar.lex", "nouns of trailing time adjuncts")                   \
  X(time_filler, "grammar.lex", "words inside trailing time adjuncts")             \
  X(month, "grammar.lex", "month names")                                           \
  X(destination_prep, "grammar.lex", "prepositions of a put-in-place destination") \
  /* Modality. */                                                                  \
  X(hedge, "modality.lex", "words that hedge a claim")                             \
  X(hypothesis, "modality.lex", "words that pose a hypothesis")                    \
  X(negation, "modality.lex", "words that deny a link")                            \
  X(unnamed_source, "modality.lex", "unnamed sources that hedge")                  \
  X(report_verb, "modality.lex", "verbs of saying and believing")                  \
  X(named_source, "modality.lex", "source nouns that keep a claim asserted")       \
  /* Entities and normalization. */                                                \
  X(org_connector, "entity_words.lex", "words an acronym's initials skip")         \
  X(thing_head, "entity_words.lex", "heads of names of things ('Agreement')")      \
  X(name_suffix, "entity_words.lex", "generational suffixes coreference skips")  \
  X(light_word, "normalize.lex", "words dropped from claim keys")

struct WordClasses {
#define CASUS_WORD_CLASS_FIELD(name, file, what) int name = -1;
  CASUS_WORD_CLASSES(CASUS_WORD_CLASS_FIELD)
#undef CASUS_WORD_CLASS_FIELD

  // Every class's id in `lexicon`. InvalidArgument naming each missing class
  // and its file ("rules/lexicon/grammar.lex: word class 'time_prep' is
  // missing; the code reads it (prepositions of trailing time adjuncts)"),
  // one per line.
  static absl::StatusOr<WordClasses> Resolve(const Lexicon& lexicon);
};

// The contract as data: each class's name, file and purpose, in table order
// (for `casus rules classes`, the docs and tests).
struct WordClassInfo {
  std::string_view name;
  std::string_view file;
  std::string_view what;
};
const std::vector<WordClassInfo>& RequiredWordClasses();

}  // namespace casus

#endif  // CASUS_ENGINE_WORD_CLASSES_H_
