#pragma once
// The JSON export of a graph window, per the contract's graph.schema.json ("parley.graph/1").
// Deterministic: nodes by id, edges by (date, id), mentions by (article, offset), keys in a fixed
// order, so that exports of the same database are byte-identical.

#include <ostream>

#include "query/window.hpp"

namespace parley::viz {

// Writes the window as one JSON document (2-space indented, UTF-8, final newline).
void write_graph_json(const query::GraphWindow& window, const query::WindowFilter& filter, std::ostream& out);

}  // namespace parley::viz
