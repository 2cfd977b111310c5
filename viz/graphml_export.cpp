#include "viz/graphml_export.hpp"

#include <map>
#include <string>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

namespace parley::viz {

namespace {

struct NodeData {
  std::string id, label, kind, state;
};
struct EdgeData {
  std::string type, date, precision, location;
  int mentions = 0;
};
using GraphmlGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeData, EdgeData>;

}  // namespace

void write_graph_graphml(const query::GraphWindow& window, std::ostream& out) {
  GraphmlGraph g;
  std::map<graph::ActorId, std::size_t> index;
  for (const auto& a : window.nodes) {
    index[a.id] = boost::add_vertex(
        NodeData{a.id.str(), a.label, std::string(graph::to_string(a.kind)), a.state ? a.state->str() : std::string()}, g);
  }
  for (const auto& e : window.edges) {
    auto s = index.find(e.source), t = index.find(e.target);
    if (s == index.end() || t == index.end()) continue;
    boost::add_edge(s->second, t->second,
                    EdgeData{std::string(graph::to_string(e.type)), e.date.known() ? e.date.iso() : std::string(),
                             std::string(graph::to_string(e.date.precision())), e.location.city, static_cast<int>(e.mentions.size())},
                    g);
  }
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&NodeData::label, g));
  dp.property("kind", boost::get(&NodeData::kind, g));
  dp.property("state", boost::get(&NodeData::state, g));
  dp.property("parley_id", boost::get(&NodeData::id, g));
  dp.property("type", boost::get(&EdgeData::type, g));
  dp.property("date", boost::get(&EdgeData::date, g));
  dp.property("date_precision", boost::get(&EdgeData::precision, g));
  dp.property("location", boost::get(&EdgeData::location, g));
  dp.property("mentions", boost::get(&EdgeData::mentions, g));
  boost::write_graphml(out, g, dp, true);
}

}  // namespace parley::viz
