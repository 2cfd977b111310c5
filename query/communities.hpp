#pragma once
// Groups in a Network: connected components, and communities (blocs) by the Louvain method
// (Blondel, Guillaume, Lambiotte, Lefebvre 2008): repeatedly move each vertex to the neighbouring
// community that most increases weighted modularity, then merge communities into vertices, until
// modularity stops growing. Vertices are visited in index order, so the result is deterministic.

#include <vector>

#include "graph/ids.hpp"
#include "query/network.hpp"

namespace parley::query {

// Connected components (Boost's connected_components), largest first; members in id order.
std::vector<std::vector<graph::ActorId>> components(const Network& network);

struct Communities {
  std::vector<std::vector<graph::ActorId>> groups;  // largest first; members in id order
  double modularity = 0;                            // of the partition, weighted
};

Communities louvain(const Network& network);

// Weighted modularity of a partition (community index per vertex).
double modularity(const Network& network, const std::vector<std::size_t>& community);

}  // namespace parley::query
