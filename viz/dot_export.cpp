#include "viz/dot_export.hpp"

#include <array>
#include <map>
#include <sstream>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>

#include "graph/hash.hpp"

namespace parley::viz {

namespace {

// DOT string literal.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + "\"";
}

// A stable colour per state code, from a palette that prints and projects well.
std::string colour_of(const std::optional<graph::StateCode>& state) {
  static constexpr std::array<const char*, 12> kPalette = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                                           "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};
  if (!state) return "#999999";
  const std::string h = graph::hash_hex64(state->str());
  return kPalette[std::stoul(h.substr(0, 8), nullptr, 16) % kPalette.size()];
}

const char* shape_of(graph::ActorKind k) {
  switch (k) {
    case graph::ActorKind::kOfficial: return "ellipse";
    case graph::ActorKind::kState: return "box";
    case graph::ActorKind::kOrganization: return "hexagon";
  }
  return "ellipse";
}

using DotGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

}  // namespace

void write_graph_dot(const query::GraphWindow& window, std::ostream& out, const DotOptions& options) {
  std::map<graph::ActorId, std::size_t> index;
  for (std::size_t i = 0; i < window.nodes.size(); ++i) index[window.nodes[i].id] = i;
  DotGraph g(window.nodes.size());
  std::vector<const graph::Interaction*> edges;
  for (const auto& e : window.edges) {
    auto s = index.find(e.source), t = index.find(e.target);
    if (s == index.end() || t == index.end()) continue;
    boost::add_edge(s->second, t->second, g);
    edges.push_back(&e);
  }
  const auto vertex_writer = [&](std::ostream& os, std::size_t v) {
    const auto& a = window.nodes[v];
    os << "[label=" << quoted(a.label) << ", shape=" << shape_of(a.kind) << ", color=" << quoted(colour_of(a.state))
       << ", tooltip=" << quoted(a.id.str()) << "]";
  };
  // A vecS/vecS graph's edge descriptors carry no index: edges are matched back to their
  // interactions by (source, target) in insertion order, which write_graphviz keeps.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> by_pair;
  for (std::size_t i = 0; i < edges.size(); ++i) by_pair[{index[edges[i]->source], index[edges[i]->target]}].push_back(i);
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> seen;
  const auto indexed_edge_writer = [&](std::ostream& os, const boost::graph_traits<DotGraph>::edge_descriptor& ed) {
    const auto key = std::make_pair(boost::source(ed, g), boost::target(ed, g));
    const auto& e = *edges[by_pair[key][seen[key]++]];
    const char* colour = e.type == graph::EdgeType::kCalled ? "#1f77b4" : e.type == graph::EdgeType::kMet ? "#2ca02c" : "#ff7f0e";
    os << "[label=" << quoted(e.date.known() ? e.date.iso() : "?") << ", color=" << quoted(colour)
       << ", style=" << (e.type == graph::EdgeType::kCalled ? "dashed" : "solid")
       << (graph::is_directed(e.type) ? "" : ", dir=none") << ", tooltip=" << quoted(std::string(graph::to_string(e.type))) << "]";
  };
  const auto graph_writer = [&](std::ostream& os) {
    os << "rankdir=LR;\noverlap=false;\nnode [fontname=\"Helvetica\"];\nedge [fontname=\"Helvetica\", fontsize=9];\n";
    if (!options.cluster_by_state) return;
    std::map<std::string, std::vector<std::size_t>> clusters;
    for (std::size_t v = 0; v < window.nodes.size(); ++v) {
      if (window.nodes[v].state) clusters[window.nodes[v].state->str()].push_back(v);
    }
    for (const auto& [code, members] : clusters) {
      os << "subgraph " << quoted("cluster_" + code) << " {\nlabel=" << quoted(code) << ";\n";
      for (auto v : members) os << v << ";\n";
      os << "}\n";
    }
  };
  boost::write_graphviz(out, g, vertex_writer, indexed_edge_writer, graph_writer);
}

}  // namespace parley::viz
