#include "ingest/matcher.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <tuple>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parley::ingest {

namespace {

// A letter, mark or digit (c < 0: an invalid sequence, no word character).
bool is_word_char(UChar32 c) {
  if (c < 0) return false;
  // ASCII by hand: std::isalnum is a call through the locale's table, and its answer would change
  // with a locale someone set.
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

}  // namespace

bool is_word_char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(s, i, static_cast<int32_t>(text.size()), c);
  return is_word_char(c);
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

// Tells, code point by code point, which positions start a word (is_word_char_at and
// is_word_start together), looking each code point's class up once: find_all asks at every
// position, and asking the two functions there looked each one up three times.
class WordStarts {
 public:
  // Ready to scan from `begin`, knowing the two code points before it.
  WordStarts(std::string_view text, std::size_t begin) : text_(text) {
    if (begin == 0) return;
    const auto* s = bytes();
    auto i = static_cast<int32_t>(begin);
    U8_BACK_1(s, 0, i);
    have_prev_ = true;
    prev_word_ = is_word_char_at(text, static_cast<std::size_t>(i));
    prev_apostrophe_ = text[static_cast<std::size_t>(i)] == '\'';
    if (i == 0) return;
    U8_BACK_1(s, 0, i);
    have_prev2_ = true;
    prev2_word_ = is_word_char_at(text, static_cast<std::size_t>(i));
  }

  // Reads the code point at `pos` (a code point boundary); returns where the next one starts.
  std::size_t advance(std::size_t pos) {
    auto i = static_cast<int32_t>(pos);
    UChar32 c = 0;
    U8_NEXT(bytes(), i, static_cast<int32_t>(text_.size()), c);
    const bool word = is_word_char(c);
    // As is_word_start: after an apostrophe inside a word ("it's") no word starts.
    starts_word_ = word && (!have_prev_ || (prev_apostrophe_ && have_prev2_ ? !prev2_word_ : !prev_word_));
    have_prev2_ = have_prev_;
    prev2_word_ = prev_word_;
    have_prev_ = true;
    prev_word_ = word;
    prev_apostrophe_ = c == '\'';
    return static_cast<std::size_t>(i);
  }
  // Whether the code point advance() read starts a word.
  bool starts_word() const { return starts_word_; }

 private:
  const uint8_t* bytes() const { return reinterpret_cast<const uint8_t*>(text_.data()); }
  std::string_view text_;
  bool have_prev_ = false, prev_word_ = false, prev_apostrophe_ = false;
  bool have_prev2_ = false, prev2_word_ = false;
  bool starts_word_ = false;
};

std::size_t letters_between(std::string_view text, std::size_t a, std::size_t b) {
  std::size_t n = 0;
  for (std::size_t i = a; i < b; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && text[i] != ' ';
  return n;
}

}  // namespace

PhraseMatcher::PhraseMatcher(const PhraseMatcher& other)
    : nodes_(other.nodes_), flat_(std::atomic_load(&other.flat_)), flat_ready_(flat_.get()), proclitics_(other.proclitics_),
      phrases_(other.phrases_) {}

PhraseMatcher& PhraseMatcher::operator=(const PhraseMatcher& other) {
  if (this == &other) return *this;
  nodes_ = other.nodes_;
  std::atomic_store(&flat_, std::atomic_load(&other.flat_));
  flat_ready_.store(std::atomic_load(&flat_).get());
  proclitics_ = other.proclitics_;
  phrases_ = other.phrases_;
  return *this;
}

std::uint32_t PhraseMatcher::build_child(std::uint32_t node, unsigned char byte) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), byte,
                             [](const auto& p, unsigned char b) { return p.first < b; });
  return it != next.end() && it->first == byte ? it->second : 0;
}

std::uint32_t PhraseMatcher::Flat::child(std::uint32_t node, unsigned char byte) const {
  if (node == 0) return root[byte];
  // Most nodes have one to three edges: a scan of the sorted bytes beats a binary search.
  const FlatNode& n = nodes[node];
  for (const FlatEdge *e = edges.data() + n.first_edge, *last = e + n.edge_count; e < last; ++e) {
    if (e->byte >= byte) return e->byte == byte ? e->child : 0;
  }
  return 0;
}

void PhraseMatcher::add(std::string_view key, std::uint32_t value) {
  if (key.empty()) return;
  flat_ready_.store(nullptr);
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

std::uint8_t PhraseMatcher::add_proclitic(std::string_view key, std::string_view restores) {
  if (key.empty() || proclitics_.size() >= 255) return 0;
  proclitics_.push_back({std::string(key), std::string(restores)});
  return static_cast<std::uint8_t>(proclitics_.size());
}

const PhraseMatcher::Flat& PhraseMatcher::flat() const {
  if (const Flat* ready = flat_ready_.load(std::memory_order_acquire)) return *ready;  // kept alive by flat_
  static std::mutex building;
  std::lock_guard lock(building);
  if (auto built = std::atomic_load(&flat_)) return *built;
  auto f = std::make_shared<Flat>();
  // Number the nodes depth first, so that a phrase's nodes sit one after another.
  std::vector<std::uint32_t> order, number(nodes_.size(), 0), pending{0};
  order.reserve(nodes_.size());
  while (!pending.empty()) {
    const std::uint32_t n = pending.back();
    pending.pop_back();
    number[n] = static_cast<std::uint32_t>(order.size());
    order.push_back(n);
    const auto& next = nodes_[n].next;
    for (auto it = next.rbegin(); it != next.rend(); ++it) pending.push_back(it->second);  // the first child first
  }
  f->nodes.reserve(order.size());
  for (const std::uint32_t old : order) {
    const Node& n = nodes_[old];
    FlatNode flat;
    flat.first_edge = static_cast<std::uint32_t>(f->edges.size());
    flat.first_value = static_cast<std::uint32_t>(f->values.size());
    // A node has at most 256 edges; a phrase key with more than 65535 values would be a broken lexicon.
    flat.edge_count = static_cast<std::uint16_t>(n.next.size());
    flat.value_count = static_cast<std::uint16_t>(std::min<std::size_t>(n.values.size(), 0xFFFF));
    for (const auto& [byte, next] : n.next) {
      f->edges.push_back({number[next], byte});
      if (byte == ' ') flat.space = number[next];
      if (old == 0) f->root[byte] = number[next];
    }
    f->values.insert(f->values.end(), n.values.begin(), n.values.begin() + flat.value_count);
    f->nodes.push_back(flat);
  }
  std::atomic_store(&flat_, std::shared_ptr<const Flat>(f));
  flat_ready_.store(f.get(), std::memory_order_release);
  return *f;
}

void PhraseMatcher::walk(const Flat& trie, std::string_view text, std::size_t start, std::size_t end, std::uint32_t node,
                         std::uint8_t proclitic, std::vector<PhraseMatch>& out) const {
  struct State {
    std::uint32_t node;
    std::size_t pos;
  };
  // The walk follows one path at a time in registers and stacks only the alternatives (the
  // spacing variants), which are rare: going through the stack at every byte put a store and a
  // reload on the chain from one node to the next. One stack per thread, reused: walk runs at
  // every word start, and a fresh vector each time was a heap allocation per word.
  thread_local std::vector<State> alternatives;
  alternatives.assign(1, State{node, start});
  while (!alternatives.empty()) {
    std::uint32_t at = alternatives.back().node;
    std::size_t pos = alternatives.back().pos;
    alternatives.pop_back();
    for (;;) {
      const FlatNode& node_facts = trie.nodes[at];
      const std::uint32_t first_value = node_facts.first_value, last_value = first_value + node_facts.value_count;
      if (pos > start && first_value != last_value && !is_word_char_at(text, pos) &&
          (text[pos - 1] != ' ' && text[pos - 1] != '-') &&
          (pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80)) {
        for (std::uint32_t v = first_value; v < last_value; ++v) out.push_back({start, pos, trie.values[v], proclitic});
      }
      if (pos >= end || text[pos] == '\n') break;
      const char c = text[pos];
      const std::uint32_t space = node_facts.space;
      std::uint32_t next = 0;
      if (c == ' ' || c == '-') {
        if (pos == start || text[pos - 1] == ' ' || text[pos - 1] == '-') break;
        next = space;
        // Not after a one-letter word: "و از" (and from) is two words, not the name "واز".
        if (c == ' ' && arabic_around(text, pos) && letters_between(text, start, pos) >= 2) {
          if (next != 0) {
            alternatives.push_back({at, pos + 1});
          } else {
            next = at;
          }
        }
      } else {
        next = trie.child(at, static_cast<unsigned char>(c));
        // A space of the phrase that the text leaves out, between two letters.
        if (space != 0 && pos > start && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
          if (const std::uint32_t skipped = trie.child(space, static_cast<unsigned char>(c))) {
            if (next != 0) {
              alternatives.push_back({skipped, pos + 1});
            } else {
              next = skipped;
            }
          }
        }
      }
      if (next == 0) break;
      at = next;
      ++pos;
    }
  }
}

std::vector<PhraseMatch> PhraseMatcher::find_all(std::string_view text, std::size_t begin, std::size_t end) const {
  std::vector<PhraseMatch> out;
  const Flat& trie = flat();
  end = std::min(end, text.size());
  WordStarts word_starts(text, begin);
  for (std::size_t pos = begin; pos < end;) {
    const std::size_t start = pos;
    pos = word_starts.advance(start);
    if (!word_starts.starts_word()) continue;
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
