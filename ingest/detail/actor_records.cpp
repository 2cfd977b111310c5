#include "ingest/detail/actor_records.hpp"

#include "ingest/search_keys.hpp"

namespace parley::ingest::detail {

graph::SharedActor ActorRecords::find(const graph::ActorId& id) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = records_.find(id.str()); it != records_.end()) return it->second;
  }
  // Built outside the lock: two threads may build the same record once each, and the first stored
  // wins; they are equal.
  graph::SharedActor record;
  if (auto actor = kb_.actor(id)) {
    auto names = search_keys(*actor);
    record = graph::share(std::move(*actor), std::move(names));
  }
  std::lock_guard lock(mutex_);
  return records_.emplace(id.str(), std::move(record)).first->second;
}

}  // namespace parley::ingest::detail
