#pragma once
// The benchmark's output: an aligned table on a stream and the JSON results file.

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <vector>

#include "bench/timing.hpp"
#include "bench/truth.hpp"

namespace parley::bench {

struct Report {
  unsigned cores = 0;
  std::size_t articles = 0;
  double mean_article_bytes = 0.0;
  std::uint64_t seed = 0;
  int repetitions = 0;
  std::vector<Throughput> results;  // the first one is the baseline
  // The floor ingest is measured against: a pass of reading the JSON Lines plus one of normalising
  // the texts, on one thread. Each ingest row is compared by its CPU time, all threads together:
  // the work per article, whatever the thread count.
  double floor_seconds = 0.0;
  TruthScore truth;
};

void print_table(std::ostream& out, const Report& report);
// Per-template recall and stray edges, and up to `examples` missed and stray edges.
void print_details(std::ostream& out, const Report& report, const Corpus& corpus, std::size_t examples);
// Writes the JSON file, creating its folder.
void write_json(const std::filesystem::path& file, const Report& report);

}  // namespace parley::bench
