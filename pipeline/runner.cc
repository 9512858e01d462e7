#include "pipeline/runner.h"

#include <chrono>
#include <condition_variable>
#include <deque>
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

  const int threads = options.threads;
  const size_t window =
      options.max_in_flight > 0 ? options.max_in_flight : 4 * threads;

  // Sequence numbers count batches; a batch keeps its documents in order.
  std::mutex mu;
  std::condition_variable work_cv;   // workers wait for input
  std::condition_variable done_cv;   // the writer waits for results
  std::condition_variable space_cv;  // the reader waits for window space
  std::deque<std::pair<uint64_t, std::vector<Document>>> queue;
  std::map<uint64_t, std::vector<Result>> done;
  uint64_t next_read = 0;   // sequence number of the next batch read
  uint64_t next_write = 0;  // sequence number the writer waits for
  bool input_done = false;
  bool abort = false;
  std::vector<StageTimes> worker_times(threads);

  auto worker = [&](int w) {
    StageTimes* times =
        options.collect_stage_times ? &worker_times[w] : nullptr;
    for (;;) {
      std::pair<uint64_t, std::vector<Document>> item;
      {
        std::unique_lock<std::mutex> lock(mu);
        work_cv.wait(lock, [&] { return !queue.empty() || input_done || abort; });
        if (abort || queue.empty()) return;
        item = std::move(queue.front());
        queue.pop_front();
      }
      std::vector<Result> results;
      results.reserve(item.second.size());
      for (Document& doc : item.second) {
        if (doc.error.empty()) pipeline.Process(&doc, times).IgnoreError();
        std::string rendered = sink->Render(doc);
        results.push_back(Result{std::move(doc), std::move(rendered)});
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        done.emplace(item.first, std::move(results));
      }
      done_cv.notify_one();
    }
  };

  auto reader = [&] {
    bool more = true;
    while (more) {
      {
        std::unique_lock<std::mutex> lock(mu);
        space_cv.wait(lock, [&] { return next_read - next_write < window || abort; });
        if (abort) break;
      }
      // The source is read outside the lock (it may block on I/O).
      std::vector<Document> batch;
      size_t bytes = 0;
      do {
        Document doc;
        more = source->Next(&doc);
        if (!more) break;
        bytes += doc.text.size();
        batch.push_back(std::move(doc));
      } while (bytes < options.batch_bytes && batch.size() < kMaxBatchDocuments);
      if (batch.empty()) break;
      std::lock_guard<std::mutex> lock(mu);
      queue.emplace_back(next_read++, std::move(batch));
      work_cv.notify_one();
    }
    std::lock_guard<std::mutex> lock(mu);
    input_done = true;
    work_cv.notify_all();
    done_cv.notify_all();
  };

  std::vector<std::thread> pool;
  pool.reserve(threads + 1);
  pool.emplace_back(reader);
  for (int w = 0; w < threads; ++w) pool.emplace_back(worker, w);

  RunStats stats;
  ProgressClock clock(options);
  absl::Status status;
  for (;;) {
    std::vector<Result> batch;
    {
      std::unique_lock<std::mutex> lock(mu);
      done_cv.wait(lock, [&] {
        return done.count(next_write) > 0 ||
               (input_done && next_write == next_read);
      });
      auto it = done.find(next_write);
      if (it == done.end()) break;  // all written
      batch = std::move(it->second);
      done.erase(it);
      ++next_write;
    }
    space_cv.notify_one();
    for (Result& r : batch) {
      Account(r.doc, &stats);
      status = sink->Write(r.doc, std::move(r.rendered));
      if (!status.ok()) break;
      clock.Tick(stats, false);
    }
    if (!status.ok()) {
      std::lock_guard<std::mutex> lock(mu);
      abort = true;
      work_cv.notify_all();
      space_cv.notify_all();
      break;
    }
  }
  for (auto& t : pool) t.join();
  if (!status.ok()) return status;
  for (const StageTimes& t : worker_times) AddTimes(t, &stats.stage_times);
  stats.seconds = clock.Elapsed();
  clock.Tick(stats, true);
  return stats;
}

}  // namespace casus
