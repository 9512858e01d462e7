// Tag stage: parts of speech in context (the word ids: word_table_test).
#include "stages/tagger.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/test_util.h"

namespace casus {
namespace {

std::vector<std::string> Tags(const std::string& text) {
  Document d = testing::Process(text, "tag");
  std::vector<std::string> out;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    out.push_back(std::string(d.TokenText(i)) + "/" + std::string(PosName(d.pos[i])));
  }
  return out;
}

TEST(Tagger, PartsOfSpeechInContext) {
  EXPECT_EQ(Tags("Sanctions led to a sharp fall in exports."),
            (std::vector<std::string>{"Sanctions/NOUN", "led/VERB", "to/ADP", "a/DET",
                                      "sharp/ADJ", "fall/NOUN", "in/ADP", "exports/NOUN",
                                      "./PUNCT"}));
  EXPECT_EQ(Tags("In 2019 Iran and Russia signed a deal because the sanctions hurt both."),
            (std::vector<std::string>{"In/ADP", "2019/NUM", "Iran/PROPN", "and/CCONJ",
                                      "Russia/PROPN", "signed/VERB", "a/DET", "deal/NOUN",
                                      "because/SCONJ", "the/DET", "sanctions/NOUN",
                                      "hurt/VERB", "both/DET", "./PUNCT"}));
}

// A word that is a plural noun and a verb after a noun: the verb when the
// next word is mostly a noun ("pushes people"), the noun when the next word
// is the verb ("factors also play").
TEST(Tagger, PluralNounOrVerbAfterANoun) {
  EXPECT_EQ(Tags("Inflation pushes people into higher brackets."),
            (std::vector<std::string>{"Inflation/NOUN", "pushes/VERB", "people/NOUN", "into/ADP",
                                      "higher/ADJ", "brackets/NOUN", "./PUNCT"}));
  EXPECT_EQ(Tags("Price cuts help farmers."),
            (std::vector<std::string>{"Price/NOUN", "cuts/NOUN", "help/VERB", "farmers/NOUN",
                                      "./PUNCT"}));
}

// After a conjunction in a clause with a verb, a base form before a
// determiner is the second verb; without the determiner it parallels the
// noun before the conjunction.
TEST(Tagger, ASecondVerbAfterAConjunction) {
  EXPECT_EQ(Tags("We must cut the deficit and bridge the divide."),
            (std::vector<std::string>{"We/PRON", "must/MODAL", "cut/VERB", "the/DET",
                                      "deficit/NOUN", "and/CCONJ", "bridge/VERB", "the/DET",
                                      "divide/NOUN", "./PUNCT"}));
  EXPECT_EQ(Tags("We must cut the deficit and debt."),
            (std::vector<std::string>{"We/PRON", "must/MODAL", "cut/VERB", "the/DET",
                                      "deficit/NOUN", "and/CCONJ", "debt/NOUN", "./PUNCT"}));
}

// "that" before a determiner or pronoun opens a clause; before a noun it is
// a determiner.
TEST(Tagger, ThatBeforeADeterminerIsAComplementizer) {
  EXPECT_EQ(Tags("It acts so that the balance holds."),
            (std::vector<std::string>{"It/PRON", "acts/VERB", "so/SCONJ", "that/SCONJ", "the/DET",
                                      "balance/NOUN", "holds/VERB", "./PUNCT"}));
  // After a verb: a determiner when a lower-case noun and punctuation
  // follow, else a complementizer.
  EXPECT_EQ(Tags("We reach that goal."),
            (std::vector<std::string>{"We/PRON", "reach/VERB", "that/DET", "goal/NOUN", "./PUNCT"}));
  EXPECT_EQ(Tags("We know that peace matters."),
            (std::vector<std::string>{"We/PRON", "know/VERB", "that/SCONJ", "peace/NOUN",
                                      "matters/VERB", "./PUNCT"}));
  EXPECT_EQ(Tags("On that day the talks ended."),
            (std::vector<std::string>{"On/ADP", "that/DET", "day/NOUN", "the/DET", "talks/NOUN",
                                      "ended/VERB", "./PUNCT"}));
}

// Regular comparatives and superlatives of short adjectives are adjectives
// (WordNet lists only the irregular ones); a noun of the same letters stays
// a noun ("number" is no "numb" + "er").
TEST(Tagger, GradedAdjectives) {
  EXPECT_EQ(Tags("His highest office grew stronger than the largest number."),
            (std::vector<std::string>{"His/DET", "highest/ADJ", "office/NOUN", "grew/VERB",
                                      "stronger/ADJ", "than/ADP", "the/DET", "largest/ADJ",
                                      "number/NOUN", "./PUNCT"}));
}

// Nouns ending in "-ly" that WordNet lists as nothing else are nouns, not
// the adverbs an unknown "-ly" word is taken for.
TEST(Tagger, NounsEndingInLy) {
  EXPECT_EQ(Tags("The family of the assembly broke the monopoly quickly."),
            (std::vector<std::string>{"The/DET", "family/NOUN", "of/ADP",
                                      "the/DET", "assembly/NOUN", "broke/VERB", "the/DET",
                                      "monopoly/NOUN", "quickly/ADV", "./PUNCT"}));
}

// The second part of a hyphenated compound after a noun, adjective or
// adverb is no verb; after a short prefix it stays one ("re-elected").
TEST(Tagger, HyphenatedCompounds) {
  EXPECT_EQ(Tags("They joined government decision-making and state-owned firms."),
            (std::vector<std::string>{"They/PRON", "joined/VERB", "government/NOUN",
                                      "decision/NOUN", "-/PUNCT", "making/NOUN", "and/CCONJ",
                                      "state/NOUN", "-/PUNCT", "owned/ADJ", "firms/NOUN",
                                      "./PUNCT"}));
  EXPECT_EQ(Tags("He was re-elected."),
            (std::vector<std::string>{"He/PRON", "was/AUX", "re/NOUN", "-/PUNCT",
                                      "elected/VERB", "./PUNCT"}));
}

// The last item of a list of noun phrases is a noun even where a plural
// could be a verb: a clause opened by "as" has no verb before it.
TEST(Tagger, TheLastItemOfANounList) {
  EXPECT_EQ(Tags("As energy, food, and population pressures.")[7], "pressures/NOUN");
  // Counter-example: with no list before it, the clause's first finite
  // form is its verb.
  EXPECT_EQ(Tags("As population pressures.")[2], "pressures/VERB");
}

// A demonstrative opening a clause before a past form that is no adjective
// is the pronoun subject of that verb; before an adjective it determines.
TEST(Tagger, ADemonstrativeBeforeAPastFormIsItsSubject) {
  EXPECT_EQ(Tags("The war disrupted exports. This fuelled inflation."),
            (std::vector<std::string>{"The/DET", "war/NOUN", "disrupted/VERB", "exports/NOUN",
                                      "./PUNCT", "This/PRON", "fuelled/VERB",
                                      "inflation/NOUN", "./PUNCT"}));
  EXPECT_EQ(Tags("This armed group fuelled the war.")[0], "This/DET");
  EXPECT_EQ(Tags("This armed group fuelled the war.")[1], "armed/ADJ");
}

// A verb class holds WordNet's irregular forms and, beside them, the
// regular guess where that is no other verb's form ("worked" beside
// "wrought", American "fueled" beside "fuelled", "proved" beside "proven");
// a guess that is another verb's form stays out ("seed" of "see",
// "planed" of "plane", "wined" of "wine").
TEST(Lexicon, VerbClassesKeepRegularFormsThatAreNoOtherVerbs) {
  const Lexicon& lex = *testing::SharedBuilt("claims").rules->lexicon();
  auto in = [&](std::string_view word, std::string_view cls) {
    int c = lex.FindClass(cls);
    EXPECT_GE(c, 0) << cls;
    return lex.InClass(lex.Find(word), c);
  };
  EXPECT_TRUE(in("worked", "control_verb"));
  EXPECT_TRUE(in("wrought", "control_verb"));
  EXPECT_TRUE(in("fueled", "cause_verb"));
  EXPECT_TRUE(in("fuelled", "cause_verb"));
  EXPECT_TRUE(in("fueling", "cause_verb"));
  EXPECT_TRUE(in("fuelling", "cause_verb"));
  EXPECT_TRUE(in("proved", "copula"));
  EXPECT_TRUE(in("proven", "copula"));
  EXPECT_TRUE(in("saw", "as_verb"));
  EXPECT_TRUE(in("seen", "as_verb"));
  EXPECT_FALSE(in("seed", "as_verb"));
  EXPECT_TRUE(in("planned", "control_verb"));
  EXPECT_TRUE(in("planning", "control_verb"));
  EXPECT_FALSE(in("planed", "control_verb"));
  EXPECT_FALSE(in("planing", "control_verb"));
  EXPECT_TRUE(in("won", "purpose_cause_verb"));
  EXPECT_FALSE(in("wined", "purpose_cause_verb"));
}

}  // namespace
}  // namespace casus
