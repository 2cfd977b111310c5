// parley_graph_bench: how long the network algorithms take on contact-like graphs, and how much
// memory each graph's work needs. Random graphs of a fixed seed whose degrees are skewed as real
// contact networks are (a few hubs, a long tail: Chung-Lu with power-law weights, exponent 2.5),
// built as the query code builds them (Network::from_window, then its CSR form), then timed:
// exact betweenness, sampled betweenness (500 pivots) on 1 thread and on all, closeness and
// PageRank. See bench/README.md.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/graph/betweenness_centrality.hpp>
#include <nlohmann/json.hpp>

#include "bench/random.hpp"
#include "bench/support.hpp"
#include "bench/timing.hpp"
#include "query/centrality.hpp"
#include "query/detail/boost_graph.hpp"
#include "query/network.hpp"

namespace parley::bench {
namespace {

constexpr std::string_view kUsage =
    "usage: parley_graph_bench [--full] [--edges N]... [--pivots N] [--threads N] [--seed N] [--baseline]\n"
    "                          [--out FILE]\n"
    "  (default)     graphs of 10000 and 100000 edges (a minute or two on two cores)\n"
    "  --full        also the 1000000-edge graph (the issue's sizes: several minutes)\n"
    "  --edges N     a graph of N edges and N/10 vertices instead (repeatable)\n"
    "  --pivots N    sampled betweenness pivots (default 500)\n"
    "  --threads N   threads of the parallel runs (default: all cores)\n"
    "  --seed N      graph seed (default 1)\n"
    "  --baseline    also exact betweenness by Boost's Brandes on the adjacency_list (the code\n"
    "                before the CSR form), one thread, for a ratio measured in the same run\n"
    "  --out FILE    JSON results (default bench/results/graph_bench.json)\n";

// Above these sizes a run would take too long for a benchmark (both are O(n m)).
constexpr std::size_t kExactMaxVertices = 10'000;
constexpr std::size_t kClosenessMaxVertices = 10'000;

struct Options {
  std::vector<std::size_t> edges;
  std::size_t pivots = 500;
  unsigned threads = 0;
  std::uint64_t seed = 1;
  bool baseline = false;
  std::filesystem::path out = std::filesystem::path("bench") / "results" / "graph_bench.json";
};

std::optional<Options> parse_options(int argc, char** argv) {
  Options o;
  bool full = false;
  const bool ok = parse_arguments(argc, argv, "parley_graph_bench", kUsage, [&](std::string_view arg, std::string_view value) {
    if (arg == "--full" || arg == "--baseline") {
      (arg == "--full" ? full : o.baseline) = true;
      return Arg::kFlag;
    }
    if (arg == "--edges") {
      std::size_t n = 0;
      const bool good = parse_positive(value, n) && n >= 100;
      o.edges.push_back(n);
      return taken(good);
    }
    if (arg == "--pivots") return taken(parse_positive(value, o.pivots));
    if (arg == "--threads") return taken(parse_positive(value, o.threads));
    if (arg == "--seed") return taken(parse_positive(value, o.seed));
    if (arg == "--out") {
      o.out = value;
      return Arg::kValue;
    }
    return Arg::kBad;
  });
  if (!ok) return std::nullopt;
  if (o.edges.empty()) o.edges = full ? std::vector<std::size_t>{10'000, 100'000, 1'000'000} : std::vector<std::size_t>{10'000, 100'000};
  return o;
}

// A window of `edges` contacts among `vertices` officials. Endpoints are drawn with weight
// (rank + 1)^(-1/1.5), which gives degrees falling off as a power law of exponent 2.5 (Chung-Lu):
// the top official has hundreds of counterparts, most have a handful. Pairs drawn twice become
// one link of weight 2, as repeated contacts do.
query::GraphWindow contact_graph(std::size_t vertices, std::size_t edges, std::uint64_t seed) {
  query::GraphWindow w;
  w.nodes.resize(vertices);
  std::vector<double> cdf(vertices);
  double sum = 0;
  for (std::size_t r = 0; r < vertices; ++r) {
    char id[32];
    std::snprintf(id, sizeof id, "person:g%07zu", r);
    w.nodes[r].id = graph::ActorId(id);
    w.nodes[r].label = id;
    cdf[r] = sum += std::pow(static_cast<double>(r + 1), -1.0 / 1.5);
  }
  Random rng(seed);
  auto draw = [&] {
    const auto it = std::upper_bound(cdf.begin(), cdf.end(), rng.unit() * sum);
    return std::min<std::size_t>(static_cast<std::size_t>(it - cdf.begin()), vertices - 1);
  };
  w.edges.reserve(edges);
  while (w.edges.size() < edges) {
    const std::size_t a = draw(), b = draw();
    if (a == b) continue;
    graph::Interaction i;
    i.source = w.nodes[a].id;
    i.target = w.nodes[b].id;
    i.date = graph::Date::from_days(19000 + static_cast<std::int64_t>(rng.below(365)));
    i.canonicalize();
    w.edges.push_back(std::move(i));
  }
  return w;  // nodes sorted by id, as load_window gives them (the ids are zero-padded)
}

struct Row {
  std::string graph, what;
  double seconds = 0, cpu_seconds = 0;
  unsigned threads = 1;
};

struct GraphResult {
  std::size_t requested_edges = 0, vertices = 0, links = 0;
  long peak_rss_kib = 0;
};

int run(const Options& o) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const unsigned parallel = o.threads > 0 ? o.threads : cores;
  std::vector<Row> rows;
  std::vector<GraphResult> graphs;
  const bool peak_resets = reset_peak_rss();
  for (const std::size_t edges : o.edges) {
    reset_peak_rss();
    const std::string name = std::to_string(edges / 1000) + "k edges";
    auto timed = [&](const std::string& what, unsigned threads, const std::function<void()>& fn) {
      const Stopwatch watch;
      const double cpu = process_cpu_seconds();
      fn();
      rows.push_back({name, what, watch.seconds(), process_cpu_seconds() - cpu, threads});
      std::printf("  %-14s %-34s %10.3f s (%.3f s CPU)\n", name.c_str(), what.c_str(), rows.back().seconds,
                  rows.back().cpu_seconds);
      std::fflush(stdout);
    };
    auto window = contact_graph(edges / 10, edges, o.seed);
    std::optional<query::Network> net;
    timed("build (from_window)", 1, [&] { net.emplace(query::Network::from_window(std::move(window), query::Level::kOfficial)); });
    const auto& n = *net;
    timed("build (CSR form)", 1, [&] { n.csr(); });
    auto score = [&](query::Metric m, unsigned threads, std::size_t pivots, bool exact) {
      query::CentralityOptions c;
      c.metric = m;
      c.threads = threads;
      c.sample_pivots = pivots;
      c.exact = exact;
      c.seed = o.seed;
      query::centrality(n, c);
    };
    if (n.vertex_count() <= kExactMaxVertices) {
      timed("betweenness, exact", parallel, [&] { score(query::Metric::kBetweenness, parallel, 0, true); });
      if (o.baseline) {
        timed("betweenness, exact, Boost adj. list", 1, [&] {
          const auto& g = n.boost().graph;
          std::vector<double> c(n.vertex_count());
          boost::brandes_betweenness_centrality(
              g, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, g))));
        });
      }
    }
    for (unsigned t : {1u, parallel}) {
      timed("betweenness, " + std::to_string(o.pivots) + " pivots", t, [&] { score(query::Metric::kBetweenness, t, o.pivots, false); });
      if (parallel == 1) break;
    }
    if (n.vertex_count() <= kClosenessMaxVertices) {
      timed("closeness", parallel, [&] { score(query::Metric::kCloseness, parallel, 0, false); });
    }
    timed("pagerank", 1, [&] { score(query::Metric::kPageRank, 1, 0, false); });
    graphs.push_back({edges, n.vertex_count(), n.links().size(), status_kib("VmHWM:")});
  }

  std::printf("\n%-10s %10s %10s %18s\n", "graph", "vertices", "links", "peak RSS (MiB)");
  for (const auto& g : graphs) {
    std::printf("%-10s %10zu %10zu %18.1f\n", (std::to_string(g.requested_edges / 1000) + "k").c_str(), g.vertices, g.links,
                static_cast<double>(g.peak_rss_kib) / 1024.0);
  }
  if (!peak_resets) std::printf("(peak RSS could not be reset between graphs: each is the peak so far)\n");
  std::printf("\n%-14s %-34s %8s %12s %12s\n", "graph", "run", "threads", "seconds", "CPU seconds");
  for (const auto& r : rows) {
    std::printf("%-14s %-34s %8u %12.3f %12.3f\n", r.graph.c_str(), r.what.c_str(), r.threads, r.seconds, r.cpu_seconds);
  }

  nlohmann::ordered_json runs = nlohmann::ordered_json::array(), sizes = nlohmann::ordered_json::array();
  for (const auto& r : rows) runs.push_back({{"graph", r.graph}, {"run", r.what}, {"threads", r.threads}, {"seconds", r.seconds},
                    {"cpu_seconds", r.cpu_seconds}});
  for (const auto& g : graphs) {
    sizes.push_back({{"edges_drawn", g.requested_edges}, {"vertices", g.vertices}, {"links", g.links},
                     {"peak_rss_kib", g.peak_rss_kib}});
  }
  const nlohmann::ordered_json j = {{"benchmark", "graph"}, {"cores", cores},         {"seed", o.seed},
                                    {"pivots", o.pivots},   {"peak_rss_per_graph", peak_resets},
                                    {"graphs", sizes},      {"runs", runs}};
  std::fflush(stdout);  // the tables above went through printf
  write_results(o.out, j.dump(2));
  return 0;
}

}  // namespace
}  // namespace parley::bench

int main(int argc, char** argv) {
  const auto options = parley::bench::parse_options(argc, argv);
  if (!options) return 2;
  return parley::bench::run(*options);
}
