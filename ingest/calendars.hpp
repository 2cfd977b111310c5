#pragma once
// Conversions between the Solar Hijri (Jalali), Hijri (Umm al-Qura) and Gregorian calendars,
// through ICU's calendars ("@calendar=persian", "@calendar=islamic-umalqura").

#include <optional>

#include "graph/date.hpp"

namespace parley::ingest {

enum class Calendar { kGregorian, kJalali, kHijri };

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1-based
  int day = 0;
};

// The Gregorian day of a date in `calendar`; nullopt when the day does not exist there
// (31 Esfand, 30 Dey, month 13) or falls outside Gregorian years 1..9999.
std::optional<graph::Date> to_gregorian(Calendar calendar, int year, int month, int day);
// The date in `calendar` of a Gregorian day-precision date.
std::optional<CalendarDate> from_gregorian(Calendar calendar, const graph::Date& date);

}  // namespace parley::ingest
