#include "graph/actor.hpp"

#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "graph/errors.hpp"

namespace parley::graph {

namespace {
constexpr std::array<std::pair<ActorKind, std::string_view>, 3> kKinds{{
    {ActorKind::kOfficial, "official"},
    {ActorKind::kState, "state"},
    {ActorKind::kOrganization, "organization"},
}};
constexpr std::array<std::pair<ActorSource, std::string_view>, 3> kSources{{
    {ActorSource::kKb, "kb"},
    {ActorSource::kLearned, "learned"},
    {ActorSource::kUser, "user"},
}};
constexpr std::array<std::pair<Role, std::string_view>, 11> kRoles{{
    {Role::kHeadOfState, "head_of_state"},
    {Role::kHeadOfGovernment, "head_of_government"},
    {Role::kForeignMinister, "foreign_minister"},
    {Role::kDeputyForeignMinister, "deputy_foreign_minister"},
    {Role::kMinister, "minister"},
    {Role::kEnvoy, "envoy"},
    {Role::kAmbassador, "ambassador"},
    {Role::kSecurityOfficial, "security_official"},
    {Role::kAdvisor, "advisor"},
    {Role::kSpeaker, "speaker"},
    {Role::kOther, "other"},
}};

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [e, s] : table) {
    if (e == value) return s;
  }
  return "?";
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s) {
  for (const auto& [e, name] : table) {
    if (name == s) return e;
  }
  return std::nullopt;
}

std::optional<Date> date_field(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  auto d = Date::parse_iso(j.at(key).get<std::string>());
  if (!d) throw DataFileError(std::string("invalid date in '") + key + "': " + j.at(key).dump());
  return d;
}

std::optional<StateCode> code_field(const nlohmann::json& j, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  auto c = StateCode::parse(j.at(key).get<std::string>());
  if (!c) throw DataFileError(std::string("invalid state code in '") + key + "': " + j.at(key).dump());
  return c;
}
}  // namespace

std::string_view to_string(ActorKind k) { return name_of(kKinds, k); }
std::optional<ActorKind> parse_actor_kind(std::string_view s) { return value_of(kKinds, s); }
std::string_view to_string(ActorSource s) { return name_of(kSources, s); }
std::optional<ActorSource> parse_actor_source(std::string_view s) { return value_of(kSources, s); }
std::string_view to_string(Role r) { return name_of(kRoles, r); }
std::optional<Role> parse_role(std::string_view s) { return value_of(kRoles, s); }

bool RoleSpan::held_on(const Date& d) const {
  if (!d.known()) return true;
  if (from && from->known() && *d.last_day() < *from->first_day()) return false;
  if (to && to->known() && *d.first_day() > *to->last_day()) return false;
  return true;
}

void to_json(nlohmann::json& j, const RoleSpan& r) {
  j = nlohmann::json{{"role", to_string(r.role)},
                     {"state", r.state ? nlohmann::json(r.state->str()) : nlohmann::json(nullptr)},
                     {"from", r.from ? nlohmann::json(r.from->iso()) : nlohmann::json(nullptr)},
                     {"to", r.to ? nlohmann::json(r.to->iso()) : nlohmann::json(nullptr)}};
}

void from_json(const nlohmann::json& j, RoleSpan& r) {
  const auto role = j.at("role").get<std::string>();
  r.role = parse_role(role).value_or(Role::kOther);
  r.state = code_field(j, "state");
  r.from = date_field(j, "from");
  r.to = date_field(j, "to");
}

void to_json(nlohmann::json& j, const Actor& a) {
  j = nlohmann::json::object();
  j["id"] = a.id.str();
  j["kind"] = to_string(a.kind);
  j["label"] = a.label;
  j["state"] = a.state ? nlohmann::json(a.state->str()) : nlohmann::json(nullptr);
  j["names"] = a.names;
  j["aliases"] = a.aliases;
  j["roles"] = a.roles;
  j["wikidata"] = a.wikidata ? nlohmann::json(*a.wikidata) : nlohmann::json(nullptr);
  j["source"] = to_string(a.source);
}

void from_json(const nlohmann::json& j, Actor& a) {
  a.id = ActorId(j.at("id").get<std::string>());
  const auto kind = parse_actor_kind(j.at("kind").get<std::string>());
  if (!kind) throw DataFileError("unknown actor kind: " + j.at("kind").dump());
  a.kind = *kind;
  a.label = j.at("label").get<std::string>();
  a.state = code_field(j, "state");
  a.names = j.value("names", decltype(a.names){});
  a.aliases = j.value("aliases", decltype(a.aliases){});
  a.roles = j.value("roles", decltype(a.roles){});
  a.wikidata = j.contains("wikidata") && !j.at("wikidata").is_null()
                   ? std::optional<std::string>(j.at("wikidata").get<std::string>())
                   : std::nullopt;
  a.source = parse_actor_source(j.value("source", std::string("kb"))).value_or(ActorSource::kKb);
}

}  // namespace parley::graph
