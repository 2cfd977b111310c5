#include "cli/actor_lookup.hpp"

#include "cli/common.hpp"
#include "ingest/normalizer.hpp"
#include "query/actor_search.hpp"

namespace parley::cli {

graph::ActorId lookup_actor(const graph::Store& store, const std::string& typed) {
  const std::string key = ingest::Normalizer::instance().key(typed);
  if (auto a = store.actor(graph::ActorId(typed))) return a->id;
  // An exact name wins over names it is the start of ("Wang Yi" over "Wang Yiming").
  auto exact = store.actors_named(key, /*prefix=*/false);
  if (exact.size() == 1) return exact.front();
  const auto found = exact.empty() ? query::find_actors(store, typed, key) : std::vector<graph::Actor>{};
  if (found.size() == 1) return found.front().id;
  if (exact.empty() && found.empty()) {
    throw UsageError("no actor named '" + typed + "' in the database (see `parley actors`)");
  }
  std::string list;
  std::size_t shown = 0;
  for (const auto& id : exact) {
    if (shown++ < 6) list += (list.empty() ? "" : ", ") + id.str();
  }
  for (const auto& a : found) {
    if (shown++ < 6) list += (list.empty() ? "" : ", ") + a.id.str() + " (" + a.label + ")";
  }
  throw UsageError("'" + typed + "' is ambiguous: " + list + (shown > 6 ? ", ..." : "") + "; give an id");
}

}  // namespace parley::cli
