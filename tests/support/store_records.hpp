#pragma once
// Small hand-made records for the store tests: an interaction with one mention, and an article
// carrying interactions and one actor, person:a.

#include <cstdint>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace parley::test {

inline graph::Interaction edge(graph::EdgeType type, const std::string& a, const std::string& b, const std::string& date,
                               const std::string& article, std::uint64_t start = 0) {
  graph::Interaction i;
  i.type = type;
  i.source = graph::ActorId(a);
  i.target = graph::ActorId(b);
  i.date = date.empty() ? graph::Date::unknown() : *graph::Date::parse_iso(date);
  i.mentions.push_back({article, "sentence of " + article, start, start + 10, "en", "met"});
  i.canonicalize();
  return i;
}

inline graph::ArticleRecord record(const std::string& id, const std::string& hash, std::vector<graph::Interaction> interactions) {
  graph::ArticleRecord r;
  r.article.id = id;
  r.article.content_hash = hash;
  r.article.text = "text of " + id;
  r.interactions = std::move(interactions);
  graph::Actor a;
  a.id = graph::ActorId("person:a");
  a.label = "A";
  r.actors.push_back(graph::share(a, {"a"}));
  return r;
}

}  // namespace parley::test
