#pragma once
// Dates written the way news agencies write them, relative to the publication day: "yesterday",
// "on Monday", "on 3 November 2023" in English; "دیروز", "روز دوشنبه", "۱۲ آبان ماه",
// "سوم آبان ۱۴۰۲" (Solar Hijri) in Persian; "أمس", "يوم الاثنين", "في 3 نوفمبر 2023",
// "في 3 تشرين الثاني" in Arabic; "вчера", "в понедельник", "3 ноября 2023 года" in Russian. Every phrase means exactly one day, so that the
// date of a planted edge is known.

#include <cstdint>
#include <string>
#include <string_view>

#include "bench/random.hpp"

namespace parley::bench {

// A phrase for `event_day` (days since 1970-01-01) as read on `published_day`; event <= published.
std::string date_phrase(Random& rng, std::string_view lang, std::int64_t event_day, std::int64_t published_day);

// An integer as written in `lang`: Persian digits in most Persian text, Arabic-Indic digits in
// some Arabic text, ASCII otherwise.
std::string number_text(Random& rng, std::string_view lang, long value);

// Replaces the ASCII digits of `text` with Persian ones.
std::string persian_digits(std::string_view text);
// Replaces the ASCII digits of `text` with Arabic-Indic ones (U+0660-U+0669).
std::string arabic_digits(std::string_view text);

}  // namespace parley::bench
