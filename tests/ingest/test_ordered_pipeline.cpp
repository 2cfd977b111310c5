#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "ingest/detail/ordered_pipeline.hpp"

using parley::ingest::detail::OrderedPipeline;

TEST_CASE("the ordered pipeline delivers results in input order whatever the workers' speed") {
  for (unsigned workers : {1u, 2u, 4u}) {
    std::vector<int> seen;
    OrderedPipeline<int, int> p(
        workers, 8,
        [](int&& x) {
          // Early items take longest, so later ones finish first on other workers.
          std::this_thread::sleep_for(std::chrono::microseconds((x % 7) * 200));
          return x * 10;
        },
        [&](int&& y) { seen.push_back(y); });
    for (int i = 0; i < 200; ++i) p.produce(int{i});
    p.finish();
    REQUIRE(seen.size() == 200);
    for (int i = 0; i < 200; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i * 10);
  }
}

TEST_CASE("the ordered pipeline holds at most max_in_flight items") {
  std::atomic<int> in_flight{0}, most{0};
  OrderedPipeline<int, int> p(
      3, 5,
      [&](int&& x) {
        const int now = ++in_flight;
        int m = most.load();
        while (now > m && !most.compare_exchange_weak(m, now)) {
        }
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        return x;
      },
      [&](int&&) {
        std::this_thread::sleep_for(std::chrono::microseconds(500));  // a slow writer
        --in_flight;
      });
  for (int i = 0; i < 60; ++i) p.produce(int{i});
  p.finish();
  CHECK(most.load() <= 5);
  CHECK(in_flight.load() == 0);
}

TEST_CASE("a failure in a worker or in the consumer stops the pipeline and reaches the caller") {
  SECTION("worker") {
    OrderedPipeline<int, int> p(
        2, 4, [](int&& x) -> int { if (x == 17) throw std::runtime_error("bad item 17"); return x; }, [](int&&) {});
    auto run = [&] {
      for (int i = 0; i < 1000; ++i) p.produce(int{i});
      p.finish();
    };
    CHECK_THROWS_WITH(run(), "bad item 17");
  }
  SECTION("consumer") {
    std::vector<int> consumed;
    OrderedPipeline<int, int> p(
        2, 4, [](int&& x) { return x; },
        [&](int&& x) {
          if (x == 5) throw std::runtime_error("disk full");
          consumed.push_back(x);
        });
    auto run = [&] {
      for (int i = 0; i < 1000; ++i) p.produce(int{i});
      p.finish();
    };
    CHECK_THROWS_WITH(run(), "disk full");
    CHECK(consumed == std::vector<int>{0, 1, 2, 3, 4});  // nothing after the failure
  }
}
