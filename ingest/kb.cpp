#include "ingest/kb.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "graph/errors.hpp"
#include "ingest/detail/embedded_files.hpp"

namespace parley::ingest {

namespace {

constexpr std::string_view kLanguages[] = {"en", "fa", "ar", "ru"};

NamesByLang names_field(const nlohmann::json& j, const char* key) {
  NamesByLang out;
  if (!j.contains(key)) return out;
  for (const auto& [lang, value] : j.at(key).items()) {
    if (value.is_string()) {
      out[lang].push_back(value.get<std::string>());
    } else {
      out[lang] = value.get<std::vector<std::string>>();
    }
  }
  return out;
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& s : from) {
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
  }
}

graph::StateCode code_of(const nlohmann::json& j, const char* key, const std::string& where) {
  auto code = graph::StateCode::parse(j.at(key).get<std::string>());
  if (!code) throw DataFileError(where + ": invalid code " + j.at(key).dump());
  return *code;
}

}  // namespace

graph::Actor StateInfo::to_actor() const {
  graph::Actor a;
  a.id = organization ? graph::ActorId::for_organization(code) : graph::ActorId::for_state(code);
  a.kind = organization ? graph::ActorKind::kOrganization : graph::ActorKind::kState;
  a.label = label;
  a.state = code;
  a.names = names;
  a.source = graph::ActorSource::kKb;
  return a;
}

void KnowledgeBase::add_document(std::string_view json_text, const std::string& name, graph::ActorSource source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a huge number
    throw DataFileError(name + ": not valid JSON: " + e.what());
  }
  try {
    for (const char* list : {"states", "organizations"}) {
      if (!doc.contains(list)) continue;
      const bool org = std::string_view(list) == "organizations";
      for (const auto& s : doc.at(list)) {
        StateInfo info{code_of(s, "code", name), s.value("iso2", std::string()), s.at("label").get<std::string>(),
                       org, names_field(s, "names"), names_field(s, "adjectives"), names_field(s, "metonyms"), {}};
        for (const auto& c : s.value("cities", nlohmann::json::array())) {
          info.cities.push_back({c.at("label").get<std::string>(), c.value("capital", false), names_field(c, "names")});
        }
        if (auto it = state_index_.find(info.code); it != state_index_.end()) {
          StateInfo& have = states_[it->second];  // a later file extends an earlier one
          for (const auto& [lang, v] : info.names) append_unique(have.names[lang], v);
          for (const auto& [lang, v] : info.adjectives) append_unique(have.adjectives[lang], v);
          for (const auto& [lang, v] : info.metonyms) append_unique(have.metonyms[lang], v);
          have.cities.insert(have.cities.end(), info.cities.begin(), info.cities.end());
        } else {
          state_index_.emplace(info.code, states_.size());
          states_.push_back(std::move(info));
        }
      }
    }
    if (doc.contains("officials")) {
      for (const auto& o : doc.at("officials")) {
        Official off;
        off.actor.label = o.at("label").get<std::string>();
        off.actor.id = o.contains("id") ? graph::ActorId(o.at("id").get<std::string>())
                                        : graph::ActorId::for_person(off.actor.label);
        off.actor.kind = graph::ActorKind::kOfficial;
        off.actor.state = code_of(o, "state", name + ": " + off.actor.label);
        off.actor.names = names_field(o, "names");
        off.actor.roles = o.value("roles", std::vector<graph::RoleSpan>{});
        if (o.contains("wikidata") && o.at("wikidata").is_string()) off.actor.wikidata = o.at("wikidata").get<std::string>();
        off.actor.source = source;
        off.short_names = names_field(o, "short");
        for (const auto& [lang, v] : off.short_names) append_unique(off.actor.aliases, v);
        if (auto it = official_index_.find(off.actor.id); it != official_index_.end()) {
          // Another file on the same person adds names and offices (a user file, or the built-in
          // file of secondary offices); it never removes any.
          Official& have = officials_[it->second];
          for (const auto& [lang, v] : off.actor.names) append_unique(have.actor.names[lang], v);
          for (const auto& [lang, v] : off.short_names) append_unique(have.short_names[lang], v);
          append_unique(have.actor.aliases, off.actor.aliases);
          for (const auto& r : off.actor.roles) {
            if (std::find(have.actor.roles.begin(), have.actor.roles.end(), r) == have.actor.roles.end()) have.actor.roles.push_back(r);
          }
          if (source == graph::ActorSource::kUser) have.actor.source = source;
        } else {
          official_index_.emplace(off.actor.id, officials_.size());
          officials_.push_back(std::move(off));
        }
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataFileError(name + ": " + e.what());
  }
}

void KnowledgeBase::add_official(const graph::Actor& actor) {
  Official off;
  off.actor = actor;
  for (const auto& [lang, names] : actor.names) {
    for (const auto& n : names) {
      const auto space = n.rfind(' ');
      if (space != std::string::npos && n.size() - space > 5) append_unique(off.short_names[lang], {n.substr(space + 1)});
    }
  }
  if (auto it = official_index_.find(actor.id); it != official_index_.end()) {
    Official& have = officials_[it->second];
    for (const auto& [lang, v] : off.actor.names) append_unique(have.actor.names[lang], v);
    for (const auto& [lang, v] : off.short_names) append_unique(have.short_names[lang], v);
    for (const auto& r : off.actor.roles) {
      if (std::find(have.actor.roles.begin(), have.actor.roles.end(), r) == have.actor.roles.end()) have.actor.roles.push_back(r);
    }
    return;
  }
  official_index_.emplace(actor.id, officials_.size());
  officials_.push_back(std::move(off));
}

void KnowledgeBase::add_cldr_names() {
  for (auto& s : states_) {
    if (s.iso2.size() != 2) continue;
    const icu::Locale region("", s.iso2.c_str());
    for (std::string_view lang : kLanguages) {
      icu::UnicodeString name;
      region.getDisplayCountry(icu::Locale(std::string(lang).c_str()), name);
      std::string utf8;
      name.toUTF8String(utf8);
      // ICU falls back to the code itself when it has no name.
      if (utf8.empty() || utf8 == s.iso2) continue;
      auto& list = s.names[std::string(lang)];
      if (std::find(list.begin(), list.end(), utf8) == list.end()) list.insert(list.begin(), utf8);
    }
  }
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::builtin() {
  static const std::shared_ptr<const KnowledgeBase> kb = [] {
    auto built = std::make_shared<KnowledgeBase>();
    for (const auto& f : detail::embedded_files()) {
      if (f.path.substr(0, 3) == "kb/" && f.path.size() > 5 && f.path.substr(f.path.size() - 5) == ".json") {
        built->add_document(f.content, "ingest/" + std::string(f.path), graph::ActorSource::kKb);
      }
    }
    built->add_cldr_names();
    return built;
  }();
  return kb;
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::with_user_files(const std::vector<std::filesystem::path>& files) {
  if (files.empty()) return builtin();
  auto kb = std::make_shared<KnowledgeBase>(*builtin());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataFileError(path.string() + ": cannot open knowledge-base file");
    std::ostringstream text;
    text << in.rdbuf();
    kb->add_document(text.str(), path.string(), graph::ActorSource::kUser);
  }
  kb->add_cldr_names();
  return kb;
}

const StateInfo* KnowledgeBase::state(const graph::StateCode& code) const {
  auto it = state_index_.find(code);
  return it == state_index_.end() ? nullptr : &states_[it->second];
}

const Official* KnowledgeBase::official(const graph::ActorId& id) const {
  auto it = official_index_.find(id);
  return it == official_index_.end() ? nullptr : &officials_[it->second];
}

std::vector<const Official*> KnowledgeBase::holders(graph::Role role, const graph::StateCode& state,
                                                    const graph::Date& date) const {
  std::vector<const Official*> out;
  for (const auto& o : officials_) {
    for (const auto& span : o.actor.roles) {
      if (span.role == role && span.state == state && span.held_on(date)) {
        out.push_back(&o);
        break;
      }
    }
  }
  return out;
}

std::optional<graph::Actor> KnowledgeBase::actor(const graph::ActorId& id) const {
  if (const Official* o = official(id)) return o->actor;
  const auto scheme = id.scheme();
  const std::string_view rest = std::string_view(id.str()).substr(scheme.size() + 1);
  if (scheme == "state" || scheme == "org") {
    auto code = graph::StateCode::parse(rest);
    if (!code) return std::nullopt;
    if (const StateInfo* s = state(*code)) return s->to_actor();
    return std::nullopt;
  }
  if (scheme == "role") {  // "role:foreign_minister@QAT": an office holder the text did not name
    const auto at = rest.find('@');
    if (at == std::string_view::npos) return std::nullopt;
    auto role = graph::parse_role(rest.substr(0, at));
    auto code = graph::StateCode::parse(rest.substr(at + 1));
    if (!role || !code) return std::nullopt;
    graph::Actor a;
    a.id = id;
    a.kind = graph::ActorKind::kOfficial;
    const StateInfo* s = state(*code);
    std::string office(graph::to_string(*role));
    std::replace(office.begin(), office.end(), '_', ' ');
    a.label = (s ? s->label : code->str()) + " " + office;
    a.state = *code;
    a.roles.push_back({*role, *code, std::nullopt, std::nullopt});
    a.source = graph::ActorSource::kLearned;
    return a;
  }
  return std::nullopt;
}

}  // namespace parley::ingest
