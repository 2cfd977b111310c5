// parley check: is the database whole? Reads it (read-only, so it runs during an ingest) and prints
// each inconsistency on a line of its own, then a summary; exit status 1 when there is any.

#include <cstdio>

#include "cli/commands.hpp"
#include "graph/store.hpp"

namespace parley::cli {

namespace {

int run_check(const std::string& db) {
  auto store = graph::Store::open(db, graph::Store::Mode::kReadOnly);
  const auto report = store->check();
  for (const auto& problem : report.problems) std::printf("%s\n", problem.c_str());
  if (report.problem_count > report.problems.size()) {
    std::printf("... and %llu more problems\n", static_cast<unsigned long long>(report.problem_count - report.problems.size()));
  }
  std::printf("checked %llu articles, %llu interactions, %llu index entries: %s\n",
              static_cast<unsigned long long>(report.articles), static_cast<unsigned long long>(report.interactions),
              static_cast<unsigned long long>(report.index_entries),
              report.ok() ? "ok" : (std::to_string(report.problem_count) + " problems").c_str());
  if (report.unlisted_articles > 0) {
    std::printf("%llu articles were stored by an older parley and do not list their interactions: not verified\n",
                static_cast<unsigned long long>(report.unlisted_articles));
  }
  return report.ok() ? kExitOk : kExitFailure;
}

}  // namespace

void register_check(CLI::App& app, RunState& state) {
  auto db = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("check", "verify that the database holds together (indexes, mentions, articles); "
                                          "prints one problem a line, exit status 1 when any");
  add_db_option(*cmd, *db);
  cmd->footer(
      "Checks, without writing: every by_actor and by_date entry points to a stored interaction of that actor and\n"
      "date, and every interaction has its entries; every mention names a stored article; every interaction an\n"
      "article lists is stored and mentions it; content hashes and actors match. A crash or power cut during an\n"
      "ingest loses whole articles only, so a problem means damage: re-ingest into a new database.");
  cmd->callback([db, &state] { state.exit_code = run_check(*db); });
}

}  // namespace parley::cli
