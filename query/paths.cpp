#include "query/paths.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include "query/detail/boost_graph.hpp"

namespace parley::query {

namespace {

// The link joining two vertices (they are adjacent).
const Network::Link& link_between(const Network& n, Network::Vertex a, Network::Vertex b) {
  for (auto l : n.links_of(a)) {
    if (n.other_end(n.links()[l], a) == b) return n.links()[l];
  }
  throw std::logic_error("link_between: vertices are not adjacent");
}

}  // namespace

std::optional<Chain> shortest_chain(const Network& network, const graph::ActorId& from, const graph::ActorId& to) {
  const auto s = network.vertex_of(from), t = network.vertex_of(to);
  if (!s || !t) return std::nullopt;
  const auto& g = network.boost().graph;
  std::vector<std::size_t> pred(network.vertex_count(), std::numeric_limits<std::size_t>::max());
  pred[*s] = *s;
  boost::breadth_first_search(
      g, *s,
      boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(
          boost::make_iterator_property_map(pred.begin(), boost::get(boost::vertex_index, g)), boost::on_tree_edge()))));
  if (pred[*t] == std::numeric_limits<std::size_t>::max()) return std::nullopt;
  Chain chain;
  for (auto v = *t; v != *s; v = pred[v]) {
    const auto& link = link_between(network, pred[v], v);
    chain.steps.push_back({network.actor(pred[v]).id, network.actor(v).id, link.interactions.front()});
  }
  std::reverse(chain.steps.begin(), chain.steps.end());
  return chain;
}

std::optional<Chain> earliest_chain(const Network& network, const graph::ActorId& from, const graph::ActorId& to) {
  const auto s = network.vertex_of(from), t = network.vertex_of(to);
  if (!s || !t) return std::nullopt;
  // Dijkstra on arrival days: a link can be taken by any of its dated interactions on or after
  // the day one arrived at its end.
  constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
  const std::int64_t kStart = std::numeric_limits<std::int64_t>::min();
  std::vector<std::int64_t> arrival(network.vertex_count(), kNever);
  std::vector<ChainStep> via(network.vertex_count());
  using Item = std::pair<std::int64_t, Network::Vertex>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  arrival[*s] = kStart;
  queue.push({kStart, *s});
  while (!queue.empty()) {
    const auto [day, v] = queue.top();
    queue.pop();
    if (day > arrival[v]) continue;
    if (v == *t) break;
    for (auto l : network.links_of(v)) {
      const auto& link = network.links()[l];
      const auto w = network.other_end(link, v);
      for (const auto* inter : link.interactions) {  // in date order
        if (!inter->date.known()) continue;
        const std::int64_t when = *inter->date.first_day();
        if (when < day) continue;
        if (when < arrival[w]) {
          arrival[w] = when;
          via[w] = {network.actor(v).id, network.actor(w).id, inter};
          queue.push({when, w});
        }
        break;
      }
    }
  }
  if (arrival[*t] == kNever) return std::nullopt;
  Chain chain;
  for (auto v = *t; v != *s;) {
    chain.steps.push_back(via[v]);
    v = *network.vertex_of(via[v].from);
  }
  std::reverse(chain.steps.begin(), chain.steps.end());
  return chain;
}

}  // namespace parley::query
