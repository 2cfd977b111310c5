#pragma once
// A parley database opened with RocksDB itself, below graph::Store, to write or delete single keys
// the way an old parley, a bug or a damaged disk would have. The interactions and by_actor keep
// parley's merge operators: without them, the flush at the next open would drop merged values.

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <rocksdb/db.h>

#include "graph/detail/merge_operators.hpp"

namespace parley::test {

class RawDb {
 public:
  explicit RawDb(const std::filesystem::path& dir) {
    rocksdb::DBOptions options;
    require(rocksdb::DB::ListColumnFamilies(options, dir.string(), &names_), "listing column families");
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const auto& n : names_) {
      rocksdb::ColumnFamilyOptions cf;
      if (n == "interactions") cf.merge_operator = graph::detail::make_mention_merge_operator();
      if (n == "by_actor") cf.merge_operator = graph::detail::make_by_actor_merge_operator();
      cfs.emplace_back(n, cf);
    }
    rocksdb::DB* raw = nullptr;
    require(rocksdb::DB::Open(options, dir.string(), cfs, &handles_, &raw), "opening");
    db_.reset(raw);
  }
  ~RawDb() {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h).PermitUncheckedError();
  }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  void put(const std::string& cf, const std::string& key, const std::string& value) {
    require(db_->Put(rocksdb::WriteOptions(), handle(cf), key, value), "writing");
  }
  void remove(const std::string& cf, const std::string& key) {
    require(db_->Delete(rocksdb::WriteOptions(), handle(cf), key), "deleting");
  }
  // The keys of a column family, in order.
  std::vector<std::string> keys(const std::string& cf) {
    std::vector<std::string> out;
    for (auto& [key, value] : entries(cf)) out.push_back(std::move(key));
    return out;
  }
  // The keys and values of a column family, in key order.
  std::vector<std::pair<std::string, std::string>> entries(const std::string& cf) {
    std::vector<std::pair<std::string, std::string>> out;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handle(cf)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) out.emplace_back(it->key().ToString(), it->value().ToString());
    require(it->status(), "scanning");
    return out;
  }

 private:
  static void require(const rocksdb::Status& s, const std::string& what) {
    if (!s.ok()) throw std::runtime_error("raw database " + what + ": " + s.ToString());
  }
  rocksdb::ColumnFamilyHandle* handle(const std::string& cf) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (names_[i] == cf) return handles_[i];
    }
    throw std::runtime_error("no column family " + cf);
  }

  std::vector<std::string> names_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::unique_ptr<rocksdb::DB> db_;
};

}  // namespace parley::test
