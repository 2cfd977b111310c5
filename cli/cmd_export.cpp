// parley export: the graph, or a window of it, in an exchange format.

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "graph/errors.hpp"
#include "graph/store.hpp"
#include "query/window.hpp"
#include "viz/csv_export.hpp"
#include "viz/dot_export.hpp"
#include "viz/graphml_export.hpp"
#include "viz/json_export.hpp"

namespace parley::cli {

namespace {

struct ExportOptions {
  std::string db;
  std::string format;
  WindowArgs window_args;
  std::string out;
  bool clusters = false;
};



int run_export(const ExportOptions& o) {
  const auto filter = window_filter(o.window_args);
  if (o.format == "csv" && (o.out.empty() || o.out == "-")) throw UsageError("--format csv writes nodes.csv and edges.csv: give --out DIR");
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto window = query::load_window(*store, filter);
  if (o.format == "csv") {
    std::error_code ec;
    std::filesystem::create_directories(o.out, ec);
    if (ec) throw Error("cannot create '" + o.out + "': " + ec.message());
    std::ostringstream nodes, edges;
    viz::write_nodes_csv(window, nodes);
    viz::write_edges_csv(window, edges);
    const int a = write_output((std::filesystem::path(o.out) / "nodes.csv").string(), nodes.str());
    const int b = write_output((std::filesystem::path(o.out) / "edges.csv").string(), edges.str());
    return a == kExitOk && b == kExitOk ? kExitOk : kExitFailure;
  }
  // Render to memory first: a failed export never leaves a half-written file.
  std::ostringstream buf;
  if (o.format == "dot") {
    viz::write_graph_dot(window, buf, {o.clusters});
  } else if (o.format == "graphml") {
    viz::write_graph_graphml(window, buf);
  } else {
    viz::write_graph_json(window, filter, buf);
  }
  return write_output(o.out, buf.str());
}

}  // namespace

void register_export(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "write the graph, or a window of it, as JSON, DOT, GraphML or CSV");
  add_db_option(*cmd, opts->db);
  cmd->add_option("--format", opts->format, "json (parley.graph/1), dot (GraphViz), graphml (Gephi, yEd), csv (Neo4j import: --out DIR)")
      ->required()
      ->check(CLI::IsMember({"json", "dot", "graphml", "csv"}));
  add_window_options(*cmd, opts->window_args);
  cmd->add_option("--out", opts->out, "output file (default: standard output); a directory for csv");
  cmd->add_flag("--clusters", opts->clusters, "dot: group officials by state");
  cmd->callback([opts, &state] { state.exit_code = run_export(*opts); });
}

}  // namespace parley::cli
