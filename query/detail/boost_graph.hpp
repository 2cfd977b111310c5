#pragma once
// The Boost.Graph type behind a Network, for the algorithms in query/ only (kept out of the
// public headers): an undirected adjacency list whose vertex i is Network vertex i and whose
// edge weight is the number of interactions of the link.

#include <boost/graph/adjacency_list.hpp>

#include "query/network.hpp"

namespace parley::query::detail {

using WeightProperty = boost::property<boost::edge_weight_t, double, boost::property<boost::edge_index_t, std::size_t>>;
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, WeightProperty>;

struct BoostGraph {
  Graph graph;
};

}  // namespace parley::query::detail
