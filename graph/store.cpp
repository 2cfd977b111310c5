#include "graph/store.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "graph/detail/codec.hpp"
#include "graph/detail/index_entry.hpp"
#include "graph/detail/keys.hpp"
#include "graph/detail/load_tuning.hpp"
#include "graph/detail/merge_operators.hpp"
#include "graph/detail/store_impl.hpp"
#include "graph/errors.hpp"

namespace parley::graph {

namespace {

using detail::require_ok;
using detail::kCfNames;
using detail::kSchemaKey;
using enum detail::Cf;

// One block cache for every column family: the default gives each table factory its own 32 MB,
// which neither bounds the total nor lets the busy index borrow what the articles do not use.
constexpr std::size_t kBlockCacheBytes = 128u << 20;

rocksdb::ColumnFamilyOptions cf_options(std::size_t cf, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions o;
  // Article text dominates the size and compresses well; index keys are tiny.
  o.compression = cf == kArticles ? rocksdb::kZSTD : rocksdb::kLZ4Compression;
  if (cf == kInteractions) o.merge_operator = detail::make_mention_merge_operator();
  if (cf == kByActor) o.merge_operator = detail::make_by_actor_merge_operator();
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  if (cf == kByActor || cf == kByDate || cf == kNames) {
    t.whole_key_filtering = false;  // these are only ever scanned by prefix
    // Scans read blocks whole: bigger ones mean fewer block-cache lookups per entry read.
    if (cf != kNames) t.block_size = 16 * 1024;
  } else {
    // Records are read by key: a Bloom filter spares the data block read in every level (and L0
    // file) that does not hold the key.
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  return o;
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

std::unique_ptr<Store> Store::open(const std::filesystem::path& dir, Mode mode, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->mode = mode;
  impl->dir = dir;
  const std::string path = dir.string();

  rocksdb::DBOptions db_options;
  db_options.create_if_missing = mode == Mode::kReadWrite;
  db_options.create_missing_column_families = mode == Mode::kReadWrite;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;
  detail::tune_db(db_options, options, mode == Mode::kReadWrite);
  // A power cut loses the unsynced tail of the write-ahead log, possibly in the middle of a record,
  // and a disk may even have written a later page of that tail but not an earlier one. Point-in-time
  // recovery replays the log up to the first damaged or missing record and drops everything after
  // it. Each article is one WriteBatch, hence one log record, so what is lost is the last few
  // articles whole, and re-running the ingest restores them. The other modes are worse here:
  // kAbsoluteConsistency and kTolerateCorruptedTailRecords refuse to open after such a hole, and
  // kSkipAnyCorruptedRecords replays what follows it, keeping an article whose actors were written
  // by a lost earlier one. (It is RocksDB's default too; set here so that nobody changes it unaware.)
  db_options.wal_recovery_mode = rocksdb::WALRecoveryMode::kPointInTimeRecovery;

  std::error_code ec;
  if (mode == Mode::kReadOnly && !std::filesystem::exists(dir / "CURRENT", ec)) {
    throw StoreError("no parley database at '" + path + "' (run `parley ingest` first, or pass --db)");
  }
  if (std::filesystem::exists(dir / "CURRENT", ec)) {
    std::vector<std::string> existing;
    require_ok(rocksdb::DB::ListColumnFamilies(db_options, path, &existing), "opening database '" + path + "'");
    const std::set<std::string> have(existing.begin(), existing.end());
    for (const char* name : kCfNames) {
      if (!have.count(name) && mode == Mode::kReadOnly) {
        throw StoreError("'" + path + "' is not a parley database (no column family '" + name + "')");
      }
    }
  }

  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  const auto cache = rocksdb::NewLRUCache(kBlockCacheBytes);
  for (std::size_t i = 0; i < kCfCount; ++i) {
    descriptors.emplace_back(kCfNames[i], cf_options(i, cache));
    detail::tune_column_family(descriptors.back().options, kCfNames[i], options, mode == Mode::kReadWrite);
  }

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
  auto write_version = [&impl] {
    rocksdb::WriteOptions wo;
    wo.sync = true;
    require_ok(impl->db->Put(wo, impl->cf(kMeta), kSchemaKey, std::to_string(kSchemaVersion)), "writing schema version");
  };
  if (version) {
    // Version 2 differs only in the by_actor layout, which a writer rewrites in place.
    if (*version == "2" && mode == Mode::kReadWrite) {
      impl->upgrade_by_actor_to_packed();
      write_version();
    } else if (*version == "2") {
      throw SchemaMismatchError("database '" + path + "' was written by an older parley (schema version 2): " +
                                "`parley upgrade --db " + path + "` rewrites its index in place");
    } else if (*version != std::to_string(kSchemaVersion)) {
      throw SchemaMismatchError("database '" + path + "' has schema version " + *version + ", this parley reads " +
                                std::to_string(kSchemaVersion) + ": re-ingest the articles into a new database");
    }
  } else if (mode == Mode::kReadWrite) {
    write_version();
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
    require_ok(batch.Put(impl_->cf(c), k, v), "building write batch");
  };
  auto merge = [&batch, this](std::size_t c, const std::string& k, const std::string& v) {
    require_ok(batch.Merge(impl_->cf(c), k, v), "building write batch");
  };
  // Each id once: the article's record lists them, and the loop below keys the records by them.
  std::vector<std::string> ids;
  ids.reserve(record.interactions.size());
  for (const auto& inter : record.interactions) ids.push_back(inter.id());
  put(kArticles, detail::article_key(record.article.id), detail::encode_article(record.article, ids));
  if (!record.article.content_hash.empty()) {
    put(kArticles, detail::hash_key(record.article.content_hash), record.article.id);
  }
  std::vector<const SharedActor*> changed;  // remembered once the batch is written
  {
    // Most articles name actors this process has written already, most often as the same shared
    // object; comparing the structs is still much cheaper than encoding each one to compare bytes.
    std::lock_guard lock(impl_->written_mutex);
    for (const auto& shared : record.actors) {
      const Actor& actor = shared->actor;
      auto it = impl_->written_actors.find(actor.id.str());
      if (it != impl_->written_actors.end() && (it->second == shared || it->second->actor == actor)) continue;
      put(kActors, actor.id.str(), detail::encode(actor));
      for (const auto& name : shared->names) put(kNames, detail::name_key(name, actor.id.str()), "");
      changed.push_back(&shared);
    }
  }
  for (std::size_t k = 0; k < record.interactions.size(); ++k) {
    const Interaction& inter = record.interactions[k];
    const std::string& id = ids[k];
    const std::string date_key = inter.date.sort_key();
    merge(kInteractions, id, detail::encode(inter));
    // The index values repeat the type and the actors, so that contacts and networks are read
    // from the index alone (see detail/index_entry.hpp).
    const auto& src = inter.source.str();
    const auto& dst = inter.target.str();
    put(kByDate, detail::by_date_key(date_key, id), detail::by_date_value(inter.type, src, dst));
    merge(kByActor, detail::by_actor_key(src, date_key), detail::by_actor_entry(id, inter.type, true, dst));
    merge(kByActor, detail::by_actor_key(dst, date_key), detail::by_actor_entry(id, inter.type, false, src));
  }
  // No sync per article: the write-ahead log survives a killed process, and sync() at the end of an
  // ingest covers a machine crash. Syncing every batch would cap ingest near disk-flush speed.
  require_ok(impl_->db->Write(rocksdb::WriteOptions(), &batch), "storing article '" + record.article.id + "'");
  std::lock_guard lock(impl_->written_mutex);
  for (const SharedActor* actor : changed) impl_->written_actors.insert_or_assign((*actor)->actor.id.str(), *actor);
  return PutOutcome::kStored;
}

void Store::put_actors(const std::vector<Actor>& actors, const std::vector<std::pair<std::string, ActorId>>& names) {
  if (impl_->mode != Mode::kReadWrite) throw StoreError("database opened read-only: cannot store actors");
  rocksdb::WriteBatch batch;
  for (const auto& actor : actors) require_ok(batch.Put(impl_->cf(kActors), actor.id.str(), detail::encode(actor)), "building write batch");
  for (const auto& [name, id] : names) require_ok(batch.Put(impl_->cf(kNames), detail::name_key(name, id.str()), ""), "building write batch");
  rocksdb::WriteOptions wo;
  wo.sync = true;  // a user's import is small and should survive a crash at once
  require_ok(impl_->db->Write(wo, &batch), "storing actors");
  std::lock_guard lock(impl_->written_mutex);
  for (const auto& actor : actors) impl_->written_actors.insert_or_assign(actor.id.str(), share(actor));
}

void Store::flush() {
  if (impl_->mode != Mode::kReadWrite) return;
  // Flush(handles) with wait set flushes the families one after another, each waited for. Asked
  // first without waiting, the flushes are all scheduled at once and run on the background flush
  // threads side by side; the waiting call then only waits. (At the end of a 2,000-article
  // ingest: 125 ms one after another, the articles' blob compression 75 ms of it.)
  rocksdb::FlushOptions start;
  start.wait = false;
  require_ok(impl_->db->Flush(start, impl_->handles), "flushing the database");
  rocksdb::FlushOptions finish;
  finish.wait = true;
  require_ok(impl_->db->Flush(finish, impl_->handles), "flushing the database");
  sync();
}

void Store::compact() {
  if (impl_->mode != Mode::kReadWrite) return;
  flush();
  for (auto* h : impl_->handles) {
    require_ok(impl_->db->CompactRange(detail::full_compaction(), h, nullptr, nullptr), "compacting the database");
  }
}

void Store::sync() {
  if (impl_->mode != Mode::kReadWrite) return;
  require_ok(impl_->db->FlushWAL(/*sync=*/true), "syncing the write-ahead log");
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

void Store::for_each_article(const std::function<bool(const Article&)>& fn) const {
  impl_->scan(kArticles, "A", "A", [&](std::string_view, std::string_view v) { return fn(detail::decode<Article>(v, "article")); });
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

void Store::for_each_name(const std::function<bool(std::string_view, const ActorId&)>& fn) const {
  impl_->scan(kNames, "", "", [&](std::string_view key, std::string_view) {
    const std::string_view actor = detail::last_part(key);
    return fn(key.substr(0, key.size() - actor.size() - 1), ActorId(std::string(actor)));
  });
}

std::optional<Interaction> Store::interaction(std::string_view id) const {
  auto v = impl_->get(kInteractions, id);
  if (!v) return std::nullopt;
  return detail::decode<Interaction>(*v, "interaction");
}

void Store::for_each_ref(const DateWindow& window, const std::function<bool(const InteractionRef&)>& fn) const {
  impl_->scan_window(kByDate, "", detail::WindowKeys(window), [&](std::string_view key, std::string_view value) {
    const auto ref = detail::by_date_ref(key, value);
    if (!ref) throw StoreError("malformed by_date index entry");
    return fn(*ref);
  });
}

void Store::for_each_ref_of(const ActorId& actor, const DateWindow& window,
                            const std::function<bool(const InteractionRef&)>& fn) const {
  for_each_day_of(actor, window, [&](const ActorDay& day) {
    DayEntries entries(actor.str(), day.date, day.packed);
    while (const auto ref = entries.next()) {
      if (!fn(*ref)) return false;
    }
    if (entries.malformed()) throw StoreError("malformed by_actor index entry");
    return true;
  });
}

void Store::for_each_day_of(const ActorId& actor, const DateWindow& window, const std::function<bool(const ActorDay&)>& fn) const {
  const std::string prefix = actor.str() + detail::kSep;
  impl_->scan_window(kByActor, prefix, detail::WindowKeys(window), [&](std::string_view key, std::string_view value) {
    const auto date = detail::by_actor_key_date(actor.str(), key);
    if (!date) throw StoreError("malformed by_actor index key");
    return fn(ActorDay{*date, value});
  });
}

void Store::for_each_interaction(const DateWindow& window, const std::function<bool(const Interaction&)>& fn) const {
  impl_->for_each_record([&](const auto& ref_fn) { for_each_ref(window, ref_fn); }, fn);
}

void Store::for_each_interaction_of(const ActorId& actor, const DateWindow& window,
                                    const std::function<bool(const Interaction&)>& fn) const {
  impl_->for_each_record([&](const auto& ref_fn) { for_each_ref_of(actor, window, ref_fn); }, fn);
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
