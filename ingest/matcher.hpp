#pragma once
// PhraseMatcher: finds every occurrence of many phrases in one pass over normalised text.
//
// Phrases are stored in a byte trie by their phrase key (normalised, hyphens as spaces; see
// Normalizer::phrase_key), and the text is walked from each word start. Spacing variants match
// alike: a space of the phrase may be absent from the text ("نخستوزیر" = "نخست وزیر",
// "Amirabdollahian" = "Amir Abdollahian"), a hyphen of the text counts as a space
// ("Amir-Abdollahian"), and in Arabic script a space of the text may be absent from the phrase
// ("گفت و گو" = "گفتوگو"), since Persian writes compounds with a space, a ZWNJ or nothing. In Latin
// script it may not: "it's all" must not match "Sall".
// A match must begin and end at word boundaries (the neighbouring characters are not letters or
// digits), so "Iran" does not match inside "Iranian" but does in "Iran's".
// Cost: one trie walk per word start, bounded by the longest phrase: no loop over phrases.

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley::ingest {

struct PhraseMatch {
  std::size_t begin = 0;   // byte span in the normalised text
  std::size_t end = 0;
  std::uint32_t value = 0; // what the phrase stands for (the caller's index)
  // 0, or 1 + the index of the proclitic written joined before the match (see add_proclitic);
  // the proclitic's bytes end where the match begins.
  std::uint8_t proclitic = 0;
};

class PhraseMatcher {
 public:
  PhraseMatcher() = default;
  // A copy shares the search form already built (it is immutable).
  PhraseMatcher(const PhraseMatcher& other);
  PhraseMatcher& operator=(const PhraseMatcher& other);

  // Adds a phrase by its phrase key; a key may carry several values. Empty keys are ignored.
  void add(std::string_view phrase_key, std::uint32_t value);

  // All matches in text[begin, end), every length at every word start, ordered by (begin, end).
  std::vector<PhraseMatch> find_all(std::string_view text, std::size_t begin, std::size_t end) const;
  std::vector<PhraseMatch> find_all(std::string_view text) const { return find_all(text, 0, text.size()); }

  std::size_t phrase_count() const { return phrases_; }

  // A proclitic: a short word written joined to the next one (Arabic "و" and, "ب" in/with, "ل"
  // to), so that "بالرياض" matches the phrase "الرياض" after "ب". `restores` is what the joining
  // dropped from the next word: "لل" is "ل" + the article "ال" without its alef ("للرئيس").
  // Matching after a proclitic needs a stem of at least two letters. Returns the proclitic's
  // number in PhraseMatch::proclitic.
  std::uint8_t add_proclitic(std::string_view key, std::string_view restores = {});
  std::size_t proclitic_size(std::uint8_t proclitic) const { return proclitics_.at(proclitic - 1).key.size(); }

 private:
  // The trie as phrases are added: one node per prefix, its edges sorted by byte.
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> next;  // sorted by byte
    std::vector<std::uint32_t> values;
  };
  // The same trie for searching, in flat arrays: nodes numbered breadth first, each node's
  // facts in one 16-byte record and its edges in one run of a shared array. A walk is bound by
  // memory latency, one new node per byte of text: one cache line per node instead of two heap
  // vectors. The root, where every walk starts, is also a table by byte.
  struct FlatNode {
    std::uint32_t first_edge = 0;   // its edges: edges[first_edge, first_edge + edge_count)
    std::uint32_t first_value = 0;  // its values: values[first_value, first_value + value_count)
    std::uint32_t space = 0;        // its child by ' ' (0: none)
    std::uint16_t edge_count = 0;
    std::uint16_t value_count = 0;
  };
  struct FlatEdge {
    std::uint32_t child;
    unsigned char byte;  // sorted within a node
  };
  struct Flat {
    std::vector<FlatNode> nodes;
    std::vector<FlatEdge> edges;
    std::vector<std::uint32_t> values;
    std::array<std::uint32_t, 256> root{};
    std::uint32_t child(std::uint32_t node, unsigned char byte) const;
  };
  struct Proclitic {
    std::string key;
    std::string restores;
  };
  std::uint32_t build_child(std::uint32_t node, unsigned char byte) const;
  // The search form, built on the first search after the last add().
  const Flat& flat() const;
  // Walks the trie from `node` over the text from `start` and appends every phrase end reached.
  void walk(const Flat& trie, std::string_view text, std::size_t start, std::size_t end, std::uint32_t node,
            std::uint8_t proclitic, std::vector<PhraseMatch>& out) const;
  std::vector<Node> nodes_{Node{}};
  mutable std::shared_ptr<const Flat> flat_;  // read and set atomically: searches share one matcher
  mutable std::atomic<const Flat*> flat_ready_{nullptr};  // flat_.get() once built: the searches' fast path
  std::vector<Proclitic> proclitics_;
  std::size_t phrases_ = 0;
};

// True when the UTF-8 code point starting at text[pos] is a letter, mark or digit.
bool is_word_char_at(std::string_view text, std::size_t pos);
// True when a word may start at `pos` (the code point before it is no word character).
bool is_word_start(std::string_view text, std::size_t pos);

}  // namespace parley::ingest
