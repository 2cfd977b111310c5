#include "ingest/matcher.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <tuple>

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
  if (text[static_cast<std::size_t>(i)] == '\'' && i > 0) {
    // "it's": the letter after an apostrophe inside a word starts no word.
    auto j = i;
    U8_BACK_1(s, 0, j);
    return !is_word_char_at(text, static_cast<std::size_t>(j));
  }
  return !is_word_char_at(text, static_cast<std::size_t>(i));
}

namespace {

// Lead bytes 0xD8-0xDB encode U+0600..U+06FF, the Arabic block (Persian letters included).
bool arabic_lead(unsigned char c) { return c >= 0xD8 && c <= 0xDB; }

// The character before `pos` and the one at `pos + 1` (around a space at `pos`) are Arabic script.
bool arabic_around(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos + 1 >= text.size()) return false;
  std::size_t before = pos - 1;
  while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
  return arabic_lead(static_cast<unsigned char>(text[before])) && arabic_lead(static_cast<unsigned char>(text[pos + 1]));
}

std::size_t letters_between(std::string_view text, std::size_t a, std::size_t b) {
  std::size_t n = 0;
  for (std::size_t i = a; i < b; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && text[i] != ' ';
  return n;
}

}  // namespace

std::uint32_t PhraseMatcher::build_child(std::uint32_t node, unsigned char byte) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), byte,
                             [](const auto& p, unsigned char b) { return p.first < b; });
  return it != next.end() && it->first == byte ? it->second : 0;
}

std::uint32_t PhraseMatcher::Flat::child(std::uint32_t node, unsigned char byte) const {
  if (node == 0) return root[byte];
  // Most nodes have one to three edges: a scan of the sorted bytes beats a binary search.
  for (std::uint32_t e = first_edge[node], last = first_edge[node + 1]; e < last; ++e) {
    if (edge_byte[e] >= byte) return edge_byte[e] == byte ? edge_child[e] : 0;
  }
  return 0;
}

void PhraseMatcher::add(std::string_view key, std::uint32_t value) {
  if (key.empty()) return;
  std::atomic_store(&flat_, std::shared_ptr<const Flat>());
  std::uint32_t node = 0;
  for (unsigned char byte : key) {
    std::uint32_t next = build_child(node, byte);
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

const PhraseMatcher::Flat& PhraseMatcher::flat() const {
  if (auto built = std::atomic_load(&flat_)) return *built;  // kept alive by flat_ until the next add()
  static std::mutex building;
  std::lock_guard lock(building);
  if (auto built = std::atomic_load(&flat_)) return *built;
  auto f = std::make_shared<Flat>();
  // Number the nodes breadth first, so that a node's children sit next to each other.
  std::vector<std::uint32_t> order{0}, number(nodes_.size(), 0);
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (const auto& [byte, next] : nodes_[order[i]].next) {
      number[next] = static_cast<std::uint32_t>(order.size());
      order.push_back(next);
    }
  }
  f->first_edge.reserve(order.size() + 1);
  f->first_value.reserve(order.size() + 1);
  f->space.reserve(order.size());
  for (const std::uint32_t old : order) {
    const Node& n = nodes_[old];
    f->first_edge.push_back(static_cast<std::uint32_t>(f->edge_byte.size()));
    f->first_value.push_back(static_cast<std::uint32_t>(f->values.size()));
    std::uint32_t space = 0;
    for (const auto& [byte, next] : n.next) {
      f->edge_byte.push_back(byte);
      f->edge_child.push_back(number[next]);
      if (byte == ' ') space = number[next];
      if (old == 0) f->root[byte] = number[next];
    }
    f->space.push_back(space);
    f->values.insert(f->values.end(), n.values.begin(), n.values.end());
  }
  f->first_edge.push_back(static_cast<std::uint32_t>(f->edge_byte.size()));
  f->first_value.push_back(static_cast<std::uint32_t>(f->values.size()));
  std::atomic_store(&flat_, std::shared_ptr<const Flat>(f));
  return *f;
}

std::uint8_t PhraseMatcher::add_proclitic(std::string_view key, std::string_view restores) {
  if (key.empty() || proclitics_.size() >= 255) return 0;
  proclitics_.push_back({std::string(key), std::string(restores)});
  return static_cast<std::uint8_t>(proclitics_.size());
}

void PhraseMatcher::walk(const Flat& trie, std::string_view text, std::size_t start, std::size_t end, std::uint32_t node,
                         std::uint8_t proclitic, std::vector<PhraseMatch>& out) const {
  struct State {
    std::uint32_t node;
    std::size_t pos;
  };
  // One stack per thread, reused: walk runs at every word start, and a fresh vector each time
  // was a heap allocation per word.
  thread_local std::vector<State> stack;
  stack.assign(1, State{node, start});
  while (!stack.empty()) {
    const State st = stack.back();
    stack.pop_back();
    const std::size_t pos = st.pos;
    const std::uint32_t first_value = trie.first_value[st.node], last_value = trie.first_value[st.node + 1];
    if (pos > start && first_value != last_value && !is_word_char_at(text, pos) &&
        (text[pos - 1] != ' ' && text[pos - 1] != '-') &&
        (pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80)) {
      for (std::uint32_t v = first_value; v < last_value; ++v) out.push_back({start, pos, trie.values[v], proclitic});
    }
    if (pos >= end || text[pos] == '\n') continue;
    const char c = text[pos];
    const std::uint32_t space = trie.space[st.node];
    if (c == ' ' || c == '-') {
      if (pos == start || text[pos - 1] == ' ' || text[pos - 1] == '-') continue;
      if (space != 0) stack.push_back({space, pos + 1});
      // Not after a one-letter word: "و از" (and from) is two words, not the name "واز".
      if (c == ' ' && arabic_around(text, pos) && letters_between(text, start, pos) >= 2) stack.push_back({st.node, pos + 1});
      continue;
    }
    if (const std::uint32_t next = trie.child(st.node, static_cast<unsigned char>(c))) stack.push_back({next, pos + 1});
    // A space of the phrase that the text leaves out, between two letters.
    if (space != 0 && pos > start && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      if (const std::uint32_t next = trie.child(space, static_cast<unsigned char>(c))) stack.push_back({next, pos + 1});
    }
  }
}

std::vector<PhraseMatch> PhraseMatcher::find_all(std::string_view text, std::size_t begin, std::size_t end) const {
  std::vector<PhraseMatch> out;
  const Flat& trie = flat();
  end = std::min(end, text.size());
  for (std::size_t start = begin; start < end; ++start) {
    // Word starts only; skip UTF-8 continuation bytes and non-word characters quickly.
    const auto lead = static_cast<unsigned char>(text[start]);
    if ((lead & 0xC0) == 0x80 || !is_word_char_at(text, start) || !is_word_start(text, start)) continue;
    const std::size_t first = out.size();
    walk(trie, text, start, end, 0, 0, out);
    for (std::size_t k = 0; k < proclitics_.size(); ++k) {
      const auto& p = proclitics_[k];
      const std::size_t stem = start + p.key.size();
      if (text.compare(start, p.key.size(), p.key) != 0 || !is_word_char_at(text, stem)) continue;
      std::size_t stem_end = stem;
      while (stem_end < end && ((static_cast<unsigned char>(text[stem_end]) & 0xC0) == 0x80 || is_word_char_at(text, stem_end))) ++stem_end;
      if (letters_between(text, stem, stem_end) < 2) continue;
      std::uint32_t node = 0;  // the trie node after what the proclitic hides of the stem
      bool reached = true;
      for (const char c : p.restores) {
        node = trie.child(node, static_cast<unsigned char>(c));
        if (node == 0) reached = false;
        if (!reached) break;
      }
      if (!reached) continue;
      walk(trie, text, stem, end, node, static_cast<std::uint8_t>(k + 1), out);
    }
    // Several paths can reach the same match: keep each once, ordered by (begin, end).
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
      return std::tie(a.begin, a.end, a.value, a.proclitic) < std::tie(b.begin, b.end, b.value, b.proclitic);
    });
    out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                          [](const PhraseMatch& a, const PhraseMatch& b) {
                            return a.begin == b.begin && a.end == b.end && a.value == b.value;
                          }),
              out.end());
  }
  return out;
}

}  // namespace parley::ingest
