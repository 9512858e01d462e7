// `casus bench`: throughput of the whole pipeline (read, every stage, JSON
// Lines writing) on a corpus or a synthetic one, with per-stage times, peak
// memory and a thread-scaling table.
#ifndef CASUS_TOOLS_BENCH_COMMAND_H_
#define CASUS_TOOLS_BENCH_COMMAND_H_

#include <cstdint>
#include <string>
#include <vector>

namespace casus {

struct BenchOptions {
  std::vector<std::string> inputs;  // files, folders, .jsonl
  uint64_t synthetic_bytes = 0;     // > 0: generate this much instead
  uint64_t seed = 1;
  int max_threads = 0;              // 0 = all cores
  std::string rules_dir;
  std::string profile;
  std::string format = "table";     // table | json
  bool scaling = true;              // run 1..max_threads
  // Rounds over the thread counts (1, 2, .., N, then again), so a noisy
  // machine disturbs every count alike; each count reports its median run.
  int repeat = 1;
};

int RunBench(const BenchOptions& options);

}  // namespace casus

#endif  // CASUS_TOOLS_BENCH_COMMAND_H_
