// parley: turns diplomatic news into a temporal knowledge graph. This file only wires the
// subcommands and maps failures to exit codes: 0 ok, 1 failure, 2 usage error.

#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "graph/errors.hpp"

int main(int argc, char** argv) {
  using namespace parley::cli;
  CLI::App app{"parley: who called, met or visited whom, and when, from diplomatic news", "parley"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parley 0.1.0");
  RunState state;
  register_ingest(app, state);
  register_merge(app, state);
  register_upgrade(app, state);
  register_export(app, state);
  register_stats(app, state);
  register_check(app, state);
  register_actors(app, state);
  register_explain(app, state);
  register_timeline(app, state);
  register_kb(app, state);
  register_contacts(app, state);
  register_centrality(app, state);
  register_path(app, state);
  register_groups(app, state);
  register_serve(app, state);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  } catch (const UsageError& e) {
    print_error(e.what());
    return kExitUsage;
  } catch (const parley::Error& e) {
    print_error(e.what());
    return kExitFailure;
  } catch (const std::exception& e) {
    print_error(std::string("internal error: ") + e.what());
    return kExitFailure;
  }
  return state.exit_code;
}
