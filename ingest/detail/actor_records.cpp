#include "ingest/detail/actor_records.hpp"

#include "ingest/search_keys.hpp"

namespace parley::ingest::detail {

std::shared_ptr<const ActorRecord> ActorRecords::find(const graph::ActorId& id) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = records_.find(id.str()); it != records_.end()) return it->second;
  }
  // Built outside the lock: two threads may build the same record once each, and the first stored
  // wins; they are equal.
  std::shared_ptr<const ActorRecord> record;
  if (auto actor = kb_.actor(id)) {
    auto built = std::make_shared<ActorRecord>();
    built->names = search_keys(*actor);
    built->actor = std::move(*actor);
    record = std::move(built);
  }
  std::lock_guard lock(mutex_);
  return records_.emplace(id.str(), std::move(record)).first->second;
}

}  // namespace parley::ingest::detail
