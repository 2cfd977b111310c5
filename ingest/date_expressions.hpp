#pragma once
// Date expressions in a sentence, resolved to Gregorian dates against the publication date:
// "۱۲ آبان ماه" / "12 Aban 1402" (Solar Hijri), "3 November 2023", "Nov. 3", "۳ نوامبر",
// "15 Rajab 1445" (Hijri), "اول آبان ماه سالجاری", "نهم و دهم آبان" (the first day of a list),
// weekdays ("روز چهارشنبه", "on Monday": the latest such day up to the publication day),
// relative days ("امشب", "yesterday", "last week"), a bare month ("in September"), a bare year,
// and dates in figures ("2023/12/19", "27-7-2022", "10.11.2024", "1402/08/12").
// A date without a year is the nearest one not after the publication day.
// A date that bounds a period ("since 2005", "until Tuesday") is kept with kind "bound": it is
// the day of something else, never an event's day.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/lexicon.hpp"

namespace parley::ingest {

struct DateExpression {
  std::size_t begin = 0;  // span in the normalised text
  std::size_t end = 0;
  graph::Date date;
  std::string kind;       // "calendar", "numeric", "relative", "weekday", "month", "year", "bound"
  bool bound() const { return kind == "bound"; }
};

// `matches` are the accepted (non-overlapping) matches of the sentence text[begin, end), in order.
// Expressions that need the publication date are skipped when it is unknown.
std::vector<DateExpression> find_dates(std::string_view text, std::size_t begin, std::size_t end,
                                       const std::vector<TaggedMatch>& matches, const graph::Date& published,
                                       const Lexicon& lex);

}  // namespace parley::ingest
