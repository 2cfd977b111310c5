#include "query/centrality.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <queue>
#include <random>

#include <boost/graph/betweenness_centrality.hpp>

#include "query/detail/boost_graph.hpp"

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

// Unweighted BFS distances from s.
std::vector<int> distances_from(const Network& n, std::size_t s) {
  std::vector<int> dist(n.vertex_count(), -1);
  std::queue<std::size_t> q;
  dist[s] = 0;
  q.push(s);
  while (!q.empty()) {
    const auto v = q.front();
    q.pop();
    for (auto l : n.links_of(v)) {
      const auto w = n.other_end(n.links()[l], v);
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        q.push(w);
      }
    }
  }
  return dist;
}

std::vector<double> closeness(const Network& n, bool normalised) {
  std::vector<double> out(n.vertex_count());
  for (std::size_t v = 0; v < out.size(); ++v) {
    for (int d : distances_from(n, v)) {
      if (d > 0) out[v] += 1.0 / d;
    }
    if (normalised && out.size() > 1) out[v] /= static_cast<double>(out.size() - 1);
  }
  return out;
}

// Brandes' accumulation from one source (unweighted), added to `acc`.
void brandes_from(const Network& n, std::size_t s, std::vector<double>& acc) {
  const std::size_t count = n.vertex_count();
  std::vector<std::vector<std::size_t>> pred(count);
  std::vector<double> sigma(count, 0), delta(count, 0);
  std::vector<int> dist(count, -1);
  std::vector<std::size_t> order;
  std::queue<std::size_t> q;
  sigma[s] = 1;
  dist[s] = 0;
  q.push(s);
  while (!q.empty()) {
    const auto v = q.front();
    q.pop();
    order.push_back(v);
    for (auto l : n.links_of(v)) {
      const auto w = n.other_end(n.links()[l], v);
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        q.push(w);
      }
      if (dist[w] == dist[v] + 1) {
        sigma[w] += sigma[v];
        pred[w].push_back(v);
      }
    }
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    for (auto v : pred[*it]) delta[v] += sigma[v] / sigma[*it] * (1 + delta[*it]);
    if (*it != s) acc[*it] += delta[*it];
  }
}

std::vector<double> betweenness(const Network& n, const CentralityOptions& o) {
  const std::size_t count = n.vertex_count();
  std::vector<double> out(count, 0);
  if (count == 0) return out;
  const bool sample = o.sample_pivots > 0 ? o.sample_pivots < count : count > kExactBetweennessLimit;
  if (!sample) {
    const auto& g = n.boost().graph;
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(out.begin(), boost::get(boost::vertex_index, g))));
  } else {
    // Sampled pivots: each source's dependencies scaled by n/k; from both ends of every pair
    // counted, so halve as Boost does for undirected graphs.
    const std::size_t k = o.sample_pivots > 0 ? o.sample_pivots : kExactBetweennessLimit / 5;
    std::vector<std::size_t> sources(count);
    std::iota(sources.begin(), sources.end(), 0);
    std::mt19937_64 rng(o.seed);
    std::shuffle(sources.begin(), sources.end(), rng);
    for (std::size_t i = 0; i < k; ++i) brandes_from(n, sources[i], out);
    for (auto& x : out) x *= static_cast<double>(count) / static_cast<double>(k) / 2.0;
  }
  if (o.normalised && count > 2) {
    const double pairs = static_cast<double>(count - 1) * static_cast<double>(count - 2) / 2.0;
    for (auto& x : out) x /= pairs;
  }
  return out;
}

std::vector<double> pagerank(const Network& n) {
  const std::size_t count = n.vertex_count();
  if (count == 0) return {};
  const double d = 0.85;
  std::vector<double> rank(count, 1.0 / static_cast<double>(count)), next(count);
  const auto str = strength(n, false);
  for (int iter = 0; iter < 200; ++iter) {
    double dangling = 0;
    for (std::size_t v = 0; v < count; ++v) {
      if (str[v] == 0) dangling += rank[v];
    }
    std::fill(next.begin(), next.end(), (1 - d) / static_cast<double>(count) + d * dangling / static_cast<double>(count));
    for (const auto& l : n.links()) {
      next[l.b] += d * rank[l.a] * l.weight() / str[l.a];
      next[l.a] += d * rank[l.b] * l.weight() / str[l.b];
    }
    double change = 0;
    for (std::size_t v = 0; v < count; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < 1e-12) break;
  }
  return rank;
}

std::vector<double> eigenvector(const Network& n) {
  const std::size_t count = n.vertex_count();
  std::vector<double> x(count, 1.0), next(count);
  for (int iter = 0; iter < 1000 && count > 0; ++iter) {
    next = x;  // (A + I) x
    for (const auto& l : n.links()) {
      next[l.a] += l.weight() * x[l.b];
      next[l.b] += l.weight() * x[l.a];
    }
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
    case Metric::kCloseness: values = closeness(network, options.normalised); break;
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
