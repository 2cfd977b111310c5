// parley path: how one actor could reach another through contacts.

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/actor_lookup.hpp"
#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "query/network.hpp"
#include "query/paths.hpp"

namespace parley::cli {

namespace {

struct PathOptions {
  std::string db, from_actor, to_actor, level = "official";
  WindowArgs window_args;
  bool json = false;
};

nlohmann::ordered_json chain_json(const query::Network& n, const query::Chain& c) {
  nlohmann::ordered_json steps = nlohmann::ordered_json::array();
  for (const auto& s : c.steps) {
    const auto& i = *s.interaction;
    steps.push_back({{"from", s.from.str()},
                     {"to", s.to.str()},
                     {"type", graph::to_string(i.type)},
                     {"date", i.date.known() ? nlohmann::ordered_json(i.date.iso()) : nlohmann::ordered_json(nullptr)},
                     {"evidence", i.mentions.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(i.mentions.front().text)}});
  }
  (void)n;
  return steps;
}

void print_chain(const char* title, const query::Network& n, const std::optional<query::Chain>& c) {
  if (!c) {
    std::printf("%s: none\n", title);
    return;
  }
  std::printf("%s: %zu contacts\n", title, c->steps.size());
  for (const auto& s : c->steps) {
    const auto& i = *s.interaction;
    std::printf("  %-12s %-7s %s -- %s\n", i.date.known() ? i.date.iso().c_str() : "date unknown",
                std::string(graph::to_string(i.type)).c_str(), n.actor(*n.vertex_of(s.from)).label.c_str(),
                n.actor(*n.vertex_of(s.to)).label.c_str());
  }
}

int run_path(const PathOptions& o) {
  query::NetworkFilter filter;
  filter.window = window_filter(o.window_args);
  filter.level = o.level == "state" ? query::Level::kState : query::Level::kOfficial;
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto a = lookup_actor(*store, o.from_actor);
  const auto b = lookup_actor(*store, o.to_actor);
  const auto network = query::Network::load(*store, filter);
  const auto shortest = query::shortest_chain(network, a, b);
  const auto earliest = query::earliest_chain(network, a, b);
  if (o.json) {
    nlohmann::ordered_json out;
    out["from"] = a.str();
    out["to"] = b.str();
    out["shortest"] = shortest ? chain_json(network, *shortest) : nlohmann::ordered_json(nullptr);
    out["earliest"] = earliest ? chain_json(network, *earliest) : nlohmann::ordered_json(nullptr);
    std::cout << out.dump(2) << '\n';
  } else {
    print_chain("shortest chain", network, shortest);
    print_chain("earliest time-respecting chain", network, earliest);
  }
  return shortest ? kExitOk : kExitFailure;
}

}  // namespace

void register_path(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<PathOptions>();
  auto* cmd = app.add_subcommand("path", "the shortest chain of contacts between two actors, and the earliest time-respecting one");
  add_db_option(*cmd, opts->db);
  cmd->add_option("from", opts->from_actor, "the first actor (any name or id)")->required();
  cmd->add_option("to", opts->to_actor, "the last actor (any name or id)")->required();
  add_window_options(*cmd, opts->window_args, /*with_types=*/false);
  cmd->add_option("--level", opts->level, "official or state")->check(CLI::IsMember({"official", "state"}));
  cmd->add_flag("--json", opts->json, "print JSON");
  cmd->callback([opts, &state] { state.exit_code = run_path(*opts); });
}

}  // namespace parley::cli
