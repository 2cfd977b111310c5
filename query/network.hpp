#pragma once
// The Network: a Boost.Graph view of a window of the store, on which the query algorithms run.
// Vertices are actors (officials, or states at the state level, where officials fold into the
// state they serve); an edge joins two actors that interacted in the window, weighted by the
// number of interactions, and keeps those interactions for evidence and dates.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "graph/actor.hpp"
#include "graph/interaction.hpp"
#include "query/window.hpp"

namespace parley::query {

namespace detail {
struct BoostGraph;
struct CsrGraph;
struct LazyGraphs;
}

enum class Level { kOfficial, kState };

struct NetworkFilter {
  WindowFilter window;
  Level level = Level::kOfficial;
};

class Network {
 public:
  using Vertex = std::size_t;

  struct Link {
    Vertex a = 0, b = 0;                                // a < b
    std::vector<const graph::Interaction*> interactions;  // in date order; empty from load_counts
    std::size_t count = 0;                              // interactions joined
    double weight() const { return static_cast<double>(count); }
  };

  // Builds the network of a window. At the state level an official becomes the state of
  // graph::Actor::state, a visit joins the visitor's state and the host, and contacts within one
  // state disappear. Actors without a state at that level are left out.
  static Network from_window(GraphWindow window, Level level);
  // The window of the store for the filter, as a network. Throws StoreError on a read failure.
  static Network load(const graph::Store& store, const NetworkFilter& filter);
  // The same network (same vertices, links and numbering) without the interaction records: links
  // carry counts only, window() is empty. Built from the by_date index and the actors, with no
  // record read or decoded: what centrality and communities need, at millions of edges a second.
  static Network load_counts(const graph::Store& store, const NetworkFilter& filter);

  // Links point into the network's own window: it moves but does not copy.
  Network(Network&&) = default;
  Network& operator=(Network&&) = default;
  Network(const Network&) = delete;
  Network& operator=(const Network&) = delete;

  std::size_t vertex_count() const { return actors_.size(); }
  const graph::Actor& actor(Vertex v) const { return actors_[v]; }
  std::optional<Vertex> vertex_of(const graph::ActorId& id) const;
  const std::vector<Link>& links() const { return links_; }
  // The links of a vertex (indices into links()).
  const std::vector<std::size_t>& links_of(Vertex v) const { return incidence_[v]; }
  Vertex other_end(const Link& l, Vertex v) const { return l.a == v ? l.b : l.a; }
  const GraphWindow& window() const { return window_; }
  // The same network as a boost::adjacency_list (see query/detail/boost_graph.hpp), and as a
  // boost::compressed_sparse_row_graph for the heavy algorithms (query/detail/csr_graph.hpp).
  // Each is built on first use (thread-safe) and kept.
  const detail::BoostGraph& boost() const;
  const detail::CsrGraph& csr() const;

 private:
  class Builder;
  Network();
  std::shared_ptr<detail::LazyGraphs> graphs_;
  GraphWindow window_;             // owns the interactions the links point to
  std::vector<graph::Actor> actors_;
  std::map<graph::ActorId, Vertex> index_;
  std::vector<Link> links_;
  std::vector<std::vector<std::size_t>> incidence_;
};

}  // namespace parley::query
