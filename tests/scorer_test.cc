#include "eval/scorer.h"

#include "eval/eval_data.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace casus::eval {
namespace {

EvalEntity Ent(int s, int e, const char* type, const char* norm = "n") {
  EvalEntity x;
  x.span = {s, e, ""};
  x.type = type;
  x.norm = norm;
  return x;
}

EvalClaim Cl(CpSpan cause, CpSpan effect, const char* rel = "CAUSE",
             const char* mod = "ASSERTED", const char* group = "",
             const char* key = "") {
  EvalClaim c;
  c.cause = cause;
  c.effect = effect;
  c.relation = rel;
  c.modality = mod;
  c.group = group;
  c.key = key;
  return c;
}

EvalDoc Doc(const char* id) {
  EvalDoc d;
  d.doc_id = id;
  return d;
}

TEST(Scorer, MatchingTakesLargestOverlapFirst) {
  // Gold A [0,10) and B [8,20); prediction P1 [0,9) overlaps A by 9 and B by
  // 1; P2 [9,20) overlaps A by 1 and B by 11. Decreasing-overlap matching
  // pairs B-P2 (11), then A-P1 (9): two lenient matches. A left-to-right
  // greedy pass would also give two here; the next case is where order
  // matters.
  EvalDoc g = Doc("d"), p = Doc("d");
  g.entities = {Ent(0, 10, "COUNTRY"), Ent(8, 20, "COUNTRY")};
  p.entities = {Ent(0, 9, "COUNTRY"), Ent(9, 20, "COUNTRY")};
  EvalReport r = Score({g}, {p}, {});
  EXPECT_EQ(r.entities_lenient_micro.tp, 2);

  // One prediction P [5,15) overlaps gold A [0,8) by 3 and B [6,15) by 9;
  // it must go to B, leaving A unmatched even though A comes first.
  g.entities = {Ent(0, 8, "REGION"), Ent(6, 15, "REGION")};
  p.entities = {Ent(5, 15, "REGION")};
  r = Score({g}, {p}, {});
  EXPECT_EQ(r.entities_lenient_micro.tp, 1);
  EXPECT_EQ(r.entities_lenient_micro.fn, 1);
  ASSERT_EQ(r.errors.size(), 3u);  // strict: A FN, B FN, P FP
}

TEST(Scorer, DuplicatePredictionsCountOnce) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.entities = {Ent(0, 4, "COUNTRY", "IRN")};
  p.entities = {Ent(0, 4, "COUNTRY", "IRN"), Ent(0, 4, "COUNTRY", "IRN")};
  EvalReport r = Score({g}, {p}, {});
  EXPECT_EQ(r.entities_strict_micro.tp, 1);
  EXPECT_EQ(r.entities_strict_micro.fp, 1);
  EXPECT_DOUBLE_EQ(r.entities_strict_micro.P(), 0.5);
  EXPECT_DOUBLE_EQ(r.entities_strict_micro.R(), 1.0);
}

TEST(Scorer, StrictNeedsExactSpanAndType) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.entities = {Ent(0, 12, "REGION"), Ent(20, 24, "COUNTRY")};
  p.entities = {Ent(0, 7, "REGION"), Ent(20, 24, "CITY")};
  EvalReport r = Score({g}, {p}, {});
  EXPECT_EQ(r.entities_strict_micro.tp, 0);
  EXPECT_EQ(r.entities_lenient_micro.tp, 1);  // type must still agree
  EXPECT_EQ(r.entities_strict.at("CITY").fp, 1);
  EXPECT_EQ(r.entities_strict.at("COUNTRY").fn, 1);
}

TEST(Scorer, NormAccuracyExcludesPerson) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.entities = {Ent(0, 4, "COUNTRY", "IRN"), Ent(5, 10, "PERSON", "kenneth_waltz"),
                Ent(11, 15, "CITY", "moscow")};
  p.entities = {Ent(0, 4, "COUNTRY", "IRN"), Ent(5, 10, "PERSON", "waltz"),
                Ent(11, 15, "CITY", "moskva")};
  EvalReport r = Score({g}, {p}, {});
  EXPECT_EQ(r.norm_accuracy.total, 2);
  EXPECT_EQ(r.norm_accuracy.hit, 1);
}

TEST(Scorer, EmptyAndMissingDocuments) {
  EvalDoc g1 = Doc("a"), g2 = Doc("b");
  g2.entities = {Ent(0, 4, "COUNTRY")};
  EvalDoc p1 = Doc("a"), extra = Doc("zzz");
  EvalReport r = Score({g1, g2}, {p1, extra}, {});
  EXPECT_EQ(r.documents, 2);
  ASSERT_EQ(r.missing_predictions.size(), 1u);
  EXPECT_EQ(r.missing_predictions[0], "b");
  ASSERT_EQ(r.unscored_predictions.size(), 1u);
  EXPECT_EQ(r.entities_strict_micro.fn, 1);
  EXPECT_EQ(r.entities_strict_micro.F1(), 0.0);
  EXPECT_EQ(r.causal_tn, 2);  // neither gold document has claims
}

TEST(Scorer, ClaimsLenientStrictAndDeterminerTrimming) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.claims = {Cl({0, 24, "a sense of common threat"}, {40, 60, "close ties"})};
  // Strict ignores a leading determiner and trailing punctuation.
  p.claims = {Cl({2, 24, "sense of common threat"}, {40, 61, "close ties."})};
  EvalReport r = Score({g}, {p}, {});
  EXPECT_EQ(r.claims_lenient.tp, 1);
  EXPECT_EQ(r.claims_strict.tp, 1);
  // Without trimmable differences strict fails while lenient holds.
  p.claims = {Cl({11, 24, "common threat"}, {40, 60, "close ties"})};
  r = Score({g}, {p}, {});
  EXPECT_EQ(r.claims_lenient.tp, 1);
  EXPECT_EQ(r.claims_strict.tp, 0);
  EXPECT_EQ(r.claims_strict.fp, 1);
}

TEST(Scorer, StrictPerRoleAndExtentErrors) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.claims = {Cl({0, 13, "the sanctions"}, {22, 31, "inflation"}),
              Cl({40, 47, "drought"}, {53, 62, "migration"})};
  // First: cause exact, effect runs on. Second: both exact.
  p.claims = {Cl({4, 13, "sanctions"}, {22, 41, "inflation this year"}),
              Cl({40, 47, "drought"}, {53, 62, "migration"})};
  EvalReport r = Score({g}, {p}, {});
  EXPECT_EQ(r.claims_lenient.tp, 2);
  EXPECT_EQ(r.claims_strict.tp, 1);
  EXPECT_EQ(r.claims_strict_cause.tp, 2);
  EXPECT_EQ(r.claims_strict_effect.tp, 1);
  EXPECT_EQ(r.claims_strict_effect.fn, 1);
  EXPECT_EQ(r.claims_strict_effect.fp, 1);
  std::vector<std::string> extents;
  for (const EvalError& e : r.errors) {
    if (e.kind == "extent") extents.push_back(e.detail);
  }
  EXPECT_THAT(extents, testing::ElementsAre(
                           "effect: gold \"inflation\", predicted \"inflation this year\""));
}

TEST(Scorer, RelationAnyAndModality) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.claims = {Cl({0, 5}, {10, 15}, "PREVENT", "HEDGED")};
  p.claims = {Cl({0, 5}, {10, 15}, "CAUSE", "ASSERTED")};
  EXPECT_EQ(Score({g}, {p}, {}).claims_lenient.tp, 0);
  ScoreOptions any;
  any.relation_any = true;
  EvalReport r = Score({g}, {p}, any);
  EXPECT_EQ(r.claims_lenient.tp, 1);
  EXPECT_EQ(r.modality_accuracy.total, 1);
  EXPECT_EQ(r.modality_accuracy.hit, 0);
}

TEST(Scorer, CausalDocumentsAndMcc) {
  std::vector<EvalDoc> gold, pred;
  for (int i = 0; i < 4; ++i) {
    EvalDoc g = Doc(i == 0 ? "0" : i == 1 ? "1" : i == 2 ? "2" : "3");
    g.causal = i < 2;  // 0,1 causal
    EvalDoc p = g;
    p.causal.reset();
    if (i == 0 || i == 2) p.claims = {Cl({0, 1}, {2, 3})};  // predict 0 and 2
    gold.push_back(g);
    pred.push_back(p);
  }
  EvalReport r = Score(gold, pred, {});
  EXPECT_EQ(r.causal_tp, 1);
  EXPECT_EQ(r.causal_fp, 1);
  EXPECT_EQ(r.causal_fn, 1);
  EXPECT_EQ(r.causal_tn, 1);
  EXPECT_DOUBLE_EQ(r.CausalMcc(), 0.0);
  EXPECT_DOUBLE_EQ(r.CausalPrf().F1(), 0.5);
}

TEST(Scorer, MergeRecallAndErrors) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.claims = {Cl({0, 5}, {6, 10}, "CAUSE", "ASSERTED", "g1"),
              Cl({20, 25}, {26, 30}, "CAUSE", "ASSERTED", "g1"),
              Cl({40, 45}, {46, 50}, "CAUSE", "ASSERTED", "g2"),
              Cl({60, 65}, {66, 70})};
  p.claims = {Cl({0, 5}, {6, 10}, "CAUSE", "ASSERTED", "", "k1"),
              Cl({20, 25}, {26, 30}, "CAUSE", "ASSERTED", "", "k1"),
              Cl({40, 45}, {46, 50}, "CAUSE", "ASSERTED", "", "k2"),
              Cl({60, 65}, {66, 70}, "CAUSE", "ASSERTED", "", "k2")};
  std::vector<EvalDoc> gold = {g}, pred = {p};  // errors point into these
  EvalReport r = Score(gold, pred, {});
  EXPECT_EQ(r.merge_gold_pairs, 1);
  EXPECT_EQ(r.merge_recalled, 1);
  EXPECT_EQ(r.merge_predicted_pairs, 2);
  EXPECT_EQ(r.merge_errors, 1);  // k2 joins g2 with an ungrouped claim
  EXPECT_DOUBLE_EQ(r.MergeRecall(), 1.0);
  EXPECT_DOUBLE_EQ(r.MergeErrorRate(), 0.5);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].kind, "merge");
  EXPECT_TRUE(r.errors[0].false_positive);
  EXPECT_EQ(r.errors[0].claim, &pred[0].claims[2]);
  EXPECT_EQ(r.errors[0].detail,
            "merged with \"\" -> \"\" under key k2, gold groups g2 and (none)");
}

// A missed merge names the pair, the group and why: keys that differ, or a
// claim that was not extracted.
TEST(Scorer, MissedMergesAreListed) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.claims = {Cl({0, 5}, {6, 10}, "CAUSE", "ASSERTED", "g1"),
              Cl({20, 25}, {26, 30}, "CAUSE", "ASSERTED", "g1"),
              Cl({40, 45}, {46, 50}, "CAUSE", "ASSERTED", "g1")};
  g.claims[1].cause.text = "B";
  g.claims[1].effect.text = "b";
  p.claims = {Cl({0, 5}, {6, 10}, "CAUSE", "ASSERTED", "", "k1"),
              Cl({20, 25}, {26, 30}, "CAUSE", "ASSERTED", "", "k2")};
  std::vector<EvalDoc> gold = {g}, pred = {p};
  EvalReport r = Score(gold, pred, {});
  EXPECT_EQ(r.merge_gold_pairs, 3);
  EXPECT_EQ(r.merge_recalled, 0);
  std::vector<std::string> details;
  for (const EvalError& e : r.errors) {
    if (e.kind == "merge") {
      EXPECT_FALSE(e.false_positive);
      details.push_back(e.detail);
    }
  }
  EXPECT_THAT(details, ::testing::ElementsAre(
                           "not merged with \"B\" -> \"b\" (group g1): keys differ: k1 vs k2",
                           "not merged with \"\" -> \"\" (group g1): the other claim was not extracted",
                           "not merged with \"\" -> \"\" (group g1): the other claim was not extracted"));
}

TEST(Scorer, CoarseFoldsLocations) {
  EvalDoc g = Doc("d"), p = Doc("d");
  g.entities = {Ent(0, 4, "LOC"), Ent(5, 9, "EVENT")};
  p.entities = {Ent(0, 4, "CITY"), Ent(5, 9, "EVENT")};
  ScoreOptions coarse;
  coarse.coarse = true;
  EvalReport r = Score({g}, {p}, coarse);
  EXPECT_EQ(r.entities_strict_micro.tp, 1);
  EXPECT_EQ(r.entities_strict_micro.fp + r.entities_strict_micro.fn, 0);
}

TEST(EvalData, MalformedLinesNameFileAndLine) {
  auto r = ParseEvalJsonl("{\"doc_id\":\"a\"}\n{bad\n", "g.jsonl");
  EXPECT_EQ(r.status().message(), "g.jsonl:2: malformed JSON");
  r = ParseEvalJsonl("{\"doc_id\":\"a\",\"entities\":[{\"start\":5,\"end\":2,"
                     "\"type\":\"CITY\"}]}\n", "g.jsonl");
  EXPECT_EQ(r.status().message(),
            "g.jsonl:1: entity 0: \"span\" has start 5 and end 2 (need 0 <= start < end)");
  r = ParseEvalJsonl("{\"doc_id\":\"a\"}\n\n{\"doc_id\":\"a\"}\n", "g.jsonl");
  EXPECT_EQ(r.status().message(), "g.jsonl:3: duplicate doc_id \"a\"");
  r = ParseEvalJsonl("{\"doc_id\":\"a\",\"claims\":[{\"cause\":{\"start\":0,\"end\":1},"
                     "\"effect\":{\"start\":2,\"end\":3},\"modality\":\"SURE\"}]}",
                     "p.jsonl");
  EXPECT_EQ(r.status().message(), "p.jsonl:1: claim 0: unknown modality \"SURE\"");
}

}  // namespace
}  // namespace casus::eval

namespace casus::eval {
namespace {

// Found by gold_reader_fuzzer: claims with no relation compare as CAUSE
// (a dangling view once read freed memory here).
TEST(Scorer, MissingRelationIsCause) {
  EvalDoc g, p;
  g.doc_id = p.doc_id = "d";
  EvalClaim c;
  c.cause = {0, 1, ""};
  c.effect = {2, 3, ""};
  g.claims = {c};
  c.relation = "CAUSE";
  p.claims = {c};
  EXPECT_EQ(Score({g}, {p}, {}).claims_lenient.tp, 1);
}

}  // namespace
}  // namespace casus::eval
