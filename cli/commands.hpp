#pragma once
// One function per subcommand: it declares the options (parsing only, no files opened) and sets
// the callback that calls the library and prints. Defined in cmd_<name>.cpp.

#include <CLI/CLI.hpp>

#include "cli/common.hpp"

namespace parley::cli {

void register_ingest(CLI::App& app, RunState& state);
void register_export(CLI::App& app, RunState& state);
void register_stats(CLI::App& app, RunState& state);
void register_check(CLI::App& app, RunState& state);
void register_actors(CLI::App& app, RunState& state);
void register_explain(CLI::App& app, RunState& state);
void register_timeline(CLI::App& app, RunState& state);
void register_kb(CLI::App& app, RunState& state);
void register_contacts(CLI::App& app, RunState& state);
void register_centrality(CLI::App& app, RunState& state);
void register_path(CLI::App& app, RunState& state);
void register_groups(CLI::App& app, RunState& state);
void register_serve(CLI::App& app, RunState& state);
void register_merge(CLI::App& app, RunState& state);
void register_upgrade(CLI::App& app, RunState& state);

}  // namespace parley::cli
