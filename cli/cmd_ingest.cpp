// parley ingest: read articles, extract interactions, store them.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "ingest/kb.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::cli {

namespace {

struct IngestOptions {
  std::string db;
  std::vector<std::string> paths;
  std::string lang = "auto";
  std::string published;
  std::vector<std::string> kb_files;
  bool quiet = false;
  bool bulk = false;
  unsigned threads = 0;
};

// A one-line progress report on a terminal, at most every 200 ms.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), start_(Clock::now()), last_(start_) {}
  void update(const ingest::IngestCounts& c) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%zu articles (%.0f/s), %zu stored, %zu interactions, %zu problems ", c.read,
                 secs > 0 ? static_cast<double>(c.read) / secs : 0.0, c.stored, c.interactions, c.problems);
    shown_ = true;
  }
  void finish() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }
  double seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_, last_;
};

int run_ingest(const IngestOptions& o) {
  ingest::ReadOptions read;
  read.lang = o.lang == "auto" ? "" : o.lang;
  read.published = parse_date_option(o.published, "--published");
  std::vector<std::filesystem::path> kb_files(o.kb_files.begin(), o.kb_files.end());
  graph::OpenOptions open;
  open.bulk_load = o.bulk;
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadWrite, open);
  auto kb = ingest::with_learned_officials(ingest::KnowledgeBase::with_user_files(kb_files), *store);
  ingest::RuleExtractor extractor(kb);

  Progress progress(!o.quiet && isatty(STDERR_FILENO));
  ingest::IngestCallbacks callbacks;
  callbacks.on_problem = [&](ingest::Problem&& p) {
    progress.finish();
    print_error(p.to_string());
  };
  callbacks.on_progress = [&](const ingest::IngestCounts& c) { progress.update(c); };
  ingest::PipelineOptions pipeline;
  pipeline.threads = o.threads;
  const auto counts = ingest::ingest_paths(o.paths, read, extractor, *store, callbacks, pipeline);
  if (o.bulk) store->compact();
  progress.finish();
  const double secs = progress.seconds();
  std::printf("%zu articles read: %zu stored, %zu already stored, %zu interactions, %zu problems (%.2f s, %.0f articles/s)\n",
              counts.read, counts.stored, counts.already_stored, counts.interactions, counts.problems, secs,
              secs > 0 ? static_cast<double>(counts.read) / secs : 0.0);
  return counts.problems > 0 ? kExitFailure : kExitOk;
}

}  // namespace

void register_ingest(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<IngestOptions>();
  auto* cmd = app.add_subcommand("ingest", "read articles, extract interactions, store them");
  add_db_option(*cmd, opts->db);
  cmd->add_option("paths", opts->paths, ".jsonl, .txt, .html files, directories, or - for JSON Lines on stdin")->required();
  cmd->add_option("--lang", opts->lang, "language of .txt/.html articles and records without one")
      ->check(CLI::IsMember({"auto", "fa", "en", "ar", "ru"}));
  cmd->add_option("--published", opts->published, "publication date (YYYY-MM-DD) of articles that give none");
  cmd->add_option("--kb", opts->kb_files, "extra knowledge-base file(s): officials, states, organizations")
      ->check(CLI::ExistingFile);
  cmd->add_option("-j,--threads", opts->threads, "extraction threads (default 0: one per core); the result is the same for any number")
      ->check(CLI::Range(0u, 256u));
  cmd->add_flag("-q,--quiet", opts->quiet, "no progress line");
  cmd->add_flag("--bulk", opts->bulk, "large load: no compaction while writing, one full compaction at the end (timed)");
  cmd->callback([opts, &state] { state.exit_code = run_ingest(*opts); });
}

}  // namespace parley::cli
