#pragma once
// The stages of ingest measured apart, on one thread, so that the end-to-end figure can be read as
// a sum (bench/stages.hpp has the end-to-end passes):
//   read     the JSON Lines file parsed into articles (UTF-8 checked), nothing done with them
//   segment  ICU sentence splitting of each text
//   match    what extraction does before it interprets anything: normalise, split into sentences,
//            and find every phrase of the gazetteer in each sentence
//   write    Store::put_article of the already extracted records into a fresh store, and the
//            final flush
// "resolve" (dates, references, resolution, modality, edges) is the extract pass minus match.

#include <filesystem>
#include <vector>

#include "bench/timing.hpp"
#include "graph/article.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::bench {

Throughput measure_read(const std::filesystem::path& jsonl, std::size_t articles, std::size_t bytes, int repetitions);
Throughput measure_segment(const std::vector<graph::Article>& articles, int repetitions);
Throughput measure_match(const std::vector<graph::Article>& articles, const ingest::RuleExtractor& extractor, int repetitions);
// The rest of extraction: `extract` minus `match`, both measured in this run.
Throughput resolve_share(const Throughput& extract, const Throughput& match);
// Works in `work_dir` (one store per repetition, removed after).
Throughput measure_write(const std::vector<graph::Article>& articles, const ingest::Extractor& extractor,
                         const std::filesystem::path& work_dir, int repetitions);

}  // namespace parley::bench
