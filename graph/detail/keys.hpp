#pragma once
// Key layouts of the column families. Every key sorts bytewise in the order queries want; parts
// are joined by '\0', which occurs in none of them (ids and names are UTF-8 text).
//
//   articles      'A' article-id                    -> Article (CBOR) + the ids of its interactions
//                 'H' content-hash                  -> article-id
//   actors        actor-id                          -> Actor (CBOR)
//   names         normalised-name \0 actor-id       -> ""
//   interactions  interaction-id                    -> Interaction (CBOR, merged by MentionMerge)
//   by_actor      actor-id \0 date-key             -> that day's entries of the actor, packed
//   by_date       date-key \0 inter-id              -> type and actors
// (values: see index_entry.hpp)
//   meta          "schema_version"                  -> decimal text

#include <string>
#include <string_view>

namespace parley::graph::detail {

inline constexpr char kSep = '\0';

inline std::string article_key(std::string_view id) { return "A" + std::string(id); }
inline std::string hash_key(std::string_view hash) { return "H" + std::string(hash); }

inline std::string name_key(std::string_view name, std::string_view actor) {
  std::string k(name);
  k += kSep;
  k += actor;
  return k;
}

inline std::string by_actor_key(std::string_view actor, std::string_view date_key) {
  std::string k(actor);
  k += kSep;
  k += date_key;
  return k;
}

inline std::string by_date_key(std::string_view date_key, std::string_view id) {
  std::string k(date_key);
  k += kSep;
  k += id;
  return k;
}

// The part after the last separator (the interaction id of an index key).
inline std::string_view last_part(std::string_view key) {
  const auto pos = key.rfind(kSep);
  return pos == std::string_view::npos ? key : key.substr(pos + 1);
}

}  // namespace parley::graph::detail
