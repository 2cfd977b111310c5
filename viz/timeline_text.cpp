#include "viz/timeline_text.hpp"

#include <algorithm>
#include <map>

namespace parley::viz {

namespace {

// Cuts UTF-8 text to at most `chars` code points, on one line.
std::string clip(const std::string& text, std::size_t chars) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) {
      if (n == chars) {
        out += "...";
        break;
      }
      ++n;
    }
    out.push_back(c == '\n' ? ' ' : text[i]);
  }
  return out;
}

std::string pad(std::string s, std::size_t width) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  if (n < width) s.append(width - n, ' ');
  return s;
}

}  // namespace

void write_timeline_text(const query::GraphWindow& window, std::ostream& out, const TimelineTextOptions& options) {
  std::map<std::string, std::string> labels;
  for (const auto& n : window.nodes) labels[n.id.str()] = n.label;
  auto label = [&labels](const graph::ActorId& id) {
    auto it = labels.find(id.str());
    return it == labels.end() ? id.str() : it->second;
  };
  std::vector<const graph::Interaction*> rows;
  for (const auto& e : window.edges) rows.push_back(&e);
  std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    return a->date.known() != b->date.known() ? a->date.known() : false;
  });
  for (const auto* e : rows) {
    const std::string date = e->date.known() ? e->date.iso() : "date unknown";
    const char* arrow = e->type == graph::EdgeType::kVisited ? " -> " : " -- ";
    std::string line = pad(date, 13) + pad(std::string(graph::to_string(e->type)), 8) + label(e->source) + arrow + label(e->target);
    if (!e->location.city.empty()) line += " (" + e->location.city + ")";
    out << line << '\n';
    if (options.evidence_chars > 0 && !e->mentions.empty()) {
      out << "             " << "[" << e->mentions.front().article << "] " << clip(e->mentions.front().text, options.evidence_chars);
      if (e->mentions.size() > 1) out << "  (+" << e->mentions.size() - 1 << " more)";
      out << '\n';
    }
  }
}

}  // namespace parley::viz
