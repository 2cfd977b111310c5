#include "ingest/detail/html_nesting.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace parley::ingest::detail {

namespace {

std::string lower_name(std::string_view html, std::size_t& i) {
  std::string name;
  while (i < html.size() && name.size() < 32) {
    const char c = html[i];
    if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') break;
    name.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    ++i;
  }
  return name;
}

// Void elements, and elements whose end tag may be left out (the parser closes them itself, so
// they do not pile up): counting them would make ordinary pages look deep.
bool not_counted(const std::string& name) {
  static constexpr std::array<std::string_view, 36> kNames = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "keygen", "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th",
      "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Elements whose content is text, not tags.
bool raw_text(const std::string& name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "noembed" || name == "noframes" || name == "iframe";
}

// The end of the tag whose name ends at `i`: the first '>' that is not inside an attribute value
// quoted right after its '=' (as the HTML tokenizer reads it: a quote elsewhere quotes nothing).
std::size_t tag_end(std::string_view html, std::size_t i) {
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '>') return i;
    if (c != '=') continue;
    std::size_t v = i + 1;
    while (v < html.size() && (html[v] == ' ' || html[v] == '\t' || html[v] == '\n' || html[v] == '\r' || html[v] == '\f')) ++v;
    if (v < html.size() && (html[v] == '"' || html[v] == '\'')) {
      const auto close = html.find(html[v], v + 1);
      if (close == std::string_view::npos) return html.size();
      i = close;
    }
  }
  return html.size();
}

// The position after the end tag "</name" closing a raw-text element opened before `i`.
std::size_t skip_raw_text(std::string_view html, std::size_t i, const std::string& name) {
  while ((i = html.find("</", i)) != std::string_view::npos) {
    std::size_t j = i + 2;
    if (lower_name(html, j) == name) return tag_end(html, j);
    i += 2;
  }
  return html.size();
}

}  // namespace

std::size_t html_nesting_depth(std::string_view html, std::size_t limit) {
  std::unordered_map<std::string, std::size_t> open;  // per element name: opened, not yet closed
  std::size_t depth = 0, deepest = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i)) {
    if (html.compare(i, 4, "<!--") == 0) {
      const auto end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = html[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    const bool letter = j < html.size() && ((html[j] | 0x20) >= 'a' && (html[j] | 0x20) <= 'z');
    if (!letter) {  // "<!DOCTYPE", "<?xml", a lone '<' in text
      i = j;
      continue;
    }
    const std::string name = lower_name(html, j);
    i = tag_end(html, j);
    if (closing) {
      auto it = open.find(name);
      if (it != open.end() && it->second > 0) {
        --it->second;
        --depth;
      }
      continue;
    }
    if (raw_text(name)) {
      i = skip_raw_text(html, i, name);
      continue;
    }
    // "<div/>" still opens a div in HTML (only void and foreign elements close themselves).
    if (not_counted(name)) continue;
    ++open[name];
    deepest = std::max(deepest, ++depth);
    if (deepest > limit) break;
  }
  return deepest;
}

}  // namespace parley::ingest::detail
