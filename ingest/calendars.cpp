#include "ingest/calendars.hpp"

#include <memory>

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace parley::ingest {

namespace {

constexpr double kMsPerDay = 86400000.0;

const char* locale_of(Calendar c) {
  switch (c) {
    case Calendar::kGregorian: return "en@calendar=gregorian";
    case Calendar::kJalali: return "fa_IR@calendar=persian";
    case Calendar::kHijri: return "ar_SA@calendar=islamic-umalqura";
  }
  return "en@calendar=gregorian";
}

std::unique_ptr<icu::Calendar> make_calendar(Calendar c) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale_of(c)), status));
  if (U_FAILURE(status)) return nullptr;
  if (c == Calendar::kGregorian) {
    // Proleptic Gregorian, matching graph::Date (no Julian switch in 1582).
    if (auto* greg = dynamic_cast<icu::GregorianCalendar*>(cal.get())) {
      greg->setGregorianChange(-1e300, status);
    }
  }
  return U_FAILURE(status) ? nullptr : std::move(cal);
}

}  // namespace

std::optional<graph::Date> to_gregorian(Calendar calendar, int year, int month, int day) {
  if (calendar == Calendar::kGregorian) return graph::Date::day(year, month, day);
  // Beyond these years no day falls in Gregorian years 1..9999, the dates parley can store.
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  auto cal = make_calendar(calendar);
  if (!cal) return std::nullopt;
  cal->clear();
  cal->setLenient(false);
  cal->set(UCAL_EXTENDED_YEAR, year);
  cal->set(UCAL_MONTH, month - 1);
  cal->set(UCAL_DATE, day);
  UErrorCode status = U_ZERO_ERROR;
  const UDate ms = cal->getTime(status);  // non-lenient: fails on a day the month does not have
  if (U_FAILURE(status)) return std::nullopt;
  const auto days = static_cast<std::int64_t>(ms / kMsPerDay + (ms < 0 ? -0.5 : 0.5));
  const graph::Date d = graph::Date::from_days(days);
  return graph::Date::day(d.year(), d.month(), d.day());  // nullopt outside years 1..9999
}

std::optional<CalendarDate> from_gregorian(Calendar calendar, const graph::Date& date) {
  if (date.precision() != graph::DatePrecision::kDay) return std::nullopt;
  if (calendar == Calendar::kGregorian) return CalendarDate{date.year(), date.month(), date.day()};
  auto cal = make_calendar(calendar);
  if (!cal) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal->setTime(static_cast<UDate>(*date.first_day()) * kMsPerDay, status);
  CalendarDate out;
  out.year = cal->get(UCAL_EXTENDED_YEAR, status);
  out.month = cal->get(UCAL_MONTH, status) + 1;
  out.day = cal->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

}  // namespace parley::ingest
