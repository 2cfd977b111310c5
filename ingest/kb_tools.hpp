#pragma once
// Inspecting, checking and extending the knowledge base: what `parley kb` shows and does.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor.hpp"
#include "graph/date.hpp"
#include "ingest/kb.hpp"

namespace parley::ingest {

struct KbStats {
  std::size_t states = 0;
  std::size_t organizations = 0;
  std::size_t cities = 0;
  std::size_t officials = 0;
  std::size_t terms = 0;                                  // role spans
  std::map<graph::Role, std::size_t> officials_by_role;   // officials holding the role at some time
  std::map<std::string, std::size_t> officials_named_in;  // language -> officials with a name in it
  std::map<std::string, std::size_t> states_named_in;     // language -> states with a name in it
  std::size_t states_with_officials = 0;
  std::optional<graph::Date> first_term;                  // earliest term start and latest term end
  std::optional<graph::Date> last_term;
};

KbStats kb_stats(const KnowledgeBase& kb);

// Officials and states with a name (any language, any spelling) equal to `name` after
// normalisation, or starting with it; exact matches first.
std::vector<const Official*> find_officials(const KnowledgeBase& kb, std::string_view name);
std::vector<const StateInfo*> find_states(const KnowledgeBase& kb, std::string_view name);

struct KbProblem {
  std::string where;    // file, or the entry ("person:x", "state:IRN")
  std::string message;
  std::string to_string() const { return where + ": " + message; }
};

// Checks of the whole knowledge base: every official has a state and an office, terms end after
// they start, no two people hold one single-holder office (head of state, head of government,
// foreign minister) of one state on overlapping dates (a shared changeover day is allowed), every
// state and organization has a name in en, fa, ar and ru.
std::vector<KbProblem> validate_kb(const KnowledgeBase& kb);

// Checks a user file in the knowledge-base format: it parses, ids are unique in it, its codes are
// states or organizations parley knows, and together with the built-in knowledge base it passes
// validate_kb for the states it touches.
std::vector<KbProblem> validate_kb_file(std::string_view json_text, const std::string& name);

// Officials from the JSON results of a Wikidata SPARQL query of "position held" statements (the
// query is in the README): variables ?person ?personLabel ?positionLabel ?countryCode (ISO
// alpha-3), optional ?start ?end ?nameFa ?nameAr ?nameRu. One actor per ?person, with source
// "user" and its Wikidata id. Throws DataFileError naming the file when the results are malformed.
std::vector<graph::Actor> import_wikidata(std::string_view json_text, const std::string& name);

// The office a position's English label names ("Minister of Foreign Affairs" -> foreign_minister).
graph::Role role_of_position(std::string_view english_label);

}  // namespace parley::ingest
