#pragma once
// A three-stage pipeline that keeps input order: the caller's thread produces items, N worker
// threads transform them, and one consumer thread receives the results in the order the items
// were produced. Parallel ingest uses it so that articles are stored in input order whatever the
// thread count: the stored database does not depend on scheduling.
//
// At most `max_in_flight` items are between produce() and the consumer, which bounds memory when
// one item (a huge article) is slow. The first exception thrown by a worker or the consumer stops
// the pipeline and is rethrown by produce() or finish().

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace parley::ingest::detail {

template <class In, class Out>
class OrderedPipeline {
 public:
  OrderedPipeline(unsigned workers, std::size_t max_in_flight, std::function<Out(In&&)> transform,
                  std::function<void(Out&&)> consume)
      : transform_(std::move(transform)), consume_(std::move(consume)), max_in_flight_(max_in_flight) {
    for (unsigned i = 0; i < workers; ++i) workers_.emplace_back([this] { work(); });
    consumer_ = std::thread([this] { drain(); });
  }

  ~OrderedPipeline() {
    try {
      finish();
    } catch (...) {
      // finish() was not called by the owner, which is unwinding from another error already.
    }
  }

  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  // Hands an item to the workers; blocks while max_in_flight items are pending.
  void produce(In&& item) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [this] { return failure_ || produced_ - consumed_ < max_in_flight_; });
    if (failure_) std::rethrow_exception(failure_);
    inputs_.emplace_back(produced_++, std::move(item));
    work_ready_.notify_one();
  }

  // Waits until every item is consumed, stops the threads, rethrows the first failure.
  void finish() {
    {
      std::lock_guard lock(mutex_);
      if (finished_) return;
      finished_ = true;
      closed_ = true;
    }
    work_ready_.notify_all();
    result_ready_.notify_all();
    for (auto& t : workers_) t.join();
    consumer_.join();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void fail(std::exception_ptr e) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = e;
    work_ready_.notify_all();
    result_ready_.notify_all();
    space_.notify_all();
  }

  void work() {
    for (;;) {
      std::pair<std::size_t, In> job;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [this] { return failure_ || closed_ || !inputs_.empty(); });
        if (failure_ || inputs_.empty()) return;  // failed, or closed and drained
        job = std::move(inputs_.front());
        inputs_.pop_front();
      }
      try {
        Out out = transform_(std::move(job.second));
        std::lock_guard lock(mutex_);
        results_.emplace(job.first, std::move(out));
        if (job.first == consumed_) result_ready_.notify_one();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
  }

  void drain() {
    for (;;) {
      std::optional<Out> next;
      {
        std::unique_lock lock(mutex_);
        result_ready_.wait(lock, [this] {
          return failure_ || results_.count(consumed_) || (closed_ && consumed_ == produced_);
        });
        if (failure_ || !results_.count(consumed_)) return;  // failed, or everything consumed
        auto node = results_.extract(consumed_);
        next.emplace(std::move(node.mapped()));
      }
      try {
        consume_(std::move(*next));
      } catch (...) {
        fail(std::current_exception());
        return;
      }
      std::lock_guard lock(mutex_);
      ++consumed_;
      space_.notify_one();
      // The next result may have arrived while this one was being consumed.
    }
  }

  std::function<Out(In&&)> transform_;
  std::function<void(Out&&)> consume_;
  const std::size_t max_in_flight_;

  std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_, space_;
  std::deque<std::pair<std::size_t, In>> inputs_;
  std::map<std::size_t, Out> results_;
  std::size_t produced_ = 0, consumed_ = 0;
  bool closed_ = false, finished_ = false;
  std::exception_ptr failure_;

  std::vector<std::thread> workers_;
  std::thread consumer_;
};

}  // namespace parley::ingest::detail
