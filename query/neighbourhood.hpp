#pragma once
// The K-hop neighbourhood of some actors in a Network (for `parley timeline ACTOR --hops K`).

#include <set>

#include "graph/ids.hpp"
#include "query/network.hpp"

namespace parley::query {

// The actors within `hops` contacts of any of `seeds` (the seeds included), by a multi-source
// Boost.Graph breadth-first search. Seeds not in the network are ignored.
std::set<graph::ActorId> neighbourhood(const Network& network, const std::set<graph::ActorId>& seeds, int hops);

}  // namespace parley::query
