#include "query/detail/brandes.hpp"

#include <atomic>
#include <map>
#include <mutex>

#include "query/detail/parallel.hpp"

namespace parley::query::detail {

namespace {

// Sources per block: enough work per block to make the ordered sum's locking negligible, few
// enough that blocks share out evenly over the threads.
constexpr std::size_t kSourcesPerBlock = 8;

// One thread's per-source arrays, reused from source to source.
struct Workspace {
  explicit Workspace(std::size_t n) : dist(n, -1), sigma(n, 0), delta(n, 0) { order.reserve(n); }
  std::vector<std::int32_t> dist;
  std::vector<double> sigma, delta;
  std::vector<std::uint32_t> order;  // vertices in breadth-first order
};

// Adds the dependencies of every vertex on source s to acc.
void accumulate_from(const Csr& g, std::uint32_t s, Workspace& w, std::vector<double>& acc) {
  w.order.clear();
  w.order.push_back(s);
  w.dist[s] = 0;
  w.sigma[s] = 1;
  for (std::size_t i = 0; i < w.order.size(); ++i) {
    const auto v = w.order[i];
    for (auto [it, end] = boost::adjacent_vertices(v, g); it != end; ++it) {
      const auto x = *it;
      if (w.dist[x] < 0) {
        w.dist[x] = w.dist[v] + 1;
        w.order.push_back(x);
      }
      if (w.dist[x] == w.dist[v] + 1) w.sigma[x] += w.sigma[v];
    }
  }
  // Back from the farthest: a vertex's dependency is complete once all vertices one step
  // farther have passed theirs on, so no predecessor lists are needed.
  for (std::size_t i = w.order.size(); i-- > 0;) {
    const auto x = w.order[i];
    const double share = (1 + w.delta[x]) / w.sigma[x];
    for (auto [it, end] = boost::adjacent_vertices(x, g); it != end; ++it) {
      if (w.dist[*it] == w.dist[x] - 1) w.delta[*it] += w.sigma[*it] * share;
    }
    if (x != s) acc[x] += w.delta[x];
  }
  for (auto v : w.order) {  // reset only what this source touched
    w.dist[v] = -1;
    w.sigma[v] = 0;
    w.delta[v] = 0;
  }
}

}  // namespace

std::vector<double> dependency_sums(const Csr& g, const std::vector<std::uint32_t>& sources, unsigned threads) {
  const std::size_t n = boost::num_vertices(g);
  const std::size_t blocks = (sources.size() + kSourcesPerBlock - 1) / kSourcesPerBlock;
  std::vector<double> total(n, 0.0);
  std::atomic<std::size_t> next_block{0};
  std::mutex mutex;
  std::map<std::size_t, std::vector<double>> finished;  // blocks waiting for their turn
  std::size_t next_to_add = 0;
  std::vector<std::vector<double>> spare;
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(thread_count(threads), std::max<std::size_t>(1, blocks)));
  run_workers(workers, [&](unsigned) {
    Workspace w(n);
    for (std::size_t b; (b = next_block++) < blocks;) {
      std::vector<double> part;
      {
        std::lock_guard lock(mutex);
        if (!spare.empty()) {
          part = std::move(spare.back());
          spare.pop_back();
        }
      }
      part.assign(n, 0.0);
      const std::size_t end = std::min(sources.size(), (b + 1) * kSourcesPerBlock);
      for (std::size_t i = b * kSourcesPerBlock; i < end; ++i) accumulate_from(g, sources[i], w, part);
      std::lock_guard lock(mutex);
      finished.emplace(b, std::move(part));
      for (auto it = finished.find(next_to_add); it != finished.end(); it = finished.find(next_to_add)) {
        for (std::size_t v = 0; v < n; ++v) total[v] += it->second[v];
        spare.push_back(std::move(it->second));
        finished.erase(it);
        ++next_to_add;
      }
    }
  });
  return total;
}

}  // namespace parley::query::detail
