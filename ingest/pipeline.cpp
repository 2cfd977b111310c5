#include "ingest/pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <mutex>
#include <thread>
#include <utility>

#include "graph/hash.hpp"
#include "ingest/detail/ordered_pipeline.hpp"
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

namespace {

// An article read and extracted, ready for the writer.
struct Prepared {
  graph::ArticleRecord record;
  bool known = false;  // already stored when it was prepared: nothing to extract or write
};

Prepared prepare(InputArticle&& input, const Extractor& extractor, const graph::Store& store) {
  Prepared p;
  p.record.article = to_article(std::move(input));
  // Skip extraction for an article already stored: re-ingesting is a no-op, and a cheap one.
  const auto& a = p.record.article;
  if (store.has_article(a.id) || store.article_with_hash(a.content_hash)) {
    p.known = true;
    return p;
  }
  Extraction ex = extractor.extract(a, /*with_trace=*/false);
  p.record.interactions = std::move(ex.interactions);
  p.record.actors = std::move(ex.actors);
  return p;
}

// The counts and the callbacks, shared by the reader and the writer.
class Tally {
 public:
  explicit Tally(const IngestCallbacks& callbacks) : callbacks_(callbacks) {}

  void read(std::size_t bytes) {
    std::lock_guard lock(mutex_);
    ++counts_.read;
    counts_.bytes += bytes;
  }
  void problem(Problem&& p) {
    std::lock_guard lock(mutex_);
    ++counts_.problems;
    if (callbacks_.on_problem) callbacks_.on_problem(std::move(p));
  }
  void written(bool stored, std::size_t interactions) {
    std::lock_guard lock(mutex_);
    if (stored) {
      ++counts_.stored;
      counts_.interactions += interactions;
    } else {
      ++counts_.already_stored;
    }
    if (callbacks_.on_progress) callbacks_.on_progress(counts_);
  }
  IngestCounts counts() {
    std::lock_guard lock(mutex_);
    return counts_;
  }

 private:
  const IngestCallbacks& callbacks_;
  std::mutex mutex_;
  IngestCounts counts_;
};

unsigned thread_count(unsigned asked) {
  if (asked > 0) return asked;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

IngestCounts ingest_paths(const std::vector<std::string>& paths, const ReadOptions& options, const Extractor& extractor,
                          graph::Store& store, const IngestCallbacks& callbacks, const PipelineOptions& pipeline) {
  Tally tally(callbacks);
  std::size_t since_sync = 0;
  // The writer: one thread, input order. put_article checks again for a stored copy, which
  // catches the same story twice in one input (both were prepared before either was written).
  auto write = [&](Prepared&& p) {
    const bool stored = !p.known && store.put_article(p.record) == graph::PutOutcome::kStored;
    if (stored && ++since_sync >= pipeline.sync_every) {
      store.sync();
      since_sync = 0;
    }
    tally.written(stored, p.record.interactions.size());
  };
  auto on_problem = [&](Problem&& p) { tally.problem(std::move(p)); };

  const unsigned threads = thread_count(pipeline.threads);
  if (threads == 1) {
    auto on_article = [&](InputArticle&& input) {
      tally.read(input.text.size());
      write(prepare(std::move(input), extractor, store));
    };
    for (const auto& path : paths) read_path(path, options, on_article, on_problem);
  } else {
    // The reader is this thread; `threads` workers extract; the pipeline's consumer writes.
    // Articles travel in chunks of 16 so that handing work between threads (a lock and a wake-up)
    // costs little next to extracting it; 4 chunks in flight per worker keep the workers busy
    // without holding much memory. A live feed on stdin goes one by one, so that an article is
    // stored when it arrives, not when 15 more have come.
    const bool live = std::find(paths.begin(), paths.end(), "-") != paths.end();
    const std::size_t chunk_size = live ? 1 : 16;
    using Chunk = std::vector<InputArticle>;
    detail::OrderedPipeline<Chunk, std::vector<Prepared>> stages(
        threads, 4 * std::size_t{threads},
        [&](Chunk&& chunk) {
          std::vector<Prepared> out;
          out.reserve(chunk.size());
          for (auto& input : chunk) out.push_back(prepare(std::move(input), extractor, store));
          return out;
        },
        [&](std::vector<Prepared>&& prepared) {
          for (auto& p : prepared) write(std::move(p));
        });
    Chunk chunk;
    auto on_article = [&](InputArticle&& input) {
      tally.read(input.text.size());
      chunk.push_back(std::move(input));
      if (chunk.size() >= chunk_size) stages.produce(std::exchange(chunk, {}));
    };
    for (const auto& path : paths) read_path(path, options, on_article, on_problem);
    if (!chunk.empty()) stages.produce(std::move(chunk));
    stages.finish();
  }
  store.flush();
  return tally.counts();
}

}  // namespace parley::ingest
