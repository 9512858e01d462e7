// Per-stage throughput in bytes per second, swept over input sizes from
// 1 KiB to 16 MiB, with ICU's own BreakIterators measured in the same
// program as the baseline.
//
// Workloads (text = the seed article and the team corpora repeated to size):
//   BM_Tokenize             casus tokenizer
//   BM_TokenizeSplit        tokenizer + sentence splitter
//   BM_IcuWordBreak         ICU word BreakIterator over UTF-8 (utext_openUTF8)
//   BM_IcuSentenceBreak     ICU sentence BreakIterator over UTF-8
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
#include "stages/pipeline_factory.h"

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

const Pipeline& GetPipeline(const std::string& last) {
  static auto* cache = new std::map<std::string, std::unique_ptr<Pipeline>>;
  auto& p = (*cache)[last];
  if (!p) {
    PipelineOptions o;
    o.rules_dir = CASUS_RULES_DIR;
    o.last_stage = last;
    o.max_document_bytes = 1ull << 30;
    p = *BuildPipeline(o, Env::Default());
  }
  return *p;
}

void RunStages(benchmark::State& state, const std::string& last) {
  const std::string& text = Text(state.range(0));
  const Pipeline& pipeline = GetPipeline(last);
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

}  // namespace
}  // namespace casus

BENCHMARK_MAIN();
