// Per-stage throughput in bytes per second, swept over input sizes from
// 1 KiB to 16 MiB, with naive baselines measured in the same program.
//
// Workloads (text = the seed article and the team corpora repeated to size):
//   BM_Copy                 copying the text (the floor)
//   BM_Tokenize             casus tokenizer
//   BM_TokenizeSplit        tokenizer + sentence splitter
//   BM_IcuWordBreak         baseline: ICU word BreakIterator over UTF-8
//   BM_IcuSentenceBreak     baseline: ICU sentence BreakIterator over UTF-8
//   BM_Tagged               + tag stage (word ids, parts of speech)
//   BM_Entities             + entity stage (gazetteer trie, patterns, coreference)
//   BM_GazetteerRe2         baseline: one RE2 alternation of every gazetteer
//                           alias, over the raw text (finds matches only)
//   BM_Claims               + claim stage, rule index on
//   BM_ClaimsNoIndex        baseline: every claim rule at every position
//   BM_Full                 + normalize: the whole pipeline
//   BM_JsonWriter           JSON Lines output of a processed document
//   BM_LoadRules            building the pipeline from rules/ and WordNet
//
// Run: build/benchmarks/stages_benchmark --benchmark_min_time=0.5
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "pipeline/document.h"
#include "pipeline/env.h"
#include "pipeline/json_output.h"
#include "re2/re2.h"
#include "stages/entity_tagger.h"
#include "casus/pipeline_factory.h"

namespace casus {
namespace {

std::string LoadSample() {
  std::string text;
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(CASUS_CORPORA_DIR)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    text += ss.str();
    text += "\n\n";
  }
  return text;
}

const std::string& Text(size_t size) {
  static auto* cache = new std::map<size_t, std::string>;
  auto& t = (*cache)[size];
  if (t.empty()) {
    static const std::string sample = LoadSample();
    while (t.size() < size) t += sample;
    t.resize(size);
    // Do not end inside a UTF-8 sequence.
    while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80)
      t.pop_back();
    if (!t.empty() && static_cast<unsigned char>(t.back()) >= 0xC0) t.pop_back();
  }
  return t;
}

const BuiltPipeline& GetBuilt(const std::string& last, bool prefilter = true) {
  static auto* cache = new std::map<std::string, std::unique_ptr<BuiltPipeline>>;
  auto& p = (*cache)[last + (prefilter ? "" : "/noindex")];
  if (!p) {
    BuildOptions o;
    o.rules_dir = CASUS_RULES_DIR;
    o.last_stage = last;
    o.max_document_bytes = 1ull << 30;
    o.rule_prefilter = prefilter;
    p = std::make_unique<BuiltPipeline>(*BuildPipeline(o, Env::Default()));
  }
  return *p;
}

const Pipeline& GetPipeline(const std::string& last, bool prefilter = true) {
  return *GetBuilt(last, prefilter).pipeline;
}

void RunStages(benchmark::State& state, const std::string& last, bool prefilter = true) {
  const std::string& text = Text(state.range(0));
  const Pipeline& pipeline = GetPipeline(last, prefilter);
  Document doc;
  doc.text = text;
  for (auto _ : state) {
    Document d;
    d.text = doc.text;  // copy cost is measured in BM_Copy
    pipeline.Process(&d).IgnoreError();
    benchmark::DoNotOptimize(d.tokens.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

void BM_Copy(benchmark::State& state) {
  const std::string& text = Text(state.range(0));
  for (auto _ : state) {
    std::string copy = text;
    benchmark::DoNotOptimize(copy.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

void BM_Tokenize(benchmark::State& state) { RunStages(state, "tokenize"); }
void BM_TokenizeSplit(benchmark::State& state) { RunStages(state, "split"); }
void BM_Tagged(benchmark::State& state) { RunStages(state, "tag"); }
void BM_Entities(benchmark::State& state) { RunStages(state, "entities"); }
void BM_Claims(benchmark::State& state) { RunStages(state, "claims"); }
void BM_ClaimsNoIndex(benchmark::State& state) { RunStages(state, "claims", false); }
void BM_Full(benchmark::State& state) { RunStages(state, ""); }

void BM_GazetteerRe2(benchmark::State& state) {
  static re2::RE2* re = [] {
    const Gazetteer& g = GetBuilt("").rules->entities()->gazetteer();
    std::string alt;
    for (uint32_t a = 0; a < g.num_aliases(); ++a) {
      if (!alt.empty()) alt += "|";
      alt += re2::RE2::QuoteMeta(g.alias(a).text);
    }
    re2::RE2::Options opts;
    opts.set_max_mem(1 << 30);
    return new re2::RE2("\\b(?:" + alt + ")\\b", opts);
  }();
  const std::string& text = Text(state.range(0));
  for (auto _ : state) {
    re2::StringPiece in(text);
    int64_t n = 0;
    while (re2::RE2::FindAndConsume(&in, *re)) ++n;
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

void BM_JsonWriter(benchmark::State& state) {
  const std::string& text = Text(state.range(0));
  Document doc;
  doc.text = text;
  GetPipeline("").Process(&doc).IgnoreError();
  for (auto _ : state) {
    std::string out;
    AppendDocumentJson(doc, OutputOptions{}, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}

void BM_LoadRules(benchmark::State& state) {
  for (auto _ : state) {
    BuildOptions o;
    o.rules_dir = CASUS_RULES_DIR;
    auto p = BuildPipeline(o, Env::Default());
    benchmark::DoNotOptimize(p.ok());
  }
}

void IcuBreak(benchmark::State& state, bool words) {
  const std::string& text = Text(state.range(0));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      words ? icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status)
            : icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(),
                                                         status));
  for (auto _ : state) {
    UText* ut = utext_openUTF8(nullptr, text.data(), text.size(), &status);
    it->setText(ut, status);
    int64_t n = 0;
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) {
      ++n;
    }
    benchmark::DoNotOptimize(n);
    utext_close(ut);
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * text.size());
}
void BM_IcuWordBreak(benchmark::State& state) { IcuBreak(state, true); }
void BM_IcuSentenceBreak(benchmark::State& state) { IcuBreak(state, false); }

#define SIZES RangeMultiplier(16)->Range(1 << 10, 16 << 20)
BENCHMARK(BM_Copy)->SIZES;
BENCHMARK(BM_Tokenize)->SIZES;
BENCHMARK(BM_TokenizeSplit)->SIZES;
BENCHMARK(BM_IcuWordBreak)->SIZES;
BENCHMARK(BM_IcuSentenceBreak)->SIZES;
BENCHMARK(BM_Tagged)->SIZES;
BENCHMARK(BM_Entities)->SIZES;
BENCHMARK(BM_GazetteerRe2)->Arg(1 << 20);
BENCHMARK(BM_Claims)->SIZES;
BENCHMARK(BM_ClaimsNoIndex)->Arg(1 << 20);
BENCHMARK(BM_Full)->SIZES;
BENCHMARK(BM_JsonWriter)->Arg(1 << 20);
BENCHMARK(BM_LoadRules)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace casus

BENCHMARK_MAIN();
