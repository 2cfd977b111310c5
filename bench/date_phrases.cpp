#include "bench/date_phrases.hpp"

#include <array>
#include <optional>
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

// Russian: the genitive of the month after a day ("5 ноября"), the accusative of the weekday
// after в/во ("во вторник").
constexpr std::array<std::string_view, 12> kRussianMonths = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                                             "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr std::array<std::string_view, 7> kRussianWeekdays = {"в воскресенье", "в понедельник", "во вторник", "в среду",
                                                              "в четверг",     "в пятницу",     "в субботу"};
// Arabic: the months as Egypt and the Gulf name them, and as the Levant and Iraq do.
constexpr std::array<std::string_view, 12> kArabicMonths = {"يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
                                                            "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr std::array<std::string_view, 12> kLevantineMonths = {"كانون الثاني", "شباط", "آذار",  "نيسان",       "أيار",         "حزيران",
                                                               "تموز",         "آب",   "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
constexpr std::array<std::string_view, 7> kArabicWeekdays = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

// Relative forms are what a wire writes for recent days; older days get the calendar date. The
// phrases for `back` days ago (`by_back[back]`, for the last few days) and the weekday's (the last
// six days), one of them 45% of the time when there are any; nullopt for a calendar date.
std::optional<std::string> relative(Random& rng, std::int64_t back, std::initializer_list<std::initializer_list<std::string_view>> by_back,
                                    std::string_view weekday) {
  std::vector<std::string> forms;
  if (back < static_cast<std::int64_t>(by_back.size())) {
    for (auto f : *(by_back.begin() + back)) forms.emplace_back(f);
  }
  if (back <= 6) forms.emplace_back(weekday);
  if (!forms.empty() && rng.chance(0.45)) return rng.pick(forms);
  return std::nullopt;
}

std::string english(Random& rng, const graph::Date& event, std::int64_t back) {
  const std::string weekday = cat({"on ", kEnglishWeekdays[static_cast<std::size_t>(*event.weekday())]});
  if (auto r = relative(rng, back, {{"today"}, {"yesterday"}}, weekday)) return *r;
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
  const std::string_view weekday = kPersianWeekdays[static_cast<std::size_t>(*event.weekday())];
  if (auto r = relative(rng, back, {{"امروز", "صبح امروز"}, {"دیروز", "روز گذشته", "عصر دیروز"}}, cat({"روز ", weekday}))) return *r;

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

std::string russian(Random& rng, const graph::Date& event, std::int64_t back) {
  const std::string_view weekday = kRussianWeekdays[static_cast<std::size_t>(*event.weekday())];
  if (auto r = relative(rng, back, {{"сегодня", "сегодня утром"}, {"вчера", "накануне", "вчера вечером"}, {"позавчера"}}, weekday)) return *r;
  const std::string day = std::to_string(event.day());
  const std::string_view month = kRussianMonths[static_cast<std::size_t>(event.month() - 1)];
  const std::string year = std::to_string(event.year());
  switch (rng.below(3)) {
    case 0: return cat({day, " ", month});
    case 1: return cat({day, " ", month, " ", year, " года"});
    default: return cat({weekday, ", ", day, " ", month, ","});
  }
}

std::string arabic(Random& rng, const graph::Date& event, std::int64_t back) {
  const std::string_view weekday = kArabicWeekdays[static_cast<std::size_t>(*event.weekday())];
  if (auto r = relative(rng, back, {{"اليوم", "صباح اليوم"}, {"أمس", "يوم أمس", "مساء أمس"}, {"أول أمس"}}, cat({"يوم ", weekday}))) return *r;
  std::string day = std::to_string(event.day());
  std::string year = std::to_string(event.year());
  if (rng.chance(0.3)) {
    day = arabic_digits(day);
    year = arabic_digits(year);
  }
  const auto m = static_cast<std::size_t>(event.month() - 1);
  const std::string_view month = rng.chance(0.75) ? kArabicMonths[m] : kLevantineMonths[m];
  switch (rng.below(3)) {
    case 0: return cat({"في ", day, " ", month});
    case 1: return cat({"في ", day, " ", month, " ", year});
    default: return cat({"يوم ", weekday, " ", day, " ", month});
  }
}

std::string with_digits(std::string_view text, const std::array<std::string_view, 10>& digits) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      out += digits[static_cast<std::size_t>(c - '0')];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string arabic_digits(std::string_view text) {
  static constexpr std::array<std::string_view, 10> kDigits = {"٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};
  return with_digits(text, kDigits);
}

std::string persian_digits(std::string_view text) {
  static constexpr std::array<std::string_view, 10> kDigits = {"۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"};
  return with_digits(text, kDigits);
}

std::string number_text(Random& rng, std::string_view lang, long value) {
  const std::string ascii = std::to_string(value);
  if (lang == "ar") return rng.chance(0.3) ? arabic_digits(ascii) : ascii;
  return lang == "fa" && rng.chance(0.85) ? persian_digits(ascii) : ascii;
}

std::string date_phrase(Random& rng, std::string_view lang, std::int64_t event_day, std::int64_t published_day) {
  const graph::Date event = graph::Date::from_days(event_day);
  const std::int64_t back = published_day - event_day;
  if (lang == "ar") return arabic(rng, event, back);
  if (lang == "ru") return russian(rng, event, back);
  return lang == "fa" ? persian(rng, event, back) : english(rng, event, back);
}

}  // namespace parley::bench
