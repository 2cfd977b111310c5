// parley merge: fold databases ingested separately (one per input shard) into one.

#include <chrono>
#include <cstdio>

#include "cli/commands.hpp"
#include "graph/store_merge.hpp"

namespace parley::cli {

namespace {

struct MergeOptions {
  std::string db;
  std::vector<std::string> shards;
  bool bulk = false;
};

void print_counts(const char* what, const graph::MergeCounts& c) {
  std::printf("%s: %llu articles: %llu stored, %llu already stored, %llu interactions", what,
              static_cast<unsigned long long>(c.articles), static_cast<unsigned long long>(c.stored),
              static_cast<unsigned long long>(c.already_stored), static_cast<unsigned long long>(c.interactions));
}

int run_merge(const MergeOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::filesystem::path> shards(o.shards.begin(), o.shards.end());
  graph::OpenOptions open;
  open.bulk_load = o.bulk;
  const auto result = graph::merge_shards(o.db, shards, open, [](const std::filesystem::path& shard, const graph::MergeCounts& c) {
    print_counts(("shard " + shard.string()).c_str(), c);
    std::printf("\n");
    std::fflush(stdout);
  });
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_counts(("merged into " + o.db).c_str(), result.total);
  std::printf(", %llu actors added (%.2f s, %.0f articles/s)\n", static_cast<unsigned long long>(result.total.actors_added), secs,
              secs > 0 ? static_cast<double>(result.total.articles) / secs : 0.0);
  return kExitOk;
}

}  // namespace

void register_merge(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<MergeOptions>();
  auto* cmd = app.add_subcommand("merge", "merge databases ingested separately (one per input shard) into --db");
  add_db_option(*cmd, opts->db);
  cmd->add_option("shards", opts->shards, "shard databases, merged in this order (opened read-only)")->required();
  cmd->add_flag("--bulk", opts->bulk, "large merge: no compaction while writing, one full compaction at the end");
  cmd->callback([opts, &state] { state.exit_code = run_merge(*opts); });
}

}  // namespace parley::cli
