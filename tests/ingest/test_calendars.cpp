#include <catch2/catch.hpp>

#include "ingest/calendars.hpp"

using namespace parley::ingest;

TEST_CASE("Solar Hijri dates convert to Gregorian through ICU") {
  REQUIRE(to_gregorian(Calendar::kJalali, 1402, 8, 12)->iso() == "2023-11-03");
  REQUIRE(to_gregorian(Calendar::kJalali, 1402, 7, 18)->iso() == "2023-10-10");
  REQUIRE(to_gregorian(Calendar::kJalali, 1402, 8, 1)->iso() == "2023-10-23");
  REQUIRE(to_gregorian(Calendar::kJalali, 1403, 1, 1)->iso() == "2024-03-20");
  REQUIRE(to_gregorian(Calendar::kJalali, 1399, 12, 30)->iso() == "2021-03-20");  // a leap Esfand
}

TEST_CASE("days a Solar Hijri month does not have are refused") {
  REQUIRE_FALSE(to_gregorian(Calendar::kJalali, 1402, 12, 30));  // 1402 is not a leap year
  REQUIRE_FALSE(to_gregorian(Calendar::kJalali, 1402, 7, 31));    // Mehr has 30 days
  REQUIRE_FALSE(to_gregorian(Calendar::kJalali, 1402, 13, 1));
}

TEST_CASE("Hijri (Umm al-Qura) dates convert to Gregorian") {
  REQUIRE(to_gregorian(Calendar::kHijri, 1445, 9, 1)->iso() == "2024-03-11");   // 1 Ramadan 1445
  REQUIRE(to_gregorian(Calendar::kHijri, 1444, 10, 1)->iso() == "2023-04-21");  // Eid al-Fitr 1444
}

TEST_CASE("Gregorian dates convert back to Solar Hijri and Hijri") {
  const auto d = *parley::graph::Date::day(2023, 11, 3);
  const auto j = from_gregorian(Calendar::kJalali, d);
  REQUIRE(j->year == 1402);
  REQUIRE(j->month == 8);
  REQUIRE(j->day == 12);
  const auto h = from_gregorian(Calendar::kHijri, *parley::graph::Date::day(2024, 3, 11));
  REQUIRE(h->year == 1445);
  REQUIRE(h->month == 9);
  REQUIRE(h->day == 1);
}

TEST_CASE("calendar dates that land outside Gregorian years 1..9999 are refused, not stored as year 10620") {
  REQUIRE_FALSE(to_gregorian(Calendar::kJalali, 99999, 7, 1));
  REQUIRE_FALSE(to_gregorian(Calendar::kJalali, 9999, 7, 1));  // Gregorian 10620
  REQUIRE_FALSE(to_gregorian(Calendar::kHijri, 0, 1, 1));
  REQUIRE_FALSE(to_gregorian(Calendar::kJalali, 1402, 7, 40));
  REQUIRE_FALSE(to_gregorian(Calendar::kGregorian, 2023, 2, 30));
}
