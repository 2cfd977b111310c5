#pragma once
// The knowledge base's actors as an extraction hands them to the store: the record and its search
// keys (the normalised names the `names` index is keyed by). Computing the keys normalises every
// name and alias of the actor, which for the few hundred officials the news keeps naming cost more
// than a tenth of ingest time when it was redone for every article. This memo computes them once
// per actor and process; it is safe to share between extraction threads.

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/actor.hpp"
#include "ingest/kb.hpp"

namespace parley::ingest::detail {

class ActorRecords {
 public:
  explicit ActorRecords(const KnowledgeBase& kb) : kb_(kb) {}

  // The knowledge base's record of `id` with its search keys as names; nullptr when the knowledge
  // base has no such actor. Every call for one id returns the same object.
  graph::SharedActor find(const graph::ActorId& id) const;

 private:
  const KnowledgeBase& kb_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, graph::SharedActor> records_;  // nullptr: not in the kb
};

}  // namespace parley::ingest::detail
