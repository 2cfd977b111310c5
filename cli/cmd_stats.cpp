// parley stats: what the database holds.

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/store.hpp"

namespace parley::cli {

namespace {

struct StatsOptions {
  std::string db;
  bool json = false;
};

int run_stats(const StatsOptions& o) {
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto s = store->stats();
  auto count = [&s](graph::EdgeType t) {
    auto it = s.by_type.find(t);
    return it == s.by_type.end() ? std::uint64_t{0} : it->second;
  };
  if (o.json) {
    nlohmann::ordered_json j;
    j["articles"] = s.articles;
    j["actors"] = s.actors;
    j["interactions"] = s.interactions;
    j["mentions"] = s.mentions;
    j["by_type"] = {{"called", count(graph::EdgeType::kCalled)},
                    {"met", count(graph::EdgeType::kMet)},
                    {"visited", count(graph::EdgeType::kVisited)}};
    j["first_date"] = s.first_date ? nlohmann::ordered_json(s.first_date->iso()) : nlohmann::ordered_json(nullptr);
    j["last_date"] = s.last_date ? nlohmann::ordered_json(s.last_date->iso()) : nlohmann::ordered_json(nullptr);
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  std::printf("articles      %llu\n", static_cast<unsigned long long>(s.articles));
  std::printf("actors        %llu\n", static_cast<unsigned long long>(s.actors));
  std::printf("interactions  %llu (called %llu, met %llu, visited %llu)\n", static_cast<unsigned long long>(s.interactions),
              static_cast<unsigned long long>(count(graph::EdgeType::kCalled)),
              static_cast<unsigned long long>(count(graph::EdgeType::kMet)),
              static_cast<unsigned long long>(count(graph::EdgeType::kVisited)));
  std::printf("mentions      %llu\n", static_cast<unsigned long long>(s.mentions));
  std::printf("dates         %s .. %s\n", s.first_date ? s.first_date->iso().c_str() : "-",
              s.last_date ? s.last_date->iso().c_str() : "-");
  return kExitOk;
}

}  // namespace

void register_stats(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<StatsOptions>();
  auto* cmd = app.add_subcommand("stats", "counts of articles, actors, interactions by type, date range");
  add_db_option(*cmd, opts->db);
  cmd->add_flag("--json", opts->json, "print JSON");
  cmd->callback([opts, &state] { state.exit_code = run_stats(*opts); });
}

}  // namespace parley::cli
