#pragma once
// Worker threads for the graph algorithms: std::thread, no pool (a centrality call runs for
// milliseconds to minutes, against which starting a thread is nothing).

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace parley::query::detail {

// `requested`, or every core when it is 0 (at least one thread).
inline unsigned thread_count(unsigned requested) {
  return requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

// Calls work(w) for w = 0 .. threads-1, each on its own thread (the caller's is worker 0), and
// returns when all have returned. The first exception a worker throws is rethrown here.
template <class Work>
void run_workers(unsigned threads, Work&& work) {
  std::exception_ptr error;
  std::mutex error_mutex;
  auto guarded = [&](unsigned w) {
    try {
      work(w);
    } catch (...) {
      std::lock_guard lock(error_mutex);
      if (!error) error = std::current_exception();
    }
  };
  std::vector<std::thread> others;
  for (unsigned w = 1; w < threads; ++w) others.emplace_back(guarded, w);
  guarded(0);
  for (auto& t : others) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace parley::query::detail
