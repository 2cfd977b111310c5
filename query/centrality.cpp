#include "query/centrality.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>

#include "query/detail/brandes.hpp"
#include "query/detail/csr_graph.hpp"
#include "query/detail/parallel.hpp"

namespace parley::query {

namespace {

constexpr std::array<std::pair<Metric, std::string_view>, 6> kMetrics{{
    {Metric::kDegree, "degree"},
    {Metric::kStrength, "strength"},
    {Metric::kBetweenness, "betweenness"},
    {Metric::kCloseness, "closeness"},
    {Metric::kPageRank, "pagerank"},
    {Metric::kEigenvector, "eigenvector"},
}};

std::vector<double> degree(const Network& n, bool normalised) {
  std::vector<double> out(n.vertex_count());
  for (std::size_t v = 0; v < out.size(); ++v) out[v] = static_cast<double>(n.links_of(v).size());
  if (normalised && out.size() > 1) {
    for (auto& x : out) x /= static_cast<double>(out.size() - 1);
  }
  return out;
}

std::vector<double> strength(const Network& n, bool normalised) {
  std::vector<double> out(n.vertex_count());
  for (std::size_t v = 0; v < out.size(); ++v) {
    for (auto l : n.links_of(v)) out[v] += n.links()[l].weight();
  }
  const double top = out.empty() ? 0 : *std::max_element(out.begin(), out.end());
  if (normalised && top > 0) {
    for (auto& x : out) x /= top;
  }
  return out;
}

// Harmonic closeness of every vertex: a breadth-first search from each, on the CSR graph, the
// vertices shared out over the threads (each writes only its own vertices' scores).
std::vector<double> closeness(const Network& n, const CentralityOptions& o) {
  const auto& g = n.csr().graph;
  const std::size_t count = n.vertex_count();
  std::vector<double> out(count);
  std::atomic<std::size_t> next{0};
  detail::run_workers(detail::thread_count(o.threads), [&](unsigned) {
    std::vector<std::int32_t> dist(count, -1);
    std::vector<std::uint32_t> order;
    order.reserve(count);
    for (std::size_t s; (s = next++) < count;) {
      order.assign(1, static_cast<std::uint32_t>(s));
      dist[s] = 0;
      double sum = 0;
      for (std::size_t i = 0; i < order.size(); ++i) {
        const auto v = order[i];
        for (auto [it, end] = boost::adjacent_vertices(v, g); it != end; ++it) {
          if (dist[*it] >= 0) continue;
          dist[*it] = dist[v] + 1;
          sum += 1.0 / dist[*it];
          order.push_back(*it);
        }
      }
      for (auto v : order) dist[v] = -1;
      out[s] = o.normalised && count > 1 ? sum / static_cast<double>(count - 1) : sum;
    }
  });
  return out;
}

std::vector<double> betweenness(const Network& n, const CentralityOptions& o) {
  const std::size_t count = n.vertex_count();
  if (count == 0) return std::vector<double>(count, 0.0);
  const bool sample = !o.exact && (o.sample_pivots > 0 ? o.sample_pivots < count : count > kExactBetweennessLimit);
  std::vector<std::uint32_t> sources(count);
  std::iota(sources.begin(), sources.end(), 0);
  double scale = 0.5;  // every pair is counted from both ends: halve, as Boost does for undirected graphs
  if (sample) {
    // Sampled pivots (Brandes & Pich 2007): each source's dependencies scaled by n/k.
    const std::size_t k = o.sample_pivots > 0 ? o.sample_pivots : kExactBetweennessLimit / 5;
    std::mt19937_64 rng(o.seed);
    std::shuffle(sources.begin(), sources.end(), rng);
    sources.resize(k);
    scale *= static_cast<double>(count) / static_cast<double>(k);
  }
  auto out = detail::dependency_sums(n.csr().graph, sources, o.threads);
  for (auto& x : out) x *= scale;
  if (o.normalised && count > 2) {
    const double pairs = static_cast<double>(count - 1) * static_cast<double>(count - 2) / 2.0;
    for (auto& x : out) x /= pairs;
  }
  return out;
}

// Sum over the arcs into v of x[u] * w(u, v) * factor[u]. The CSR graph holds each link both
// ways, so the arcs out of v are the arcs into it: a pull, with no write shared between vertices.
double pull(const detail::Csr& g, std::uint32_t v, const std::vector<double>& x, const std::vector<double>& factor) {
  double sum = 0;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    const auto u = boost::target(*it, g);
    sum += x[u] * g[*it].weight * factor[u];
  }
  return sum;
}

std::vector<double> pagerank(const Network& n) {
  const std::size_t count = n.vertex_count();
  if (count == 0) return {};
  const auto& g = n.csr().graph;
  const double d = 0.85;
  std::vector<double> rank(count, 1.0 / static_cast<double>(count)), next(count);
  const auto str = strength(n, false);
  std::vector<double> inverse(count);  // 1 / strength, 0 for dangling vertices
  for (std::size_t v = 0; v < count; ++v) inverse[v] = str[v] > 0 ? 1.0 / str[v] : 0.0;
  for (int iter = 0; iter < 200; ++iter) {
    double dangling = 0;
    for (std::size_t v = 0; v < count; ++v) {
      if (str[v] == 0) dangling += rank[v];
    }
    const double base = (1 - d) / static_cast<double>(count) + d * dangling / static_cast<double>(count);
    double change = 0;
    for (std::uint32_t v = 0; v < count; ++v) {
      next[v] = base + d * pull(g, v, rank, inverse);
      change += std::abs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < 1e-12) break;
  }
  return rank;
}

std::vector<double> eigenvector(const Network& n) {
  const std::size_t count = n.vertex_count();
  const auto& g = n.csr().graph;
  const std::vector<double> ones(count, 1.0);
  std::vector<double> x(count, 1.0), next(count);
  for (int iter = 0; iter < 1000 && count > 0; ++iter) {
    for (std::uint32_t v = 0; v < count; ++v) next[v] = x[v] + pull(g, v, x, ones);  // (A + I) x
    const double top = *std::max_element(next.begin(), next.end());
    if (top <= 0) break;
    double change = 0;
    for (std::size_t v = 0; v < count; ++v) {
      next[v] /= top;
      change += std::abs(next[v] - x[v]);
    }
    x.swap(next);
    if (change < 1e-12) break;
  }
  return x;
}

}  // namespace

std::string_view to_string(Metric m) {
  for (const auto& [metric, name] : kMetrics) {
    if (metric == m) return name;
  }
  return "?";
}

std::optional<Metric> parse_metric(std::string_view s) {
  for (const auto& [metric, name] : kMetrics) {
    if (name == s) return metric;
  }
  return std::nullopt;
}

std::vector<Score> centrality(const Network& network, const CentralityOptions& options) {
  std::vector<double> values;
  switch (options.metric) {
    case Metric::kDegree: values = degree(network, options.normalised); break;
    case Metric::kStrength: values = strength(network, options.normalised); break;
    case Metric::kBetweenness: values = betweenness(network, options); break;
    case Metric::kCloseness: values = closeness(network, options); break;
    case Metric::kPageRank: values = pagerank(network); break;
    case Metric::kEigenvector: values = eigenvector(network); break;
  }
  std::vector<Score> out;
  for (std::size_t v = 0; v < values.size(); ++v) out.push_back({network.actor(v).id, values[v]});
  std::stable_sort(out.begin(), out.end(), [](const Score& a, const Score& b) {
    // Scores within 1e-12 are ties: floating-point noise must not reorder equal actors.
    if (std::abs(a.value - b.value) > 1e-12) return a.value > b.value;
    return a.actor < b.actor;
  });
  return out;
}

}  // namespace parley::query
