#include "ingest/pipeline.hpp"

#include <chrono>
#include <ctime>

#include "graph/hash.hpp"
#include "ingest/language.hpp"
#include "ingest/normalizer.hpp"

namespace parley::ingest {

namespace {
std::string utc_now_iso() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}
}  // namespace

std::shared_ptr<const KnowledgeBase> with_learned_officials(std::shared_ptr<const KnowledgeBase> kb, const graph::Store& store) {
  std::vector<graph::Actor> learned;
  store.for_each_actor([&](const graph::Actor& a) {
    // Learned from text, or imported by the user (parley kb import-wikidata).
    if (a.source != graph::ActorSource::kKb && a.kind == graph::ActorKind::kOfficial && a.id.scheme() == "person") learned.push_back(a);
    return true;
  });
  if (learned.empty()) return kb;
  auto extended = std::make_shared<KnowledgeBase>(*kb);
  for (const auto& a : learned) extended->add_official(a);
  return extended;
}

graph::Article to_article(InputArticle&& input) {
  graph::Article a;
  // The content hash is over the normalised text, so a re-sent story with other spacing,
  // ZWNJs or Arabic letter forms is recognised as the same.
  a.content_hash = graph::hash_hex128(Normalizer::instance().compact_key(input.text));
  a.id = input.id.empty() ? "sha:" + a.content_hash.substr(0, 16) : std::move(input.id);
  a.url = std::move(input.url);
  a.title = std::move(input.title);
  a.published = input.published;
  a.lang = input.lang.empty() || input.lang == "auto" ? detect_language(input.text) : std::move(input.lang);
  a.source = std::move(input.source);
  a.ingested_at = utc_now_iso();
  a.text = std::move(input.text);
  return a;
}

IngestCounts ingest_paths(const std::vector<std::string>& paths, const ReadOptions& options, const Extractor& extractor,
                          graph::Store& store, const IngestCallbacks& callbacks) {
  IngestCounts counts;
  auto on_problem = [&](Problem&& p) {
    ++counts.problems;
    if (callbacks.on_problem) callbacks.on_problem(std::move(p));
  };
  auto on_article = [&](InputArticle&& input) {
    ++counts.read;
    counts.bytes += input.text.size();
    graph::ArticleRecord record;
    record.article = to_article(std::move(input));
    // Skip extraction for an article already stored: re-ingesting is a no-op, and a cheap one.
    if (store.has_article(record.article.id) || store.article_with_hash(record.article.content_hash)) {
      ++counts.already_stored;
    } else {
      Extraction ex = extractor.extract(record.article, /*with_trace=*/false);
      record.interactions = std::move(ex.interactions);
      record.actors = std::move(ex.actors);
      record.names = std::move(ex.names);
      if (store.put_article(record) == graph::PutOutcome::kStored) {
        ++counts.stored;
        counts.interactions += record.interactions.size();
      } else {
        ++counts.already_stored;
      }
    }
    if (callbacks.on_progress) callbacks.on_progress(counts);
  };
  for (const auto& path : paths) read_path(path, options, on_article, on_problem);
  store.sync();
  return counts;
}

}  // namespace parley::ingest
