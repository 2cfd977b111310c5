#include <catch2/catch.hpp>

#include "graph/errors.hpp"
#include "ingest/kb.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {
std::string holder(graph::Role role, const char* state, const char* date) {
  const auto kb = KnowledgeBase::builtin();
  const auto h = kb->holders(role, *graph::StateCode::parse(state), *graph::Date::parse_iso(date));
  return h.size() == 1 ? h[0]->actor.label : std::to_string(h.size()) + " holders";
}
}  // namespace

TEST_CASE("the built-in knowledge base has every UN member state with names in four languages") {
  const auto kb = KnowledgeBase::builtin();
  REQUIRE(kb->states().size() >= 195);
  const auto* iran = kb->state(*graph::StateCode::parse("IRN"));
  REQUIRE(iran != nullptr);
  for (const char* lang : {"en", "fa", "ar", "ru"}) REQUIRE_FALSE(iran->names.at(lang).empty());
  // CLDR supplies the short names, the knowledge base the long forms.
  const auto& fa = iran->names.at("fa");
  REQUIRE(std::find(fa.begin(), fa.end(), "ایران") != fa.end());
  REQUIRE(std::find(fa.begin(), fa.end(), "جمهوری اسلامی ایران") != fa.end());
  REQUIRE_FALSE(iran->cities.empty());
  REQUIRE(iran->cities[0].capital);
}

TEST_CASE("well-known foreign ministers hold office on the right dates") {
  using graph::Role;
  CHECK(holder(Role::kForeignMinister, "IRN", "2023-11-03") == "Hossein Amir-Abdollahian");
  CHECK(holder(Role::kForeignMinister, "IRN", "2016-01-01") == "Mohammad Javad Zarif");
  CHECK(holder(Role::kForeignMinister, "RUS", "2023-11-03") == "Sergey Lavrov");
  CHECK(holder(Role::kForeignMinister, "QAT", "2023-11-03") == "Mohammed bin Abdulrahman bin Jassim Al Thani");
  CHECK(holder(Role::kForeignMinister, "SYR", "2023-11-03") == "Faisal Mekdad");
  CHECK(holder(Role::kForeignMinister, "USA", "2023-06-18") == "Antony Blinken");
  CHECK(holder(Role::kForeignMinister, "CHN", "2023-06-18") == "Qin Gang");
  CHECK(holder(Role::kForeignMinister, "CHN", "2023-09-18") == "Wang Yi");
  CHECK(holder(Role::kHeadOfState, "RUS", "2010-01-01") == "Dmitry Medvedev");
  CHECK(holder(Role::kHeadOfState, "USA", "2015-06-01") == "Barack Obama");
}

TEST_CASE("a malformed knowledge-base document is refused with its name") {
  KnowledgeBase kb;
  REQUIRE_THROWS_WITH(kb.add_document("{\"officials\": [{\"label\": 3}]}", "mine.json", graph::ActorSource::kUser),
                      Catch::Contains("mine.json"));
  REQUIRE_THROWS_AS(kb.add_document("{not json", "mine.json", graph::ActorSource::kUser), DataFileError);
  REQUIRE_THROWS_WITH(kb.add_document(R"({"officials": [{"label": "X", "state": "IRN", "roles": [{"role": "foreign_minister", "from": "2023-02-30"}]}]})",
                                      "dates.json", graph::ActorSource::kUser),
                      Catch::Contains("2023-02-30"));
}

TEST_CASE("a second entry with a known id adds offices and names, and removes none") {
  KnowledgeBase kb;
  kb.add_document(R"({"officials": [{"id": "person:x", "label": "X", "state": "OMN", "names": {"en": ["X Y"]},
                      "roles": [{"role": "foreign_minister", "state": "OMN", "from": "2001-01-01", "to": "2005-01-01"}]}]})",
                  "a.json", graph::ActorSource::kKb);
  kb.add_document(R"({"officials": [{"id": "person:x", "label": "X", "state": "OMN", "names": {"en": ["Xavier Y"]},
                      "roles": [{"role": "envoy", "state": "OMN", "from": "2006-01-01", "to": null}]}]})",
                  "b.json", graph::ActorSource::kUser);
  const auto* x = kb.official(graph::ActorId("person:x"));
  REQUIRE(x->actor.roles.size() == 2);
  REQUIRE(x->actor.names.at("en") == std::vector<std::string>{"X Y", "Xavier Y"});
  REQUIRE(x->actor.source == graph::ActorSource::kUser);
}

TEST_CASE("a user file adds officials and corrects built-in ones") {
  KnowledgeBase kb;
  kb.add_document(R"({"officials": [{"label": "Jane Roe", "state": "OMN",
                      "roles": [{"role": "foreign_minister", "state": "OMN", "from": "2030-01-01", "to": null}]}]})",
                  "user.json", graph::ActorSource::kUser);
  const auto h = kb.holders(graph::Role::kForeignMinister, *graph::StateCode::parse("OMN"), *graph::Date::parse_iso("2031-01-01"));
  REQUIRE(h.size() == 1);
  REQUIRE(h[0]->actor.id.str() == "person:jane-roe");
  REQUIRE(h[0]->actor.source == graph::ActorSource::kUser);
}

TEST_CASE("a placeholder for an unidentified office holder has a readable label") {
  const auto kb = KnowledgeBase::builtin();
  const auto a = kb->actor(graph::ActorId("role:foreign_minister@QAT"));
  REQUIRE(a);
  REQUIRE(a->label == "Qatar foreign minister");
  REQUIRE(a->kind == graph::ActorKind::kOfficial);
}

TEST_CASE("spot checks of who held an office on a day") {
  using graph::Role;
  CHECK(holder(Role::kForeignMinister, "IRN", "2019-06-01") == "Mohammad Javad Zarif");
  CHECK(holder(Role::kForeignMinister, "IRN", "2009-06-01") == "Manouchehr Mottaki");
  CHECK(holder(Role::kForeignMinister, "SAU", "2023-11-03") == "Faisal bin Farhan Al Saud");
  CHECK(holder(Role::kForeignMinister, "TUR", "2016-01-01") == "Mevlüt Çavuşoğlu");
  CHECK(holder(Role::kForeignMinister, "CHN", "2010-01-01") == "Yang Jiechi");
  CHECK(holder(Role::kForeignMinister, "USA", "2007-08-01") == "Condoleezza Rice");
  CHECK(holder(Role::kHeadOfGovernment, "GBR", "2012-06-01") == "David Cameron");
  CHECK(holder(Role::kHeadOfGovernment, "DEU", "2010-06-01") == "Angela Merkel");
  CHECK(holder(Role::kHeadOfGovernment, "JPN", "2015-06-01") == "Shinzo Abe");
  CHECK(holder(Role::kHeadOfGovernment, "IND", "2012-06-01") == "Manmohan Singh");
  CHECK(holder(Role::kHeadOfState, "FRA", "2018-06-01") == "Emmanuel Macron");
  CHECK(holder(Role::kHeadOfState, "EGY", "2012-09-01") == "Mohamed Morsi");
  CHECK(holder(Role::kHeadOfState, "IRN", "2015-06-01") == "Hassan Rouhani");
}
