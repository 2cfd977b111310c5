#pragma once
// CSV of a graph window in Neo4j's bulk-import form (also loads into Gephi):
//   nodes.csv  id:ID,label,kind,state,:LABEL
//   edges.csv  :START_ID,:END_ID,:TYPE,date,date_precision,location,mentions:int,evidence
// `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv` loads them.

#include <ostream>

#include "query/window.hpp"

namespace parley::viz {

void write_nodes_csv(const query::GraphWindow& window, std::ostream& out);
void write_edges_csv(const query::GraphWindow& window, std::ostream& out);

}  // namespace parley::viz
