#include "cli/common.hpp"

#include <cstdlib>
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

void print_error(const std::string& message) { std::cerr << "parley: " << message << '\n'; }

}  // namespace parley::cli
