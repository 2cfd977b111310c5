// Upgrading a database written by an older parley, in place, when it is opened for writing.
//
// Version 2 -> 3: by_actor had one key per entry (actor \0 date-key \0 inter-id -> type-code role
// counterpart); version 3 packs an actor's entries of a date key into one value (index_entry.hpp).
// The old keys are rewritten in batches, each batch atomic (its entries merged into the packed keys,
// its old keys deleted), so a killed upgrade leaves some keys of each kind and the next open
// finishes the job. The schema version is written last, by Store::open.

#include <memory>
#include <string>

#include <rocksdb/write_batch.h>

#include "graph/detail/index_entry.hpp"
#include "graph/detail/keys.hpp"
#include "graph/detail/store_impl.hpp"

namespace parley::graph {

std::size_t Store::Impl::upgrade_by_actor_to_packed() {
  constexpr std::size_t kBatchKeys = 10'000;
  rocksdb::WriteBatch batch;
  std::size_t rewritten = 0;
  auto write = [&] {
    detail::require_ok(db->Write(rocksdb::WriteOptions(), &batch), "upgrading the by_actor index");
    batch.Clear();
  };
  // The iterator reads a snapshot taken now: the packed keys it writes are not read back.
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf(detail::kByActor)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const auto key = detail::view(it->key());
    const auto first = key.find(detail::kSep);
    const auto second = first == std::string_view::npos ? first : key.find(detail::kSep, first + 1);
    if (second == std::string_view::npos) continue;  // packed already (an upgrade that was cut short)
    const auto entry = detail::by_actor_entry_from_version_2(key.substr(second + 1), detail::view(it->value()));
    if (!entry) throw StoreError("malformed by_actor entry in a version 2 database: run `parley check` on it");
    detail::require_ok(batch.Merge(cf(detail::kByActor), detail::by_actor_key(key.substr(0, first), key.substr(first + 1, second - first - 1)), *entry),
                       "upgrading the by_actor index");
    detail::require_ok(batch.Delete(cf(detail::kByActor), it->key()), "upgrading the by_actor index");
    if (++rewritten % kBatchKeys == 0) write();
  }
  detail::require_ok(it->status(), "upgrading the by_actor index");
  write();
  return rewritten;
}

}  // namespace parley::graph
