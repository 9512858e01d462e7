#include "eval/importers.h"

#include "gtest/gtest.h"

namespace casus::eval {
namespace {

TEST(Csv, QuotesBomAndNewlines) {
  auto rows = ParseCsv("\xEF\xBB\xBFindex,text,label\na,\"x, \"\"y\"\"\nz\",1\n", "f.csv");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0][0], "index");
  EXPECT_EQ((*rows)[1][1], "x, \"y\"\nz");
  EXPECT_EQ(ParseCsv("a,\"open\n", "f.csv").status().message(),
            "f.csv:1: unterminated quoted field");
}

TEST(PythonList, QuotesAndEscapes) {
  auto l = ParsePythonStringList(R"(['a \'b', "it's", 'x\x97y', '\ufeffz'])");
  ASSERT_TRUE(l.ok()) << l.status();
  ASSERT_EQ(l->size(), 4u);
  EXPECT_EQ((*l)[0], "a 'b");
  EXPECT_EQ((*l)[1], "it's");
  EXPECT_EQ((*l)[2], "x\xC2\x97y");
  EXPECT_EQ((*l)[3], "\xEF\xBB\xBFz");
  EXPECT_TRUE(ParsePythonStringList("[]")->empty());
}

TEST(Cnc, MarkupBecomesClaimSpans) {
  std::string text = "Workers struck , demanding higher wages .";
  auto c = CncMarkupToClaim(
      "<ARG1>Workers struck</ARG1> , <ARG0><SIG0>demanding</SIG0> higher wages</ARG0> .",
      text);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->effect.start, 0);
  EXPECT_EQ(c->effect.end, 14);
  EXPECT_EQ(c->effect.text, "Workers struck");
  EXPECT_EQ(c->cause.text, "demanding higher wages");
  EXPECT_EQ(c->trigger.text, "demanding");
  EXPECT_FALSE(CncMarkupToClaim("<ARG0>a</ARG0> <ARG1>b</ARG1>", "a c").ok());
}

TEST(Cnc, ImportJoinsLabelsAndRelations) {
  std::string s1 =
      "\xEF\xBB\xBF" "index,text,label\n"
      "train_01_0_5,Workers struck over pay .,1\n"
      "train_01_1_6,It rained .,0\n";
  std::string grouped =
      "corpus,doc_id,sent_id,eg_id,index,text,causal_text_w_pairs,num_rs\n"
      "cnc,train_01_0,5,0,x,Workers struck over pay .,"
      "\"['<ARG1>Workers struck</ARG1> <SIG0>over</SIG0> <ARG0>pay</ARG0> .']\",1\n"
      "cnc,train_01_1,6,0,y,It rained .,[],0\n";
  auto c = ImportCnc(s1, "s1.csv", grouped, "g.csv");
  ASSERT_TRUE(c.ok()) << c.status();
  ASSERT_EQ(c->docs.size(), 2u);
  ASSERT_EQ(c->gold.size(), 2u);
  EXPECT_TRUE(*c->gold[0].causal);
  ASSERT_EQ(c->gold[0].claims.size(), 1u);
  EXPECT_EQ(c->gold[0].claims[0].cause.text, "pay");
  EXPECT_FALSE(*c->gold[1].causal);
  EXPECT_TRUE(c->gold[1].claims.empty());
}

TEST(Conll, SentencesBecomeDocumentsWithMappedTypes) {
  std::string conll =
      "Angela\tB-politician\nMerkel\tI-politician\nvisited\tO\nParis\tB-location\n"
      "in\tO\n2009\tB-election\n.\tO\n\nThe\tO\nCDU\tB-politicalparty\nwon\tO\n";
  std::string map = "politician: PERSON\nlocation: LOC\nelection: -\npoliticalparty: ORGANIZATION\n";
  auto c = ImportConll(conll, "dev.txt", map, "m.map", "dev");
  ASSERT_TRUE(c.ok()) << c.status();
  ASSERT_EQ(c->docs.size(), 2u);
  EXPECT_EQ(c->docs[0].id, "dev_1");
  EXPECT_EQ(c->docs[0].text, "Angela Merkel visited Paris in 2009 .");
  ASSERT_EQ(c->gold[0].entities.size(), 2u);
  EXPECT_EQ(c->gold[0].entities[0].span.text, "Angela Merkel");
  EXPECT_EQ(c->gold[0].entities[0].type, "PERSON");
  EXPECT_EQ(c->gold[0].entities[1].span.start, 22);
  EXPECT_EQ(c->gold[0].entities[1].type, "LOC");
  EXPECT_EQ(c->gold[1].entities[0].span.text, "CDU");
  EXPECT_EQ(ImportConll("x\tB-alien\n", "d.txt", map, "m.map", "d").status().message(),
            "d.txt:1: type 'alien' is not in m.map");
}

TEST(Holdout, StableShare) {
  int held = 0;
  for (int i = 0; i < 1000; ++i) held += InHoldout("doc" + std::to_string(i), 25);
  EXPECT_GT(held, 200);
  EXPECT_LT(held, 300);
  EXPECT_EQ(InHoldout("train_01_0_892", 25), InHoldout("train_01_0_892", 25));
}

}  // namespace
}  // namespace casus::eval
