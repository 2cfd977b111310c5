#include "cli/common.hpp"

#include "graph/errors.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace parley::cli {

std::string default_db_path() {
  const char* env = std::getenv("PARLEY_DB");
  return env && *env ? env : "parley.db";
}

void add_db_option(CLI::App& cmd, std::string& path) {
  path = default_db_path();
  cmd.add_option("--db", path, "database directory (default: $PARLEY_DB, else ./parley.db)");
}

std::optional<graph::Date> parse_date_option(const std::string& value, const std::string& option) {
  if (value.empty()) return std::nullopt;
  auto d = graph::Date::parse_iso(value);
  if (!d) throw UsageError(option + " wants a real date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
  return d;
}

void add_window_options(CLI::App& cmd, WindowArgs& args, bool with_types) {
  cmd.add_option("--from", args.from, "first date of the window (YYYY[-MM[-DD]])");
  cmd.add_option("--to", args.to, "last date of the window (YYYY[-MM[-DD]])");
  if (!with_types) return;
  cmd.add_option("--type", args.types, "edge types (called, met, visited; comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember({"called", "met", "visited"}));
}

query::WindowFilter window_filter(const WindowArgs& args) {
  query::WindowFilter f;
  f.dates.from = parse_date_option(args.from, "--from");
  f.dates.to = parse_date_option(args.to, "--to");
  for (const auto& t : args.types) f.types.insert(*graph::parse_edge_type(t));  // validated by IsMember
  return f;
}

// Writes `text` to `path` through a temporary file and a rename, so that a failed export never
// leaves a half-written file; "" or "-" is standard output.
int write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    return std::cout.good() ? kExitOk : kExitFailure;
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f || !(f << text) || !f.flush()) throw Error("cannot write '" + tmp + "'");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Error("cannot write '" + path + "': " + ec.message());
  return kExitOk;
}

void print_error(const std::string& message) { std::cerr << "parley: " << message << '\n'; }

}  // namespace parley::cli
