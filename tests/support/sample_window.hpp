#pragma once
// A small window for the exporter tests: two officials and a state, a call (with quotes and a
// comma to escape) and a visit with its city.

#include "query/window.hpp"

namespace parley::test {

inline query::GraphWindow sample_window() {
  query::GraphWindow w;
  graph::Actor a;
  a.id = graph::ActorId("person:a");
  a.label = "Ann \"the\" Envoy";
  a.state = graph::StateCode::parse("IRN");
  graph::Actor b = a;
  b.id = graph::ActorId("person:b");
  b.label = "Bo, Minister";
  b.state = graph::StateCode::parse("RUS");
  graph::Actor s;
  s.id = graph::ActorId("state:RUS");
  s.kind = graph::ActorKind::kState;
  s.label = "Russia";
  s.state = graph::StateCode::parse("RUS");
  w.nodes = {a, b, s};
  graph::Interaction call;
  call.type = graph::EdgeType::kCalled;
  call.source = a.id;
  call.target = b.id;
  call.date = *graph::Date::parse_iso("2023-11-03");
  call.mentions.push_back({"art", "They spoke, \"warmly\".", 0, 10, "en", "spoke"});
  graph::Interaction visit = call;
  visit.type = graph::EdgeType::kVisited;
  visit.target = s.id;
  visit.location = {"Moscow", graph::StateCode::parse("RUS")};
  w.edges = {call, visit};
  return w;
}

}  // namespace parley::test
