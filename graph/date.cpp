#include "graph/date.hpp"

#include <charconv>

namespace parley::graph {

std::string_view to_string(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kUnknown: return "unknown";
  }
  return "unknown";
}

std::optional<DatePrecision> parse_date_precision(std::string_view s) {
  if (s == "day") return DatePrecision::kDay;
  if (s == "month") return DatePrecision::kMonth;
  if (s == "year") return DatePrecision::kYear;
  if (s == "unknown") return DatePrecision::kUnknown;
  return std::nullopt;
}

namespace {
bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Parses exactly `width` ASCII digits.
std::optional<int> parse_fixed(std::string_view s, std::size_t width) {
  if (s.size() != width) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}
}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool is_valid_ymd(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Date Date::from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d), DatePrecision::kDay);
}

std::optional<Date> Date::day(int y, int m, int d) {
  if (!is_valid_ymd(y, m, d)) return std::nullopt;
  return Date(y, m, d, DatePrecision::kDay);
}

std::optional<Date> Date::month(int y, int m) {
  if (!is_valid_ymd(y, m, 1)) return std::nullopt;
  return Date(y, m, 0, DatePrecision::kMonth);
}

std::optional<Date> Date::year(int y) {
  if (!is_valid_ymd(y, 1, 1)) return std::nullopt;
  return Date(y, 0, 0, DatePrecision::kYear);
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  auto y = parse_fixed(text.substr(0, 4), 4);
  if (!y) return std::nullopt;
  if (text.size() == 4) return year(*y);
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto m = parse_fixed(text.substr(5, 2), 2);
  if (!m) return std::nullopt;
  if (text.size() == 7) return month(*y, *m);
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  auto d = parse_fixed(text.substr(8, 2), 2);
  if (!d) return std::nullopt;
  return day(*y, *m, *d);
}

namespace {

// Appends `value` zero-padded to `width` digits, as "%0*d" would (wider when it needs more), without
// printf's format parsing: ingest formats several dates per interaction for keys and records.
void append_padded(std::string& out, int value, int width) {
  if (value < 0) {
    out += '-';
    value = -value;
  }
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (int i = n; i < width; ++i) out += '0';
  while (n > 0) out += digits[--n];
}

std::string year_month_day(int year, int month, int day) {
  std::string out;
  out.reserve(10);
  append_padded(out, year, 4);
  out += '-';
  append_padded(out, month, 2);
  out += '-';
  append_padded(out, day, 2);
  return out;
}

}  // namespace

std::string Date::iso() const {
  switch (precision_) {
    case DatePrecision::kDay: return year_month_day(year_, month_, day_);
    case DatePrecision::kMonth: {
      std::string out;
      append_padded(out, year_, 4);
      out += '-';
      append_padded(out, month_, 2);
      return out;
    }
    case DatePrecision::kYear: {
      std::string out;
      append_padded(out, year_, 4);
      return out;
    }
    case DatePrecision::kUnknown: return "";
  }
  return "";
}

std::string Date::sort_key() const { return year_month_day(year_, month_, day_); }

std::optional<std::int64_t> Date::first_day() const {
  switch (precision_) {
    case DatePrecision::kDay: return days_from_civil(year_, month_, day_);
    case DatePrecision::kMonth: return days_from_civil(year_, month_, 1);
    case DatePrecision::kYear: return days_from_civil(year_, 1, 1);
    case DatePrecision::kUnknown: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::int64_t> Date::last_day() const {
  switch (precision_) {
    case DatePrecision::kDay: return days_from_civil(year_, month_, day_);
    case DatePrecision::kMonth: return days_from_civil(year_, month_, days_in_month(year_, month_));
    case DatePrecision::kYear: return days_from_civil(year_, 12, 31);
    case DatePrecision::kUnknown: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<int> Date::weekday() const {
  if (precision_ != DatePrecision::kDay) return std::nullopt;
  const std::int64_t z = days_from_civil(year_, month_, day_);
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((z % 7) + 7 + 4) % 7);
}

Date Date::plus_days(std::int64_t days) const {
  if (precision_ != DatePrecision::kDay) return *this;
  // "yesterday" in an article published 0001-01-01 would be year 0, which no key can hold.
  constexpr std::int64_t kSpan = 3'700'000;  // more days than years 1..9999 have: no overflow below
  if (days < -kSpan || days > kSpan) return unknown();
  const Date d = from_days(days_from_civil(year_, month_, day_) + days);
  return is_valid_ymd(d.year_, d.month_, d.day_) ? d : unknown();
}

std::strong_ordering operator<=>(const Date& a, const Date& b) {
  if (auto c = a.year_ <=> b.year_; c != 0) return c;
  if (auto c = a.month_ <=> b.month_; c != 0) return c;
  if (auto c = a.day_ <=> b.day_; c != 0) return c;
  return static_cast<int>(a.precision_) <=> static_cast<int>(b.precision_);
}

bool DateWindow::contains(const Date& d) const {
  if (unbounded()) return true;
  if (!d.known()) return false;
  if (from && *d.last_day() < *from->first_day()) return false;
  if (to && *d.first_day() > *to->last_day()) return false;
  return true;
}

}  // namespace parley::graph
