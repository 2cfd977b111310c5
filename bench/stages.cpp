#include "bench/stages.hpp"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "graph/store.hpp"
#include "ingest/normalizer.hpp"
#include "ingest/pipeline.hpp"

namespace parley::bench {

std::size_t total_bytes(const std::vector<graph::Article>& articles) {
  std::size_t n = 0;
  for (const auto& a : articles) n += a.text.size();
  return n;
}

void write_jsonl(const Corpus& corpus, const std::filesystem::path& file) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  for (const auto& a : corpus.articles) {
    const nlohmann::json record = {
        {"id", a.id}, {"text", a.text}, {"published", a.published.iso()}, {"lang", a.lang}, {"source", "Parley Wire"}};
    out << record.dump() << "\n";
  }
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::vector<graph::Article> to_articles(const Corpus& corpus) {
  std::vector<graph::Article> out;
  out.reserve(corpus.articles.size());
  for (const auto& a : corpus.articles) {
    graph::Article g;
    g.id = a.id;
    g.lang = a.lang;
    g.published = a.published;
    g.source = "Parley Wire";
    g.text = a.text;
    out.push_back(std::move(g));
  }
  return out;
}

Throughput measure_baseline(const std::vector<graph::Article>& articles, int repetitions) {
  auto pass = [&] {
    std::size_t lines = 0;
    for (const auto& a : articles) {
      const std::string copy = a.text;
      for (char c : copy) lines += c == '\n';
    }
    keep(lines);
  };
  // One pass takes a few milliseconds: too short for a clock on a busy machine. A measurement
  // is as many passes as fill a tenth of a second, divided back to one pass.
  Stopwatch probe;
  pass();
  const double one = std::max(probe.seconds(), 1e-6);
  const int passes = std::max(1, static_cast<int>(0.1 / one));
  std::vector<double> times;
  for (int r = 0; r < repetitions; ++r) {
    Stopwatch w;
    for (int p = 0; p < passes; ++p) pass();
    times.push_back(w.seconds() / passes);
  }
  return {"baseline (copy + scan)", median(times), articles.size(), total_bytes(articles)};
}

Throughput measure_normalize(const std::vector<graph::Article>& articles, int repetitions) {
  const auto& normalizer = ingest::Normalizer::instance();
  std::vector<double> times;
  for (int r = 0; r < repetitions; ++r) {
    std::size_t n = 0;
    Stopwatch w;
    for (const auto& a : articles) n += normalizer.normalize(a.text).text.size();
    times.push_back(w.seconds());
    keep(n);
  }
  return {"normalise", median(times), articles.size(), total_bytes(articles)};
}

Throughput measure_extract(const std::vector<graph::Article>& articles, const ingest::Extractor& extractor, int repetitions,
                           std::vector<std::vector<graph::Interaction>>& extracted) {
  std::vector<double> times;
  extracted.assign(articles.size(), {});
  for (int r = 0; r < repetitions; ++r) {
    std::size_t n = 0;
    Stopwatch w;
    for (std::size_t i = 0; i < articles.size(); ++i) {
      ingest::Extraction ex = extractor.extract(articles[i], /*with_trace=*/false);
      n += ex.interactions.size();
      if (r == 0) extracted[i] = std::move(ex.interactions);
    }
    times.push_back(w.seconds());
    keep(n);
  }
  return {"extract", median(times), articles.size(), total_bytes(articles)};
}

IngestThroughput measure_ingest(const Corpus& corpus, const ingest::Extractor& extractor, const std::filesystem::path& work_dir,
                                int repetitions, unsigned threads) {
  ingest::PipelineOptions pipeline;
  pipeline.threads = threads;
  const auto input = work_dir / "corpus.jsonl";
  write_jsonl(corpus, input);
  const std::size_t articles = corpus.articles.size();
  const std::size_t bytes = corpus.bytes();
  std::vector<double> first, again, first_cpu, again_cpu;
  for (int r = 0; r < repetitions; ++r) {
    const auto db = work_dir / ("store-" + std::to_string(r));
    std::filesystem::remove_all(db);
    {
      auto store = graph::Store::open(db, graph::Store::Mode::kReadWrite);
      // Opening the store is not ingesting: the clock starts at the first article.
      Stopwatch w;
      double cpu = process_cpu_seconds();
      const auto counts = ingest::ingest_paths({input.string()}, {}, extractor, *store, {}, pipeline);
      first.push_back(w.seconds());
      first_cpu.push_back(process_cpu_seconds() - cpu);
      if (counts.stored != articles) {
        throw std::runtime_error("ingest stored " + std::to_string(counts.stored) + " of " + std::to_string(articles) +
                                 " articles (" + std::to_string(counts.problems) + " problems)");
      }
      Stopwatch w2;
      cpu = process_cpu_seconds();
      const auto recounts = ingest::ingest_paths({input.string()}, {}, extractor, *store, {}, pipeline);
      again.push_back(w2.seconds());
      again_cpu.push_back(process_cpu_seconds() - cpu);
      if (recounts.already_stored != articles) {
        throw std::runtime_error("re-ingest found " + std::to_string(recounts.already_stored) + " of " + std::to_string(articles) +
                                 " articles already stored");
      }
    }
    std::filesystem::remove_all(db);
  }
  const std::string on = threads == 1 ? ", 1 thread" : ", " + std::to_string(threads) + " threads";
  return {{"ingest" + on, median(first), articles, bytes, median(first_cpu)},
          {"re-ingest (no-op)" + on, median(again), articles, bytes, median(again_cpu)}};
}

}  // namespace parley::bench
