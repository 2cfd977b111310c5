#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "ingest/kb_tools.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {
std::string fixture(const std::string& name) {
  std::ifstream in(std::string(PARLEY_TEST_DATA) + "/" + name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("the built-in knowledge base passes every check") {
  const auto problems = validate_kb(*KnowledgeBase::builtin());
  for (const auto& p : problems) UNSCOPED_INFO(p.to_string());
  CHECK(problems.empty());
}

TEST_CASE("the built-in knowledge base covers the world: every state named in four languages, 100+ states with officials") {
  const auto st = kb_stats(*KnowledgeBase::builtin());
  CHECK(st.states >= 195);
  CHECK(st.states_with_officials >= 100);
  CHECK(st.officials >= 1500);
  for (const char* lang : {"en", "fa", "ar", "ru"}) CHECK(st.states_named_in.at(lang) == st.states + st.organizations);
}

TEST_CASE("overlapping terms of one single-holder office are found; a shared changeover day is not") {
  const auto overlap = validate_kb_file(R"({"states": [{"code": "ATL", "label": "Atlantis", "names": {"en": "Atlantis", "fa": "آتلانتیس", "ar": "أتلانتس", "ru": "Атлантида"}}],
      "officials": [
      {"id": "person:a", "label": "A", "state": "ATL", "roles": [{"role": "foreign_minister", "state": "ATL", "from": "2031-01-01", "to": "2031-06-30"}]},
      {"id": "person:b", "label": "B", "state": "ATL", "roles": [{"role": "foreign_minister", "state": "ATL", "from": "2031-03-01", "to": null}]}]})",
                                        "mine.json");
  REQUIRE(overlap.size() == 1);
  CHECK_THAT(overlap[0].message, Catch::Contains("overlaps"));
  const auto changeover = validate_kb_file(R"({"states": [{"code": "ATL", "label": "Atlantis", "names": {"en": "Atlantis", "fa": "آتلانتیس", "ar": "أتلانتس", "ru": "Атлантида"}}],
      "officials": [
      {"id": "person:a", "label": "A", "state": "ATL", "roles": [{"role": "foreign_minister", "state": "ATL", "from": "2031-01-01", "to": "2031-03-01"}]},
      {"id": "person:b", "label": "B", "state": "ATL", "roles": [{"role": "foreign_minister", "state": "ATL", "from": "2031-03-01", "to": null}]}]})",
                                           "mine.json");
  CHECK(changeover.empty());
}

TEST_CASE("a user file with errors is described, not loaded") {
  CHECK_THAT(validate_kb_file("{nope", "bad.json").at(0).message, Catch::Contains("not valid JSON"));
  CHECK_THAT(validate_kb_file(R"({"things": []})", "bad.json").at(0).message, Catch::Contains("officials"));
  const auto dup = validate_kb_file(R"({"officials": [
      {"id": "person:a", "label": "A", "state": "OMN", "roles": [{"role": "envoy", "state": "OMN"}]},
      {"id": "person:a", "label": "A", "state": "OMN", "roles": [{"role": "envoy", "state": "OMN"}]}]})",
                                    "dup.json");
  CHECK_THAT(dup.at(0).message, Catch::Contains("appears twice"));
  const auto unknown = validate_kb_file(R"({"officials": [{"id": "person:z", "label": "Z", "state": "ZZZ", "roles": [{"role": "envoy", "state": "ZZZ"}]}]})",
                                        "z.json");
  CHECK_THAT(unknown.at(0).message, Catch::Contains("unknown state"));
}

TEST_CASE("officials are found by any name in any language") {
  const auto kb = KnowledgeBase::builtin();
  CHECK(find_officials(*kb, "Lavrov").at(0)->actor.id.str() == "person:sergey-lavrov");
  CHECK(find_officials(*kb, "سرگئی لاوروف").at(0)->actor.id.str() == "person:sergey-lavrov");
  CHECK(find_officials(*kb, "Сергей Лавров").at(0)->actor.id.str() == "person:sergey-lavrov");
  CHECK(find_states(*kb, "روسیه").at(0)->code.str() == "RUS");
  CHECK(find_officials(*kb, "No Such Person Anywhere").empty());
}

TEST_CASE("positions map to offices by their English label") {
  CHECK(role_of_position("Minister of Foreign Affairs of Russia") == graph::Role::kForeignMinister);
  CHECK(role_of_position("United States Secretary of State") == graph::Role::kForeignMinister);
  CHECK(role_of_position("Deputy Minister of Foreign Affairs") == graph::Role::kDeputyForeignMinister);
  CHECK(role_of_position("Prime Minister of Japan") == graph::Role::kHeadOfGovernment);
  CHECK(role_of_position("President of Iran") == graph::Role::kHeadOfState);
  CHECK(role_of_position("Minister of Defence") == graph::Role::kMinister);
}

TEST_CASE("Wikidata results become officials with their offices, names and ids") {
  const auto actors = import_wikidata(fixture("wikidata_sample.json"), "sample.json");
  REQUIRE(actors.size() == 2);
  const auto& corvin = actors[0];
  CHECK(corvin.id.str() == "person:corvin-maelstrand");
  CHECK(corvin.wikidata == std::optional<std::string>("Q990001"));
  CHECK(corvin.source == graph::ActorSource::kUser);
  REQUIRE(corvin.roles.size() == 2);
  CHECK(corvin.roles[0].role == graph::Role::kForeignMinister);
  CHECK(corvin.roles[0].from->iso() == "2029-01-15");
  CHECK_FALSE(corvin.roles[0].to);
  CHECK(corvin.roles[1].role == graph::Role::kAmbassador);
  CHECK(corvin.names.at("fa").at(0) == "کوروین میلستراند");
  CHECK(actors[1].roles.at(0).role == graph::Role::kHeadOfGovernment);
  CHECK_THROWS_WITH(import_wikidata(R"({"results": {"bindings": [{"person": {"value": "x"}}]}})", "w.json"), Catch::Contains("w.json"));
  CHECK_THROWS_WITH(import_wikidata("[]", "w.json"), Catch::Contains("results.bindings"));
}
