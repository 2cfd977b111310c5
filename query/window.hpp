#pragma once
// A window of the graph: the interactions in a date range and of some types, with the actors they
// connect. The basis of the exports and, later, of the Boost.Graph network view.

#include <set>
#include <vector>

#include "graph/actor.hpp"
#include "graph/date.hpp"
#include "graph/interaction.hpp"
#include "graph/store.hpp"

namespace parley::query {

struct WindowFilter {
  graph::DateWindow dates;          // unbounded: every interaction, also those of unknown date
  std::set<graph::EdgeType> types;  // empty: all types

  bool accepts(graph::EdgeType t) const { return types.empty() || types.count(t) > 0; }
  bool accepts(const graph::Interaction& i) const { return accepts(i.type); }
};

struct GraphWindow {
  std::vector<graph::Actor> nodes;         // sorted by id
  std::vector<graph::Interaction> edges;   // sorted by (date, id); mentions sorted
};

// The stored actor of an id, or, when the store has none, a minimal node built from the id (kind
// and label from its scheme and rest). Throws StoreError on a read failure.
graph::Actor actor_node(const graph::Store& store, const graph::ActorId& id);

// Loads the window from the store (the by_date index). Actors missing from the store get a minimal
// node built from their id, so that every edge end is a node. Throws StoreError on a read failure.
GraphWindow load_window(const graph::Store& store, const WindowFilter& filter);

// The part of a window about some actors: with one actor, all its interactions; with more, the
// interactions among them (both ends in the set; a visit counts when its official is). Nodes are
// those the kept edges touch.
GraphWindow restrict_to(const GraphWindow& window, const std::set<graph::ActorId>& actors);

}  // namespace parley::query
