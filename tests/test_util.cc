#include "tests/test_util.h"

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "gtest/gtest.h"
#include "casus/pipeline_factory.h"

namespace casus::testing {

std::string RulesDir() { return CASUS_RULES_DIR; }
std::string CorporaDir() { return CASUS_CORPORA_DIR; }
std::string SharedDir() {
  struct stat st;
  std::string dir = CASUS_SHARED_DIR;
  if (stat((dir + "/spec").c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return dir;
  }
  return "";
}

const BuiltPipeline& SharedBuilt(const std::string& last_stage) {
  static std::mutex mu;
  static auto* cache = new std::map<std::string, std::unique_ptr<BuiltPipeline>>;
  static std::shared_ptr<const CompiledRules>* rules = nullptr;
  std::lock_guard<std::mutex> lock(mu);
  if (rules == nullptr) {
    RuleOptions opts;
    opts.rules_dir = RulesDir();
    auto r = CompiledRules::Compile(opts, Env::Default());
    if (!r.ok()) {
      ADD_FAILURE() << r.status();
      std::abort();
    }
    rules = new std::shared_ptr<const CompiledRules>(*std::move(r));
  }
  auto& slot = (*cache)[last_stage];
  if (!slot) {
    auto p = BuildPipeline(*rules, last_stage, BuildOptions().max_document_bytes);
    if (!p.ok()) {
      ADD_FAILURE() << p.status();
      std::abort();
    }
    slot = std::make_unique<BuiltPipeline>(*std::move(p));
  }
  return *slot;
}

const Pipeline& SharedPipeline(const std::string& last_stage) {
  return *SharedBuilt(last_stage).pipeline;
}

Document Process(const std::string& text, const std::string& last_stage) {
  Document doc = Document::FromText("test", text);
  absl::Status s = SharedPipeline(last_stage).Process(&doc);
  EXPECT_TRUE(s.ok()) << s;
  return doc;
}

std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    out.emplace_back(doc.TokenText(i));
  }
  return out;
}

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    std::string text;
    for (auto [b, e] : doc.SentenceParts(s)) {
      if (!text.empty()) text.push_back(' ');
      text.append(doc.Text(doc.TokenSpan(b, e)));
    }
    out.push_back(std::move(text));
  }
  return out;
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    std::abort();
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace casus::testing
