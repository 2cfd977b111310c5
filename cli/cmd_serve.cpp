// parley serve: the read-only JSON API for dashboards.

#include <cstdio>

#include "cli/commands.hpp"
#include "graph/errors.hpp"
#include "graph/store.hpp"
#include "ingest/normalizer.hpp"
#include "query/http_api.hpp"
#include "viz/dashboard_page.hpp"

namespace parley::cli {

namespace {

struct ServeOptions {
  std::string db, host = "127.0.0.1", cors;
  int port = 8080;
};

int run_serve(const ServeOptions& o) {
  // Fail now, with the store's own message, rather than on the first request.
  graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  query::ApiOptions api;
  api.db = o.db;
  api.cors_origin = o.cors;
  api.files = viz::dashboard_files();
  api.normalise = [](const std::string& s) { return ingest::Normalizer::instance().key(s); };
  query::ApiServer server(api);
  const int port = server.bind(o.host, o.port);
  if (port < 0) throw Error("cannot listen on " + o.host + ":" + std::to_string(o.port) + ": the port is in use (another parley serve?) or not allowed");
  std::printf("parley: serving %s read-only: dashboard at http://%s:%d/ , JSON API under /api/ (stats, actors, graph, contacts, timeline, centrality, edges)\n",
              o.db.c_str(), o.host.c_str(), port);
  std::fflush(stdout);
  return server.listen() ? kExitOk : kExitFailure;
}

}  // namespace

void register_serve(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve", "the read-only JSON API over the database (see query/http_api.hpp)");
  add_db_option(*cmd, opts->db);
  cmd->add_option("--host", opts->host, "address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", opts->port, "port (0: any free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--cors-origin", opts->cors, "allow this origin to call the API from a browser (e.g. http://localhost:3000)");
  cmd->callback([opts, &state] { state.exit_code = run_serve(*opts); });
}

}  // namespace parley::cli
