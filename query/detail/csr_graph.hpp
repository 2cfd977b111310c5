#pragma once
// The Boost.Graph compressed-sparse-row form of a Network, for the algorithms that traverse the
// whole graph many times (betweenness, closeness, PageRank, eigenvector): its adjacency is two
// flat arrays, where an adjacency_list chases a pointer per edge. Boost's CSR graph is directed,
// so each link is two arcs, one each way, with the link's weight.

#include <cstdint>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "query/network.hpp"

namespace parley::query::detail {

struct CsrArc {
  double weight = 0;
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, CsrArc, boost::no_property,
                                               std::uint32_t, std::uint32_t>;

struct CsrGraph {
  Csr graph;
};

// Builds the CSR form of the network's links: O(n + m).
CsrGraph make_csr(const Network& network);

}  // namespace parley::query::detail
