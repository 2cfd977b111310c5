#pragma once
// Sentence segmentation with ICU's sentence break iterator, over normalised text. Line breaks
// end a sentence too (headlines, datelines and paragraphs have no final stop).

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::ingest {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Sentence spans of `text` (UTF-8), without leading/trailing white space; empty ones dropped.
// `lang` picks ICU's rules ("en" also suppresses breaks after common abbreviations like "U.S.").
// Throws parley::Error when ICU cannot create the iterator.
std::vector<Span> split_sentences(std::string_view text, std::string_view lang);

}  // namespace parley::ingest
