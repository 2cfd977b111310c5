#include "bench/stage_breakdown.hpp"

#include <stdexcept>

#include "bench/stages.hpp"
#include "graph/hash.hpp"
#include "graph/store.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/normalizer.hpp"
#include "ingest/readers.hpp"
#include "ingest/segmenter.hpp"

namespace parley::bench {

namespace {

// The median of `repetitions` timed calls of `pass`, wall and process CPU.
template <class Pass>
Throughput timed(const std::string& name, std::size_t articles, std::size_t bytes, int repetitions, Pass pass) {
  std::vector<double> wall, cpu;
  for (int r = 0; r < repetitions; ++r) {
    Stopwatch w;
    const double c = process_cpu_seconds();
    pass();
    wall.push_back(w.seconds());
    cpu.push_back(process_cpu_seconds() - c);
  }
  return {name, median(wall), articles, bytes, median(cpu)};
}

}  // namespace

Throughput measure_read(const std::filesystem::path& jsonl, std::size_t articles, std::size_t bytes, int repetitions) {
  return timed("read (JSON Lines)", articles, bytes, repetitions, [&] {
    std::size_t n = 0;
    ingest::read_path(
        jsonl.string(), {}, [&](ingest::InputArticle&& a) { n += a.text.size(); }, [](ingest::Problem&&) {});
    keep(n);
  });
}

Throughput measure_segment(const std::vector<graph::Article>& articles, int repetitions) {
  return timed("segment (sentences)", articles.size(), total_bytes(articles), repetitions, [&] {
    std::size_t n = 0;
    for (const auto& a : articles) n += ingest::split_sentences(a.text, a.lang).size();
    keep(n);
  });
}

Throughput measure_match(const std::vector<graph::Article>& articles, const ingest::RuleExtractor& extractor, int repetitions) {
  const auto& normalizer = ingest::Normalizer::instance();
  return timed("match (normalise, segment, gazetteer)", articles.size(), total_bytes(articles), repetitions, [&] {
    std::size_t n = 0;
    for (const auto& a : articles) {
      const ingest::Gazetteer* gazetteer = extractor.gazetteer(a.lang);
      if (!gazetteer) continue;
      const auto norm = normalizer.normalize(a.text);
      for (const auto& sentence : ingest::split_sentences(a.text, a.lang)) {
        // Sentences are found in the original text and mapped to the normalised one, as extraction does.
        std::vector<ingest::TaggedMatch> kept, cues;
        ingest::select_matches(gazetteer->find(norm.text, norm.normalized_offset(sentence.begin), norm.normalized_offset(sentence.end)),
                               kept, cues);
        n += kept.size() + cues.size();
      }
    }
    keep(n);
  });
}

Throughput resolve_share(const Throughput& extract, const Throughput& match) {
  Throughput t{"resolve (extract - match)", extract.seconds - match.seconds, extract.articles, extract.bytes, 0.0};
  if (t.seconds <= 0) t.seconds = 0;
  return t;
}

Throughput measure_write(const std::vector<graph::Article>& articles, const ingest::Extractor& extractor,
                         const std::filesystem::path& work_dir, int repetitions) {
  std::vector<graph::ArticleRecord> records;
  records.reserve(articles.size());
  for (const auto& a : articles) {
    graph::ArticleRecord r;
    r.article = a;
    r.article.content_hash = graph::hash_hex128(a.text);
    auto ex = extractor.extract(a, /*with_trace=*/false);
    r.interactions = std::move(ex.interactions);
    r.actors = std::move(ex.actors);
    records.push_back(std::move(r));
  }
  std::vector<double> wall, cpu;
  for (int r = 0; r < repetitions; ++r) {
    const auto db = work_dir / ("write-" + std::to_string(r));
    std::filesystem::remove_all(db);
    {
      auto store = graph::Store::open(db, graph::Store::Mode::kReadWrite);
      // Opening the store is not writing: the clock starts at the first record.
      Stopwatch w;
      const double c = process_cpu_seconds();
      for (const auto& record : records) {
        if (store->put_article(record) != graph::PutOutcome::kStored) {
          throw std::runtime_error("write stage: article " + record.article.id + " was not stored");
        }
      }
      store->flush();
      wall.push_back(w.seconds());
      cpu.push_back(process_cpu_seconds() - c);
    }
    std::filesystem::remove_all(db);
  }
  return {"write (store records)", median(wall), articles.size(), total_bytes(articles), median(cpu)};
}

}  // namespace parley::bench
