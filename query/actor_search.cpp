#include "query/actor_search.hpp"

#include <set>

namespace parley::query {

std::vector<graph::Actor> find_actors(const graph::Store& store, std::string_view raw_query, std::string_view normalised_query) {
  std::vector<graph::Actor> out;
  if (normalised_query.empty()) {
    store.for_each_actor([&](const graph::Actor& a) {
      out.push_back(a);
      return true;
    });
    return out;
  }
  std::set<graph::ActorId> ids;
  if (auto a = store.actor(graph::ActorId(std::string(raw_query)))) ids.insert(a->id);
  for (const auto& id : store.actors_named(normalised_query, /*prefix=*/true)) ids.insert(id);
  for (const auto& id : ids) {
    if (auto a = store.actor(id)) out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace parley::query
