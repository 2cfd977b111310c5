#include "query/detail/csr_graph.hpp"

#include <utility>
#include <vector>

namespace parley::query::detail {

CsrGraph make_csr(const Network& network) {
  const auto& links = network.links();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  std::vector<CsrArc> weights;
  arcs.reserve(2 * links.size());
  weights.reserve(2 * links.size());
  for (const auto& l : links) {
    const auto a = static_cast<std::uint32_t>(l.a), b = static_cast<std::uint32_t>(l.b);
    arcs.emplace_back(a, b);
    arcs.emplace_back(b, a);
    weights.push_back({l.weight()});
    weights.push_back({l.weight()});
  }
  return {Csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), weights.begin(),
              static_cast<std::uint32_t>(network.vertex_count()))};
}

}  // namespace parley::query::detail
