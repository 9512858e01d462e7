// Coordinated causes and effects (ANNOTATION.md, "Coordination"): a list of
// multi-word phrases with no shared modifier gives one claim per item, with
// exact spans; bare nouns, a shared modifier or a phrase that a list may
// join inside stay one span.
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

// "cause -> effect" for every claim of the text, in output order.
std::vector<std::string> Pairs(const std::string& text) {
  Document doc = testing::Process(text);
  std::vector<std::string> out;
  for (const Claim& c : doc.claims) {
    out.push_back(std::string(doc.Text(c.cause)) + " -> " + std::string(doc.Text(c.effect)));
  }
  return out;
}

TEST(ClaimConjuncts, ADeterminedListOfPhrasesSplitsEvenWithAttachedPhrases) {
  EXPECT_EQ(Pairs("The service has been strengthened by the provision of health benefits, "
                  "a vastly improved retirement system, and a new merit promotion program."),
            (std::vector<std::string>{
                "the provision of health benefits -> The service",
                "a vastly improved retirement system -> The service",
                "a new merit promotion program -> The service"}));
}

TEST(ClaimConjuncts, AListOfMeansSplitsAtEachGerund) {
  // The tagger reads "cutting" as ADJ and "closing" as NOUN here: the
  // lexicon's -ing form decides, not the tag.
  EXPECT_EQ(Pairs("We strengthened the economy by cutting taxes on labor, trimming the "
                  "budget and closing loopholes for banks."),
            (std::vector<std::string>{"cutting taxes on labor -> the economy",
                                      "trimming the budget -> the economy",
                                      "closing loopholes for banks -> the economy"}));
}

TEST(ClaimConjuncts, AListAPhraseMayJoinInsideStaysWhole) {
  // Counter-examples: the first item holds a verb ("arising"), so the list
  // may hang inside it; "and" with no comma; bare nouns.
  EXPECT_EQ(Pairs("Inflation was driven by the threats arising from the war, the drought "
                  "and the collapse of the currency."),
            (std::vector<std::string>{
                "the threats -> Inflation",
                "the war, the drought and the collapse of the currency -> the threats"}));
  EXPECT_EQ(Pairs("Ties were strengthened by the influence of the US and its allies and the "
                  "Caspian region."),
            (std::vector<std::string>{
                "the influence of the US and its allies and the Caspian region -> Ties"}));
  EXPECT_EQ(Pairs("Prices were driven by the war, the drought and floods."),
            (std::vector<std::string>{"the war, the drought and floods -> Prices"}));
}

TEST(ClaimConjuncts, AListOfMainClausesAfterAFrontedClauseGivesOneClaimEach) {
  EXPECT_EQ(Pairs("If the reservoirs run dry, crops will fail, prices will rise, and "
                  "families will leave the valley."),
            (std::vector<std::string>{"the reservoirs run dry -> crops will fail",
                                      "the reservoirs run dry -> prices will rise",
                                      "the reservoirs run dry -> families will leave the valley"}));
  // Counter-examples: two clauses ("A, and B") leave B its own statement; a
  // phrase in the list is no list of clauses.
  EXPECT_EQ(Pairs("If the reservoirs run dry, crops will fail, and the government has "
                  "promised aid."),
            (std::vector<std::string>{"the reservoirs run dry -> crops will fail"}));
  EXPECT_EQ(Pairs("If the reservoirs run dry, crops will fail, prices will rise, and "
                  "worse."),
            (std::vector<std::string>{"the reservoirs run dry -> crops will fail"}));
}

TEST(ClaimConjuncts, AControlVerbsComplementStaysInTheClause) {
  // "to reduce" is a claim of its own, but after "fail" it is the verb's
  // complement, not a purpose adjunct that ends the conditional's clause.
  const std::vector<std::string> pairs =
      Pairs("If we fail to reduce the emission of greenhouse gases, coastal areas will flood.");
  ASSERT_FALSE(pairs.empty());
  EXPECT_EQ(pairs[0],
            "we fail to reduce the emission of greenhouse gases -> coastal areas will flood");
}

TEST(ClaimConjuncts, AnAsideBeforeToAndAVerbStaysInTheClause) {
  EXPECT_EQ(Pairs("The strikes forced Ukrenergo, the state grid operator, to impose blackouts."),
            (std::vector<std::string>{
                "The strikes -> Ukrenergo, the state grid operator, to impose blackouts"}));
  // Counter-example: a comma before a new clause ends it.
  EXPECT_EQ(Pairs("The crisis prompted Moscow to reinforce its garrison, and Kyiv objected."),
            (std::vector<std::string>{"The crisis -> Moscow to reinforce its garrison"}));
}

TEST(ClaimConjuncts, ARepeatedTriggerPrepositionSplitsEvenBareItems) {
  EXPECT_EQ(Pairs("Farmers are leaving, driven by drought and by debt."),
            (std::vector<std::string>{"drought -> Farmers are leaving",
                                      "debt -> Farmers are leaving"}));
  // A range at the document's first token has no token before it: this
  // read before the start of the word ids once (a crash on the benchmark
  // corpus; AddressSanitizer in `make sanitize` sees it).
  EXPECT_EQ(Pairs("Sanctions and by extension inflation have cut exports."),
            (std::vector<std::string>{"Sanctions and by extension inflation -> exports"}));
  // Counter-example: without the repeated preposition, bare nouns stay one
  // span (a modifier may be shared).
  EXPECT_EQ(Pairs("Farmers are leaving, driven by drought and debt."),
            (std::vector<std::string>{"drought and debt -> Farmers are leaving"}));
}

}  // namespace
}  // namespace casus
