#pragma once
// Scores extraction against the truth the corpus was built from: which planted edges came out
// (same type, same two actors, same day), and which edges came out of sentences that state no
// event. An edge is attributed to the sentence its evidence quotes.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "bench/corpus.hpp"
#include "graph/interaction.hpp"

namespace parley::bench {

struct TemplateScore {
  std::size_t sentences = 0;  // sentences written from the template
  std::size_t planted = 0;    // edges it planted (events)
  std::size_t found = 0;      // of those, extracted
  std::size_t stray = 0;      // extracted edges it did not plant (a non-event's edges, wrong actors or dates)
};

struct Miss {
  std::size_t article = 0;  // index in the corpus
  std::string what;         // "met person:a -- person:b 2023-11-03"
};

struct TruthScore {
  std::size_t planted = 0;
  std::size_t found = 0;
  std::size_t non_event_edges = 0;  // edges whose evidence is a non-event sentence
  std::size_t noise_edges = 0;      // edges whose evidence is a noise sentence or a dateline
  std::size_t unplanted_edges = 0;  // edges from event sentences that were not planted there
  std::map<std::string, TemplateScore> by_template;
  std::vector<Miss> missed;  // planted, not extracted
  std::vector<Miss> stray;   // extracted, not planted

  double recall() const { return planted == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(planted); }
};

// `extracted[i]` are the interactions extracted from corpus.articles[i].
TruthScore score_truth(const Corpus& corpus, const std::vector<std::vector<graph::Interaction>>& extracted);

// "met person:a -- person:b 2023-11-03", the two actors of a symmetric edge in id order.
std::string describe_edge(graph::EdgeType type, const graph::ActorId& source, const graph::ActorId& target, const graph::Date& date);

}  // namespace parley::bench
