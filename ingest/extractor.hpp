#pragma once
// The extractor interface: an article in, interactions (with their evidence) out, plus the
// actors and names the store must know. The pipeline depends on this interface only.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "graph/actor.hpp"
#include "graph/article.hpp"
#include "graph/interaction.hpp"

namespace parley::ingest {

// Why extraction did what it did with one sentence: what `parley explain` prints.
struct SentenceTrace {
  std::string text;                  // the sentence as written
  std::size_t start = 0;             // byte offsets in the original text
  std::size_t end = 0;
  std::vector<std::string> matches;  // "tag 'surface'"
  std::vector<std::string> mentions; // "surface -> actor id (how)"
  std::vector<std::string> dates;    // "surface -> 2023-11-03 (kind)"
  std::vector<std::string> edges;    // "met person:a -- person:b 2023-11-03"
  std::vector<std::string> rejected; // "met 'دیدار': future cue 'خواهد'"
};

struct Extraction {
  std::vector<graph::Interaction> interactions;  // merged within the article
  std::vector<graph::SharedActor> actors;        // every actor the interactions refer to, with its names
  std::string lang;                              // the language used (given or detected)
  std::vector<SentenceTrace> trace;              // filled when asked for
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Extracts from one article (text, published date and language set; lang "" = detect).
  // Thread-safe: one extractor serves many threads. Never throws for bad text.
  virtual Extraction extract(const graph::Article& article, bool with_trace) const = 0;
};

}  // namespace parley::ingest
