#include "bench/date_phrases.hpp"

#include <array>
#include <stdexcept>
#include <vector>

#include "graph/date.hpp"
#include "ingest/calendars.hpp"

namespace parley::bench {

namespace {

constexpr std::array<std::string_view, 12> kEnglishMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                             "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kEnglishWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                              "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 12> kJalaliMonths = {"فروردین", "اردیبهشت", "خرداد", "تیر",  "مرداد", "شهریور",
                                                            "مهر",     "آبان",     "آذر",   "دی",   "بهمن",  "اسفند"};
// 0 = Sunday, as graph::Date::weekday counts. Written with the zero-width non-joiner, as
// Persian typists do.
constexpr std::array<std::string_view, 7> kPersianWeekdays = {"یکشنبه",     "دوشنبه", "سه‌شنبه", "چهارشنبه",
                                                              "پنج‌شنبه", "جمعه",   "شنبه"};
constexpr std::array<std::string_view, 31> kPersianOrdinals = {
    "اول",        "دوم",        "سوم",        "چهارم",      "پنجم",       "ششم",        "هفتم",      "هشتم",
    "نهم",        "دهم",        "یازدهم",     "دوازدهم",    "سیزدهم",     "چهاردهم",    "پانزدهم",   "شانزدهم",
    "هفدهم",      "هجدهم",      "نوزدهم",     "بیستم",      "بیست و یکم", "بیست و دوم", "بیست و سوم", "بیست و چهارم",
    "بیست و پنجم", "بیست و ششم", "بیست و هفتم", "بیست و هشتم", "بیست و نهم", "سی‌ام",      "سی و یکم"};

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

std::string english(Random& rng, const graph::Date& event, std::int64_t back) {
  std::vector<std::string> forms;
  if (back == 0) forms.emplace_back("today");
  if (back == 1) forms.emplace_back("yesterday");
  if (back <= 6) forms.push_back(cat({"on ", kEnglishWeekdays[static_cast<std::size_t>(*event.weekday())]}));
  // Relative forms are what a wire writes for recent days; older days get the calendar date.
  if (!forms.empty() && rng.chance(0.45)) return rng.pick(forms);
  const std::string day = std::to_string(event.day());
  const std::string_view month = kEnglishMonths[static_cast<std::size_t>(event.month() - 1)];
  const std::string year = std::to_string(event.year());
  switch (rng.below(4)) {
    case 0: return cat({"on ", day, " ", month});
    case 1: return cat({"on ", month, " ", day});
    case 2: return cat({"on ", day, " ", month, " ", year});
    default: return cat({"on ", month, " ", day, ", ", year});
  }
}

std::string persian(Random& rng, const graph::Date& event, std::int64_t back) {
  std::vector<std::string> forms;
  if (back == 0) {
    forms.emplace_back("امروز");
    forms.emplace_back("صبح امروز");
  }
  if (back == 1) {
    forms.emplace_back("دیروز");
    forms.emplace_back("روز گذشته");
    forms.emplace_back("عصر دیروز");
  }
  const std::string_view weekday = kPersianWeekdays[static_cast<std::size_t>(*event.weekday())];
  if (back <= 6) forms.push_back(cat({"روز ", weekday}));
  if (!forms.empty() && rng.chance(0.45)) return rng.pick(forms);

  const auto jalali = ingest::from_gregorian(ingest::Calendar::kJalali, event);
  if (!jalali) throw std::runtime_error("ICU cannot convert " + event.iso() + " to the Solar Hijri calendar");
  std::string day = std::to_string(jalali->day);
  std::string year = std::to_string(jalali->year);
  if (rng.chance(0.85)) {
    day = persian_digits(day);
    year = persian_digits(year);
  }
  const std::string_view month = kJalaliMonths[static_cast<std::size_t>(jalali->month - 1)];
  switch (rng.below(5)) {
    case 0: return cat({day, " ", month});
    case 1: return cat({day, " ", month, " ماه"});
    case 2: return cat({day, " ", month, " ", year});
    case 3: return cat({"روز ", weekday, " ", day, " ", month});
    default: return cat({kPersianOrdinals[static_cast<std::size_t>(jalali->day - 1)], " ", month, " ماه"});
  }
}

}  // namespace

std::string persian_digits(std::string_view text) {
  static constexpr std::array<std::string_view, 10> kDigits = {"۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"};
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      out += kDigits[static_cast<std::size_t>(c - '0')];
    } else {
      out += c;
    }
  }
  return out;
}

std::string number_text(Random& rng, std::string_view lang, long value) {
  const std::string ascii = std::to_string(value);
  return lang == "fa" && rng.chance(0.85) ? persian_digits(ascii) : ascii;
}

std::string date_phrase(Random& rng, std::string_view lang, std::int64_t event_day, std::int64_t published_day) {
  const graph::Date event = graph::Date::from_days(event_day);
  const std::int64_t back = published_day - event_day;
  return lang == "fa" ? persian(rng, event, back) : english(rng, event, back);
}

}  // namespace parley::bench
