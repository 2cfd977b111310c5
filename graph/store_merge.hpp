#pragma once
// Merging databases: ingest split by input shard over several machines, each writing its own
// database, then `parley merge` folds the shards into one.
//
// The result is what one `parley ingest` run over the shards' inputs, in shard order, would have
// stored: articles already in the target (same id or same content hash) are skipped, an
// interaction reported in several shards gets the mentions of all of them, its location is the
// first shard's that knew one, and an actor takes the record of the last shard that wrote it.
// (Officials learned from an apposition in one shard are not used to re-read the other shards:
// neither are they within one ingest run, only by later runs.)
//
// Each article is written with its mentions, index keys and actors in one batch (Store::put_article),
// so a merge stopped at any point leaves whole articles only, and running it again completes it.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace parley::graph {

struct MergeCounts {
  std::uint64_t articles = 0;        // articles in the shard
  std::uint64_t stored = 0;          // copied into the target
  std::uint64_t already_stored = 0;  // the target had them (same id or same text): nothing written
  std::uint64_t interactions = 0;    // interactions of the copied articles (as ingest counts them)
  std::uint64_t actors_added = 0;    // actors no article refers to (user imports) new to the target

  MergeCounts& operator+=(const MergeCounts& other);
};

struct MergeResult {
  std::vector<MergeCounts> shards;  // in the order given
  MergeCounts total;
};

// Copies what `shard` has and `target` lacks into `target`. Throws StoreError on a read or write
// failure; the articles written until then stay whole.
MergeCounts merge_store(const Store& shard, Store& target);

// Opens every shard read-only (checking that each is a parley database of this schema version)
// before opening the target read-write, merges the shards in order, and flushes the target.
// Throws StoreError (a missing or foreign shard, a shard that is the target, a target another
// process is writing) or SchemaMismatchError. `on_shard` is called after each shard.
MergeResult merge_shards(const std::filesystem::path& target, const std::vector<std::filesystem::path>& shards,
                         const OpenOptions& options = {},
                         const std::function<void(const std::filesystem::path&, const MergeCounts&)>& on_shard = {});

}  // namespace parley::graph
