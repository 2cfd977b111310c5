#pragma once
// The knowledge base: states (with their names, adjectives, cities), organizations and officials
// with their offices over time. Built from the data files in ingest/kb/ (compiled in), ICU's CLDR
// country names, and optional user files (--kb).

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor.hpp"
#include "graph/date.hpp"
#include "graph/ids.hpp"

namespace parley::ingest {

// language -> spellings, most common first
using NamesByLang = std::map<std::string, std::vector<std::string>>;

struct City {
  std::string label;  // English
  bool capital = false;
  NamesByLang names;
};

struct StateInfo {
  graph::StateCode code;
  std::string iso2;
  std::string label;
  bool organization = false;
  NamesByLang names;       // CLDR names first, then the KB's own
  NamesByLang adjectives;  // "Russian", "روس", "الروسي"
  NamesByLang metonyms;    // "Kremlin", "کاخ سفید"
  std::vector<City> cities;

  graph::Actor to_actor() const;
};

struct Official {
  graph::Actor actor;       // kind official, source kb or user
  NamesByLang short_names;  // forms used alone after the first mention (surnames)
};

class KnowledgeBase {
 public:
  // The knowledge base compiled into parley. Throws DataFileError when a file is malformed.
  static std::shared_ptr<const KnowledgeBase> builtin();
  // The built-in one plus user files (same formats as ingest/kb/: a file with "officials",
  // "states" or "organizations"). An entry with a known id adds names and offices to it.
  // Throws DataFileError naming the file on a malformed one.
  static std::shared_ptr<const KnowledgeBase> with_user_files(const std::vector<std::filesystem::path>& files);

  const std::vector<StateInfo>& states() const { return states_; }
  const std::vector<Official>& officials() const { return officials_; }

  const StateInfo* state(const graph::StateCode& code) const;
  const Official* official(const graph::ActorId& id) const;
  // Officials who held `role` for `state` on `date` (all holders when the date is unknown).
  std::vector<const Official*> holders(graph::Role role, const graph::StateCode& state, const graph::Date& date) const;
  // The actor record for an id: an official, a state or organization, or a role placeholder.
  std::optional<graph::Actor> actor(const graph::ActorId& id) const;

  // Adds the entries of one JSON document (used for the built-in files and user files).
  void add_document(std::string_view json_text, const std::string& name, graph::ActorSource source);
  // Adds an official known from elsewhere (learned from text and kept in the database); its last
  // name word of five letters or more also names it alone. A known id gains the names and offices.
  void add_official(const graph::Actor& actor);
  // Adds ICU's CLDR country names in en, fa, ar, ru to every state that has an iso2 code.
  void add_cldr_names();

 private:
  std::vector<StateInfo> states_;
  std::vector<Official> officials_;
  std::map<graph::StateCode, std::size_t> state_index_;
  std::map<graph::ActorId, std::size_t> official_index_;
};

}  // namespace parley::ingest
