// parley timeline: the contacts of some actors (or all) in time order.

#include <iostream>
#include <sstream>

#include "cli/actor_lookup.hpp"
#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "query/neighbourhood.hpp"
#include "query/network.hpp"
#include "query/window.hpp"
#include "viz/json_export.hpp"
#include "viz/timeline_svg.hpp"
#include "viz/timeline_text.hpp"

namespace parley::cli {

namespace {

struct TimelineOptions {
  std::string db;
  std::vector<std::string> actors;
  WindowArgs window_args;
  std::string format = "text";
  int hops = 0;
  std::string out;
};

int run_timeline(const TimelineOptions& o) {
  const query::WindowFilter filter = window_filter(o.window_args);
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  std::set<graph::ActorId> ids;
  for (const auto& a : o.actors) ids.insert(lookup_actor(*store, a));
  auto window = query::load_window(*store, filter);
  if (!ids.empty() && o.hops > 0) {
    // The actors within K contacts of the given ones, and their contacts among themselves.
    ids = query::neighbourhood(query::Network::from_window(window, query::Level::kOfficial), ids, o.hops);
    window = query::restrict_to(window, ids);
  } else if (!ids.empty()) {
    window = query::restrict_to(window, ids);
  }
  std::ostringstream buf;
  if (o.format == "json") {
    viz::write_graph_json(window, filter, buf);
  } else if (o.format == "svg" || o.format == "html") {
    viz::TimelinePictureOptions picture;
    if (!o.actors.empty()) {
      picture.title = "Contacts of";
      for (std::size_t i = 0; i < o.actors.size(); ++i) picture.title += (i ? ", " : " ") + o.actors[i];
    }
    (o.format == "svg" ? viz::write_timeline_svg : viz::write_timeline_html)(window, buf, picture);
  } else {
    viz::write_timeline_text(window, buf);
  }
  return write_output(o.out, buf.str());
}

}  // namespace

void register_timeline(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<TimelineOptions>();
  auto* cmd = app.add_subcommand("timeline", "contacts in time order: of one actor, among several, or all");
  add_db_option(*cmd, opts->db);
  cmd->add_option("actors", opts->actors, "names (any language) or ids; none: every contact");
  add_window_options(*cmd, opts->window_args);
  cmd->add_option("--format", opts->format, "text, json, svg (a picture) or html (the picture with hover details)")
      ->check(CLI::IsMember({"text", "json", "svg", "html"}));
  cmd->add_option("--out", opts->out, "output file (default: standard output)");
  cmd->add_option("--hops", opts->hops, "also the actors within this many contacts of the given ones")->check(CLI::Range(0, 10));
  cmd->callback([opts, &state] { state.exit_code = run_timeline(*opts); });
}

}  // namespace parley::cli
