#include "viz/timeline_svg.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

namespace parley::viz {

namespace {

std::string xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

const char* colour_of(graph::EdgeType t) {
  switch (t) {
    case graph::EdgeType::kCalled: return "#1f77b4";
    case graph::EdgeType::kMet: return "#2ca02c";
    case graph::EdgeType::kVisited: return "#e6550d";
  }
  return "#555";
}

// Midpoint day of a date (a month-precision date sits in the middle of its month).
double day_of(const graph::Date& d) { return (static_cast<double>(*d.first_day()) + static_cast<double>(*d.last_day())) / 2.0; }

struct Tick {
  std::int64_t day;
  std::string label;
};

// Ticks at days, months or years, whichever gives 4-14 of them over the span.
std::vector<Tick> ticks_for(std::int64_t first, std::int64_t last) {
  std::vector<Tick> out;
  const std::int64_t span = std::max<std::int64_t>(1, last - first);
  const graph::Date a = graph::Date::from_days(first), b = graph::Date::from_days(last);
  if (span <= 21) {
    const std::int64_t step = span <= 10 ? 1 : 2;
    for (std::int64_t d = first; d <= last; d += step) out.push_back({d, graph::Date::from_days(d).iso()});
    return out;
  }
  const int months = (b.year() - a.year()) * 12 + (b.month() - a.month());
  if (months <= 36) {
    const int step = months <= 12 ? 1 : months <= 24 ? 2 : 3;
    int y = a.year(), m = a.month();
    for (int k = 0; k <= months + 1; k += step) {
      const int mm = (m - 1 + k) % 12 + 1, yy = y + (m - 1 + k) / 12;
      const std::int64_t d = graph::days_from_civil(yy, mm, 1);
      if (d >= first && d <= last) out.push_back({d, graph::Date::month(yy, mm)->iso()});
    }
    return out;
  }
  const int years = b.year() - a.year();
  const int step = years <= 12 ? 1 : years <= 30 ? 2 : 5;
  for (int y = a.year(); y <= b.year() + 1; y += step) {
    const std::int64_t d = graph::days_from_civil(y, 1, 1);
    if (d >= first && d <= last) out.push_back({d, std::to_string(y)});
  }
  return out;
}

std::string names_of(const graph::Actor& a) {
  std::string out;
  for (const auto& [lang, names] : a.names) {
    if (lang == "en" || names.empty()) continue;
    out += (out.empty() ? "" : " · ") + names.front();
  }
  return out;
}

}  // namespace

void write_timeline_svg(const query::GraphWindow& window, std::ostream& out, const TimelinePictureOptions& o) {
  std::map<graph::ActorId, const graph::Actor*> actors;
  for (const auto& a : window.nodes) actors[a.id] = &a;
  std::vector<const graph::Interaction*> dated;
  std::size_t undated = 0;
  for (const auto& e : window.edges) {
    if (!actors.count(e.source) || !actors.count(e.target)) continue;
    if (e.date.known()) dated.push_back(&e);
    else ++undated;
  }
  // Lanes: actors by number of contacts (most first), then by label; states after officials.
  std::map<graph::ActorId, int> contacts;
  for (const auto* e : dated) {
    ++contacts[e->source];
    ++contacts[e->target];
  }
  std::vector<const graph::Actor*> lanes;
  for (const auto& [id, n] : contacts) lanes.push_back(actors[id]);
  std::stable_sort(lanes.begin(), lanes.end(), [&](const auto* a, const auto* b) {
    const bool sa = a->kind != graph::ActorKind::kOfficial, sb = b->kind != graph::ActorKind::kOfficial;
    if (sa != sb) return sb;
    if (contacts[a->id] != contacts[b->id]) return contacts[a->id] > contacts[b->id];
    return a->label < b->label;
  });
  std::map<graph::ActorId, int> lane_of;
  for (std::size_t i = 0; i < lanes.size(); ++i) lane_of[lanes[i]->id] = static_cast<int>(i);

  const int left = 230, right = 60, top = 70, bottom = 70;
  const int height = top + bottom + std::max<int>(1, static_cast<int>(lanes.size())) * o.lane_height;
  std::int64_t first = 0, last = 1;
  if (!dated.empty()) {
    first = *dated.front()->date.first_day();
    last = *dated.front()->date.last_day();
    for (const auto* e : dated) {
      first = std::min(first, *e->date.first_day());
      last = std::max(last, *e->date.last_day());
    }
    const std::int64_t pad = std::max<std::int64_t>(1, (last - first) / 40);
    first -= pad;
    last += pad;
  }
  const double plot = o.width - left - right;
  auto x_of = [&](double day) { return left + plot * (day - static_cast<double>(first)) / static_cast<double>(std::max<std::int64_t>(1, last - first)); };
  auto y_of = [&](int lane) { return top + lane * o.lane_height + o.lane_height / 2.0; };

  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << o.width << "\" height=\"" << height << "\" viewBox=\"0 0 "
      << o.width << ' ' << height << "\" font-family=\"Helvetica, Arial, sans-serif\">\n";
  out << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  out << "<text x=\"" << left << "\" y=\"26\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">" << xml(o.title) << "</text>\n";
  // Legend.
  const double lx = o.width - right - 330;
  out << "<g font-size=\"12\" fill=\"#333\">"
      << "<line x1=\"" << lx << "\" y1=\"22\" x2=\"" << lx + 24 << "\" y2=\"22\" stroke=\"" << colour_of(graph::EdgeType::kCalled)
      << "\" stroke-dasharray=\"4 3\" stroke-width=\"2\"/><circle cx=\"" << lx + 12 << "\" cy=\"22\" r=\"4.5\" fill=\"#fff\" stroke=\""
      << colour_of(graph::EdgeType::kCalled) << "\" stroke-width=\"2\"/><text x=\"" << lx + 30 << "\" y=\"26\">called</text>"
      << "<line x1=\"" << lx + 100 << "\" y1=\"22\" x2=\"" << lx + 124 << "\" y2=\"22\" stroke=\"" << colour_of(graph::EdgeType::kMet)
      << "\" stroke-width=\"2\"/><circle cx=\"" << lx + 112 << "\" cy=\"22\" r=\"4.5\" fill=\"" << colour_of(graph::EdgeType::kMet)
      << "\"/><text x=\"" << lx + 130 << "\" y=\"26\">met</text>"
      << "<path d=\"M" << lx + 206 << " 17 L" << lx + 212 << " 27 L" << lx + 200 << " 27 Z\" fill=\""
      << colour_of(graph::EdgeType::kVisited) << "\"/><text x=\"" << lx + 220 << "\" y=\"26\">visited (at the host)</text></g>\n";
  // Lanes.
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const double y = y_of(static_cast<int>(i));
    if (i % 2 == 0) {
      out << "<rect x=\"0\" y=\"" << num(y - o.lane_height / 2.0) << "\" width=\"" << o.width << "\" height=\"" << o.lane_height
          << "\" fill=\"#f6f7f9\"/>\n";
    }
    const auto* a = lanes[i];
    std::string label = a->label.size() > 32 ? a->label.substr(0, 30) + "…" : a->label;
    out << "<text x=\"" << left - 10 << "\" y=\"" << num(y + 4) << "\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\""
        << (a->kind != graph::ActorKind::kOfficial ? " font-style=\"italic\"" : "") << "><title>" << xml(a->label)
        << (names_of(*a).empty() ? "" : " — " + xml(names_of(*a))) << "</title>" << xml(label) << "</text>\n";
    out << "<line x1=\"" << left << "\" y1=\"" << num(y) << "\" x2=\"" << o.width - right << "\" y2=\"" << num(y)
        << "\" stroke=\"#d8dbe0\" stroke-width=\"1\"/>\n";
  }
  // Axis.
  const double axis_y = top + static_cast<double>(lanes.size()) * o.lane_height + 8;
  out << "<line x1=\"" << left << "\" y1=\"" << num(axis_y) << "\" x2=\"" << o.width - right << "\" y2=\"" << num(axis_y)
      << "\" stroke=\"#555\"/>\n";
  if (!dated.empty()) {
    for (const auto& t : ticks_for(first, last)) {
      const double x = x_of(static_cast<double>(t.day));
      out << "<line x1=\"" << num(x) << "\" y1=\"" << top - 6 << "\" x2=\"" << num(x) << "\" y2=\"" << num(axis_y + 5)
          << "\" stroke=\"#e3e5e8\"/><text x=\"" << num(x) << "\" y=\"" << num(axis_y + 20)
          << "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">" << xml(t.label) << "</text>\n";
    }
  }
  // Interactions. Contacts of one day stand side by side, 9 px apart, so that two meetings of
  // that day are not read as one meeting of three people.
  std::map<double, int> per_day, drawn_on_day;
  for (const auto* e : dated) ++per_day[day_of(e->date)];
  for (const auto* e : dated) {
    const double day = day_of(e->date);
    const int slot = drawn_on_day[day]++;
    const double x = x_of(day) + (slot - (per_day[day] - 1) / 2.0) * 9.0;
    const double ya = y_of(lane_of[e->source]), yb = y_of(lane_of[e->target]);
    const char* c = colour_of(e->type);
    std::string tip = std::string(graph::to_string(e->type)) + " " + e->date.iso() + ": " + actors[e->source]->label +
                      (e->type == graph::EdgeType::kVisited ? " → " : " — ") + actors[e->target]->label;
    if (!e->location.city.empty()) tip += " (" + e->location.city + ")";
    if (!e->mentions.empty()) tip += "\n" + e->mentions.front().text;
    out << "<g><title>" << xml(tip) << "</title>";
    out << "<line x1=\"" << num(x) << "\" y1=\"" << num(ya) << "\" x2=\"" << num(x) << "\" y2=\"" << num(yb) << "\" stroke=\"" << c
        << "\" stroke-width=\"1.6\" stroke-opacity=\"0.75\"" << (e->type == graph::EdgeType::kCalled ? " stroke-dasharray=\"4 3\"" : "")
        << "/>";
    if (e->type == graph::EdgeType::kVisited) {
      out << "<circle cx=\"" << num(x) << "\" cy=\"" << num(ya) << "\" r=\"3\" fill=\"" << c << "\"/>";
      out << "<path d=\"M" << num(x) << ' ' << num(yb - 6) << " L" << num(x + 6) << ' ' << num(yb + 5) << " L" << num(x - 6) << ' '
          << num(yb + 5) << " Z\" fill=\"" << c << "\"/>";
    } else {
      const bool hollow = e->type == graph::EdgeType::kCalled;
      for (double y : {ya, yb}) {
        out << "<circle cx=\"" << num(x) << "\" cy=\"" << num(y) << "\" r=\"4.5\" fill=\"" << (hollow ? "#fff" : c) << "\" stroke=\"" << c
            << "\" stroke-width=\"2\"/>";
      }
    }
    out << "</g>\n";
  }
  std::string footer = std::to_string(dated.size()) + " dated contacts among " + std::to_string(lanes.size()) + " actors";
  if (undated) footer += "; " + std::to_string(undated) + " undated contacts not drawn";
  out << "<text x=\"" << left << "\" y=\"" << height - 14 << "\" font-size=\"11\" fill=\"#666\">" << xml(footer) << "</text>\n";
  out << "</svg>\n";
}

void write_timeline_html(const query::GraphWindow& window, std::ostream& out, const TimelinePictureOptions& o) {
  std::ostringstream svg;
  write_timeline_svg(window, svg, o);
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << xml(o.title)
      << "</title>\n<style>body{margin:24px;font-family:Helvetica,Arial,sans-serif;color:#222}"
         "svg g:hover line{stroke-width:3;stroke-opacity:1}svg g{cursor:default}"
         "p.hint{color:#666;font-size:13px}</style></head>\n<body>\n"
      << svg.str()
      << "<p class=\"hint\">Hover a contact for its date, place and evidence; hover a name for its spellings in other "
         "languages. Made by parley; this page needs no network.</p>\n</body></html>\n";
}

}  // namespace parley::viz
