#include <catch2/catch.hpp>

#include <sstream>

#include "viz/csv_export.hpp"
#include "viz/dot_export.hpp"
#include "viz/graphml_export.hpp"
#include "viz/timeline_svg.hpp"
#include "support/sample_window.hpp"

using namespace parley;

using test::sample_window;

TEST_CASE("DOT: shapes by kind, dashed undirected calls, directed visits, escaped labels") {
  std::ostringstream out;
  viz::write_graph_dot(sample_window(), out, {true});
  const std::string dot = out.str();
  CHECK_THAT(dot, Catch::StartsWith("digraph G {"));
  CHECK_THAT(dot, Catch::Contains("label=\"Ann \\\"the\\\" Envoy\", shape=ellipse"));
  CHECK_THAT(dot, Catch::Contains("shape=box"));
  CHECK_THAT(dot, Catch::Contains("0->1 [label=\"2023-11-03\", color=\"#1f77b4\", style=dashed, dir=none"));
  CHECK_THAT(dot, Catch::Contains("0->2 [label=\"2023-11-03\", color=\"#ff7f0e\", style=solid,"));
  CHECK_THAT(dot, Catch::Contains("subgraph \"cluster_RUS\""));
}

TEST_CASE("GraphML declares its attributes and carries every node and edge") {
  std::ostringstream out;
  viz::write_graph_graphml(sample_window(), out);
  const std::string xml = out.str();
  CHECK_THAT(xml, Catch::Contains("attr.name=\"type\" attr.type=\"string\""));
  CHECK_THAT(xml, Catch::Contains("attr.name=\"mentions\" attr.type=\"int\""));
  CHECK_THAT(xml, Catch::Contains(">visited<"));
  CHECK_THAT(xml, Catch::Contains(">Bo, Minister<"));
}

TEST_CASE("CSV in Neo4j import form, quoting fields that need it") {
  std::ostringstream nodes, edges;
  viz::write_nodes_csv(sample_window(), nodes);
  viz::write_edges_csv(sample_window(), edges);
  CHECK_THAT(nodes.str(), Catch::StartsWith("id:ID,label,kind,state,:LABEL\n"));
  CHECK_THAT(nodes.str(), Catch::Contains("person:b,\"Bo, Minister\",official,RUS,Actor;Official"));
  CHECK_THAT(nodes.str(), Catch::Contains("state:RUS,Russia,state,RUS,Actor;State"));
  CHECK_THAT(edges.str(), Catch::Contains("person:a,person:b,CALLED,2023-11-03,day,,1,\"They spoke, \"\"warmly\"\".\""));
  CHECK_THAT(edges.str(), Catch::Contains("person:a,state:RUS,VISITED,2023-11-03,day,Moscow,1,"));
}

TEST_CASE("the timeline picture has a lane per actor, a glyph per contact and a footer for undated ones") {
  auto w = sample_window();
  graph::Interaction undated = w.edges[0];
  undated.date = graph::Date::unknown();
  w.edges.push_back(undated);
  std::ostringstream svg;
  viz::write_timeline_svg(w, svg);
  const std::string s = svg.str();
  CHECK_THAT(s, Catch::StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK_THAT(s, Catch::Contains(">Ann &quot;the&quot; Envoy</text>"));
  CHECK_THAT(s, Catch::Contains("stroke-dasharray=\"4 3\""));  // the call
  CHECK_THAT(s, Catch::Contains("<path d=\"M"));              // the visit's triangle
  CHECK_THAT(s, Catch::Contains("2 dated contacts among 3 actors; 1 undated contacts not drawn"));
  std::ostringstream html;
  viz::write_timeline_html(w, html);
  CHECK_THAT(html.str(), Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(html.str(), !Catch::Contains("http://") || Catch::Contains("http://www.w3.org/2000/svg"));
  CHECK_THAT(html.str(), !Catch::Contains("<script src"));
}
