#pragma once
// Wall-clock timing of benchmark passes: a stopwatch, the median of repeated passes, and the
// throughput of a measured stage.

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace parley::bench {

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

struct Throughput {
  std::string name;
  double seconds = 0.0;  // median time of one pass over the corpus
  std::size_t articles = 0;
  std::size_t bytes = 0;

  double articles_per_s() const { return seconds > 0 ? static_cast<double>(articles) / seconds : 0.0; }
  double mb_per_s() const { return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0; }
};

}  // namespace parley::bench
