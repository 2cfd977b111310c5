#include "ingest/date_expressions.hpp"

#include <algorithm>
#include <optional>

#include "ingest/calendars.hpp"
#include "ingest/normalizer.hpp"

namespace parley::ingest {

namespace {

struct Number {
  std::size_t begin, end;
  int value;
};

std::vector<Number> numbers_in(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Number> out;
  for (std::size_t i = begin; i < end;) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t j = i;
    long v = 0;
    while (j < end && text[j] >= '0' && text[j] <= '9') {
      if (v < 100000) v = v * 10 + (text[j] - '0');
      ++j;
    }
    // Part of a longer token ("3+3", "12:30", "1.5") is no date number.
    const bool glued = (i > begin && (text[i - 1] == '+' || text[i - 1] == ':' || text[i - 1] == '.' || text[i - 1] == '/')) ||
                       (j < end && (text[j] == '+' || text[j] == ':' || text[j] == '/' ||
                                    (text[j] == '.' && j + 1 < end && text[j + 1] >= '0' && text[j + 1] <= '9')));
    if (!glued) out.push_back({i, j, static_cast<int>(v)});
    i = j;
  }
  return out;
}

// The gap text[a, b) holds only spaces and the given filler characters.
bool blank_between(std::string_view text, std::size_t a, std::size_t b, std::string_view fillers = "") {
  if (a > b) return false;
  for (std::size_t i = a; i < b; ++i) {
    if (text[i] != ' ' && fillers.find(text[i]) == std::string_view::npos) return false;
  }
  return true;
}

// Skips "ماه" / "month" style filler words after a month name: up to one short word.
std::size_t skip_filler(std::string_view text, std::size_t pos, std::size_t end) {
  static constexpr std::string_view kFillers[] = {"ماه", "سال", "of", "the"};
  std::size_t p = pos;
  while (p < end && (text[p] == ' ' || text[p] == ',')) ++p;
  for (auto f : kFillers) {
    if (text.substr(p, f.size()) == f && (p + f.size() >= end || text[p + f.size()] == ' ' || text[p + f.size()] == ',')) {
      return p + f.size();
    }
  }
  return pos;
}

// Text between two dates of one list: "and", "و", "to", "تا", a dash or a comma.
bool joins_list(std::string_view gap) {
  std::string g(gap);
  for (std::string_view w : {"and", "و", "to", "تا", "-", ","}) {
    for (auto pos = g.find(w); pos != std::string::npos; pos = g.find(w)) g.replace(pos, w.size(), " ");
  }
  return g.find_first_not_of(' ') == std::string::npos && gap.size() < 16;
}

// The year (in `calendar`) that puts month/day nearest to, and not after, the publication day.
int infer_year(Calendar calendar, int month, int day, const graph::Date& published) {
  auto p = from_gregorian(calendar, published);
  if (!p) return 0;
  const bool after = month > p->month || (month == p->month && day > p->day);
  return after ? p->year - 1 : p->year;
}

// Only spaces, or a link word of the language, between an ordinal day and its month:
// "نهم آبان", "السادس من تشرين الثاني" (the sixth of November).
bool ordinal_joined(std::string_view text, std::size_t a, std::size_t b, const Lexicon& lex) {
  if (blank_between(text, a, b)) return true;
  std::string_view gap = text.substr(a, b - a);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  const auto& n = Normalizer::instance();
  return std::any_of(lex.ordinal_links.begin(), lex.ordinal_links.end(), [&](const std::string& w) { return n.phrase_key(w) == gap; });
}

// The Gregorian year a year of `calendar` mostly falls in (its seventh month starts there).
std::optional<int> gregorian_year_of(Calendar calendar, int year) {
  if (calendar == Calendar::kGregorian) return year;
  if (auto d = to_gregorian(calendar, year, 7, 1)) return d->year();
  return std::nullopt;
}

// The calendar of a four-digit year: Gregorian 1900-2100, else the language's era calendar
// (1300-1500: Solar Hijri 1402 in Persian, Hijri 1445 in Arabic).
std::optional<Calendar> calendar_of_year(int year, const Lexicon& lex) {
  if (year >= 1900 && year <= 2100) return Calendar::kGregorian;
  if (year >= 1300 && year <= 1500 && lex.era_calendar) return *lex.era_calendar;
  return std::nullopt;
}

struct NumericDate {
  std::size_t begin, end;
  graph::Date date;
};

// Dates written in figures: three numbers joined by one separator, '/', '-' or '.', with a
// four-digit year first ("2023/12/19", "1402/08/12") or last ("19/12/2023", "27-7-2022").
// Impossible days ("1402-13-40", "31/2/2023") are no dates.
std::vector<NumericDate> numeric_dates(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex) {
  std::vector<NumericDate> out;
  auto digits = [&](std::size_t i) {
    std::size_t j = i;
    while (j < end && j - i < 5 && text[j] >= '0' && text[j] <= '9') ++j;
    return j;
  };
  auto value = [&](std::size_t a, std::size_t b) { return std::stoi(std::string(text.substr(a, b - a))); };
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] < '0' || text[i] > '9' || (i > begin && ((text[i - 1] >= '0' && text[i - 1] <= '9') || text[i - 1] == '/' || text[i - 1] == '.'))) continue;
    const std::size_t e1 = digits(i);
    if (e1 >= end || (text[e1] != '/' && text[e1] != '-' && text[e1] != '.')) continue;
    const char sep = text[e1];
    const std::size_t e2 = digits(e1 + 1);
    if (e2 == e1 + 1 || e2 >= end || text[e2] != sep) continue;
    const std::size_t e3 = digits(e2 + 1);
    if (e3 == e2 + 1 || (e3 < end && text[e3] >= '0' && text[e3] <= '9')) continue;
    if (e3 < end && (text[e3] == '/' || text[e3] == '.' || text[e3] == '-') && e3 + 1 < end && text[e3 + 1] >= '0' && text[e3 + 1] <= '9') continue;
    const int a = value(i, e1), b = value(e1 + 1, e2), c = value(e2 + 1, e3);
    int year = 0, month = 0, day = 0;
    if (e1 - i == 4 && e3 - (e2 + 1) <= 2) {
      year = a, month = b, day = c;
    } else if (e3 - (e2 + 1) == 4 && e1 - i <= 2) {
      year = c;
      const bool month_first = a <= 12 && (b > 12 || lex.numeric_month_first);
      month = month_first ? a : b;
      day = month_first ? b : a;
    } else {
      continue;
    }
    const auto calendar = calendar_of_year(year, lex);
    if (!calendar || month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (auto date = to_gregorian(*calendar, year, month, day)) out.push_back({i, e3, *date});
    i = e3;
  }
  return out;
}

// Marks dates that bound a period: right after an "until" word, or within a few words after a
// "since" word ("منذ اغتيال ... عام 2005", since the assassination ... in 2005).
void mark_bounds(std::string_view text, const std::vector<TaggedMatch>& matches, std::vector<DateExpression>& dates) {
  for (auto& d : dates) {
    for (const auto& m : matches) {
      if (m.end > d.begin) break;
      const std::string_view gap = text.substr(m.end, d.begin - m.end);
      const bool until = m.entry.tag == Tag::kUntil && blank_between(text, m.end, d.begin, ",");
      const bool since = m.entry.tag == Tag::kSince && gap.find_first_of(",.;:") == std::string_view::npos &&
                         std::count(gap.begin(), gap.end(), ' ') <= 9;
      if (until || since) d.kind = "bound";
    }
  }
}

}  // namespace

std::vector<DateExpression> find_dates(std::string_view text, std::size_t begin, std::size_t end,
                                       const std::vector<TaggedMatch>& matches, const graph::Date& published,
                                       const Lexicon& lex) {
  std::vector<DateExpression> out;
  const auto numbers = numbers_in(text, begin, end);
  std::vector<bool> number_used(numbers.size(), false);
  for (const auto& n : numeric_dates(text, begin, end, lex)) {
    out.push_back({n.begin, n.end, n.date, "numeric"});
    for (std::size_t k = 0; k < numbers.size(); ++k) number_used[k] = number_used[k] || (numbers[k].begin >= n.begin && numbers[k].end <= n.end);
  }
  std::vector<bool> match_used(matches.size(), false);
  const bool have_published = published.precision() == graph::DatePrecision::kDay;

  auto number_ending_at = [&](std::size_t pos) -> std::optional<std::size_t> {
    for (std::size_t k = 0; k < numbers.size(); ++k) {
      if (numbers[k].end <= pos && blank_between(text, numbers[k].end, pos)) return k;
    }
    return std::nullopt;
  };
  auto number_starting_at = [&](std::size_t pos) -> std::optional<std::size_t> {
    for (std::size_t k = 0; k < numbers.size(); ++k) {
      if (numbers[k].begin >= pos && blank_between(text, pos, numbers[k].begin, ".,")) return k;
    }
    return std::nullopt;
  };

  // Month expressions first, converted once their years are known.
  struct Pending {
    Calendar calendar;
    int month, day, year;
    std::size_t begin, end;
  };
  std::vector<Pending> pending;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto& m = matches[i];
    if (m.entry.tag != Tag::kMonth) continue;
    const auto calendar = static_cast<Calendar>(m.entry.sub);
    const int month = m.entry.value;
    std::size_t span_begin = m.begin, span_end = m.end;
    int day = 0;
    // Day before the month: a number ("12 آبان", "3 November") or an ordinal ("اول آبان"); in a
    // list ("نهم و دهم آبان", "9 and 10 November") the first day of the list.
    if (auto k = number_ending_at(m.begin); k && numbers[*k].value >= 1 && numbers[*k].value <= 31) {
      day = numbers[*k].value;
      span_begin = numbers[*k].begin;
      number_used[*k] = true;
    } else if (i > 0 && matches[i - 1].entry.tag == Tag::kOrdinal && ordinal_joined(text, matches[i - 1].end, m.begin, lex)) {
      std::size_t first = i - 1;
      while (first >= 2 && matches[first - 1].entry.tag == Tag::kAnd && matches[first - 2].entry.tag == Tag::kOrdinal) {
        first -= 2;
      }
      day = matches[first].entry.value;
      span_begin = matches[first].begin;
      for (std::size_t j = first; j < i; ++j) match_used[j] = true;
    }
    // Day after the month ("November 3", "Nov. 3").
    std::size_t after = skip_filler(text, m.end, end);
    if (day == 0) {
      if (auto k = number_starting_at(m.end); k && numbers[*k].value >= 1 && numbers[*k].value <= 31 &&
                                              numbers[*k].end - numbers[*k].begin <= 2) {
        day = numbers[*k].value;
        number_used[*k] = true;
        span_end = numbers[*k].end;
        after = skip_filler(text, numbers[*k].end, end);
      }
    }
    // Year after ("12 آبان 1402", "November 3, 2023", "آبان ماه سالجاری").
    int year = 0;
    if (auto k = number_starting_at(after); k && numbers[*k].value > 31 && !number_used[*k]) {
      year = numbers[*k].value;
      number_used[*k] = true;
      span_end = numbers[*k].end;
    } else {
      for (std::size_t j = i + 1; j < matches.size(); ++j) {
        if (matches[j].begin >= after + 12) break;
        if (matches[j].entry.tag == Tag::kThisYear && blank_between(text, std::max(after, span_end), matches[j].begin, ",")) {
          if (auto p = from_gregorian(calendar, published); p && have_published) year = p->year;
          span_end = matches[j].end;
          match_used[j] = true;
          break;
        }
      }
    }
    // A month name alone is often a word ("مهر" is also a news agency, "may" a verb): without a
    // day it is a date only with a year, beside "ماه"/"month", or after "in"/"در".
    if (day == 0 && year == 0) {
      const bool after_location = i > 0 && matches[i - 1].entry.tag == Tag::kLocation && blank_between(text, matches[i - 1].end, m.begin);
      const bool month_word = skip_filler(text, m.end, end) != m.end || text.substr(0, m.begin).ends_with("ماه ") ||
                              text.substr(0, m.begin).ends_with("month of ");
      if (!after_location && !month_word) continue;
    }
    match_used[i] = true;
    pending.push_back({calendar, month, day, year, span_begin, span_end});
  }

  // A list of dates shares its year: "۳۰ آذر و اول دی ماه ۱۳۹۳", "30 November and 1 December 2014".
  for (std::size_t k = pending.size(); k-- > 1;) {
    Pending& a = pending[k - 1];
    const Pending& b = pending[k];
    if (a.year == 0 && b.year > 0 && a.calendar == b.calendar && joins_list(text.substr(a.end, b.begin - a.end))) {
      a.year = b.year;
    }
  }

  for (const Pending& p : pending) {
    int year = p.year;
    std::optional<graph::Date> date;
    if (p.day > 0) {
      if (year == 0 && have_published) year = infer_year(p.calendar, p.month, p.day, published);
      if (year > 0) date = to_gregorian(p.calendar, year, p.month, p.day);
    } else if (p.calendar == Calendar::kGregorian) {
      if (year == 0 && have_published) year = infer_year(p.calendar, p.month, 1, published);
      if (year > 0) date = graph::Date::month(year, p.month);
    } else if (have_published || year > 0) {
      // A Jalali or Hijri month without a day spans two Gregorian months: keep the one it starts in.
      if (year == 0) year = infer_year(p.calendar, p.month, 1, published);
      if (auto first = to_gregorian(p.calendar, year, p.month, 1)) date = graph::Date::month(first->year(), first->month());
    }
    if (date) out.push_back({p.begin, p.end, *date, p.day > 0 ? "calendar" : "month"});
  }

  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto& m = matches[i];
    if (match_used[i]) continue;
    // plus_days is unknown past the calendar's ends ("yesterday" of 0001-01-01): no date then.
    if (m.entry.tag == Tag::kRelativeDay && have_published) {
      if (const auto d = published.plus_days(m.entry.value); d.known()) out.push_back({m.begin, m.end, d, "relative"});
    } else if (m.entry.tag == Tag::kWeekday && have_published) {
      // A weekday next to an explicit date only confirms it ("جمعه ۱۲ آبان").
      const bool part_of_date = std::any_of(out.begin(), out.end(), [&](const DateExpression& d) {
        const std::size_t gap = d.begin >= m.end ? d.begin - m.end : (m.begin >= d.end ? m.begin - d.end : 0);
        return d.kind == "calendar" && gap <= 3;
      });
      if (part_of_date) continue;
      const int back = (*published.weekday() - m.entry.value + 7) % 7;
      if (const auto d = published.plus_days(-back); d.known()) out.push_back({m.begin, m.end, d, "weekday"});
    }
  }

  for (std::size_t k = 0; k < numbers.size(); ++k) {
    if (number_used[k] || numbers[k].end - numbers[k].begin != 4) continue;
    const int v = numbers[k].value;
    if (v < 1950 && v > 1500) continue;  // a number rather than a year of this archive
    const auto calendar = calendar_of_year(v, lex);
    if (const auto year = calendar ? gregorian_year_of(*calendar, v) : std::nullopt) {
      out.push_back({numbers[k].begin, numbers[k].end, *graph::Date::year(*year), "year"});
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  mark_bounds(text, matches, out);
  return out;
}

}  // namespace parley::ingest
