#pragma once
// GraphML of a graph window with declared attributes (opens in Gephi and yEd), written with
// Boost.Graph's write_graphml: nodes carry id, label, kind, state; edges type, date, date
// precision, location and the number of mentions.

#include <ostream>

#include "query/window.hpp"

namespace parley::viz {

void write_graph_graphml(const query::GraphWindow& window, std::ostream& out);

}  // namespace parley::viz
