#pragma once
// Chains of contacts between two actors of a Network.
//   shortest: fewest contacts, by a Boost.Graph breadth-first search (ties: the chain through
//             lower vertex numbers, which follow the window's date order);
//   temporal: the chain that reaches the target earliest when each contact must be no earlier
//             than the one before (a message passed on from person to person), from the
//             interactions' dates (undated ones cannot be placed and are skipped).

#include <optional>
#include <vector>

#include "graph/interaction.hpp"
#include "query/network.hpp"

namespace parley::query {

struct ChainStep {
  graph::ActorId from;
  graph::ActorId to;
  const graph::Interaction* interaction = nullptr;  // the contact used (the earliest one for shortest)
};

struct Chain {
  std::vector<ChainStep> steps;  // empty when source == target
};

// nullopt when either actor is not in the network or no chain joins them.
std::optional<Chain> shortest_chain(const Network& network, const graph::ActorId& from, const graph::ActorId& to);
std::optional<Chain> earliest_chain(const Network& network, const graph::ActorId& from, const graph::ActorId& to);

}  // namespace parley::query
