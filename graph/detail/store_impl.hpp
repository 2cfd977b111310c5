#pragma once
// The inside of graph::Store, shared by store.cpp (opening, writing, queries) and store_check.cpp
// (the consistency check), which both read the column families directly.

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rocksdb/db.h>

#include "graph/detail/codec.hpp"
#include "graph/detail/index_entry.hpp"
#include "graph/errors.hpp"
#include "graph/store.hpp"

namespace parley::graph::detail {

enum Cf : std::size_t { kArticles, kActors, kNames, kInteractions, kByActor, kByDate, kMeta, kCfCount };
inline constexpr std::array<const char*, kCfCount> kCfNames = {"articles", "actors",  "names", "interactions",
                                                               "by_actor", "by_date", "meta"};
inline constexpr const char* kSchemaKey = "schema_version";

inline void require_ok(const rocksdb::Status& s, const std::string& what) {
  if (!s.ok()) throw StoreError(what + ": " + s.ToString());
}

inline std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

}  // namespace parley::graph::detail

namespace parley::graph {

struct Store::Impl {
  Mode mode = Mode::kReadOnly;
  std::filesystem::path dir;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  // Actors this handle has written. Most articles name the same few hundred officials;
  // writing an unchanged actor and its dozen name keys again for every article cost a quarter of
  // ingest time in memtable inserts, for no change in what is stored. An article usually hands
  // over the very object written before (ingest shares them), so a pointer compare decides.
  std::mutex written_mutex;
  std::unordered_map<std::string, SharedActor> written_actors;

  ~Impl() {
    for (auto* h : handles) {
      if (db && h) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    }
  }

  rocksdb::ColumnFamilyHandle* cf(std::size_t i) const { return handles[i]; }

  // Rewrites a version 2 by_actor index (one key per entry) as version 3's packed values; returns
  // the entries rewritten. See schema_upgrade.cpp.
  std::size_t upgrade_by_actor_to_packed();

  std::optional<std::string> get(std::size_t c, std::string_view key) const {
    std::string value;
    const auto s = db->Get(rocksdb::ReadOptions(), cf(c), rocksdb::Slice(key.data(), key.size()), &value);
    if (s.IsNotFound()) return std::nullopt;
    detail::require_ok(s, "reading " + std::string(detail::kCfNames[c]));
    return value;
  }

  // Calls fn(key, value) for the keys of column family c that start with prefix, from `start`
  // (which must itself start with prefix), until fn returns false.
  template <class Fn>
  void scan(std::size_t c, std::string_view prefix, std::string_view start, Fn&& fn) const {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf(c)));
    for (it->Seek(rocksdb::Slice(start.data(), start.size())); it->Valid(); it->Next()) {
      const auto key = detail::view(it->key());
      if (key.substr(0, prefix.size()) != prefix) break;
      if (!fn(key, detail::view(it->value()))) break;
    }
    detail::require_ok(it->status(), std::string("scanning ") + detail::kCfNames[c]);
  }

  // Calls fn(key, value) for the entries of index c under `prefix` (actor-id \0, or "" for
  // by_date) whose date keys the window needs, in key order, until fn returns false. The upper
  // bound stops the iterator at the window's end instead of at the next key it reads beyond it.
  template <class Fn>
  void scan_window(std::size_t c, const std::string& prefix, const detail::WindowKeys& keys, Fn&& fn) const {
    const std::string upper = keys.upper_bound(prefix);
    const rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions options;
    if (!upper.empty()) options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(options, cf(c)));
    std::string target = prefix + keys.first();
    for (it->Seek(target); it->Valid();) {
      const auto key = detail::view(it->key());
      if (key.compare(0, prefix.size(), prefix) != 0) break;
      if (key.size() < prefix.size() + 10) throw StoreError(std::string("malformed key in ") + detail::kCfNames[c]);
      const auto date_key = key.substr(prefix.size(), 10);
      if (keys.past(date_key)) break;
      if (auto next = keys.skip_to(date_key)) {
        target = prefix + *next;
        it->Seek(target);
        continue;
      }
      if (!fn(key, detail::view(it->value()))) break;
      it->Next();
    }
    detail::require_ok(it->status(), std::string("scanning ") + detail::kCfNames[c]);
  }

  // Reads the interaction records that the refs of `scan` name, in the refs' order, and calls fn
  // with each until it returns false. Batched: one MultiGet of sorted keys costs less than as
  // many Gets. `scan` is called with the per-ref callback.
  template <class Scan>
  void for_each_record(Scan&& scan, const std::function<bool(const Interaction&)>& fn) const {
    constexpr std::size_t kBatch = 128;
    std::vector<std::string> ids;
    ids.reserve(kBatch);
    bool go_on = true;
    auto read_batch = [&] {
      std::vector<rocksdb::Slice> keys(ids.begin(), ids.end());
      std::vector<rocksdb::PinnableSlice> values(keys.size());
      std::vector<rocksdb::Status> statuses(keys.size());
      db->MultiGet(rocksdb::ReadOptions(), cf(detail::kInteractions), keys.size(), keys.data(), values.data(), statuses.data());
      for (std::size_t i = 0; i < keys.size() && go_on; ++i) {
        if (statuses[i].IsNotFound()) throw StoreError("an index entry points to a missing interaction");
        detail::require_ok(statuses[i], "reading interactions");
        go_on = fn(detail::decode<Interaction>(detail::view(values[i]), "interaction"));
      }
      ids.clear();
    };
    scan([&](const InteractionRef& r) {
      ids.emplace_back(r.id);
      if (ids.size() == kBatch) read_batch();
      return go_on;
    });
    if (go_on && !ids.empty()) read_batch();
  }
};

}  // namespace parley::graph
