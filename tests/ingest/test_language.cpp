#include <catch2/catch.hpp>

#include "ingest/language.hpp"

using parley::ingest::detect_language;

TEST_CASE("scripts tell English and Russian from the Arabic-script languages") {
  REQUIRE(detect_language("The foreign ministers spoke by phone on Friday.") == "en");
  REQUIRE(detect_language("Министры иностранных дел провели телефонный разговор.") == "ru");
}

TEST_CASE("Persian and Arabic are told apart on short texts") {
  REQUIRE(detect_language("وزیر امور خارجه با همتای روس خود تلفنی گفتگو کرد") == "fa");
  REQUIRE(detect_language("أجرى وزير الخارجية اتصالا هاتفيا مع نظيره الروسي") == "ar");
  REQUIRE(detect_language("استقبل الرئيس في القصر الجمهوري وزير خارجية قطر") == "ar");
  // Persian typed with Arabic ي and ك is still Persian.
  REQUIRE(detect_language("رئيس جمهور در تماس تلفني با همتاي خود گفتگو كرد") == "fa");
}

TEST_CASE("too little text has no language") {
  REQUIRE(detect_language("12 34").empty());
  REQUIRE(detect_language("").empty());
}
