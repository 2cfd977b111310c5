// parley centrality: who is central in the contact network of a window.

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "query/centrality.hpp"
#include "query/network.hpp"
#include "query/series.hpp"

namespace parley::cli {

namespace {

struct CentralityCliOptions {
  std::string db, metric = "degree", level = "official";
  WindowArgs window_args;
  std::size_t top = 20;
  std::size_t sample = 0;
  std::uint64_t seed = 1;
  bool json = false;
  std::string window, step = "7d";
};

// "30d" -> 30, "4w" -> 28 (days); throws UsageError otherwise.
int parse_days(const std::string& text, const std::string& option) {
  std::size_t used = 0;
  int n = 0;
  try {
    n = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  const std::string unit = text.substr(used);
  if (used == 0 || n <= 0 || (unit != "d" && unit != "w" && !unit.empty())) {
    throw UsageError(option + " wants a length like 30d or 4w, not '" + text + "'");
  }
  return unit == "w" ? n * 7 : n;
}

int run_series(const CentralityCliOptions& o, const query::NetworkFilter& filter, const query::CentralityOptions& copts,
               const graph::Store& store) {
  query::SeriesOptions so;
  so.filter = filter;
  so.centrality = copts;
  so.window_days = parse_days(o.window, "--window");
  so.step_days = parse_days(o.step, "--step");
  so.top = o.top;
  const auto series = query::centrality_series(store, so);
  auto label = [&store](const graph::ActorId& id) {
    auto a = store.actor(id);
    return a ? a->label : id.str();
  };
  if (o.json) {
    nlohmann::ordered_json out;
    out["metric"] = o.metric;
    out["level"] = o.level;
    out["window_days"] = so.window_days;
    out["step_days"] = so.step_days;
    out["windows"] = nlohmann::ordered_json::array();
    for (const auto& w : series) {
      nlohmann::ordered_json ranking = nlohmann::ordered_json::array();
      for (const auto& s : w.ranking) ranking.push_back({{"id", s.actor.str()}, {"label", label(s.actor)}, {"score", s.value}});
      out["windows"].push_back({{"from", w.from.iso()}, {"to", w.to.iso()}, {"actors", w.actors}, {"ranking", ranking}});
    }
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  std::printf("%s centrality, %s level, %d-day windows every %d days\n", o.metric.c_str(), o.level.c_str(), so.window_days,
              so.step_days);
  for (const auto& w : series) {
    std::printf("%s..%s %4zu ", w.from.iso().c_str(), w.to.iso().c_str(), w.actors);
    for (std::size_t i = 0; i < w.ranking.size(); ++i) {
      std::printf(" %zu. %s (%.3f)", i + 1, label(w.ranking[i].actor).c_str(), w.ranking[i].value);
    }
    std::printf("\n");
  }
  return kExitOk;
}

int run_centrality(const CentralityCliOptions& o) {
  query::NetworkFilter filter;
  filter.window = window_filter(o.window_args);
  filter.level = o.level == "state" ? query::Level::kState : query::Level::kOfficial;
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  query::CentralityOptions copts;
  copts.metric = *query::parse_metric(o.metric);
  copts.sample_pivots = o.sample;
  copts.seed = o.seed;
  if (!o.window.empty()) return run_series(o, filter, copts, *store);
  const auto network = query::Network::load_counts(*store, filter);  // no records needed
  auto scores = query::centrality(network, copts);
  if (scores.size() > o.top) scores.resize(o.top);
  if (o.json) {
    nlohmann::ordered_json out;
    out["metric"] = o.metric;
    out["level"] = o.level;
    out["vertices"] = network.vertex_count();
    out["links"] = network.links().size();
    out["ranking"] = nlohmann::ordered_json::array();
    for (const auto& s : scores) {
      out["ranking"].push_back({{"id", s.actor.str()}, {"label", network.actor(*network.vertex_of(s.actor)).label}, {"score", s.value}});
    }
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  std::printf("%s centrality, %s level: %zu actors, %zu links\n", o.metric.c_str(), o.level.c_str(), network.vertex_count(),
              network.links().size());
  std::size_t rank = 0;
  for (const auto& s : scores) {
    std::printf("%3zu  %10.4f  %s\n", ++rank, s.value, network.actor(*network.vertex_of(s.actor)).label.c_str());
  }
  return kExitOk;
}

}  // namespace

void register_centrality(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<CentralityCliOptions>();
  auto* cmd = app.add_subcommand("centrality", "rank actors by a centrality of the contact network (Boost.Graph)");
  add_db_option(*cmd, opts->db);
  cmd->add_option("--metric", opts->metric, "degree, strength, betweenness, closeness (harmonic), pagerank, eigenvector")
      ->check(CLI::IsMember({"degree", "strength", "betweenness", "closeness", "pagerank", "eigenvector"}));
  cmd->add_option("--level", opts->level, "official, or state (officials fold into their states)")
      ->check(CLI::IsMember({"official", "state"}));
  add_window_options(*cmd, opts->window_args);
  cmd->add_option("--top", opts->top, "how many to show");
  cmd->add_option("--sample", opts->sample, "betweenness from this many sampled pivots (0: exact up to 5000 actors)");
  cmd->add_option("--seed", opts->seed, "seed of the sampled pivots");
  cmd->add_option("--window", opts->window, "rank on windows of this length (30d, 4w) across the dates: a series");
  cmd->add_option("--step", opts->step, "how far each window moves (default 7d)");
  cmd->add_flag("--json", opts->json, "print JSON");
  cmd->callback([opts, &state] { state.exit_code = run_centrality(*opts); });
}

}  // namespace parley::cli
