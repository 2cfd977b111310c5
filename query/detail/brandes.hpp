#pragma once
// Brandes' betweenness accumulation (unweighted shortest paths) on the CSR graph, from a list of
// sources, on several threads, with a result that does not depend on the number of threads.

#include <cstdint>
#include <vector>

#include "query/detail/csr_graph.hpp"

namespace parley::query::detail {

// The sum over the sources of each vertex's dependency (Brandes 2001), every shortest path from a
// source counted once: over all sources of an undirected graph each pair is counted from both
// ends, twice Boost's undirected scores. The sources are summed in blocks of a fixed size, the
// blocks in order, whatever the thread count (0: all cores): the same sources give the same bits.
// O(k m) for k sources, O(n) memory per thread plus a vector per block waiting to be summed.
std::vector<double> dependency_sums(const Csr& g, const std::vector<std::uint32_t>& sources, unsigned threads);

}  // namespace parley::query::detail
