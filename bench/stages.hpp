#pragma once
// The measured stages, each a pass over the whole corpus on one thread (ingest also with one
// extraction thread per core), repeated and reduced to the median pass:
//   baseline   copy each text and count its line breaks: what touching the bytes costs here
//   normalise  Normalizer::normalize
//   extract    RuleExtractor::extract, the whole extraction (normalising, segmenting, matching)
//   ingest     ingest_paths from a JSON Lines file into a fresh RocksDB store, then the same
//              file again into the same store (every article already stored: a no-op pass)
// The stages in between (read, segment, match, write) are in stage_breakdown.hpp.

#include <filesystem>
#include <vector>

#include "bench/corpus.hpp"
#include "bench/timing.hpp"
#include "graph/article.hpp"
#include "graph/interaction.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::bench {

// The bytes of the articles' texts: what MB/s counts.
std::size_t total_bytes(const std::vector<graph::Article>& articles);
// The articles as the extractor takes them (id, language, publication day, text).
std::vector<graph::Article> to_articles(const Corpus& corpus);
// The corpus as JSON Lines, the format `parley ingest` and `parley explain` read.
void write_jsonl(const Corpus& corpus, const std::filesystem::path& file);

Throughput measure_baseline(const std::vector<graph::Article>& articles, int repetitions);
Throughput measure_normalize(const std::vector<graph::Article>& articles, int repetitions);
// `extracted` receives the interactions of the first pass, for scoring.
Throughput measure_extract(const std::vector<graph::Article>& articles, const ingest::Extractor& extractor, int repetitions,
                           std::vector<std::vector<graph::Interaction>>& extracted);

struct IngestThroughput {
  Throughput ingest;
  Throughput reingest;
};
// Works in `work_dir` (the input file and the stores); throws when a pass does not store, or
// skip, every article. `threads` extraction threads (the pipeline's; 1 = none).
IngestThroughput measure_ingest(const Corpus& corpus, const ingest::Extractor& extractor, const std::filesystem::path& work_dir,
                                int repetitions, unsigned threads);

}  // namespace parley::bench
