// Grounding (docs/claims.md, "Grounding"): causes and effects become a
// concept of rules/concepts/, a direction and qualifiers; keys at two
// levels; support and opposition; a concept-level set is not merged again.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "pipeline/claim_set.h"
#include "pipeline/env.h"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

// The grounding of the first claim's cause and effect, as
// "concept[/up|/down] QUALIFIERS" ("-" when ungrounded).
std::pair<std::string, std::string> Grounded(const std::string& text) {
  Document d = testing::Process(text);
  EXPECT_EQ(d.claims.size(), 1u) << text;
  if (d.claims.empty()) return {};
  auto show = [](const Grounding& g) {
    std::string s = g.node < 0 ? "-" : g.concept_id;
    if (g.direction > 0) s += "/up";
    if (g.direction < 0) s += "/down";
    for (const std::string& q : g.qualifiers) s += " " + q;
    return s;
  };
  return {show(d.claims[0].cause_ground), show(d.claims[0].effect_ground)};
}

TEST(Grounding, HeadsDirectionsAndQualifiers) {
  // Two phrasings of one idea meet: a change word passes to what changes.
  EXPECT_EQ(Grounded("Soaring food prices fuelled unrest in Egypt.").first, "food_prices/up");
  EXPECT_EQ(Grounded("The rise in the price of bread fuelled unrest.").first, "food_prices/up");
  // A generic head passes to its complement; entities are qualifiers.
  EXPECT_EQ(Grounded("Russia's decision to invade Ukraine caused a refugee crisis.").second,
            "refugees");
  EXPECT_EQ(Grounded("The erosion of cooperation between Iran and Russia fuelled unrest.").first,
            "cooperation/down IRN RUS");
  // A phrase naming only an actor grounds to the actor concept.
  EXPECT_EQ(Grounded("Russia fuelled the war.").first, "state_actor RUS");
  // A pronoun grounds nowhere and stays out of the claim set.
  EXPECT_EQ(Grounded("It fuelled the war.").first, "-");
}

TEST(Grounding, WordsNoLexiconHoldsKeepTheirLemmas) {
  // Eighteen coined plurals: their lower-case forms and singulars are held
  // by the walk itself (more than one block of its deque), not the lexicon.
  Document d = testing::Process(
      "The glorbs of the flinks of the snurps of the wobbets of the drelks of the quanzes of "
      "the zimbles of the brups of the klonges of the frabbets of the gleeps of the trinkses "
      "of the vopples of the sloots of the mibbles of the yarnikses of the plinkets of the "
      "dwebbies fuelled unrest.");
  ASSERT_EQ(d.claims.size(), 1u);
  EXPECT_EQ(d.claims[0].key,
            "brup drelk dwebby flink frabbet gleep glorb klonge mibble plinket quanz sloot "
            "snurp trinkse vopple wobbet yarnikse zimble |CAUSE| @instability");
}

// The key of the claim whose cause is `cause`, "" when none.
std::string KeyOfCause(const std::string& text, std::string_view cause) {
  Document d = testing::Process(text);
  for (const Claim& c : d.claims) {
    if (d.Text(c.cause) == cause) return c.key;
  }
  return "";
}

TEST(Grounding, DescriptionsThatPointBack) {
  // A description takes the concept of the nearest fuller mention of its
  // head when that is more specific ("weapons" -> "nuclear weapons") ...
  EXPECT_EQ(KeyOfCause("Iran is enriching uranium for nuclear weapons. These weapons threaten "
                       "the stability of the region.",
                       "These weapons"),
            "@nuclear_weapons |PREVENT| @stability");
  EXPECT_EQ(KeyOfCause("Rising oil prices hurt farmers. These prices fuelled inflation.",
                       "These prices"),
            "@energy_prices |CAUSE| @inflation");
  // ... or when it grounds nowhere itself; the direction stays its own.
  EXPECT_EQ(KeyOfCause("Longer voyages have pushed up freight rates, and the higher rates "
                       "contributed to a rise in import prices.",
                       "the higher rates"),
            "@transport/up |CAUSE| @prices/up");
  // A mention of the same concept adds nothing; a bare mention says no more.
  EXPECT_EQ(KeyOfCause("The war in Syria displaced millions. The war fuelled inflation.",
                       "The war"),
            "@war |CAUSE| @inflation");
  // A phrase cut at a comma is no description ("This year" opens a clause).
  EXPECT_EQ(KeyOfCause("It was an election year. This year, new rules will curb spending.",
                       "This year, new rules"),
            "year |PREVENT| @public_spending");
}

// The claim whose cause (or, failing that, effect) text is `pronoun` and
// whose trigger is `trigger`: its key, what it refers to and whether it is
// in the claim set, as "KEY <- REFERS_TO" ("KEY (out)" when unresolved).
std::string Resolved(const std::string& text, std::string_view pronoun,
                     std::string_view trigger) {
  Document d = testing::Process(text);
  for (const Claim& c : d.claims) {
    if (d.Text(c.trigger) != trigger) continue;
    const Grounding& g = d.Text(c.cause) == pronoun ? c.cause_ground : c.effect_ground;
    EXPECT_TRUE(g.names_nothing) << text;
    if (!g.refers_to) {
      EXPECT_FALSE(c.in_claim_set);
      return c.key + " (out)";
    }
    EXPECT_TRUE(c.in_claim_set);
    return c.key + " <- " + std::string(d.Text(*g.refers_to));
  }
  ADD_FAILURE() << "no claim triggered by '" << trigger << "' in: " << text;
  return "";
}

TEST(Grounding, PronounsStandForAnEarlierClaimsPhrase) {
  // A subject pronoun continues the subject of a main clause, of its number.
  EXPECT_EQ(Resolved("Sanctions hurt Iran's economy. They also raised food prices.", "They",
                     "raised"),
            "@sanctions |CAUSE| @food_prices <- Sanctions");
  EXPECT_EQ(Resolved("Drought destroyed the harvest, and it pushed families into poverty.",
                     "it", "pushed"),
            "@drought |CAUSE| @poverty <- Drought");
  // In a subordinate clause, a subject of its own sentence ("since it").
  EXPECT_EQ(Resolved("Independent monitoring remains the best safeguard against a breakout, "
                     "since it limits the room for miscalculation.",
                     "it", "limits"),
            "independent monitor |PREVENT| @miscalculation <- Independent monitoring");
  // A raising "It is expected to" and "They're rooted in" are no expletives.
  EXPECT_EQ(Resolved("The tariff cut raised exports. It is expected to boost growth.", "It",
                     "to boost"),
            "@tariffs |CAUSE| @economic_growth <- The tariff");
  EXPECT_EQ(Resolved("Our problems go beyond the reach of Government. They're rooted in the "
                     "loss of values.",
                     "They", "rooted in"),
            "loss value |CAUSE| problem <- Our problems");
  // A clause stands for its subject.
  EXPECT_EQ(Resolved("Large appropriations are the natural consequence of the war, since "
                     "they increase the profits of contractors.",
                     "they", "increase"),
            "appropriation |CAUSE| @corporate_profits <- Large appropriations");
  // A demonstrative opening a sentence stands for what came of the event
  // before: a prevented effect is its fall.
  EXPECT_EQ(Resolved("The war disrupted grain exports. This fuelled inflation.", "This",
                     "fuelled"),
            "@exports/down |CAUSE| @inflation <- grain exports");
  // Counter-examples stay out of the claim set: no subject of the number
  // ("The war" is one, "prices" no subject) ...
  EXPECT_EQ(Resolved("The war raised prices. They hurt the poor.", "They", "hurt"),
            "they |PREVENT| poor (out)");
  // ... the nearest subject, not an earlier one ("the Congress decided
  // that it", not "Speculation") ...
  EXPECT_EQ(Resolved("Speculation fuelled the panic, but the Congress decided that it would "
                     "curb speculation.",
                     "it", "curb"),
            "@organization_actor us_congress |PREVENT| speculation <- the Congress");
  // ... a subordinate clause's pronoun and a subject of the sentence before ...
  EXPECT_EQ(Resolved("Speculation fuelled the panic. Whether it will curb trade is unclear.",
                     "it", "curb"),
            "it |PREVENT| @trade (out)");
  // ... an expletive "it" ...
  EXPECT_EQ(Resolved("The tariff cut raised exports. It affords me pleasure to report this.",
                     "It", "affords"),
            "it |CAUSE| pleasure report (out)");
  // ... a demonstrative after a plan, not an event.
  EXPECT_EQ(Resolved("We must build new schools to raise literacy. This will reduce poverty.",
                     "This", "reduce"),
            "this |PREVENT| @poverty (out)");
}

TEST(Grounding, AnEntityModifyingANounIsNoActor) {
  // "the Soviet era" is about an era, which grounds nowhere; "Russia" alone
  // is an actor.
  EXPECT_EQ(KeyOfCause("The Soviet era fuelled ethnic tensions.", "The Soviet era"),
            "SUN era |CAUSE| @ethnic_tensions");
  EXPECT_EQ(KeyOfCause("The American dream fuelled immigration.", "The American dream"),
            "USA dream |CAUSE| @immigration");
  EXPECT_EQ(KeyOfCause("Russia and Iran fuelled the war.", "Russia and Iran"),
            "@state_actor IRN RUS |CAUSE| @war");
}

TEST(Grounding, KeysAtTwoLevels) {
  Document a = testing::Process("Rising food prices fuelled unrest in Egypt.");
  Document b = testing::Process("Higher bread prices fuelled unrest in Tunisia.");
  ASSERT_EQ(a.claims.size(), 1u);
  ASSERT_EQ(b.claims.size(), 1u);
  EXPECT_NE(a.claims[0].key, b.claims[0].key);  // the places differ
  EXPECT_EQ(a.claims[0].concept_key, b.claims[0].concept_key);
  EXPECT_THAT(a.claims[0].concept_key, ::testing::StartsWith("@food_prices |CAUSE| @"));
  ClaimSet set;
  set.Add(a);
  set.Add(b);
  EXPECT_EQ(set.size(), 2u);
  ClaimSet concepts = set.AtLevel(ClaimLevel::kConcept);
  ASSERT_EQ(concepts.size(), 1u);
  EXPECT_EQ(concepts.records().begin()->second.evidence.size(), 2u);
  EXPECT_THAT(concepts.ToJsonl(), ::testing::HasSubstr("\"level\":\"concept\""));
}

TEST(Grounding, SupportAndOpposition) {
  Document d = testing::Process(
      "Sanctions fuelled inflation. Sanctions did not fuel inflation. Sanctions curbed "
      "inflation.");
  ClaimSet set;
  set.Add(d);
  auto it = set.records().find("@sanctions |CAUSE| @inflation");
  ASSERT_NE(it, set.records().end()) << set.ToJsonl();
  Consensus c = set.ConsensusOf(it->second);
  EXPECT_EQ(c.support, 1u);
  EXPECT_EQ(c.oppose, 2u);  // its own NEGATED mention and the PREVENT one
  EXPECT_TRUE(c.contested());
  EXPECT_THAT(set.ToJsonl(), ::testing::HasSubstr("\"support\":1,\"oppose\":2,"));
  // Evidence keeps each mention's offsets.
  EXPECT_THAT(set.ToJsonl(), ::testing::HasSubstr("\"cause_offsets\":{\"start\":0,\"end\":9},"
                                                  "\"effect_offsets\":{\"start\":18,\"end\":27}"));
}

TEST(Grounding, ConceptLevelRecordsAreNotMergedAgain) {
  ClaimSet set;
  set.Add(testing::Process("Sanctions fuelled inflation."));
  std::string concept_level = set.AtLevel(ClaimLevel::kConcept).ToJsonl();
  ClaimSet again;
  absl::Status s = again.ParseJsonl(concept_level, "c.jsonl");
  EXPECT_THAT(std::string(s.message()),
              ::testing::HasSubstr("c.jsonl:1: a record aggregated at level \"concept\" cannot "
                                   "be merged again"));
}

// Sharded merging at concept level equals aggregating once.
TEST(Grounding, ConceptLevelCommutesWithMerge) {
  std::vector<std::string> texts = {
      "Sanctions fuelled inflation in Iran.", "Sanctions fuelled inflation in Russia.",
      "Drought fuelled migration.", "Rising food prices fuelled unrest in Egypt."};
  ClaimSet whole, left, right;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document d = testing::Process(texts[i]);
    whole.Add(d);
    (i % 2 ? left : right).Add(d);
  }
  ClaimSet merged = right;
  merged.Merge(left);
  EXPECT_EQ(merged.AtLevel(ClaimLevel::kConcept).ToJsonl(),
            whole.AtLevel(ClaimLevel::kConcept).ToJsonl());
  EXPECT_LT(whole.AtLevel(ClaimLevel::kConcept).size(), whole.size());
}

}  // namespace
}  // namespace casus

namespace casus {
namespace {

// The WordNet walk reads data.noun by byte ranges (Env::ReadFileRange): the
// real file system reads only the range, the default reads the whole file;
// both give the same bytes, and fewer at the end of the file.
TEST(Env, ReadFileRangeMatchesTheWholeFile) {
  TempDir dir;
  std::string path = dir.Write("f.txt", "0123456789");
  MemEnv mem;
  mem.AddFile(path, "0123456789");
  for (Env* env : {Env::Default(), static_cast<Env*>(&mem)}) {
    EXPECT_EQ(*env->ReadFileRange(path, 2, 3), "234");
    EXPECT_EQ(*env->ReadFileRange(path, 8, 100), "89");
    EXPECT_EQ(*env->ReadFileRange(path, 20, 5), "");
    EXPECT_TRUE(absl::IsNotFound(env->ReadFileRange(path + ".missing", 0, 1).status()));
  }
}

}  // namespace
}  // namespace casus
