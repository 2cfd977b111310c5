#include "query/network.hpp"

#include "query/detail/boost_graph.hpp"

#include <algorithm>

namespace parley::query {

namespace {

// The actor standing for `a` at the level: itself, or the state it serves.
std::optional<graph::Actor> at_level(const graph::Actor& a, Level level, const std::map<graph::ActorId, graph::Actor>& nodes) {
  if (level == Level::kOfficial || a.kind != graph::ActorKind::kOfficial) {
    if (level == Level::kState && a.kind == graph::ActorKind::kOrganization) return std::nullopt;
    return a;
  }
  if (!a.state) return std::nullopt;
  const auto id = graph::ActorId::for_state(*a.state);
  if (auto it = nodes.find(id); it != nodes.end()) return it->second;
  graph::Actor s;  // a state no edge of the window names: its code is its label
  s.id = id;
  s.kind = graph::ActorKind::kState;
  s.label = a.state->str();
  s.state = a.state;
  return s;
}

}  // namespace

std::optional<Network::Vertex> Network::vertex_of(const graph::ActorId& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Network Network::from_window(GraphWindow window, Level level) {
  Network n;
  n.window_ = std::move(window);
  std::map<graph::ActorId, graph::Actor> nodes;
  for (const auto& a : n.window_.nodes) nodes.emplace(a.id, a);
  auto vertex = [&n](const graph::Actor& a) {
    auto [it, fresh] = n.index_.try_emplace(a.id, n.actors_.size());
    if (fresh) {
      n.actors_.push_back(a);
      n.incidence_.emplace_back();
    }
    return it->second;
  };
  std::map<std::pair<Vertex, Vertex>, std::size_t> link_index;
  for (const auto& inter : n.window_.edges) {
    const auto src = nodes.find(inter.source), dst = nodes.find(inter.target);
    if (src == nodes.end() || dst == nodes.end()) continue;
    auto a = at_level(src->second, level, nodes);
    auto b = at_level(dst->second, level, nodes);
    if (!a || !b || a->id == b->id) continue;  // contacts within one state vanish at the state level
    Vertex va = vertex(*a), vb = vertex(*b);
    if (vb < va) std::swap(va, vb);
    auto [it, fresh] = link_index.try_emplace({va, vb}, n.links_.size());
    if (fresh) {
      n.links_.push_back({va, vb, {}});
      n.incidence_[va].push_back(it->second);
      n.incidence_[vb].push_back(it->second);
    }
    n.links_[it->second].interactions.push_back(&inter);
  }
  auto bg = std::make_shared<detail::BoostGraph>();
  bg->graph = detail::Graph(n.actors_.size());
  for (std::size_t i = 0; i < n.links_.size(); ++i) {
    boost::add_edge(n.links_[i].a, n.links_[i].b, detail::WeightProperty(n.links_[i].weight(), i), bg->graph);
  }
  n.boost_ = std::move(bg);
  return n;
}

Network Network::load(const graph::Store& store, const NetworkFilter& filter) {
  return from_window(load_window(store, filter.window), filter.level);
}

}  // namespace parley::query
