#pragma once
// A calendar date in the proleptic Gregorian calendar with a precision: an interaction may be known
// to the day, only to the month or year, or not at all ("earlier", a pluperfect with no date).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley::graph {

enum class DatePrecision { kDay, kMonth, kYear, kUnknown };

std::string_view to_string(DatePrecision p);
std::optional<DatePrecision> parse_date_precision(std::string_view s);

class Date {
 public:
  // An unknown date.
  Date() = default;

  static Date unknown() { return {}; }
  // Each factory returns nullopt when the fields do not form a real date (month 13, 30 February).
  static std::optional<Date> day(int year, int month, int day);
  static std::optional<Date> month(int year, int month);
  static std::optional<Date> year(int year);
  // The date `days` days after 1970-01-01 (negative: before).
  static Date from_days(std::int64_t days);

  // Parses ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt for anything else or an impossible date.
  static std::optional<Date> parse_iso(std::string_view text);

  DatePrecision precision() const { return precision_; }
  bool known() const { return precision_ != DatePrecision::kUnknown; }
  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  // "YYYY-MM-DD", "YYYY-MM", "YYYY", or "" when unknown.
  std::string iso() const;
  // A fixed-width key that sorts bytewise in date order: "YYYY-MM-DD" with "00" for the parts the
  // precision leaves out; "0000-00-00" for unknown, which sorts first.
  std::string sort_key() const;

  // Days since 1970-01-01 of the first and last day the date can mean. Unknown dates have none.
  std::optional<std::int64_t> first_day() const;
  std::optional<std::int64_t> last_day() const;
  // Day of week, 0 = Sunday .. 6 = Saturday; only for day precision.
  std::optional<int> weekday() const;

  // Adds days to a day-precision date; other precisions are returned unchanged. A result outside
  // years 1..9999 is unknown.
  Date plus_days(std::int64_t days) const;

  friend bool operator==(const Date&, const Date&) = default;
  // Orders by sort_key (unknown first, then by year, month, day).
  friend std::strong_ordering operator<=>(const Date& a, const Date& b);

 private:
  Date(int y, int m, int d, DatePrecision p) : year_(y), month_(m), day_(d), precision_(p) {}
  int year_ = 0;
  int month_ = 0;
  int day_ = 0;
  DatePrecision precision_ = DatePrecision::kUnknown;
};

bool is_valid_ymd(int year, int month, int day);
int days_in_month(int year, int month);
// Days since 1970-01-01 of a valid Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(int year, int month, int day);

// A closed window of dates; either end may be open. A date with less than day precision is in the
// window when any day it may mean is; an unknown date is in an unbounded window only.
struct DateWindow {
  std::optional<Date> from;
  std::optional<Date> to;

  bool unbounded() const { return !from && !to; }
  bool contains(const Date& d) const;
};

}  // namespace parley::graph
