// The claim set: keys merge what they should, and merging shards is exact
// and order-free (a property test over random shardings of the team corpus).
#include "pipeline/claim_set.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "stages/claim_normalizer.h"
#include "tests/cli_util.h"
#include "tests/test_util.h"

namespace casus {
namespace {

std::vector<Document> Corpus() {
  std::vector<std::string> files;
  for (const char* sub : {"/seed", "/team"}) {
    for (const auto& e : std::filesystem::directory_iterator(testing::CorporaDir() + sub)) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  for (const std::string& f : files) {
    Document d = Document::FromText(std::filesystem::path(f).stem().string(),
                                    testing::ReadFileOrDie(f));
    EXPECT_TRUE(testing::SharedPipeline().Process(&d).ok());
    docs.push_back(std::move(d));
  }
  return docs;
}

TEST(ClaimSet, ShardedMergeEqualsSingleRun) {
  std::vector<Document> docs = Corpus();
  ClaimSet whole;
  for (const Document& d : docs) whole.Add(d);
  ASSERT_GT(whole.size(), 100u);
  const std::string expected = whole.ToJsonl();
  std::mt19937 rng(20261125);
  for (int trial = 0; trial < 6; ++trial) {
    int shards = 2 + trial % 4;
    std::vector<ClaimSet> parts(shards);
    for (const Document& d : docs) parts[rng() % shards].Add(d);
    // Serialize each shard, parse it back, merge in a random order and
    // grouping: ((a + b) + (c + d)) ...
    std::vector<ClaimSet> parsed(shards);
    for (int s = 0; s < shards; ++s) {
      ASSERT_TRUE(parsed[s].ParseJsonl(parts[s].ToJsonl(), "shard").ok());
    }
    std::shuffle(parsed.begin(), parsed.end(), rng);
    while (parsed.size() > 1) {
      size_t i = rng() % (parsed.size() - 1);
      ClaimSet merged = parsed[i];
      merged.Merge(parsed[i + 1]);
      parsed.erase(parsed.begin() + i, parsed.begin() + i + 2);
      parsed.insert(parsed.begin() + i, std::move(merged));
    }
    EXPECT_EQ(parsed[0].ToJsonl(), expected) << "trial " << trial;
  }
  // Merging a set with itself changes nothing: evidence is a set.
  ClaimSet twice = whole;
  twice.Merge(whole);
  EXPECT_EQ(twice.ToJsonl(), expected);
}

TEST(ClaimSet, CountsAgreementAndSources) {
  Document a = Document::FromText("a", "Sanctions fuelled inflation. Sanctions may fuel inflation.");
  a.metadata.push_back({"source", "\"Reuters\""});
  ASSERT_TRUE(testing::SharedPipeline().Process(&a).ok());
  Document b = Document::FromText("b", "Sanctions fuel inflation.");
  ASSERT_TRUE(testing::SharedPipeline().Process(&b).ok());
  ClaimSet set;
  set.Add(a);
  set.Add(b);
  ASSERT_EQ(set.size(), 1u) << set.ToJsonl();
  std::string line = set.ToJsonl();
  EXPECT_THAT(line, ::testing::HasSubstr("\"key\":\"@sanctions |CAUSE| @inflation\",\"concept_key\":\"@sanctions |CAUSE| @inflation\""));
  EXPECT_THAT(line, ::testing::HasSubstr("\"mentions\":3,\"documents\":2,\"sources\":2,"
                                         "\"asserted\":2,\"hedged\":1,\"hypothesis\":0,"
                                         "\"negated\":0"));
}

// A cause or effect that names nothing by itself (a pronoun, "what") keeps
// its claim in the document and out of the claim set; a phrase holding a
// pronoun and a content word ("its sanctions") stays in.
TEST(ClaimSet, BareReferencesStayOutOfTheClaimSet) {
  Document d = Document::FromText(
      "d", "It fuels unrest. What drives growth is trade. Its sanctions fuelled inflation.");
  ASSERT_TRUE(testing::SharedPipeline().Process(&d).ok());
  std::vector<std::pair<std::string, bool>> got;
  for (const Claim& c : d.claims) got.push_back({c.key, c.in_claim_set});
  EXPECT_THAT(got, ::testing::ElementsAre(
                       ::testing::Pair("it |CAUSE| @instability", false),
                       ::testing::Pair("what |CAUSE| @economic_growth", false),
                       ::testing::Pair("@sanctions |CAUSE| @inflation", true)));
  ClaimSet set;
  set.Add(d);
  ASSERT_EQ(set.size(), 1u) << set.ToJsonl();
  EXPECT_EQ(set.records().begin()->first, "@sanctions |CAUSE| @inflation");
}

// Pairs that must merge and pairs that must not (docs/claims.md).
TEST(ClaimKeys, MergeAndKeepApart) {
  auto key = [](const std::string& text) {
    Document d = testing::Process(text);
    EXPECT_EQ(d.claims.size(), 1u) << text;
    return d.claims.empty() ? std::string() : d.claims[0].key;
  };
  // Entity norms, lemmas, light words and concepts meet.
  EXPECT_EQ(key("The United States' presence fuels instability."),
            key("American influence fuelled unrest."));
  EXPECT_EQ(key("Close ties between Iran and Russia prevent the spread of extremism."),
            key("Iran-Russia alignment prevents the spread of radicalism."));
  // Different causes, effects or relations stay apart.
  EXPECT_NE(key("Sanctions fuel inflation."), key("Sanctions curb inflation."));
  EXPECT_NE(key("Sanctions fuel inflation."), key("Drought fuels inflation."));
  EXPECT_NE(key("Iran's influence fuels instability."),
            key("Russia's influence fuels instability."));
  // A capital stands for its state; "the two countries" for the two named
  // just before, unless more are in reach.
  EXPECT_EQ(key("Tehran's enrichment drove the crisis."), "@nuclear_programme IRN |CAUSE| crisis");
  EXPECT_EQ(key("Iran's enrichment drove the crisis."), "@nuclear_programme IRN |CAUSE| crisis");
  EXPECT_EQ(key("Iran and Russia met in May. The cooperation of the two countries fuels "
                "instability."),
            key("Iran-Russia cooperation fuels instability."));
  EXPECT_EQ(key("Iran, Russia and China met in May. The cooperation of the two countries "
                "fuels instability."),
            "@cooperation |CAUSE| @instability");
  EXPECT_EQ(key("Iran and Russia met. Talks followed. Nothing changed. The two countries' "
                "ties fuel instability."),
            "@cooperation |CAUSE| @instability");  // out of reach: three sentences back
}

// A restatement with one detail less takes the fuller claim's key; one that
// could restate two different claims keeps its own.
TEST(ClaimKeys, RestatementsInOneDocument) {
  auto keys = [](const std::string& text) {
    Document d = testing::Process(text);
    std::vector<std::string> out;
    for (const Claim& c : d.claims) out.push_back(c.key);
    return out;
  };
  EXPECT_THAT(keys("Drought fuels Iran-Russia cooperation in Central Asia. Later, drought "
                   "fuelled the cooperation of the two countries."),
              ::testing::ElementsAre("@drought |CAUSE| @cooperation IRN RUS central_asia",
                                     "@drought |CAUSE| @cooperation IRN RUS central_asia"));
  EXPECT_THAT(keys("Sanctions fuel inflation in Iran. Sanctions fuel inflation in Russia. "
                   "Sanctions fuel inflation."),
              ::testing::ElementsAre("@sanctions |CAUSE| @inflation IRN",
                                     "@sanctions |CAUSE| @inflation RUS",
                                     "@sanctions |CAUSE| @inflation"));
  // A restatement of a restatement takes the fullest key, whatever the order.
  EXPECT_THAT(keys("Drought fuels cooperation. Drought fuels cooperation in Iran. Drought "
                   "fuels cooperation in Iran and Russia."),
              ::testing::AllOf(::testing::SizeIs(3),
                               ::testing::Each("@drought |CAUSE| @cooperation IRN RUS")));
  EXPECT_THAT(keys("Drought fuels cooperation in Iran and Russia. Drought fuels cooperation "
                   "in Iran. Drought fuels cooperation."),
              ::testing::AllOf(::testing::SizeIs(3),
                               ::testing::Each("@drought |CAUSE| @cooperation IRN RUS")));
  // Two details more is another claim, not a restatement.
  EXPECT_THAT(keys("Sanctions fuel inflation. Sanctions fuel rising food price inflation in "
                   "Iran."),
              ::testing::ElementsAre("@sanctions |CAUSE| @inflation",
                                     "@sanctions |CAUSE| @inflation/up IRN"));
}

TEST(ClaimSet, DotRendersWithGraphviz) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "Graphviz 'dot' is not installed";
  }
  ClaimSet set;
  for (const Document& d : Corpus()) set.Add(d);
  TempDir dir;
  std::string dot = dir.Write("claims.dot", set.ToDot());
  std::string svg = dir.Path("claims.svg");
  ASSERT_EQ(std::system(("dot -Tsvg " + dot + " -o " + svg).c_str()), 0);
  std::string out = testing::ReadFileOrDie(svg);
  EXPECT_THAT(out, ::testing::HasSubstr("<svg"));
  // One SVG edge group per claim.
  size_t edges = 0;
  for (size_t p = out.find("class=\"edge support_"); p != std::string::npos;
       p = out.find("class=\"edge support_", p + 1)) {
    ++edges;
  }
  EXPECT_EQ(edges, set.size());
}

TEST(ClaimSet, MalformedFileNamesLine) {
  ClaimSet set;
  absl::Status s = set.ParseJsonl("\n{\"key\":\"x\"}\n", "a.claims.jsonl");
  EXPECT_EQ(s.message(), "a.claims.jsonl:2: \"relation\" is missing");
}

// Audit: records with a null or mistyped field aborted `casus merge`
// (uncaught exception), a relation was taken unchecked into the exports,
// and a negative offset wrapped to 4294967291. Every field is typed now.
TEST(ClaimSet, EveryFieldIsChecked) {
  const std::string ok_evidence = R"({"doc_id":"d","cause":"a","trigger":"t","effect":"b",)"
                                  R"("modality":"ASSERTED","sentence":{"start":0,"end":5,"text":"x"}})";
  auto record = [&](const std::string& relation, const std::string& evidence) {
    return R"({"key":"k","relation":)" + relation + R"(,"cause":"a","effect":"b","evidence":[)" +
           evidence + "]}";
  };
  struct Case {
    std::string line, message;
  } cases[] = {
      {record(R"("CAUSE")", ok_evidence), ""},
      {record(R"("CAUSE")", R"({"doc_id":"d","sentence":{"start":null,"end":5}})"),
       R"(f:1: "evidence[0].sentence.start" must be a whole number from 0 to 4294967295)"},
      {record(R"("CAUSE")", R"({"doc_id":"d","sentence":{"start":"abc","end":5}})"),
       R"(f:1: "evidence[0].sentence.start" must be a whole number from 0 to 4294967295)"},
      {record(R"("CAUSE")", R"({"doc_id":"d","sentence":{"start":-5,"end":5}})"),
       R"(f:1: "evidence[0].sentence.start" must be a whole number from 0 to 4294967295)"},
      {record(R"("CAUSE")", R"({"doc_id":"d","sentence":{"start":9,"end":5}})"),
       "f:1: evidence[0].sentence ends before it starts"},
      {record(R"("CAUSE")", R"({"doc_id":"d","sentence":{"text":5}})"),
       R"(f:1: "evidence[0].sentence.text" must be a string)"},
      {record(R"("CAUSE")", R"({"doc_id":"d","cause":5})"),
       R"(f:1: "evidence[0].cause" must be a string)"},
      {record(R"("CAUSE")", R"({"doc_id":"d","modality":"SURE"})"),
       R"(f:1: "evidence[0].modality" must be one of ASSERTED, HEDGED, HYPOTHESIS, NEGATED, not "SURE")"},
      {record(R"("CAUSE")", R"({"cause":"a"})"), R"(f:1: "evidence[0].doc_id" is missing)"},
      {record(R"("CAUSE")", "5"), "f:1: evidence[0] must be an object"},
      {record(R"("CAUSE</data><x>")", ok_evidence),
       R"(f:1: "relation" must be one of CAUSE, PREVENT, not "CAUSE</data><x>")"},
      {record("7", ok_evidence), R"(f:1: "relation" must be a string)"},
      {"[1,2]", "f:1: a claim record must be a JSON object"},
      {"{", "f:1: malformed JSON"},
      {std::string(300, '[') + std::string(300, ']'),
       "f:1: JSON nested deeper than 256 levels at column 257"},
  };
  for (const Case& c : cases) {
    ClaimSet set;
    absl::Status s = set.ParseJsonl(c.line, "f");
    EXPECT_EQ(std::string(s.message()), c.message) << c.line;
    if (!c.message.empty()) EXPECT_TRUE(absl::IsInvalidArgument(s));
  }
}

TEST(ClaimSet, ExportsEscapeWhatTheyCarry) {
  ClaimSet set;
  std::string line =
      R"({"key":"a,\"b<c>&\u0001|CAUSE|x","relation":"CAUSE","cause":"a,\"b<c>&\u0001",)"
      R"("effect":"x","evidence":[{"doc_id":"d","cause":"a","effect":"x"}]})";
  ASSERT_TRUE(set.ParseJsonl(line, "f").ok());
  std::string graphml = set.ToGraphml();
  EXPECT_NE(graphml.find("a,&quot;b&lt;c&gt;&amp;\xEF\xBF\xBD"), std::string::npos) << graphml;
  EXPECT_EQ(graphml.find('\x01'), std::string::npos);
  std::string csv = set.ToCsv();
  // Every row has the header's 14 columns: quoted fields keep their commas.
  EXPECT_NE(csv.find(R"("a,""b<c>&)"), std::string::npos) << csv;
  std::string dot = set.ToDot();
  EXPECT_EQ(dot.find('\x01'), std::string::npos);
}

}  // namespace
}  // namespace casus
