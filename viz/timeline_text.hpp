#pragma once
// The contact timeline as a text table: one line per interaction in date order (unknown dates
// last), with the two actors' English labels and the first evidence sentence.

#include <ostream>

#include "query/window.hpp"

namespace parley::viz {

struct TimelineTextOptions {
  std::size_t evidence_chars = 90;  // evidence is cut to this many characters (0: none)
};

void write_timeline_text(const query::GraphWindow& window, std::ostream& out, const TimelineTextOptions& options = {});

}  // namespace parley::viz
