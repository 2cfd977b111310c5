#include "query/communities.hpp"

#include <algorithm>
#include <map>

#include <boost/graph/connected_components.hpp>

#include "query/detail/boost_graph.hpp"

namespace parley::query {

namespace {

// A weighted graph of the Louvain levels: adjacency with self-loops allowed.
struct WeightedLevel {
  std::vector<std::map<std::size_t, double>> adj;  // neighbour -> weight (a self-loop counts once)
  double total = 0;                                // sum of all edge weights (m)
  std::vector<double> degree;                      // weighted degree k_i (self-loop twice)
};

WeightedLevel level_of(const Network& n) {
  WeightedLevel g;
  g.adj.resize(n.vertex_count());
  for (const auto& l : n.links()) {
    g.adj[l.a][l.b] += l.weight();
    g.adj[l.b][l.a] += l.weight();
    g.total += l.weight();
  }
  g.degree.assign(g.adj.size(), 0);
  for (std::size_t v = 0; v < g.adj.size(); ++v) {
    for (const auto& [w, x] : g.adj[v]) g.degree[v] += (w == v ? 2 * x : x);
  }
  return g;
}

// Phase 1: local moves. Returns true when some vertex moved.
bool local_moves(const WeightedLevel& g, std::vector<std::size_t>& comm) {
  const double m2 = 2 * g.total;
  std::vector<double> tot(g.adj.size(), 0);  // sum of degrees per community
  for (std::size_t v = 0; v < g.adj.size(); ++v) tot[comm[v]] += g.degree[v];
  bool moved_any = false;
  for (bool moved = true; moved;) {
    moved = false;
    for (std::size_t v = 0; v < g.adj.size(); ++v) {
      std::map<std::size_t, double> links_to;  // community -> weight from v
      for (const auto& [w, x] : g.adj[v]) {
        if (w != v) links_to[comm[w]] += x;
      }
      const std::size_t own = comm[v];
      tot[own] -= g.degree[v];
      std::size_t best = own;
      double best_gain = links_to[own] - tot[own] * g.degree[v] / m2;
      for (const auto& [c, k_in] : links_to) {
        const double gain = k_in - tot[c] * g.degree[v] / m2;
        if (gain > best_gain + 1e-12) {
          best_gain = gain;
          best = c;
        }
      }
      tot[best] += g.degree[v];
      if (best != own) {
        comm[v] = best;
        moved = moved_any = true;
      }
    }
  }
  return moved_any;
}

}  // namespace

std::vector<std::vector<graph::ActorId>> components(const Network& network) {
  const auto& g = network.boost().graph;
  std::vector<int> comp(network.vertex_count());
  const int count = boost::connected_components(g, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g)));
  std::vector<std::vector<graph::ActorId>> out(static_cast<std::size_t>(count));
  for (std::size_t v = 0; v < comp.size(); ++v) out[static_cast<std::size_t>(comp[v])].push_back(network.actor(v).id);
  for (auto& c : out) std::sort(c.begin(), c.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

double modularity(const Network& network, const std::vector<std::size_t>& community) {
  const WeightedLevel g = level_of(network);
  if (g.total == 0) return 0;
  const double m2 = 2 * g.total;
  std::map<std::size_t, double> in, tot;
  for (std::size_t v = 0; v < g.adj.size(); ++v) {
    tot[community[v]] += g.degree[v];
    for (const auto& [w, x] : g.adj[v]) {
      if (community[w] == community[v]) in[community[v]] += x;  // each inner edge seen from both ends
    }
  }
  double q = 0;
  for (const auto& [c, t] : tot) q += in[c] / m2 - (t / m2) * (t / m2);
  return q;
}

Communities louvain(const Network& network) {
  const std::size_t n = network.vertex_count();
  std::vector<std::size_t> membership(n);  // vertex -> community, through all levels
  for (std::size_t v = 0; v < n; ++v) membership[v] = v;
  WeightedLevel g = level_of(network);
  while (true) {
    std::vector<std::size_t> comm(g.adj.size());
    for (std::size_t v = 0; v < comm.size(); ++v) comm[v] = v;
    if (!local_moves(g, comm)) break;
    // Renumber communities 0..k-1 in order of first appearance, then aggregate.
    std::map<std::size_t, std::size_t> renumber;
    for (auto& c : comm) c = renumber.try_emplace(c, renumber.size()).first->second;
    for (auto& m : membership) m = comm[m];
    WeightedLevel next;
    next.adj.resize(renumber.size());
    next.total = g.total;
    for (std::size_t v = 0; v < g.adj.size(); ++v) {
      for (const auto& [w, x] : g.adj[v]) {
        if (v < w) {
          next.adj[comm[v]][comm[w]] += x;
          if (comm[v] != comm[w]) next.adj[comm[w]][comm[v]] += x;
        } else if (v == w) {
          next.adj[comm[v]][comm[v]] += x;
        }
      }
    }
    next.degree.assign(next.adj.size(), 0);
    for (std::size_t v = 0; v < next.adj.size(); ++v) {
      for (const auto& [w, x] : next.adj[v]) next.degree[v] += (w == v ? 2 * x : x);
    }
    if (next.adj.size() == g.adj.size()) break;
    g = std::move(next);
  }
  Communities out;
  std::map<std::size_t, std::vector<graph::ActorId>> groups;
  for (std::size_t v = 0; v < n; ++v) groups[membership[v]].push_back(network.actor(v).id);
  for (auto& [c, members] : groups) {
    std::sort(members.begin(), members.end());
    out.groups.push_back(std::move(members));
  }
  std::stable_sort(out.groups.begin(), out.groups.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  out.modularity = modularity(network, membership);
  return out;
}

}  // namespace parley::query
