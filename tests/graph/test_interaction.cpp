#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "graph/interaction.hpp"

using namespace parley::graph;

namespace {
Interaction call(const std::string& a, const std::string& b, const std::string& date, const std::string& article) {
  Interaction i;
  i.type = EdgeType::kCalled;
  i.source = ActorId(a);
  i.target = ActorId(b);
  i.date = *Date::parse_iso(date);
  i.mentions.push_back({article, "sentence", 10, 20, "fa", "trigger"});
  return i;
}
}  // namespace

TEST_CASE("the same call reported either way round has one id") {
  REQUIRE(call("person:a", "person:b", "2023-11-03", "x").id() == call("person:b", "person:a", "2023-11-03", "y").id());
}

TEST_CASE("type, date and actors each change the id") {
  const auto base = call("person:a", "person:b", "2023-11-03", "x").id();
  REQUIRE(base != call("person:a", "person:b", "2023-11-04", "x").id());
  REQUIRE(base != call("person:a", "person:c", "2023-11-03", "x").id());
  auto met = call("person:a", "person:b", "2023-11-03", "x");
  met.type = EdgeType::kMet;
  REQUIRE(base != met.id());
}

TEST_CASE("a visit is directed: official to state differs from the reverse") {
  Interaction v;
  v.type = EdgeType::kVisited;
  v.source = ActorId("person:a");
  v.target = ActorId("state:IRN");
  Interaction r = v;
  std::swap(r.source, r.target);
  REQUIRE(v.id() != r.id());
}

TEST_CASE("absorbing another report adds its mentions once, in order") {
  auto a = call("person:a", "person:b", "2023-11-03", "z-article");
  const auto b = call("person:b", "person:a", "2023-11-03", "a-article");
  a.absorb(b);
  a.absorb(b);
  REQUIRE(a.mentions.size() == 2);
  REQUIRE(a.mentions[0].article == "a-article");
}

TEST_CASE("an interaction survives its JSON conversion") {
  auto i = call("person:a", "person:b", "2023-11", "x");
  i.location = {"Tehran", StateCode::parse("IRN")};
  i.confidence = 0.7;
  const nlohmann::json j = i;
  REQUIRE(j.get<Interaction>() == i);
  Interaction unknown = i;
  unknown.date = Date::unknown();
  REQUIRE(nlohmann::json(unknown).get<Interaction>().date == Date::unknown());
}
