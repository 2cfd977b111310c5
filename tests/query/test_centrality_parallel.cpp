#include <catch2/catch.hpp>

#include <random>

#include <boost/graph/betweenness_centrality.hpp>

#include "query/centrality.hpp"
#include "query/detail/boost_graph.hpp"

using namespace parley;
using namespace parley::query;

namespace {

// A connected-ish random network of `n` officials and about `m` contacts, fixed seed.
Network random_network(std::size_t n, std::size_t m, std::uint64_t seed) {
  GraphWindow w;
  for (std::size_t v = 0; v < n; ++v) {
    graph::Actor a;
    a.id = graph::ActorId("person:v" + std::to_string(1000 + v));
    a.label = a.id.str();
    w.nodes.push_back(a);
  }
  std::mt19937_64 rng(seed);
  for (std::size_t e = 0; e < m; ++e) {
    const std::size_t a = e < n - 1 ? e + 1 : rng() % n;  // a path first: one component
    const std::size_t b = e < n - 1 ? rng() % (e + 1) : rng() % n;
    if (a == b) continue;
    graph::Interaction i;
    i.source = w.nodes[a].id;
    i.target = w.nodes[b].id;
    i.date = *graph::Date::day(2023, 1, 1 + static_cast<int>(e % 28));
    i.canonicalize();
    w.edges.push_back(i);
  }
  return Network::from_window(std::move(w), Level::kOfficial);
}

std::vector<double> by_vertex(const Network& n, const std::vector<Score>& scores) {
  std::vector<double> out(n.vertex_count());
  for (const auto& s : scores) out[*n.vertex_of(s.actor)] = s.value;
  return out;
}

}  // namespace

TEST_CASE("exact betweenness on the CSR graph equals Boost's Brandes on the adjacency list") {
  const auto n = random_network(300, 900, 3);
  const auto& g = n.boost().graph;
  std::vector<double> boost_scores(n.vertex_count());
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(boost_scores.begin(), boost::get(boost::vertex_index, g))));
  CentralityOptions o;
  o.metric = Metric::kBetweenness;
  o.normalised = false;
  o.threads = 2;
  const auto ours = by_vertex(n, centrality(n, o));
  double top = 0;
  for (std::size_t v = 0; v < ours.size(); ++v) {
    CHECK(ours[v] == Approx(boost_scores[v]).epsilon(1e-9).margin(1e-9));
    top = std::max(top, ours[v]);
  }
  CHECK(top > 100);  // a graph with real paths through it, not a trivial one
}

TEST_CASE("sampled betweenness and closeness give the same bits on 1, 2 and 3 threads") {
  const auto n = random_network(2000, 6000, 5);
  for (const auto metric : {Metric::kBetweenness, Metric::kCloseness}) {
    CentralityOptions o;
    o.metric = metric;
    o.sample_pivots = 100;
    o.seed = 11;
    std::vector<std::vector<double>> runs;
    for (unsigned t : {1u, 2u, 3u}) {
      o.threads = t;
      runs.push_back(by_vertex(n, centrality(n, o)));
    }
    CHECK(runs[0] == runs[1]);
    CHECK(runs[0] == runs[2]);
    o.seed = 12;  // another sample gives other estimates
    if (metric == Metric::kBetweenness) CHECK(by_vertex(n, centrality(n, o)) != runs[0]);
  }
}
