#include "bench/truth.hpp"

#include <algorithm>
#include <set>

namespace parley::bench {

std::string describe_edge(graph::EdgeType type, const graph::ActorId& source, const graph::ActorId& target, const graph::Date& date) {
  const bool swap = !graph::is_directed(type) && target < source;
  const graph::ActorId& a = swap ? target : source;
  const graph::ActorId& b = swap ? source : target;
  return std::string(graph::to_string(type)) + " " + a.str() + " -- " + b.str() + " " + (date.known() ? date.iso() : "?");
}

namespace {

// The sentence of `article` that contains byte `offset`; nullptr for a dateline.
const PlantedSentence* sentence_at(const CorpusArticle& article, std::size_t offset) {
  auto it = std::upper_bound(article.sentences.begin(), article.sentences.end(), offset,
                             [](std::size_t o, const PlantedSentence& s) { return o < s.begin; });
  if (it == article.sentences.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

}  // namespace

TruthScore score_truth(const Corpus& corpus, const std::vector<std::vector<graph::Interaction>>& extracted) {
  TruthScore score;
  for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
    const CorpusArticle& article = corpus.articles[i];
    for (const auto& s : article.sentences) ++score.by_template[std::string(s.templ)].sentences;

    std::set<std::string> got, planted;
    for (const auto& inter : extracted[i]) got.insert(describe_edge(inter.type, inter.source, inter.target, inter.date));
    for (const auto& e : article.edges) {
      const std::string key = describe_edge(e.type, e.source, e.target, e.date);
      if (!planted.insert(key).second) continue;  // stated twice in one article: one edge
      auto& t = score.by_template[std::string(e.templ)];
      ++score.planted;
      ++t.planted;
      if (got.count(key)) {
        ++score.found;
        ++t.found;
      } else {
        score.missed.push_back({i, key});
      }
    }

    for (const auto& inter : extracted[i]) {
      const std::string key = describe_edge(inter.type, inter.source, inter.target, inter.date);
      const bool was_planted = planted.count(key) > 0;
      for (const auto& m : inter.mentions) {
        const PlantedSentence* s = sentence_at(article, static_cast<std::size_t>(m.start));
        const SentenceKind kind = s ? s->kind : SentenceKind::kNoise;
        if (kind == SentenceKind::kEvent && was_planted) continue;
        (kind == SentenceKind::kNonEvent ? score.non_event_edges
         : kind == SentenceKind::kNoise  ? score.noise_edges
                                         : score.unplanted_edges)++;
        ++score.by_template[s ? std::string(s->templ) : std::string("dateline")].stray;
        score.stray.push_back({i, key + "  <-  " + m.text});
      }
    }
  }
  return score;
}

}  // namespace parley::bench
