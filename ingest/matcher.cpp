#include "ingest/matcher.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parley::ingest {

bool is_word_char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  if (c < 0) return false;
  if (c < 0x80) return std::isalnum(static_cast<unsigned char>(c)) != 0;
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_word_start(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  U8_BACK_1(s, 0, i);
  return !is_word_char_at(text, static_cast<std::size_t>(i));
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, unsigned char byte) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), byte,
                             [](const auto& p, unsigned char b) { return p.first < b; });
  return it != next.end() && it->first == byte ? it->second : 0;
}

void PhraseMatcher::add(std::string_view key, std::uint32_t value) {
  if (key.empty()) return;
  std::uint32_t node = 0;
  for (unsigned char byte : key) {
    std::uint32_t next = child(node, byte);
    if (next == 0) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      auto& edges = nodes_[node].next;
      edges.insert(std::lower_bound(edges.begin(), edges.end(), byte,
                                    [](const auto& p, unsigned char b) { return p.first < b; }),
                   {byte, next});
    }
    node = next;
  }
  auto& values = nodes_[node].values;
  if (std::find(values.begin(), values.end(), value) == values.end()) {
    values.push_back(value);
    ++phrases_;
  }
}

std::vector<PhraseMatch> PhraseMatcher::find_all(std::string_view text, std::size_t begin, std::size_t end) const {
  std::vector<PhraseMatch> out;
  end = std::min(end, text.size());
  for (std::size_t start = begin; start < end; ++start) {
    // Word starts only; skip UTF-8 continuation bytes and non-word characters quickly.
    const auto lead = static_cast<unsigned char>(text[start]);
    if ((lead & 0xC0) == 0x80 || !is_word_char_at(text, start) || !is_word_start(text, start)) continue;
    std::uint32_t node = 0;
    for (std::size_t pos = start; pos < end; ++pos) {
      const char c = text[pos];
      if (c == ' ' || c == '-') {
        // One space or hyphen between words is skipped; two in a row end the walk.
        if (text[pos - 1] == ' ' || text[pos - 1] == '-') break;
        continue;
      }
      if (c == '\n') break;
      node = child(node, static_cast<unsigned char>(c));
      if (node == 0) break;
      if (!nodes_[node].values.empty() && !is_word_char_at(text, pos + 1) &&
          (pos + 1 >= text.size() || (static_cast<unsigned char>(text[pos + 1]) & 0xC0) != 0x80)) {
        for (std::uint32_t v : nodes_[node].values) out.push_back({start, pos + 1, v});
      }
    }
  }
  return out;
}

}  // namespace parley::ingest
