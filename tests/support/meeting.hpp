#pragma once
// A dated meeting between two actors with one mention, for tests that fill a store.

#include <string>

#include "graph/interaction.hpp"

namespace parley::test {

inline graph::Interaction meeting(const char* a, const char* b, const char* date, const std::string& article) {
  graph::Interaction i;
  i.type = graph::EdgeType::kMet;
  i.source = graph::ActorId(a);
  i.target = graph::ActorId(b);
  i.date = *graph::Date::parse_iso(date);
  i.mentions.push_back({article, std::string(a) + " met " + b, 0, 10, "en", "met"});
  i.canonicalize();
  return i;
}

}  // namespace parley::test
