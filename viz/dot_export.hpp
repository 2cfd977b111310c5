#pragma once
// GraphViz DOT of a graph window, written with Boost.Graph's write_graphviz: node shape by kind
// (official ellipse, state box, organization hexagon), node colour by state, edge colour and style
// by type (called blue dashed, met green, visited orange arrow), dates as edge labels. Renders
// with `dot -Tsvg` (or `sfdp` for large graphs); `cluster_by_state` groups officials by state.

#include <ostream>

#include "query/window.hpp"

namespace parley::viz {

struct DotOptions {
  bool cluster_by_state = false;
};

void write_graph_dot(const query::GraphWindow& window, std::ostream& out, const DotOptions& options = {});

}  // namespace parley::viz
