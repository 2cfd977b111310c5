#include "graph/detail/load_tuning.hpp"

#include <memory>

#include <rocksdb/memtablerep.h>
#include <rocksdb/options.h>

namespace parley::graph::detail {

namespace {
constexpr std::size_t kMiB = std::size_t{1} << 20;
// Effectively "never" for RocksDB's file-count triggers.
constexpr int kNever = 1 << 30;
}  // namespace

void tune_db(rocksdb::DBOptions& db, const OpenOptions& options, bool writer) {
  // Background writes of table files in 1 MiB steps instead of one burst at the end of each file:
  // keeps the page cache from holding hundreds of MB of dirty pages and stalling the writer.
  db.bytes_per_sync = kMiB;
  // The vector memtables below take one writer thread at a time, which is how parley writes.
  if (writer) db.allow_concurrent_memtable_write = false;
  // Two flush threads instead of RocksDB's one (max_background_jobs 2 gives one of each kind): an
  // ingest ends by flushing every column family (Store::flush schedules them all at once), and
  // with one thread they ran one after the other while a core idled.
  if (writer) {
    db.max_background_flushes = 2;
    db.max_background_compactions = 2;
  }
  if (!options.bulk_load) return;
  // All memtables together, across column families: bounds the load's memory (peak RSS under
  // 2 GB for a 1M-article ingest) whatever the per-family sizes below allow.
  db.db_write_buffer_size = 512 * kMiB;
  // The final compaction runs when extraction is over: let it use both cores.
  db.max_subcompactions = 2;
}

void tune_column_family(rocksdb::ColumnFamilyOptions& o, std::string_view cf, const OpenOptions& options, bool writer) {
  // A writer never reads interactions or the indexes back while it writes (it checks articles and
  // hashes, and remembers the actors it wrote), so their memtables can be plain vectors, sorted
  // once when flushed, instead of skip lists sorted at every insert: a million small index entries
  // made those inserts 15-20% of ingest time (about 20% less CPU for 100k articles). A read
  // through such a memtable sorts a copy of it, so readers (a read-only open replays the log into
  // memtables of its own) keep the skip list.
  if (writer && (cf == "interactions" || cf == "by_actor" || cf == "by_date")) {
    o.memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
  }
  // Flushes and the upper levels, rewritten often, stay in the fast codec Store::open chose per
  // family (LZ4; ZSTD for article text); data that reaches the last level stays there, so it is
  // worth ZSTD's better ratio on the CBOR records and index keys (the 20k-article bench corpus:
  // 41 MB after a bulk load's final compaction, 50 MB in the LZ4 files of a default ingest).
  o.bottommost_compression = rocksdb::kZSTD;
  if (cf == "articles") {
    // (Its Bloom filter, which answers the ingest's lookups by id and hash that nearly always
    // miss, comes with the shared block cache from Store::open's table options.)
    // Article text is nearly all of the data: flush it less often, in larger sorted files.
    o.write_buffer_size = 128 * kMiB;
    // The same lookups in the memtable: a Bloom filter over its keys answers a miss without the
    // skip-list search, which at 100k articles a run was 2% of ingest time.
    o.memtable_prefix_bloom_size_ratio = 0.02;
    o.memtable_whole_key_filtering = true;
    // Article records (the text, a few KB each) go to blob files, written and compressed once at
    // flush; the table files keep the keys, the content hashes and a reference per article.
    // Compaction then rewrites kilobytes where it rewrote the whole text at every level: a
    // 1M-article ingest on 2 threads took 14% less CPU (370 -> 317 s) and time (3:08 -> 2:41).
    // The cost: each text is compressed on its own, so the store is 9% larger (2.61 -> 2.84 GB),
    // and reading an article's text is one more file read. Articles are never overwritten or
    // deleted, so the blob files need no garbage collection.
    o.enable_blob_files = true;
    o.min_blob_size = 512;
    o.blob_compression_type = rocksdb::kZSTD;
  }
  if (!options.bulk_load) return;
  // Bulk: no compaction while loading (it would rewrite the same data several times and take CPU
  // from extraction); Store::compact sorts everything once at the end. Without compaction level 0
  // only grows, so its stall and stop triggers must be off too, or writes would stop at 36 files.
  o.disable_auto_compactions = true;
  o.level0_file_num_compaction_trigger = kNever;
  o.level0_slowdown_writes_trigger = kNever;
  o.level0_stop_writes_trigger = kNever;
  o.soft_pending_compaction_bytes_limit = 0;
  o.hard_pending_compaction_bytes_limit = 0;
  // Larger memtables mean fewer, larger level-0 files for the dedup lookups to check and the final
  // compaction to merge; db_write_buffer_size above caps their sum.
  o.write_buffer_size = (cf == "articles" ? 256 : 64) * kMiB;
  o.max_write_buffer_number = 4;
}

rocksdb::CompactRangeOptions full_compaction() {
  rocksdb::CompactRangeOptions c;
  // Rewrite the last level too, so that it is ZSTD-compressed and merge operands are folded into
  // one record per interaction.
  c.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForceOptimized;
  c.max_subcompactions = 2;
  return c;
}

}  // namespace parley::graph::detail
