// parley upgrade: brings a database written by an older parley to this one's layout, in place.
// Opening a database for writing upgrades it (graph::Store::open); this command does only that,
// for a database that is otherwise only read.

#include <cstdio>

#include "cli/commands.hpp"
#include "graph/store.hpp"

namespace parley::cli {

void register_upgrade(CLI::App& app, RunState& state) {
  auto db = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("upgrade", "rewrite a database of an older parley in this version's layout, in place");
  add_db_option(*cmd, *db);
  cmd->footer(
      "Any writing command (ingest, merge, kb import) upgrades the database it opens; queries and check only\n"
      "read, and ask for this first. An upgrade cut short by a crash is finished by the next one.");
  cmd->callback([db, &state] {
    graph::Store::open(*db, graph::Store::Mode::kReadWrite)->flush();
    std::printf("database '%s' is at schema version %d\n", db->c_str(), graph::kSchemaVersion);
    state.exit_code = kExitOk;
  });
}

}  // namespace parley::cli
