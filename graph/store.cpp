#include "graph/store.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <mutex>
#include <set>
#include <unordered_map>

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "graph/detail/codec.hpp"
#include "graph/detail/keys.hpp"
#include "graph/detail/mention_merge.hpp"
#include "graph/errors.hpp"

namespace parley::graph {

namespace {

enum Cf : std::size_t { kArticles, kActors, kNames, kInteractions, kByActor, kByDate, kMeta, kCfCount };
constexpr std::array<const char*, kCfCount> kCfNames = {"articles", "actors",  "names", "interactions",
                                                        "by_actor", "by_date", "meta"};
constexpr const char* kSchemaKey = "schema_version";

rocksdb::ColumnFamilyOptions cf_options(std::size_t cf) {
  rocksdb::ColumnFamilyOptions o;
  // Article text dominates the size and compresses well; index keys are tiny.
  o.compression = cf == kArticles ? rocksdb::kZSTD : rocksdb::kLZ4Compression;
  if (cf == kInteractions) o.merge_operator = detail::make_mention_merge_operator();
  if (cf == kByActor || cf == kByDate || cf == kNames) {
    rocksdb::BlockBasedTableOptions t;
    t.whole_key_filtering = false;  // these are only ever scanned by prefix
    o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  }
  return o;
}

void check(const rocksdb::Status& s, const std::string& what) {
  if (!s.ok()) throw StoreError(what + ": " + s.ToString());
}

std::string_view view(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

}  // namespace

struct Store::Impl {
  Mode mode = Mode::kReadOnly;
  std::filesystem::path dir;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  // Actors (encoded) this handle has written. Most articles name the same few hundred officials;
  // writing an unchanged actor and its dozen name keys again for every article cost a quarter of
  // ingest time in memtable inserts, for no change in what is stored.
  std::mutex written_mutex;
  std::unordered_map<std::string, std::string> written_actors;

  ~Impl() {
    for (auto* h : handles) {
      if (db && h) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    }
  }

  rocksdb::ColumnFamilyHandle* cf(std::size_t i) const { return handles[i]; }

  std::optional<std::string> get(std::size_t c, std::string_view key) const {
    std::string value;
    const auto s = db->Get(rocksdb::ReadOptions(), cf(c), rocksdb::Slice(key.data(), key.size()), &value);
    if (s.IsNotFound()) return std::nullopt;
    check(s, "reading " + std::string(kCfNames[c]));
    return value;
  }

  // Calls fn(key, value) for the keys of column family c that start with prefix, from `start`
  // (which must itself start with prefix), until fn returns false.
  template <class Fn>
  void scan(std::size_t c, std::string_view prefix, std::string_view start, Fn&& fn) const {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf(c)));
    for (it->Seek(rocksdb::Slice(start.data(), start.size())); it->Valid(); it->Next()) {
      const auto key = view(it->key());
      if (key.substr(0, prefix.size()) != prefix) break;
      if (!fn(key, view(it->value()))) break;
    }
    check(it->status(), std::string("scanning ") + kCfNames[c]);
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

std::unique_ptr<Store> Store::open(const std::filesystem::path& dir, Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->mode = mode;
  impl->dir = dir;
  const std::string path = dir.string();

  rocksdb::DBOptions db_options;
  db_options.create_if_missing = mode == Mode::kReadWrite;
  db_options.create_missing_column_families = mode == Mode::kReadWrite;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;

  std::error_code ec;
  if (mode == Mode::kReadOnly && !std::filesystem::exists(dir / "CURRENT", ec)) {
    throw StoreError("no parley database at '" + path + "' (run `parley ingest` first, or pass --db)");
  }
  if (std::filesystem::exists(dir / "CURRENT", ec)) {
    std::vector<std::string> existing;
    check(rocksdb::DB::ListColumnFamilies(db_options, path, &existing), "opening database '" + path + "'");
    const std::set<std::string> have(existing.begin(), existing.end());
    for (const char* name : kCfNames) {
      if (!have.count(name) && mode == Mode::kReadOnly) {
        throw StoreError("'" + path + "' is not a parley database (no column family '" + name + "')");
      }
    }
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (std::size_t i = 0; i < kCfCount; ++i) descriptors.emplace_back(kCfNames[i], cf_options(i));

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  const auto s = mode == Mode::kReadWrite
                     ? rocksdb::DB::Open(db_options, path, descriptors, &handles, &raw)
                     : rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &handles, &raw);
  impl->db.reset(raw);  // owned at once: DB::Open in RocksDB 7.8 has no unique_ptr overload
  if (!s.ok()) {
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      throw StoreError("database '" + path + "' is being written by another parley process");
    }
    throw StoreError("cannot open database '" + path + "': " + s.ToString());
  }
  // handles[0] is the default column family, which parley does not use.
  impl->db->DestroyColumnFamilyHandle(handles[0]).PermitUncheckedError();
  impl->handles.assign(handles.begin() + 1, handles.end());

  const auto version = impl->get(kMeta, kSchemaKey);
  if (version) {
    if (*version != std::to_string(kSchemaVersion)) {
      throw SchemaMismatchError("database '" + path + "' has schema version " + *version + ", this parley reads " +
                                std::to_string(kSchemaVersion) + ": re-ingest the articles into a new database");
    }
  } else if (mode == Mode::kReadWrite) {
    rocksdb::WriteOptions wo;
    wo.sync = true;
    check(impl->db->Put(wo, impl->cf(kMeta), kSchemaKey, std::to_string(kSchemaVersion)), "writing schema version");
  } else {
    throw StoreError("'" + path + "' has no schema version: not a parley database, or never written");
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Mode Store::mode() const { return impl_->mode; }

PutOutcome Store::put_article(const ArticleRecord& record) {
  if (impl_->mode != Mode::kReadWrite) throw StoreError("database opened read-only: cannot store articles");
  if (has_article(record.article.id)) return PutOutcome::kAlreadyStored;
  if (!record.article.content_hash.empty() && article_with_hash(record.article.content_hash)) {
    return PutOutcome::kAlreadyStored;
  }

  rocksdb::WriteBatch batch;
  auto put = [&batch, this](std::size_t c, const std::string& k, const std::string& v) {
    check(batch.Put(impl_->cf(c), k, v), "building write batch");
  };
  put(kArticles, detail::article_key(record.article.id), detail::encode(record.article));
  if (!record.article.content_hash.empty()) {
    put(kArticles, detail::hash_key(record.article.content_hash), record.article.id);
  }
  std::set<std::string> unchanged;  // actors stored as they are now: skip them and their names
  std::vector<std::pair<std::string, std::string>> changed;  // remembered once the batch is written
  {
    std::lock_guard lock(impl_->written_mutex);
    for (const auto& actor : record.actors) {
      std::string encoded = detail::encode(actor);
      auto it = impl_->written_actors.find(actor.id.str());
      if (it != impl_->written_actors.end() && it->second == encoded) {
        unchanged.insert(actor.id.str());
        continue;
      }
      put(kActors, actor.id.str(), encoded);
      changed.emplace_back(actor.id.str(), std::move(encoded));
    }
  }
  for (const auto& [name, id] : record.names) {
    if (!unchanged.count(id.str())) put(kNames, detail::name_key(name, id.str()), "");
  }
  for (const auto& inter : record.interactions) {
    const std::string id = inter.id();
    const std::string date_key = inter.date.sort_key();
    check(batch.Merge(impl_->cf(kInteractions), id, detail::encode(inter)), "building write batch");
    put(kByDate, detail::by_date_key(date_key, id), "");
    put(kByActor, detail::by_actor_key(inter.source.str(), date_key, id), "");
    put(kByActor, detail::by_actor_key(inter.target.str(), date_key, id), "");
  }
  // No sync per article: the write-ahead log survives a killed process, and sync() at the end of an
  // ingest covers a machine crash. Syncing every batch would cap ingest near disk-flush speed.
  check(impl_->db->Write(rocksdb::WriteOptions(), &batch), "storing article '" + record.article.id + "'");
  std::lock_guard lock(impl_->written_mutex);
  for (auto& [id, encoded] : changed) impl_->written_actors[id] = std::move(encoded);
  return PutOutcome::kStored;
}

void Store::put_actors(const std::vector<Actor>& actors, const std::vector<std::pair<std::string, ActorId>>& names) {
  if (impl_->mode != Mode::kReadWrite) throw StoreError("database opened read-only: cannot store actors");
  rocksdb::WriteBatch batch;
  for (const auto& actor : actors) check(batch.Put(impl_->cf(kActors), actor.id.str(), detail::encode(actor)), "building write batch");
  for (const auto& [name, id] : names) check(batch.Put(impl_->cf(kNames), detail::name_key(name, id.str()), ""), "building write batch");
  rocksdb::WriteOptions wo;
  wo.sync = true;  // a user's import is small and should survive a crash at once
  check(impl_->db->Write(wo, &batch), "storing actors");
  std::lock_guard lock(impl_->written_mutex);
  for (const auto& actor : actors) impl_->written_actors[actor.id.str()] = detail::encode(actor);
}

void Store::flush() {
  if (impl_->mode != Mode::kReadWrite) return;
  rocksdb::FlushOptions options;
  options.wait = true;
  check(impl_->db->Flush(options, impl_->handles), "flushing the database");
  sync();
}

void Store::sync() {
  if (impl_->mode != Mode::kReadWrite) return;
  check(impl_->db->FlushWAL(/*sync=*/true), "syncing the write-ahead log");
}

bool Store::has_article(std::string_view id) const {
  return impl_->get(kArticles, detail::article_key(id)).has_value();
}

std::optional<std::string> Store::article_with_hash(std::string_view content_hash) const {
  return impl_->get(kArticles, detail::hash_key(content_hash));
}

std::optional<Article> Store::article(std::string_view id) const {
  auto v = impl_->get(kArticles, detail::article_key(id));
  if (!v) return std::nullopt;
  return detail::decode<Article>(*v, "article");
}

std::optional<Actor> Store::actor(const ActorId& id) const {
  auto v = impl_->get(kActors, id.str());
  if (!v) return std::nullopt;
  return detail::decode<Actor>(*v, "actor");
}

void Store::for_each_actor(const std::function<bool(const Actor&)>& fn) const {
  impl_->scan(kActors, "", "", [&](std::string_view, std::string_view v) { return fn(detail::decode<Actor>(v, "actor")); });
}

std::vector<ActorId> Store::actors_named(std::string_view name, bool prefix) const {
  std::set<ActorId> ids;
  const std::string exact = std::string(name) + detail::kSep;
  impl_->scan(kNames, prefix ? std::string(name) : exact, prefix ? std::string(name) : exact,
              [&](std::string_view key, std::string_view) {
                ids.insert(ActorId(std::string(detail::last_part(key))));
                return true;
              });
  return {ids.begin(), ids.end()};
}

std::optional<Interaction> Store::interaction(std::string_view id) const {
  auto v = impl_->get(kInteractions, id);
  if (!v) return std::nullopt;
  return detail::decode<Interaction>(*v, "interaction");
}

namespace {
// The first index key that can hold a date of the window: dates of lower precision sort before
// the days they contain ("2023-00-00" < "2023-11-00" < "2023-11-03"), so start at the year.
std::string window_start_key(const DateWindow& w) {
  if (!w.from) return "";
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", w.from->year());
  return buf;
}
}  // namespace

// The index keys carry each interaction's date ("YYYY-MM-DD", "YYYY-MM-00" for a month,
// "YYYY-00-00" for a year), so a window is mostly decided from the key, before the interaction is
// read: reading and decoding it is what a query costs.
class WindowKeys {
 public:
  explicit WindowKeys(const DateWindow& w) {
    if (w.from) from_ = Date::from_days(*w.from->first_day()).sort_key();
    if (w.to) to_ = Date::from_days(*w.to->last_day()).sort_key();
  }
  // Every later key starts after the window: the scan can stop.
  bool past(std::string_view date_key) const { return !to_.empty() && date_key > to_; }
  // The date may overlap the window (the caller still checks the interaction's date).
  bool may_overlap(std::string_view date_key) const {
    if (from_.empty() || date_key.size() < 10) return true;
    if (date_key.substr(4) == "-00-00") return date_key.substr(0, 4) >= std::string_view(from_).substr(0, 4);
    if (date_key.substr(7) == "-00") return date_key.substr(0, 7) >= std::string_view(from_).substr(0, 7);
    return date_key.substr(0, 10) >= std::string_view(from_);
  }

 private:
  std::string from_, to_;
};

void Store::for_each_interaction(const DateWindow& window, const std::function<bool(const Interaction&)>& fn) const {
  const WindowKeys keys(window);
  impl_->scan(kByDate, "", window_start_key(window), [&](std::string_view key, std::string_view) {
    const std::string_view date_key = key.substr(0, 10);
    if (keys.past(date_key)) return false;
    if (!keys.may_overlap(date_key)) return true;
    auto inter = interaction(detail::last_part(key));
    if (!inter) throw StoreError("index by_date points to a missing interaction");
    return !window.contains(inter->date) || fn(*inter);
  });
}

void Store::for_each_interaction_of(const ActorId& actor, const DateWindow& window,
                                    const std::function<bool(const Interaction&)>& fn) const {
  const std::string prefix = actor.str() + detail::kSep;
  const WindowKeys keys(window);
  impl_->scan(kByActor, prefix, prefix + window_start_key(window), [&](std::string_view key, std::string_view) {
    const std::string_view date_key = key.substr(prefix.size(), 10);
    if (keys.past(date_key)) return false;
    if (!keys.may_overlap(date_key)) return true;
    auto inter = interaction(detail::last_part(key));
    if (!inter) throw StoreError("index by_actor points to a missing interaction");
    return !window.contains(inter->date) || fn(*inter);
  });
}

StoreStats Store::stats() const {
  StoreStats st;
  impl_->scan(kArticles, "A", "A", [&](std::string_view, std::string_view) {
    ++st.articles;
    return true;
  });
  impl_->scan(kActors, "", "", [&](std::string_view, std::string_view) {
    ++st.actors;
    return true;
  });
  impl_->scan(kInteractions, "", "", [&](std::string_view, std::string_view v) {
    const auto inter = detail::decode<Interaction>(v, "interaction");
    ++st.interactions;
    st.mentions += inter.mentions.size();
    ++st.by_type[inter.type];
    if (inter.date.known()) {
      if (!st.first_date || inter.date < *st.first_date) st.first_date = inter.date;
      if (!st.last_date || *st.last_date < inter.date) st.last_date = inter.date;
    }
    return true;
  });
  return st;
}

}  // namespace parley::graph
