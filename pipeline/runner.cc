#include "pipeline/runner.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace casus {
namespace {

using Clock = std::chrono::steady_clock;

struct Result {
  Document doc;
  std::string rendered;
};

void Account(const Document& doc, RunStats* stats) {
  ++stats->documents;
  if (!doc.error.empty()) ++stats->failed;
  stats->bytes += doc.text.size();
  stats->tokens += doc.tokens.size();
  stats->sentences += doc.sentences.size();
  stats->entities += doc.entities.size();
  stats->claims += doc.claims.size();
}

void AddTimes(const StageTimes& from, StageTimes* to) {
  if (to->ns.size() < from.ns.size()) to->ns.resize(from.ns.size(), 0);
  for (size_t i = 0; i < from.ns.size(); ++i) to->ns[i] += from.ns[i];
}

class ProgressClock {
 public:
  explicit ProgressClock(const RunnerOptions& o) : o_(o), start_(Clock::now()) {
    last_ = start_;
  }
  double Elapsed() const {
    return std::chrono::duration<double>(Clock::now() - start_).count();
  }
  void Tick(const RunStats& s, bool force) {
    if (!o_.progress) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(o_.progress_interval_ms))
      return;
    last_ = now;
    o_.progress({s.documents, s.failed, s.bytes, Elapsed()});
  }

 private:
  const RunnerOptions& o_;
  Clock::time_point start_, last_;
};

absl::StatusOr<RunStats> RunInline(const Pipeline& pipeline,
                                   DocumentSource* source, DocumentSink* sink,
                                   const RunnerOptions& options) {
  RunStats stats;
  ProgressClock clock(options);
  StageTimes* times = options.collect_stage_times ? &stats.stage_times : nullptr;
  Document doc;
  while (source->Next(&doc)) {
    if (doc.error.empty()) pipeline.Process(&doc, times).IgnoreError();
    std::string rendered = sink->Render(doc);
    Account(doc, &stats);
    absl::Status s = sink->Write(doc, std::move(rendered));
    if (!s.ok()) return s;
    clock.Tick(stats, false);
    doc = Document();
  }
  stats.seconds = clock.Elapsed();
  clock.Tick(stats, true);
  return stats;
}

}  // namespace

absl::StatusOr<RunStats> RunPipeline(const Pipeline& pipeline,
                                     DocumentSource* source,
                                     DocumentSink* sink,
                                     const RunnerOptions& options) {
  if (options.threads <= 1) return RunInline(pipeline, source, sink, options);

  // Every thread is a worker that reads, processes and writes: it takes the
  // next batch from the source (reads are serialized), processes it, and
  // leaves the results for writing; whoever holds the batch the output
  // waits for writes it and every later batch already done. No thread only
  // reads or only writes, so threads wake each other only when one must
  // wait for the window, and the whole machine goes to the stages.
  const int threads = options.threads;
  const size_t window =
      options.max_in_flight > 0 ? options.max_in_flight : 4 * threads;

  std::mutex read_mu;   // the source, next_read, input_done
  std::mutex write_mu;  // the sink, done, next_write, stats, status
  std::condition_variable space_cv;  // readers wait for window space
  uint64_t next_read = 0;   // sequence number of the next batch read
  bool input_done = false;
  std::map<uint64_t, std::vector<Result>> done;
  uint64_t next_write = 0;  // guarded by write_mu; read under read_mu too
  std::atomic<bool> abort{false};
  RunStats stats;
  ProgressClock clock(options);
  absl::Status status;
  std::vector<StageTimes> worker_times(threads);

  auto worker = [&](int w) {
    StageTimes* times = options.collect_stage_times ? &worker_times[w] : nullptr;
    for (;;) {
      std::vector<Document> batch;
      uint64_t seq;
      {
        std::unique_lock<std::mutex> lock(read_mu);
        // Wait for window space: the batch the output waits for is being
        // processed by another thread, which will write it and wake us.
        space_cv.wait(lock, [&] {
          std::lock_guard<std::mutex> wlock(write_mu);
          return next_read - next_write < window || abort.load();
        });
        if (input_done || abort.load()) return;
        size_t bytes = 0;
        do {
          Document doc;
          if (!source->Next(&doc)) {
            input_done = true;
            break;
          }
          bytes += doc.text.size();
          batch.push_back(std::move(doc));
        } while (bytes < options.batch_bytes && batch.size() < kMaxBatchDocuments);
        if (batch.empty()) return;
        seq = next_read++;
      }
      std::vector<Result> results;
      results.reserve(batch.size());
      for (Document& doc : batch) {
        if (doc.error.empty()) pipeline.Process(&doc, times).IgnoreError();
        std::string rendered = sink->Render(doc);
        results.push_back(Result{std::move(doc), std::move(rendered)});
      }
      bool wrote = false;
      {
        std::lock_guard<std::mutex> lock(write_mu);
        done.emplace(seq, std::move(results));
        for (auto it = done.find(next_write); it != done.end() && status.ok();
             it = done.find(next_write)) {
          for (Result& r : it->second) {
            Account(r.doc, &stats);
            status = sink->Write(r.doc, std::move(r.rendered));
            if (!status.ok()) break;
            clock.Tick(stats, false);
          }
          done.erase(it);
          ++next_write;
          wrote = true;
        }
        if (!status.ok()) abort = true;
      }
      if (wrote || abort.load()) {
        // Take read_mu so a reader between its test and its wait sees the
        // change or gets the notification.
        { std::lock_guard<std::mutex> lock(read_mu); }
        space_cv.notify_all();
      }
      if (abort.load()) return;
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int w = 1; w < threads; ++w) pool.emplace_back(worker, w);
  worker(0);
  for (auto& t : pool) t.join();
  if (!status.ok()) return status;
  for (const StageTimes& t : worker_times) AddTimes(t, &stats.stage_times);
  stats.seconds = clock.Elapsed();
  clock.Tick(stats, true);
  return stats;
}

}  // namespace casus
