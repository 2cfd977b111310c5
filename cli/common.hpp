#pragma once
// What every subcommand shares: the --db option, exit codes, user-facing errors, date options.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "graph/date.hpp"
#include "query/window.hpp"

namespace parley::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// A mistake in the command line found after parsing (a bad date, an unknown actor): exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Set by the subcommand that ran.
struct RunState {
  int exit_code = kExitOk;
};

// The database directory: --db, else $PARLEY_DB, else ./parley.db.
std::string default_db_path();
// Adds --db to a subcommand, bound to `path` (pre-set to default_db_path()).
void add_db_option(CLI::App& cmd, std::string& path);
// Parses an ISO date option ("2023", "2023-11", "2023-11-03"); throws UsageError naming the option.
std::optional<graph::Date> parse_date_option(const std::string& value, const std::string& option);

// --from, --to and --type, shared by the commands that read a window of the graph.
struct WindowArgs {
  std::string from, to;
  std::vector<std::string> types;
};
// Adds --from and --to (and --type unless `with_types` is false) bound to `args`.
void add_window_options(CLI::App& cmd, WindowArgs& args, bool with_types = true);
// The window the options ask for; throws UsageError on an impossible date.
query::WindowFilter window_filter(const WindowArgs& args);

// Writes `text` to `path` through a temporary file and a rename, so that a failed write never
// leaves a half-written file; "" or "-" is standard output. Throws parley::Error on failure.
int write_output(const std::string& path, const std::string& text);

// Prints "parley: message" on stderr.
void print_error(const std::string& message);

}  // namespace parley::cli
