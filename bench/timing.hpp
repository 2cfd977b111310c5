#pragma once
// Timing of benchmark passes: a stopwatch, the process's CPU time, the median of repeated passes,
// and the throughput of a measured stage.

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace parley::bench {

// CPU seconds of the whole process, all threads (RocksDB's background flushes included): beside
// wall time it tells a slow run from a busy machine, and per article it is the cost per core
// whatever the threads waited for.
inline double process_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

 private:
  std::chrono::steady_clock::time_point start_;
};

// The median of the repetitions: one slow pass (a page cache miss, a noisy neighbour) does not
// move it, where it would move a mean.
inline double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Folds a pass's result into a volatile sink, so that the compiler cannot drop a pass whose
// output is otherwise unused.
inline void keep(std::size_t result) {
  static volatile std::size_t sink = 0;
  sink = sink + result;
}

struct Throughput {
  std::string name;
  double seconds = 0.0;  // median time of one pass over the corpus
  std::size_t articles = 0;
  std::size_t bytes = 0;
  double cpu_seconds = 0.0;  // median process CPU time of one pass; 0: not measured

  double articles_per_s() const { return seconds > 0 ? static_cast<double>(articles) / seconds : 0.0; }
  // Articles per second of one core's work: the throughput per core, idle waits left out.
  double articles_per_cpu_s() const { return cpu_seconds > 0 ? static_cast<double>(articles) / cpu_seconds : 0.0; }
  double mb_per_s() const { return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0; }
};

}  // namespace parley::bench
