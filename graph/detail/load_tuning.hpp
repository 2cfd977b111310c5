#pragma once
// Write-side RocksDB tuning of the store: memtable sizes, compression per level, bloom filters, and
// the bulk-load mode (parley ingest --bulk, parley merge --bulk). Store::open applies it on top of
// the per-column-family layout options (merge operator, index tables) it sets itself.

#include <string_view>

#include "graph/store.hpp"

namespace rocksdb {
struct DBOptions;
struct ColumnFamilyOptions;
struct CompactRangeOptions;
}  // namespace rocksdb

namespace parley::graph::detail {

// `writer`: the database is opened for writing (a read-only open keeps RocksDB's defaults where
// they differ, see the memtables of tune_column_family).
void tune_db(rocksdb::DBOptions& db, const OpenOptions& options, bool writer);
// `cf` is the column family's name (articles, interactions, by_actor, ...).
void tune_column_family(rocksdb::ColumnFamilyOptions& o, std::string_view cf, const OpenOptions& options, bool writer);
// How Store::compact compacts: everything to the last level, both cores.
rocksdb::CompactRangeOptions full_compaction();

}  // namespace parley::graph::detail
