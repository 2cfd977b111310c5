#pragma once
// The contact timeline as a picture: one lane per actor, each interaction drawn between the lanes
// of its two actors at its date (a glyph per type: called hollow circles on a dashed line, met
// filled circles, visited a triangle at the host), a date axis with ticks fitted to the span, a
// legend, English labels. SVG stands alone; the HTML page wraps it with hover details (native
// names, the evidence sentence) and needs no network. Undated contacts are counted in a footer.

#include <ostream>

#include "query/window.hpp"

namespace parley::viz {

struct TimelinePictureOptions {
  int width = 1200;         // pixels
  int lane_height = 26;
  std::string title = "Contact timeline";
};

void write_timeline_svg(const query::GraphWindow& window, std::ostream& out, const TimelinePictureOptions& options = {});
void write_timeline_html(const query::GraphWindow& window, std::ostream& out, const TimelinePictureOptions& options = {});

}  // namespace parley::viz
