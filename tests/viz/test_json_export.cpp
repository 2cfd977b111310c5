#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "viz/json_export.hpp"

using namespace parley;

namespace {
query::GraphWindow sample() {
  query::GraphWindow w;
  graph::Actor a;
  a.id = graph::ActorId("person:a");
  a.label = "A";
  a.state = graph::StateCode::parse("IRN");
  a.names = {{"en", {"A", "A2"}}, {"fa", {"الف"}}};
  a.roles.push_back({graph::Role::kForeignMinister, graph::StateCode::parse("IRN"), graph::Date::parse_iso("2021-08-25"), std::nullopt});
  graph::Actor s;
  s.id = graph::ActorId("state:RUS");
  s.kind = graph::ActorKind::kState;
  s.label = "Russia";
  s.state = graph::StateCode::parse("RUS");
  w.nodes = {a, s};
  graph::Interaction v;
  v.type = graph::EdgeType::kVisited;
  v.source = a.id;
  v.target = s.id;
  v.date = *graph::Date::parse_iso("2023-11");
  v.location = {"Moscow", graph::StateCode::parse("RUS")};
  v.mentions.push_back({"art", "A went to Moscow.", 5, 22, "en", "went to"});
  w.edges = {v};
  return w;
}
}  // namespace

TEST_CASE("the JSON export follows the contract's shape") {
  std::ostringstream out;
  viz::write_graph_json(sample(), {}, out);
  const auto j = nlohmann::json::parse(out.str());
  REQUIRE(j["schema"] == "parley.graph/1");
  REQUIRE(j["nodes"].size() == 2);
  const auto& person = j["nodes"][0];
  REQUIRE(person["kind"] == "official");
  REQUIRE(person["state"] == "IRN");
  REQUIRE(person["names"]["en"] == "A");
  REQUIRE(person["aliases"] == nlohmann::json::array({"A2"}));
  REQUIRE(person["roles"][0]["from"] == "2021-08-25");
  REQUIRE(person["roles"][0]["to"].is_null());
  REQUIRE(j["nodes"][1]["code"] == "RUS");
  const auto& e = j["edges"][0];
  REQUIRE(e["type"] == "visited");
  REQUIRE(e["date"] == "2023-11");
  REQUIRE(e["date_precision"] == "month");
  REQUIRE(e["location"] == "Moscow");
  REQUIRE(e["mentions"][0]["start"] == 5);
  REQUIRE(e["mentions"][0]["text"] == "A went to Moscow.");
}

TEST_CASE("the same window exports to the same bytes") {
  std::ostringstream a, b;
  viz::write_graph_json(sample(), {}, a);
  viz::write_graph_json(sample(), {}, b);
  REQUIRE(a.str() == b.str());
}
