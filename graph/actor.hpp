#pragma once
// Actors: officials, states and organizations, the nodes of the graph.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "graph/date.hpp"
#include "graph/ids.hpp"

namespace parley::graph {

enum class ActorKind { kOfficial, kState, kOrganization };
std::string_view to_string(ActorKind k);
std::optional<ActorKind> parse_actor_kind(std::string_view s);

// Where parley learned of an actor: the curated knowledge base, an apposition in an article
// ("Sergey Lavrov, Russia's foreign minister"), or the user's own file.
enum class ActorSource { kKb, kLearned, kUser };
std::string_view to_string(ActorSource s);
std::optional<ActorSource> parse_actor_source(std::string_view s);

// The offices the resolver and the export know. Anything else is kOther. Declared from the highest
// office down: when someone holds several at once, the first is who they are in a counterpart.
enum class Role {
  kHeadOfState,
  kHeadOfGovernment,
  kForeignMinister,
  kDeputyForeignMinister,
  kMinister,
  kEnvoy,
  kAmbassador,
  kSecurityOfficial,
  kAdvisor,
  kSpeaker,
  kOther,
};
std::string_view to_string(Role r);
std::optional<Role> parse_role(std::string_view s);

// One office held over a span of dates; open ends are unknown or "still in office".
struct RoleSpan {
  Role role = Role::kOther;
  std::optional<StateCode> state;
  std::optional<Date> from;
  std::optional<Date> to;

  // True when the office was held on `d` (unknown dates and open ends count as held).
  bool held_on(const Date& d) const;
  friend bool operator==(const RoleSpan&, const RoleSpan&) = default;
};

struct Actor {
  ActorId id;
  ActorKind kind = ActorKind::kOfficial;
  std::string label;                                         // English canonical name
  std::optional<StateCode> state;                            // state served (officials) or the state itself
  std::map<std::string, std::vector<std::string>> names;     // language -> names, most common first
  std::vector<std::string> aliases;                          // other spellings, any language
  std::vector<RoleSpan> roles;
  std::optional<std::string> wikidata;
  ActorSource source = ActorSource::kKb;

  friend bool operator==(const Actor&, const Actor&) = default;
};

// An actor as an article hands it to the store (ArticleRecord), with the normalised names the
// name index keys it by (normalisation is the caller's: see ingest/). Shared, not copied: ingest
// builds each knowledge-base actor once per process, and thousands of articles name the same few
// hundred. Copying them into every record was a tenth of ingest time.
struct NamedActor {
  Actor actor;
  std::vector<std::string> names;
};
using SharedActor = std::shared_ptr<const NamedActor>;

inline SharedActor share(Actor actor, std::vector<std::string> names = {}) {
  return std::make_shared<const NamedActor>(NamedActor{std::move(actor), std::move(names)});
}

void to_json(nlohmann::json& j, const Actor& a);
void from_json(const nlohmann::json& j, Actor& a);
void to_json(nlohmann::json& j, const RoleSpan& r);
void from_json(const nlohmann::json& j, RoleSpan& r);

}  // namespace parley::graph
