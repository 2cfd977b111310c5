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

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::ingest {

struct PhraseMatch {
  std::size_t begin = 0;   // byte span in the normalised text
  std::size_t end = 0;
  std::uint32_t value = 0; // what the phrase stands for (the caller's index)
};

class PhraseMatcher {
 public:
  // Adds a phrase by its phrase key; a key may carry several values. Empty keys are ignored.
  void add(std::string_view phrase_key, std::uint32_t value);

  // All matches in text[begin, end), every length at every word start, ordered by (begin, end).
  std::vector<PhraseMatch> find_all(std::string_view text, std::size_t begin, std::size_t end) const;
  std::vector<PhraseMatch> find_all(std::string_view text) const { return find_all(text, 0, text.size()); }

  std::size_t phrase_count() const { return phrases_; }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> next;  // sorted by byte
    std::vector<std::uint32_t> values;
  };
  std::uint32_t child(std::uint32_t node, unsigned char byte) const;
  std::vector<Node> nodes_{Node{}};
  std::size_t phrases_ = 0;
};

// True when the UTF-8 code point starting at text[pos] is a letter, mark or digit.
bool is_word_char_at(std::string_view text, std::size_t pos);
// True when a word may start at `pos` (the code point before it is no word character).
bool is_word_start(std::string_view text, std::size_t pos);

}  // namespace parley::ingest
