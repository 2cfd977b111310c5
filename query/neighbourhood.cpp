#include "query/neighbourhood.hpp"

#include <limits>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/pending/queue.hpp>

#include "query/detail/boost_graph.hpp"

namespace parley::query {

std::set<graph::ActorId> neighbourhood(const Network& network, const std::set<graph::ActorId>& seeds, int hops) {
  std::vector<std::size_t> sources;
  for (const auto& s : seeds) {
    if (auto v = network.vertex_of(s)) sources.push_back(*v);
  }
  std::set<graph::ActorId> out;
  if (sources.empty()) return out;
  const auto& g = network.boost().graph;
  constexpr int kUnreached = std::numeric_limits<int>::max();
  std::vector<int> distance(network.vertex_count(), kUnreached);
  for (auto s : sources) distance[s] = 0;
  std::vector<boost::default_color_type> colors(network.vertex_count(), boost::white_color);
  boost::queue<std::size_t> queue;
  auto index = boost::get(boost::vertex_index, g);
  boost::breadth_first_search(
      g, sources.begin(), sources.end(), queue,
      boost::make_bfs_visitor(
          boost::record_distances(boost::make_iterator_property_map(distance.begin(), index), boost::on_tree_edge())),
      boost::make_iterator_property_map(colors.begin(), index));
  for (std::size_t v = 0; v < distance.size(); ++v) {
    if (distance[v] <= hops) out.insert(network.actor(v).id);
  }
  return out;
}

}  // namespace parley::query
