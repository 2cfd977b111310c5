// parley groups: connected components, or communities (blocs) by the Louvain method.

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "query/communities.hpp"
#include "query/network.hpp"

namespace parley::cli {

namespace {

struct GroupsOptions {
  std::string db, method = "louvain", level = "official";
  WindowArgs window_args;
  bool json = false;
};

int run_groups(const GroupsOptions& o) {
  query::NetworkFilter filter;
  filter.window = window_filter(o.window_args);
  filter.level = o.level == "state" ? query::Level::kState : query::Level::kOfficial;
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto network = query::Network::load_counts(*store, filter);  // no records needed
  query::Communities groups;
  if (o.method == "components") {
    groups.groups = query::components(network);
  } else {
    groups = query::louvain(network);
  }
  auto label = [&network](const graph::ActorId& id) { return network.actor(*network.vertex_of(id)).label; };
  if (o.json) {
    nlohmann::ordered_json out;
    out["method"] = o.method;
    if (o.method == "louvain") out["modularity"] = groups.modularity;
    out["groups"] = nlohmann::ordered_json::array();
    for (const auto& g : groups.groups) {
      nlohmann::ordered_json members = nlohmann::ordered_json::array();
      for (const auto& id : g) members.push_back({{"id", id.str()}, {"label", label(id)}});
      out["groups"].push_back(members);
    }
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  std::printf("%zu %s", groups.groups.size(), o.method == "components" ? "components" : "communities");
  if (o.method == "louvain") std::printf(" (modularity %.3f)", groups.modularity);
  std::printf("\n");
  std::size_t k = 0;
  for (const auto& g : groups.groups) {
    std::printf("%3zu.", ++k);
    for (std::size_t i = 0; i < g.size(); ++i) std::printf("%s %s", i ? "," : "", label(g[i]).c_str());
    std::printf("\n");
  }
  return kExitOk;
}

}  // namespace

void register_groups(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<GroupsOptions>();
  auto* cmd = app.add_subcommand("groups", "connected components, or communities (blocs) by the Louvain method");
  add_db_option(*cmd, opts->db);
  cmd->add_option("--method", opts->method, "louvain or components")->check(CLI::IsMember({"louvain", "components"}));
  cmd->add_option("--level", opts->level, "official or state")->check(CLI::IsMember({"official", "state"}));
  add_window_options(*cmd, opts->window_args);
  cmd->add_flag("--json", opts->json, "print JSON");
  cmd->callback([opts, &state] { state.exit_code = run_groups(*opts); });
}

}  // namespace parley::cli
