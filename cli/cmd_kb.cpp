// parley kb: inspect, check and extend the knowledge base.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "graph/errors.hpp"
#include "graph/store.hpp"
#include "ingest/kb_tools.hpp"
#include "ingest/search_keys.hpp"

namespace parley::cli {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot open '" + path + "'");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string terms(const graph::Actor& a) {
  std::string out;
  for (const auto& r : a.roles) {
    if (!out.empty()) out += "; ";
    out += std::string(graph::to_string(r.role)) + "@" + (r.state ? r.state->str() : "?") + " " + (r.from ? r.from->iso() : "?") +
           ".." + (r.to ? r.to->iso() : "now");
  }
  return out;
}

int run_stats(bool json) {
  const auto st = ingest::kb_stats(*ingest::KnowledgeBase::builtin());
  nlohmann::ordered_json j;
  j["states"] = st.states;
  j["organizations"] = st.organizations;
  j["cities"] = st.cities;
  j["officials"] = st.officials;
  j["terms"] = st.terms;
  j["states_with_officials"] = st.states_with_officials;
  for (const auto& [role, n] : st.officials_by_role) j["officials_by_role"][std::string(graph::to_string(role))] = n;
  for (const auto& [lang, n] : st.officials_named_in) j["officials_named_in"][lang] = n;
  for (const auto& [lang, n] : st.states_named_in) j["states_named_in"][lang] = n;
  j["first_term"] = st.first_term ? nlohmann::ordered_json(st.first_term->iso()) : nlohmann::ordered_json(nullptr);
  j["last_term"] = st.last_term ? nlohmann::ordered_json(st.last_term->iso()) : nlohmann::ordered_json(nullptr);
  if (json) {
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  std::printf("states         %zu (%zu with officials), organizations %zu, cities %zu\n", st.states, st.states_with_officials,
              st.organizations, st.cities);
  std::printf("officials      %zu, terms of office %zu, %s .. %s\n", st.officials, st.terms,
              st.first_term ? st.first_term->iso().c_str() : "-", st.last_term ? st.last_term->iso().c_str() : "-");
  std::printf("by office     ");
  for (const auto& [role, n] : st.officials_by_role) std::printf(" %s %zu", std::string(graph::to_string(role)).c_str(), n);
  std::printf("\nnames         ");
  for (const auto& [lang, n] : st.officials_named_in) std::printf(" %s %zu", lang.c_str(), n);
  std::printf(" (officials)\n");
  return kExitOk;
}

int run_find(const std::string& name, bool json) {
  const auto kb = ingest::KnowledgeBase::builtin();
  const auto officials = ingest::find_officials(*kb, name);
  const auto states = ingest::find_states(*kb, name);
  if (json) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto* o : officials) j.push_back(o->actor);
    for (const auto* s : states) j.push_back(s->to_actor());
    std::cout << j.dump(2) << '\n';
  } else {
    for (const auto* o : officials) {
      std::printf("%-40s %-4s %s  %s\n", o->actor.id.str().c_str(), o->actor.state ? o->actor.state->str().c_str() : "-",
                  o->actor.label.c_str(), terms(o->actor).c_str());
    }
    for (const auto* s : states) std::printf("%-40s %-4s %s\n", s->to_actor().id.str().c_str(), s->code.str().c_str(), s->label.c_str());
  }
  if (officials.empty() && states.empty()) {
    print_error("nothing in the knowledge base is named '" + name + "'");
    return kExitFailure;
  }
  return kExitOk;
}

int run_validate(const std::vector<std::string>& files) {
  std::size_t problems = 0;
  for (const auto& f : files) {
    for (const auto& p : ingest::validate_kb_file(read_file(f), f)) {
      print_error(p.to_string());
      ++problems;
    }
  }
  if (files.empty()) {
    for (const auto& p : ingest::validate_kb(*ingest::KnowledgeBase::builtin())) {
      print_error("built-in: " + p.to_string());
      ++problems;
    }
  }
  std::printf("%zu problems\n", problems);
  return problems ? kExitFailure : kExitOk;
}

int run_import(const std::string& db, const std::string& file) {
  const auto actors = ingest::import_wikidata(read_file(file), file);
  std::vector<std::pair<std::string, graph::ActorId>> names;
  for (const auto& a : actors) {
    for (auto& key : ingest::search_keys(a)) names.emplace_back(std::move(key), a.id);
  }
  auto store = graph::Store::open(db, graph::Store::Mode::kReadWrite);
  store->put_actors(actors, names);
  std::size_t terms = 0;
  for (const auto& a : actors) terms += a.roles.size();
  std::printf("%zu officials with %zu terms of office imported into %s (used by later ingests)\n", actors.size(), terms, db.c_str());
  return kExitOk;
}

}  // namespace

void register_kb(CLI::App& app, RunState& state) {
  auto* kb = app.add_subcommand("kb", "inspect, check and extend the knowledge base");
  kb->require_subcommand(1);

  auto json = std::make_shared<bool>(false);
  auto* stats = kb->add_subcommand("stats", "counts by kind, coverage by language, date range");
  stats->add_flag("--json", *json, "print JSON");
  stats->callback([json, &state] { state.exit_code = run_stats(*json); });

  auto name = std::make_shared<std::string>();
  auto find_json = std::make_shared<bool>(false);
  auto* find = kb->add_subcommand("find", "officials and states by any name in any language, with their offices");
  find->add_option("name", *name, "a name, or the start of one")->required();
  find->add_flag("--json", *find_json, "print JSON");
  find->callback([name, find_json, &state] { state.exit_code = run_find(*name, *find_json); });

  auto files = std::make_shared<std::vector<std::string>>();
  auto* validate = kb->add_subcommand("validate", "check knowledge-base files (none: the built-in one)");
  validate->add_option("files", *files, "files in the format of ingest/kb/ (officials, states, organizations)")
      ->check(CLI::ExistingFile);
  validate->callback([files, &state] { state.exit_code = run_validate(*files); });

  auto db = std::make_shared<std::string>();
  auto results = std::make_shared<std::string>();
  auto* import = kb->add_subcommand("import-wikidata", "store officials from Wikidata SPARQL results in the database");
  add_db_option(*import, *db);
  import->add_option("results", *results, "JSON results of the query in the README")->required()->check(CLI::ExistingFile);
  import->callback([db, results, &state] { state.exit_code = run_import(*db, *results); });
}

}  // namespace parley::cli
