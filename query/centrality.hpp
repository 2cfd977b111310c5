#pragma once
// Centrality of the actors of a Network. Every score is computed on the undirected network whose
// edge weights are interaction counts. Ties are ordered by actor id, so rankings are stable.
//
//   degree       number of distinct counterparts; normalised by (n - 1)
//   strength     sum of edge weights (interactions); normalised by the largest strength
//   betweenness  Brandes (unweighted shortest paths), counting each unordered pair once as
//                Boost's brandes_betweenness_centrality does for undirected graphs (it halves
//                them: a star's hub of 6 vertices scores 10 = C(5,2)); normalised by
//                (n-1)(n-2)/2. Beyond kExactBetweennessLimit vertices unless `exact`, or when
//                asked, k pivots sampled with a seed estimate it (Brandes & Pich 2007), scaled
//                by n/k. Sources are shared out over `threads` and summed in a fixed order: the
//                same seed gives the same scores whatever the thread count.
//   closeness    harmonic: sum over others of 1/distance (0 for unreachable), so a disconnected
//                network is fine; normalised by (n - 1)
//   pagerank     damping 0.85, weighted, dangling vertices spread uniformly; sums to 1
//   eigenvector  power iteration on the weighted adjacency matrix (plus the identity, which
//                keeps bipartite networks from oscillating); unit maximum
// Costs: degree, strength O(n + m); closeness O(n (n + m)); betweenness O(n m) exact, O(k m)
// sampled; pagerank, eigenvector O(iterations (n + m)). Betweenness, closeness, pagerank and
// eigenvector run on the network's compressed-sparse-row form (Network::csr()); betweenness and
// closeness on `threads` threads.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "query/network.hpp"

namespace parley::query {

enum class Metric { kDegree, kStrength, kBetweenness, kCloseness, kPageRank, kEigenvector };
std::string_view to_string(Metric m);
std::optional<Metric> parse_metric(std::string_view s);

inline constexpr std::size_t kExactBetweennessLimit = 5000;

struct CentralityOptions {
  Metric metric = Metric::kDegree;
  bool normalised = true;
  std::size_t sample_pivots = 0;  // betweenness: 0 = exact up to kExactBetweennessLimit vertices
  std::uint64_t seed = 1;         // for sampled betweenness
  unsigned threads = 0;           // betweenness and closeness: 0 = all cores
  bool exact = false;             // betweenness: every vertex a source, whatever the size
};

struct Score {
  graph::ActorId actor;
  double value = 0;
};

// Scores of every vertex, highest first (ties by actor id).
std::vector<Score> centrality(const Network& network, const CentralityOptions& options);

}  // namespace parley::query
