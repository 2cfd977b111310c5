#include <catch2/catch.hpp>

#include "graph/date.hpp"

using parley::graph::Date;
using parley::graph::DatePrecision;
using parley::graph::DateWindow;

TEST_CASE("ISO dates parse at day, month and year precision") {
  REQUIRE(Date::parse_iso("2023-11-03")->precision() == DatePrecision::kDay);
  REQUIRE(Date::parse_iso("2023-11")->precision() == DatePrecision::kMonth);
  REQUIRE(Date::parse_iso("2023")->precision() == DatePrecision::kYear);
  REQUIRE(Date::parse_iso("2023-11-03")->iso() == "2023-11-03");
  REQUIRE(Date::parse_iso("2023-11")->iso() == "2023-11");
}

TEST_CASE("dates print zero-padded at every precision, and sort keys are the full ten characters") {
  CHECK(Date::day(5, 3, 7)->iso() == "0005-03-07");
  CHECK(Date::month(987, 1)->iso() == "0987-01");
  CHECK(Date::year(42)->iso() == "0042");
  CHECK(Date::day(9999, 12, 31)->iso() == "9999-12-31");
  CHECK(Date::unknown().iso().empty());
  CHECK(Date::unknown().sort_key() == "0000-00-00");
  CHECK(Date::day(2023, 11, 3)->sort_key() == "2023-11-03");
  CHECK(Date::month(2023, 11)->sort_key().size() == 10);
  CHECK(Date::year(2023)->sort_key().substr(0, 5) == "2023-");
}

TEST_CASE("impossible or malformed dates are refused") {
  REQUIRE_FALSE(Date::parse_iso("2023-02-29"));
  REQUIRE(Date::parse_iso("2024-02-29"));
  REQUIRE_FALSE(Date::parse_iso("1900-02-29"));
  REQUIRE_FALSE(Date::parse_iso("2023-13-01"));
  REQUIRE_FALSE(Date::parse_iso("2023-04-31"));
  REQUIRE_FALSE(Date::parse_iso("2023-1-3"));
  REQUIRE_FALSE(Date::parse_iso("03/11/2023"));
  REQUIRE_FALSE(Date::parse_iso(""));
  REQUIRE_FALSE(Date::parse_iso("2023-11-03x"));
}

TEST_CASE("sort keys order dates bytewise, unknown first, coarse before the days they hold") {
  const auto unknown = Date::unknown().sort_key();
  const auto year = Date::year(2023)->sort_key();
  const auto month = Date::month(2023, 11)->sort_key();
  const auto day = Date::day(2023, 11, 3)->sort_key();
  REQUIRE(unknown < year);
  REQUIRE(year < month);
  REQUIRE(month < day);
  REQUIRE(day < Date::day(2023, 12, 1)->sort_key());
}

TEST_CASE("day arithmetic crosses months, years and leap days") {
  REQUIRE(Date::day(2023, 11, 3)->plus_days(-3).iso() == "2023-10-31");
  REQUIRE(Date::day(2024, 2, 28)->plus_days(1).iso() == "2024-02-29");
  REQUIRE(Date::day(2023, 12, 31)->plus_days(1).iso() == "2024-01-01");
  REQUIRE(Date::from_days(0).iso() == "1970-01-01");
}

TEST_CASE("weekdays are computed for day-precision dates") {
  REQUIRE(Date::day(2023, 11, 3)->weekday() == 5);  // a Friday
  REQUIRE(Date::day(2023, 11, 1)->weekday() == 3);  // a Wednesday
  REQUIRE_FALSE(Date::month(2023, 11)->weekday());
}

TEST_CASE("a window holds a coarse date when any of its days falls inside") {
  DateWindow w{Date::day(2023, 11, 1), Date::day(2023, 11, 30)};
  REQUIRE(w.contains(*Date::day(2023, 11, 3)));
  REQUIRE_FALSE(w.contains(*Date::day(2023, 10, 31)));
  REQUIRE(w.contains(*Date::month(2023, 11)));
  REQUIRE(w.contains(*Date::year(2023)));
  REQUIRE_FALSE(w.contains(*Date::year(2022)));
  REQUIRE_FALSE(w.contains(Date::unknown()));
  REQUIRE(DateWindow{}.contains(Date::unknown()));
}

TEST_CASE("day arithmetic past year 9999 or before year 1 gives an unknown date, never year 0") {
  REQUIRE_FALSE(Date::day(1, 1, 1)->plus_days(-1).known());
  REQUIRE_FALSE(Date::day(9999, 12, 31)->plus_days(1).known());
  REQUIRE_FALSE(Date::day(2023, 1, 1)->plus_days(INT64_MAX).known());
  REQUIRE(Date::day(1, 1, 2)->plus_days(-1).iso() == "0001-01-01");
}
