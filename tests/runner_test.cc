#include "pipeline/runner.h"

#include <string>
#include <vector>

#include "pipeline/strings.h"
#include "gtest/gtest.h"
#include "pipeline/json_output.h"
#include "tests/test_util.h"

namespace casus {
namespace {

class VectorSource : public DocumentSource {
 public:
  explicit VectorSource(std::vector<Document> docs) : docs_(std::move(docs)) {}
  bool Next(Document* doc) override {
    if (i_ >= docs_.size()) return false;
    *doc = docs_[i_++];
    return true;
  }

 private:
  std::vector<Document> docs_;
  size_t i_ = 0;
};

class StringSink : public DocumentSink {
 public:
  std::string Render(const Document& doc) const override {
    std::string s;
    OutputOptions o;
    o.sentences = true;
    AppendDocumentJson(doc, o, &s);
    return s;
  }
  absl::Status Write(const Document& doc, std::string rendered) override {
    if (fail_after_ >= 0 && written_ >= fail_after_) {
      return absl::UnavailableError("disk full");
    }
    out_ += rendered;
    ++written_;
    return absl::OkStatus();
  }
  std::string out_;
  int written_ = 0;
  int fail_after_ = -1;
};

std::vector<Document> Corpus(int n) {
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (int k = 0; k <= i % 17; ++k) {
      StrAppend(&text, "Iran and Russia met in Tehran in 20", k,
                      ". The U.S. objected. ");
    }
    docs.push_back(Document::FromText(StrCat("doc", i), text));
  }
  docs[5].error = "unreadable";  // a source-side failure passes through
  return docs;
}

std::string RunWithThreads(int threads, RunStats* stats_out = nullptr,
                           size_t batch_bytes = RunnerOptions().batch_bytes,
                           size_t max_in_flight = 0) {
  VectorSource source(Corpus(300));
  StringSink sink;
  RunnerOptions opts;
  opts.threads = threads;
  opts.batch_bytes = batch_bytes;
  opts.max_in_flight = max_in_flight;
  auto stats = RunPipeline(testing::SharedPipeline(), &source, &sink, opts);
  EXPECT_TRUE(stats.ok());
  if (stats_out) *stats_out = *stats;
  return sink.out_;
}

TEST(Runner, OutputIsIdenticalAtAnyThreadCount) {
  RunStats stats;
  std::string one = RunWithThreads(1, &stats);
  EXPECT_EQ(stats.documents, 300u);
  EXPECT_EQ(stats.failed, 1u);
  EXPECT_EQ(RunWithThreads(2), one);
  EXPECT_EQ(RunWithThreads(8), one);
  // One document at a time (a pipe), small batches, a window of one batch.
  EXPECT_EQ(RunWithThreads(2, nullptr, 0), one);
  EXPECT_EQ(RunWithThreads(3, nullptr, 1000, 1), one);
  EXPECT_EQ(RunWithThreads(8, nullptr, 1 << 20, 2), one);
  // Input order is kept.
  EXPECT_EQ(one.find("{\"format\":\"casus.document.v1\",\"doc_id\":\"doc0\""), 0u);
  EXPECT_LT(one.find("\"doc_id\":\"doc10\""), one.find("\"doc_id\":\"doc11\""));
  EXPECT_NE(one.find("\"error\":\"unreadable\""), std::string::npos);
}

TEST(Runner, SinkErrorStopsTheRun) {
  for (int threads : {1, 4}) {
    VectorSource source(Corpus(200));
    StringSink sink;
    sink.fail_after_ = 10;
    RunnerOptions opts;
    opts.threads = threads;
    auto stats = RunPipeline(testing::SharedPipeline(), &source, &sink, opts);
    ASSERT_FALSE(stats.ok());
    EXPECT_EQ(stats.status().message(), "disk full");
    EXPECT_EQ(sink.written_, 10);
  }
}

TEST(Runner, SizeLimitFailsOneDocumentOnly) {
  PipelineOptions opts;
  opts.max_document_bytes = 100;
  std::vector<std::unique_ptr<Stage>> none;
  auto pipeline = Pipeline::Create(std::move(none), opts);
  Document big = Document::FromText("big", std::string(101, 'a'));
  EXPECT_FALSE(pipeline->Process(&big).ok());
  EXPECT_EQ(big.error,
            "document is 101 bytes, over the limit of 100 (--max-doc-bytes)");
  Document small = Document::FromText("small", std::string(100, 'a'));
  EXPECT_TRUE(pipeline->Process(&small).ok());
}

}  // namespace
}  // namespace casus
