#pragma once
// The cast of the synthetic corpus in one language: the officials, states and cities of the
// knowledge base whose names the text can use without ambiguity.
//
// A name is left out when the knowledge base itself makes it ambiguous (two officials spelled
// alike, a surname that is also a place or a word of the lexicon): no text could tell those
// apart, so planting them would measure the knowledge base, not the extractor. The test is the
// extractor's own gazetteer: the name alone must match as one thing and nothing else.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/actor.hpp"
#include "graph/ids.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/kb.hpp"

namespace parley::bench {

struct Person {
  const ingest::Official* official = nullptr;
  std::string name;        // full name in the roster's language
  std::string short_name;  // surname alone; empty when it would be ambiguous
  std::optional<graph::StateCode> state;
  std::vector<std::pair<std::int64_t, std::int64_t>> in_office;  // closed day ranges, any office
};

// Russian declines place names; the roster of "ru" keeps the case forms a sentence needs, each
// one a form the knowledge base lists (so the gazetteer reads it). Empty in other languages.
struct CaseForms {
  std::string genitive;       // "Египта"
  std::string accusative;     // "Египет", "Москву"
  std::string prepositional;  // "Египте", "Москве"
  std::string in;             // the preposition of place: "в", "во" or "на" ("на Кубе")
};

struct Place {
  std::string name;
  bool capital = false;
  CaseForms forms;  // ru only
};

struct StatePlaces {
  graph::StateCode code;
  std::string name;       // the state's name
  std::string adjective;  // "Russian"; empty when none is usable
  std::vector<Place> cities;
  CaseForms forms;  // ru only
};

class Roster {
 public:
  Roster(const ingest::KnowledgeBase& kb, const ingest::Gazetteer& gazetteer, std::string lang);

  const std::string& lang() const { return lang_; }
  const std::vector<Person>& people() const { return people_; }
  const std::vector<StatePlaces>& states() const { return states_; }
  const StatePlaces* state(const graph::StateCode& code) const;

  static bool in_office(const Person& p, std::int64_t day);
  // The office named in a title ("Foreign Minister X") when `p` held it for their own state on
  // `day`: foreign minister or head of government, the offices whose titles are unambiguous.
  static std::optional<graph::Role> title_role(const Person& p, std::int64_t day);

 private:
  std::string lang_;
  std::vector<Person> people_;
  std::vector<StatePlaces> states_;
};

}  // namespace parley::bench
