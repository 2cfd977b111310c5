// parley actors: search actors by any name in any language.

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "ingest/normalizer.hpp"
#include "query/actor_search.hpp"

namespace parley::cli {

namespace {

struct ActorsOptions {
  std::string db;
  std::string query;
  bool json = false;
};

int run_actors(const ActorsOptions& o) {
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto actors = query::find_actors(*store, o.query, ingest::Normalizer::instance().key(o.query));
  if (o.json) {
    nlohmann::json j = actors;
    std::cout << j.dump(2) << '\n';
  } else {
    for (const auto& a : actors) {
      std::string names;
      for (const auto& [lang, list] : a.names) {
        if (lang != "en" && !list.empty()) names += (names.empty() ? "" : ", ") + list.front();
      }
      std::printf("%-40s %-13s %-5s %s%s%s\n", a.id.str().c_str(), std::string(graph::to_string(a.kind)).c_str(),
                  a.state ? a.state->str().c_str() : "-", a.label.c_str(), names.empty() ? "" : "  ", names.c_str());
    }
  }
  if (actors.empty() && !o.query.empty()) {
    print_error("no actor named '" + o.query + "' in the database");
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void register_actors(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<ActorsOptions>();
  auto* cmd = app.add_subcommand("actors", "list actors, or search them by any name in any language");
  add_db_option(*cmd, opts->db);
  cmd->add_option("query", opts->query, "a name or the start of one (any language), or an actor id");
  cmd->add_flag("--json", opts->json, "print JSON");
  cmd->callback([opts, &state] { state.exit_code = run_actors(*opts); });
}

}  // namespace parley::cli
