#pragma once
// Strong types for identifiers, so that an ISO code, an actor id and an article id cannot be mixed.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace parley::graph {

// An ISO 3166-1 alpha-3 state code ("IRN") or an organization code ("UN", "EU", "OIC"): 2-6
// uppercase ASCII letters.
class StateCode {
 public:
  // nullopt unless `code` is 2-6 ASCII letters; lower case is upper-cased.
  static std::optional<StateCode> parse(std::string_view code);
  const std::string& str() const { return code_; }
  friend auto operator<=>(const StateCode&, const StateCode&) = default;

 private:
  explicit StateCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

// A stable actor id: "state:IRN", "org:UN", "person:sergey-lavrov", or
// "role:foreign_minister@QAT" for an office holder the text did not let us identify.
class ActorId {
 public:
  ActorId() = default;
  explicit ActorId(std::string value) : value_(std::move(value)) {}

  static ActorId for_state(const StateCode& code) { return ActorId("state:" + code.str()); }
  static ActorId for_organization(const StateCode& code) { return ActorId("org:" + code.str()); }
  static ActorId for_role(std::string_view role, const StateCode& state);
  // "person:" + an ASCII slug of the label ("Sergey Lavrov" -> "person:sergey-lavrov").
  static ActorId for_person(std::string_view english_label);

  const std::string& str() const { return value_; }
  bool empty() const { return value_.empty(); }
  // The part before the first ':' ("state", "person", "role", "org").
  std::string_view scheme() const;

  friend auto operator<=>(const ActorId&, const ActorId&) = default;

 private:
  std::string value_;
};

// Lower-case ASCII slug: letters and digits kept, everything else collapsed to single '-'.
// Latin letters with diacritics lose them for the common cases (é -> e, ğ -> g).
std::string slugify(std::string_view text);

}  // namespace parley::graph
