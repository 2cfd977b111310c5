// parley contacts: who an actor talked to, met or visited, and when, newest first.

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/actor_lookup.hpp"
#include "cli/commands.hpp"
#include "graph/store.hpp"
#include "query/contacts.hpp"

namespace parley::cli {

namespace {

struct ContactsOptions {
  std::string db, actor, with;
  WindowArgs window_args;
  bool json = false;
};

std::string label_of(const graph::Store& store, const graph::ActorId& id) {
  auto a = store.actor(id);
  return a ? a->label : id.str();
}

int run_contacts(const ContactsOptions& o) {
  query::ContactFilter filter;
  filter.window = window_filter(o.window_args);
  auto store = graph::Store::open(o.db, graph::Store::Mode::kReadOnly);
  const auto actor = lookup_actor(*store, o.actor);
  if (!o.with.empty()) filter.with = lookup_actor(*store, o.with);
  const auto contacts = query::contacts_of(*store, actor, filter);
  if (o.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& c : contacts) {
      const auto i = query::interaction_of(*store, c);
      nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
      for (const auto& m : i.mentions) mentions.push_back({{"article", m.article}, {"text", m.text}, {"start", m.start}, {"end", m.end}});
      out.push_back({{"date", i.date.known() ? nlohmann::ordered_json(i.date.iso()) : nlohmann::ordered_json(nullptr)},
                     {"date_precision", graph::to_string(i.date.precision())},
                     {"type", graph::to_string(i.type)},
                     {"counterpart", {{"id", c.counterpart}, {"label", label_of(*store, c.counterpart_id())}}},
                     {"location", i.location.city.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(i.location.city)},
                     {"mentions", mentions}});
    }
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  std::printf("%s: %zu contacts\n", label_of(*store, actor).c_str(), contacts.size());
  for (const auto& c : contacts) {
    const auto i = query::interaction_of(*store, c);
    std::printf("%-12s %-7s %s%s%s\n", i.date.known() ? i.date.iso().c_str() : "date unknown",
                std::string(graph::to_string(i.type)).c_str(), label_of(*store, c.counterpart_id()).c_str(),
                i.location.city.empty() ? "" : (" (" + i.location.city + ")").c_str(), "");
    if (!i.mentions.empty()) {
      std::printf("             [%s] %s\n", i.mentions.front().article.c_str(), i.mentions.front().text.c_str());
    }
  }
  return kExitOk;
}

}  // namespace

void register_contacts(CLI::App& app, RunState& state) {
  auto opts = std::make_shared<ContactsOptions>();
  auto* cmd = app.add_subcommand("contacts", "who an actor called, met or visited, and when, newest first, with evidence");
  add_db_option(*cmd, opts->db);
  cmd->add_option("actor", opts->actor, "a name in any language, or an actor id")->required();
  cmd->add_option("--with", opts->with, "only contacts with this actor");
  add_window_options(*cmd, opts->window_args);
  cmd->add_flag("--json", opts->json, "print JSON");
  cmd->callback([opts, &state] { state.exit_code = run_contacts(*opts); });
}

}  // namespace parley::cli
