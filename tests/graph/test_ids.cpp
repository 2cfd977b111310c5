#include <catch2/catch.hpp>

#include "graph/hash.hpp"
#include "graph/ids.hpp"

using namespace parley::graph;

TEST_CASE("person ids are ASCII slugs of the English label") {
  REQUIRE(ActorId::for_person("Sergey Lavrov").str() == "person:sergey-lavrov");
  REQUIRE(ActorId::for_person("Hossein Amir-Abdollahian").str() == "person:hossein-amir-abdollahian");
  REQUIRE(ActorId::for_person("Recep Tayyip Erdoğan").str() == "person:recep-tayyip-erdogan");
  REQUIRE(ActorId::for_person("Aleksandar Vučić").str() == "person:aleksandar-vucic");
  REQUIRE(ActorId::for_person("José Manuel Albares").str() == "person:jose-manuel-albares");
}

TEST_CASE("state codes are 2-6 ASCII letters, upper-cased") {
  REQUIRE(StateCode::parse("irn")->str() == "IRN");
  REQUIRE(StateCode::parse("UN"));
  REQUIRE_FALSE(StateCode::parse("I"));
  REQUIRE_FALSE(StateCode::parse("IR1"));
  REQUIRE_FALSE(StateCode::parse("ایران"));
  REQUIRE(ActorId::for_state(*StateCode::parse("RUS")).str() == "state:RUS");
  REQUIRE(ActorId::for_role("foreign_minister", *StateCode::parse("QAT")).str() == "role:foreign_minister@QAT");
  REQUIRE(ActorId("role:foreign_minister@QAT").scheme() == "role");
}

TEST_CASE("hashes print as zero-padded lower-case hex of XXH3, as stored ids have always been") {
  // Values printed with "%016llx" from xxHash's own XXH3 functions.
  CHECK(hash_hex64("") == "2d06800538d394c2");
  CHECK(hash_hex64("parley") == "209cba81e5c23680");
  CHECK(hash_hex128("parley") == "affcd4d0751ff58a4240af0321e3fe99");
}
