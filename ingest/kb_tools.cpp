#include "ingest/kb_tools.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "ingest/normalizer.hpp"

namespace parley::ingest {

namespace {

constexpr const char* kLanguages[] = {"en", "fa", "ar", "ru"};
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();  // an open term's end

std::string key_of(std::string_view s) { return Normalizer::instance().phrase_key(s); }

// 0: no match, 1: prefix, 2: exact.
int name_match(const std::string& query, const std::vector<std::string>& names) {
  int best = 0;
  for (const auto& n : names) {
    const std::string k = key_of(n);
    if (k == query) return 2;
    if (k.rfind(query, 0) == 0) best = 1;
  }
  return best;
}

std::vector<std::string> all_names(const graph::Actor& a, const NamesByLang& extra) {
  std::vector<std::string> out{a.label};
  for (const auto& [lang, v] : a.names) out.insert(out.end(), v.begin(), v.end());
  for (const auto& [lang, v] : extra) out.insert(out.end(), v.begin(), v.end());
  out.insert(out.end(), a.aliases.begin(), a.aliases.end());
  return out;
}

bool single_holder(graph::Role r) {
  return r == graph::Role::kHeadOfState || r == graph::Role::kHeadOfGovernment || r == graph::Role::kForeignMinister;
}

std::string term_text(const graph::RoleSpan& s) {
  return (s.from ? s.from->iso() : "?") + ".." + (s.to ? s.to->iso() : "now");
}

}  // namespace

KbStats kb_stats(const KnowledgeBase& kb) {
  KbStats st;
  std::set<std::string> states_with_officials;
  for (const auto& s : kb.states()) {
    (s.organization ? st.organizations : st.states)++;
    st.cities += s.cities.size();
    for (const char* lang : kLanguages) {
      if (s.names.count(lang) && !s.names.at(lang).empty()) ++st.states_named_in[lang];
    }
  }
  for (const auto& o : kb.officials()) {
    ++st.officials;
    std::set<graph::Role> roles;
    for (const auto& r : o.actor.roles) {
      ++st.terms;
      roles.insert(r.role);
      if (r.state) states_with_officials.insert(r.state->str());
      if (r.from && (!st.first_term || *r.from < *st.first_term)) st.first_term = r.from;
      if (r.to && (!st.last_term || *st.last_term < *r.to)) st.last_term = r.to;
    }
    for (auto r : roles) ++st.officials_by_role[r];
    for (const char* lang : kLanguages) {
      if (o.actor.names.count(lang) && !o.actor.names.at(lang).empty()) ++st.officials_named_in[lang];
    }
  }
  st.states_with_officials = states_with_officials.size();
  return st;
}

std::vector<const Official*> find_officials(const KnowledgeBase& kb, std::string_view name) {
  const std::string query = key_of(name);
  std::vector<std::pair<int, const Official*>> hits;
  if (query.empty()) return {};
  for (const auto& o : kb.officials()) {
    if (int m = name_match(query, all_names(o.actor, o.short_names)); m > 0 || o.actor.id.str() == name) hits.emplace_back(m, &o);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const Official*> out;
  for (const auto& [m, o] : hits) out.push_back(o);
  return out;
}

std::vector<const StateInfo*> find_states(const KnowledgeBase& kb, std::string_view name) {
  const std::string query = key_of(name);
  std::vector<std::pair<int, const StateInfo*>> hits;
  if (query.empty()) return {};
  for (const auto& s : kb.states()) {
    std::vector<std::string> names{s.label, s.code.str()};
    for (const auto& [lang, v] : s.names) names.insert(names.end(), v.begin(), v.end());
    for (const auto& [lang, v] : s.adjectives) names.insert(names.end(), v.begin(), v.end());
    if (int m = name_match(query, names); m > 0) hits.emplace_back(m, &s);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const StateInfo*> out;
  for (const auto& [m, s] : hits) out.push_back(s);
  return out;
}

std::vector<KbProblem> validate_kb(const KnowledgeBase& kb) {
  std::vector<KbProblem> problems;
  for (const auto& s : kb.states()) {
    for (const char* lang : kLanguages) {
      if (!s.names.count(lang) || s.names.at(lang).empty()) {
        problems.push_back({(s.organization ? "org:" : "state:") + s.code.str(), std::string("no name in ") + lang});
      }
    }
  }
  // office (role, state) -> terms of the people who held it
  std::map<std::pair<graph::Role, std::string>, std::vector<std::pair<const Official*, const graph::RoleSpan*>>> offices;
  for (const auto& o : kb.officials()) {
    const std::string who = o.actor.id.str();
    if (!o.actor.state) problems.push_back({who, "has no state"});
    else if (!kb.state(*o.actor.state)) problems.push_back({who, "serves unknown state or organization " + o.actor.state->str()});
    if (o.actor.roles.empty()) problems.push_back({who, "holds no office"});
    if (o.actor.label.empty()) problems.push_back({who, "has no label"});
    for (const auto& r : o.actor.roles) {
      if (r.from && r.to && *r.to < *r.from) problems.push_back({who, "term " + term_text(r) + " ends before it starts"});
      if (r.state && !kb.state(*r.state)) problems.push_back({who, "office of unknown state " + r.state->str()});
      if (single_holder(r.role) && r.state) offices[{r.role, r.state->str()}].emplace_back(&o, &r);
    }
  }
  for (const auto& [office, terms] : offices) {
    for (std::size_t i = 0; i < terms.size(); ++i) {
      for (std::size_t j = i + 1; j < terms.size(); ++j) {
        const auto& [a, ra] = terms[i];
        const auto& [b, rb] = terms[j];
        if (a == b) continue;
        // Overlap by more than a changeover day; open ends run to today; month-precision ends
        // are compared by their last and first days, which only flags certain overlaps.
        if (!ra->from || !rb->from) continue;
        const std::int64_t start = std::max(ra->from->last_day().value_or(kNever), rb->from->last_day().value_or(kNever));
        const std::int64_t end = std::min(ra->to ? ra->to->first_day().value_or(kNever) : kNever,
                                          rb->to ? rb->to->first_day().value_or(kNever) : kNever);
        if (end > start) {
          problems.push_back({a->actor.id.str(), std::string(graph::to_string(office.first)) + "@" + office.second + " " +
                                                     term_text(*ra) + " overlaps " + b->actor.id.str() + " " + term_text(*rb)});
        }
      }
    }
  }
  return problems;
}

std::vector<KbProblem> validate_kb_file(std::string_view json_text, const std::string& name) {
  std::vector<KbProblem> problems;
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a huge number
    return {{name, std::string("not valid JSON: ") + e.what()}};
  }
  if (!doc.is_object() || (!doc.contains("officials") && !doc.contains("states") && !doc.contains("organizations"))) {
    return {{name, "no \"officials\", \"states\" or \"organizations\" list"}};
  }
  std::set<std::string> ids, touched;
  for (const auto& o : doc.value("officials", nlohmann::json::array())) {
    const std::string id = o.value("id", std::string());
    if (!id.empty() && !ids.insert(id).second) problems.push_back({name, "id " + id + " appears twice"});
    if (o.contains("state") && o.at("state").is_string()) touched.insert(o.at("state").get<std::string>());
  }
  KnowledgeBase kb(*KnowledgeBase::builtin());
  try {
    kb.add_document(json_text, name, graph::ActorSource::kUser);
  } catch (const Error& e) {
    problems.push_back({name, e.what()});
    return problems;
  }
  for (const auto& p : validate_kb(kb)) {
    // Report what the file is part of: its own entries and the offices of the states it touches.
    const bool own = ids.count(p.where) > 0;
    const bool touches = std::any_of(touched.begin(), touched.end(), [&](const std::string& code) {
      return p.message.find("@" + code + " ") != std::string::npos;
    });
    if (own || touches) problems.push_back({name + ": " + p.where, p.message});
  }
  return problems;
}

graph::Role role_of_position(std::string_view label) {
  std::string l(label);
  std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto has = [&l](std::string_view w) { return l.find(w) != std::string::npos; };
  if (has("deputy") && has("foreign")) return graph::Role::kDeputyForeignMinister;
  if (has("foreign") || has("external affairs") || has("secretary of state")) return graph::Role::kForeignMinister;
  if (has("prime minister") || has("chancellor") || has("premier") || has("head of government")) return graph::Role::kHeadOfGovernment;
  if (has("president") || has("king") || has("queen") || has("emir") || has("sultan") || has("monarch") || has("head of state")) {
    return graph::Role::kHeadOfState;
  }
  if (has("speaker")) return graph::Role::kSpeaker;
  if (has("ambassador")) return graph::Role::kAmbassador;
  if (has("envoy") || has("special representative")) return graph::Role::kEnvoy;
  if (has("security advis") || has("security council")) return graph::Role::kSecurityOfficial;
  if (has("advis")) return graph::Role::kAdvisor;
  if (has("minister")) return graph::Role::kMinister;
  return graph::Role::kOther;
}

std::vector<graph::Actor> import_wikidata(std::string_view json_text, const std::string& name) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a huge number
    throw DataFileError(name + ": not valid JSON: " + e.what());
  }
  if (!doc.contains("results") || !doc.at("results").contains("bindings")) {
    throw DataFileError(name + ": not SPARQL JSON results (no results.bindings)");
  }
  auto value = [](const nlohmann::json& row, const char* var) -> std::string {
    return row.contains(var) && row.at(var).contains("value") ? row.at(var).at("value").get<std::string>() : std::string();
  };
  auto date_of = [&](const nlohmann::json& row, const char* var, std::size_t n) -> std::optional<graph::Date> {
    const std::string v = value(row, var);  // "2004-03-09T00:00:00Z"
    if (v.size() < 10) return std::nullopt;
    auto d = graph::Date::parse_iso(v.substr(0, 10));
    if (!d) throw DataFileError(name + ": row " + std::to_string(n) + ": bad date \"" + v + "\" in ?" + var);
    return d;
  };
  std::map<std::string, graph::Actor> people;  // by Wikidata id, in id order
  std::size_t n = 0;
  for (const auto& row : doc.at("results").at("bindings")) {
    ++n;
    const std::string uri = value(row, "person");
    const std::string qid = uri.substr(uri.rfind('/') + 1);
    const std::string label = value(row, "personLabel");
    const auto code = graph::StateCode::parse(value(row, "countryCode"));
    if (qid.empty() || qid[0] != 'Q' || label.empty()) throw DataFileError(name + ": row " + std::to_string(n) + ": no ?person or ?personLabel");
    if (!code) throw DataFileError(name + ": row " + std::to_string(n) + ": no ISO alpha-3 ?countryCode");
    auto [it, fresh] = people.try_emplace(qid);
    graph::Actor& a = it->second;
    if (fresh) {
      a.id = graph::ActorId::for_person(label);
      a.kind = graph::ActorKind::kOfficial;
      a.label = label;
      a.state = code;
      a.wikidata = qid;
      a.source = graph::ActorSource::kUser;
      a.names["en"].push_back(label);
    }
    for (const auto& [var, lang] : {std::pair{"nameFa", "fa"}, std::pair{"nameAr", "ar"}, std::pair{"nameRu", "ru"}}) {
      const std::string v = value(row, var);
      auto& list = a.names[lang];
      if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
    }
    graph::RoleSpan span{role_of_position(value(row, "positionLabel")), code, date_of(row, "start", n), date_of(row, "end", n)};
    if (std::find(a.roles.begin(), a.roles.end(), span) == a.roles.end()) a.roles.push_back(span);
  }
  std::vector<graph::Actor> out;
  for (auto& [qid, a] : people) {
    for (auto it = a.names.begin(); it != a.names.end();) it = it->second.empty() ? a.names.erase(it) : std::next(it);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace parley::ingest
