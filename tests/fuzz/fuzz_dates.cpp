// libFuzzer target: ISO date parsing and the calendar conversions on arbitrary input, including
// impossible dates (1402-13-40, year 99999): each is refused or converted, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "graph/date.hpp"
#include "ingest/calendars.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)parley::graph::Date::parse_iso(std::string_view(reinterpret_cast<const char*>(data), size));
  if (size >= 7) {
    std::int32_t year = 0;
    std::memcpy(&year, data, sizeof year);
    const int month = static_cast<std::int8_t>(data[4]);
    const int day = static_cast<std::int8_t>(data[5]);
    const auto calendar = static_cast<parley::ingest::Calendar>(data[6] % 3);
    if (auto d = parley::ingest::to_gregorian(calendar, year, month, day)) {
      (void)parley::ingest::from_gregorian(calendar, *d);
      (void)d->iso();
    }
  }
  return 0;
}
