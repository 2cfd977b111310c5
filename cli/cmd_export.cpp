// parley export: the graph, or a window of it, in an exchange format.

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "graph/errors.hpp"
#include "graph/store.hpp"
#include "query/window.hpp"
#include "viz/json_export.hpp"

namespace parley::cli {

namespace {

struct ExportOptions {
  std::string db;
  std::string format;
  std::string from, to;
  std::vector<std::string> types;
  std::string out;
};

query::WindowFilter filter_of(const ExportOptions& o) {
  query::WindowFilter f;
  f.dates.from = parse_date_option(o.from, "--from");
  f.dates.to = parse_date_option(o.to, "--to");
  for (const auto& t : o.types) f.types.insert(*graph::parse_edge_type(t));  // validated by IsMember
  return f;
}

int run_export(const ExportOptions& o) {
  const auto filter = filter_of(o);
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto window = query::load_window(*store, filter);
  // Render to memory first: a failed export never leaves a half-written file.
  std::ostringstream buf;
  viz::write_graph_json(window, filter, buf);
  if (o.out.empty() || o.out == "-") {
    std::cout << buf.str();
    return std::cout.good() ? kExitOk : kExitFailure;
  }
  const std::string tmp = o.out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f || !(f << buf.str()) || !f.flush()) throw Error("cannot write '" + tmp + "'");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, o.out, ec);
  if (ec) throw Error("cannot write '" + o.out + "': " + ec.message());
  return kExitOk;
}

}  // namespace

void register_export(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "write the graph, or a window of it, as JSON (parley.graph/1)");
  add_db_option(*cmd, opts->db);
  cmd->add_option("--format", opts->format, "output format")->required()->check(CLI::IsMember({"json"}));
  cmd->add_option("--from", opts->from, "first date of the window (YYYY[-MM[-DD]])");
  cmd->add_option("--to", opts->to, "last date of the window (YYYY[-MM[-DD]])");
  cmd->add_option("--type", opts->types, "edge types to keep (called, met, visited; comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember({"called", "met", "visited"}));
  cmd->add_option("--out", opts->out, "output file (default: standard output)");
  cmd->callback([opts, &state] { state.exit_code = run_export(*opts); });
}

}  // namespace parley::cli
