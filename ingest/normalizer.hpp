#pragma once
// The text normaliser: makes the spellings that mean the same thing equal before matching, and
// remembers where each normalised byte came from, so that evidence quotes the original text.
//
// Per code point, in order: format controls (ZWNJ, ZWJ, bidi marks, soft hyphen) and tatweel are
// dropped; Arabic letter forms fold to one Persian form (ي ى ئ -> ی, ك -> ک, ة ۀ -> ه, أ إ آ ٱ -> ا,
// ؤ -> و, lone hamza dropped); every decimal digit (Persian, Arabic-Indic, ...) becomes ASCII;
// quote marks, dashes and Arabic punctuation become ASCII; white space becomes one ' ' (line
// breaks stay '\n'); everything else goes through ICU's NFKC_Casefold and loses its combining
// marks (Arabic harakat, Latin accents). Runs of spaces collapse to one.
//
// Equal spacing ("گفت و گو" vs "گفتوگو") is the matcher's job, not the normaliser's: it needs the
// word boundaries.

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley::ingest {

struct NormalizedText {
  std::string text;                    // normalised UTF-8
  std::vector<std::uint32_t> src_begin;  // per byte of `text`: start of the original code point
  std::vector<std::uint32_t> src_end;    // per byte of `text`: end of the original code point

  // The original byte span of the normalised span [begin, end); begin < end <= text.size().
  std::pair<std::uint32_t, std::uint32_t> original_span(std::size_t begin, std::size_t end) const {
    return {src_begin[begin], src_end[end - 1]};
  }
  // The offset in `text` of the original byte offset `original` (the first normalised byte at or
  // after it): maps a span found in the original text, such as a sentence, to the normalised one.
  std::size_t normalized_offset(std::size_t original) const {
    return static_cast<std::size_t>(std::lower_bound(src_begin.begin(), src_begin.end(), original) - src_begin.begin());
  }
};

class Normalizer {
 public:
  // Builds the per-code-point table for the Basic Multilingual Plane (a few milliseconds).
  // Throws parley::Error when ICU's normalisation data cannot be loaded.
  Normalizer();
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  // Normalises UTF-8 text; invalid sequences become U+FFFD. Thread-safe (the table is read-only).
  NormalizedText normalize(std::string_view utf8) const;
  // The normalised text alone, for lexicon and name keys.
  std::string key(std::string_view utf8) const;
  // key() with hyphens as spaces: the form phrases are matched in ("Amir-Abdollahian" ->
  // "amir abdollahian"); see PhraseMatcher for how spacing variants meet.
  std::string phrase_key(std::string_view utf8) const;
  // key() with spaces and hyphens removed ("گفت و گو" -> "گفتوگو"): for content hashes.
  std::string compact_key(std::string_view utf8) const;

  // The shared instance (the table is built once per process).
  static const Normalizer& instance();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::ingest
