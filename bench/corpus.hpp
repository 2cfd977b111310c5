#pragma once
// The synthetic corpus: Persian, English, Arabic and Russian wire stories built from the templates of
// templates.cpp and the names of the knowledge base, deterministic from a seed, each with the
// truth it was built from (the edges it states, and where its event, non-event and noise
// sentences are), so that extraction can be scored at any scale.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bench/templates.hpp"
#include "graph/date.hpp"
#include "graph/ids.hpp"
#include "graph/interaction.hpp"
#include "ingest/kb.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::bench {

struct PlantedEdge {
  graph::EdgeType type = graph::EdgeType::kMet;
  graph::ActorId source;  // visited: the official who travelled
  graph::ActorId target;  // visited: the host state
  graph::Date date;
  std::string_view templ;  // the template that stated it
};

struct PlantedSentence {
  std::size_t begin = 0;  // byte span in the article text
  std::size_t end = 0;
  SentenceKind kind = SentenceKind::kNoise;
  std::string_view templ;
};

struct CorpusArticle {
  std::string id;
  std::string lang;
  graph::Date published;
  std::string text;
  std::vector<PlantedEdge> edges;
  std::vector<PlantedSentence> sentences;  // every sentence written (datelines aside), in order
};

struct CorpusOptions {
  std::size_t articles = 2000;
  std::uint64_t seed = 1;
  // Languages of the articles, out of fa, en, ar, ru, drawn evenly; for exactly {"fa", "en"}
  // (the default) the Persian share is `persian_share`.
  std::vector<std::string> langs{"fa", "en"};
  double persian_share = 0.5;
  double event_rate = 0.10;      // share of sentences that state an interaction
  double non_event_rate = 0.05;  // share that name officials in a plan, invitation, denial...
  std::size_t min_bytes = 1024;
  std::size_t max_bytes = 10240;
  double median_bytes = 2600;    // of a log-normal size distribution: the mean comes out near 3 KB
};

struct Corpus {
  std::vector<CorpusArticle> articles;
  std::size_t bytes() const;
};

// Names are taken only when the extractor's own gazetteer reads them as one thing (see
// roster.hpp), hence the extractor argument; it is only read.
Corpus generate_corpus(const ingest::KnowledgeBase& kb, const ingest::RuleExtractor& extractor, const CorpusOptions& options);

}  // namespace parley::bench
