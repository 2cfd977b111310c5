#include "query/window.hpp"

#include <algorithm>
#include <map>

namespace parley::query {

namespace {
// A node for an id the store has no record of: kind and label from the id itself.
graph::Actor minimal_actor(const graph::ActorId& id) {
  graph::Actor a;
  a.id = id;
  const auto scheme = id.scheme();
  const std::string rest = id.str().substr(scheme.size() + 1);
  a.kind = scheme == "state" ? graph::ActorKind::kState
           : scheme == "org" ? graph::ActorKind::kOrganization
                             : graph::ActorKind::kOfficial;
  a.label = rest.empty() ? id.str() : rest;
  if (scheme == "state" || scheme == "org") a.state = graph::StateCode::parse(rest);
  a.source = graph::ActorSource::kLearned;
  return a;
}
}  // namespace

graph::Actor actor_node(const graph::Store& store, const graph::ActorId& id) {
  auto actor = store.actor(id);
  return actor ? std::move(*actor) : minimal_actor(id);
}

GraphWindow load_window(const graph::Store& store, const WindowFilter& filter) {
  GraphWindow w;
  std::map<graph::ActorId, graph::Actor> nodes;
  store.for_each_interaction(filter.dates, [&](const graph::Interaction& i) {
    if (!filter.accepts(i)) return true;
    for (const auto* id : {&i.source, &i.target}) {
      if (!nodes.count(*id)) nodes.emplace(*id, actor_node(store, *id));
    }
    w.edges.push_back(i);
    return true;
  });
  for (auto& [id, actor] : nodes) w.nodes.push_back(std::move(actor));
  // In (date, id) order. Each edge's key is made once: made in the comparison, the id's hash and
  // the date key were computed some 40 times per edge of a large window.
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(w.edges.size());
  for (std::size_t i = 0; i < w.edges.size(); ++i) order.emplace_back(w.edges[i].date.sort_key() + '\0' + w.edges[i].id(), i);
  std::sort(order.begin(), order.end());  // the keys are distinct: an interaction is stored once
  std::vector<graph::Interaction> sorted;
  sorted.reserve(w.edges.size());
  for (const auto& [key, i] : order) sorted.push_back(std::move(w.edges[i]));
  w.edges = std::move(sorted);
  return w;
}

GraphWindow restrict_to(const GraphWindow& window, const std::set<graph::ActorId>& actors) {
  GraphWindow out;
  std::set<graph::ActorId> touched;
  for (const auto& e : window.edges) {
    const bool src = actors.count(e.source) > 0, dst = actors.count(e.target) > 0;
    const bool keep = actors.size() == 1 ? (src || dst) : (e.type == graph::EdgeType::kVisited ? src : (src && dst));
    if (!keep) continue;
    out.edges.push_back(e);
    touched.insert(e.source);
    touched.insert(e.target);
  }
  for (const auto& n : window.nodes) {
    if (touched.count(n.id)) out.nodes.push_back(n);
  }
  return out;
}

}  // namespace parley::query
