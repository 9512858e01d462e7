// ModalityReader: the modality of a claim and its named source, read from
// the claim's clause with the word classes of rules/lexicon/modality.lex.
//
// Scope: from the start of the claim's clause (after the previous ';', ':'
// or ", but"/", while" boundary, so a reporting frame such as "Some experts
// believe that" is included) up to the end of the trigger, without the
// cause and effect spans (a negation inside the effect, "prices did not
// fall", does not negate the link).
//   NEGATED     a @negation word in the verb group right before the trigger
//               or inside the rule's match ("did not lead to")
//   HYPOTHESIS  a @hypothesis word in scope ("the hypothesis posits",
//               "asks whether")
//   HEDGED      a @hedge word in scope ("may", "could", "likely"), or a
//               @report_verb whose subject is an @unnamed_source ("some
//               experts believe", "analysts say")
//   ASSERTED    otherwise; a named subject of a @report_verb ("Waltz
//               believes") or "according to X" becomes the attribution.
// Precedence: NEGATED > HYPOTHESIS > HEDGED > ASSERTED.
//
// Immutable; thread-safe.
#ifndef CASUS_ENGINE_MODALITY_H_
#define CASUS_ENGINE_MODALITY_H_

#include <optional>

#include "pipeline/document.h"
#include "engine/lexicon.h"
#include "engine/word_classes.h"

namespace casus {

// Precedence rank: NEGATED 3 > HYPOTHESIS 2 > HEDGED 1 > ASSERTED 0.
int ModalityRank(Modality m);

struct ModalityResult {
  Modality modality = Modality::kAsserted;
  std::optional<Span> attribution;
};

class ModalityReader {
 public:
  ModalityReader(const Lexicon& lexicon, const WordClasses& classes);

  // `run`: the sentence run's tokens [begin, end). `match_begin` is the
  // first token of the rule's match, `trigger_end` one past the trigger.
  ModalityResult Read(const Document& doc, uint32_t begin, uint32_t end,
                      Span cause, Span effect, uint32_t match_begin,
                      uint32_t trigger_begin, uint32_t trigger_end) const;

 private:
  static void Raise(Modality* m, Modality x);  // to x if x ranks higher
  // After the last clause boundary (';', ':', ", but" ...) before `first`.
  uint32_t ScopeStart(const Document& doc, uint32_t begin, uint32_t end, uint32_t first) const;
  // A source at token i: a @report_verb's subject ("some experts believe":
  // HEDGED; "Waltz believes": attribution) or "according to X".
  void ReadSource(const Document& doc, uint32_t i, uint32_t scope, uint32_t end, Modality* m,
                  ModalityResult* r) const;
  bool In(const Document& doc, uint32_t i, int cls) const {
    return cls >= 0 && lex_.InClass(doc.word_ids[i], cls);
  }
  const Lexicon& lex_;
  int hedge_, hypothesis_, negation_, unnamed_, report_, named_ok_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_MODALITY_H_
