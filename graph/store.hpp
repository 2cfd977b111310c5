#pragma once
// graph::Store: parley's database, embedded RocksDB with one column family per concern
// (articles, actors, names, interactions, by_actor, by_date, meta). See store.cpp for key layouts.
//
// Thread safety: a Store may be read from many threads at once. Writes (put_article) must come
// from one thread at a time; RocksDB's file lock keeps a second writing process out, and readers
// in other processes open the database read-only while it is being written.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/actor.hpp"
#include "graph/article.hpp"
#include "graph/date.hpp"
#include "graph/interaction.hpp"

namespace parley::graph {

// The layout version this build reads and writes. Opening a database of version 2 for writing
// upgrades it in place (detail/schema_upgrade.cpp); any other version, or version 2 read-only,
// throws SchemaMismatchError.
// Version 2: index entries carry the interaction's type and actors in their values.
// Version 3: by_actor holds one key per actor and date, its value the day's entries packed.
inline constexpr int kSchemaVersion = 3;

// Everything one article adds to the database, written in one atomic batch.
struct ArticleRecord {
  Article article;
  std::vector<Interaction> interactions;
  // Actors the interactions refer to (from the knowledge base or learned from the text).
  std::vector<SharedActor> actors;
};

enum class PutOutcome { kStored, kAlreadyStored };

// What the index says about one interaction, without reading its record: enough to list contacts
// and build networks (mentions, location and confidence need Store::interaction(id)). The views
// point into the scan's buffers and are valid during the callback only.
struct InteractionRef {
  std::string_view id;
  EdgeType type = EdgeType::kMet;
  Date date;
  std::string_view source, target;  // as in the Interaction: visited goes official -> host state
};

// One actor's index entries of one date, packed as the by_actor index stores them. `packed` views
// the scan's buffer during the callback only; a caller keeping many of a hub's contacts copies it
// once and reads the entries from its copy, instead of copying every entry's views.
struct ActorDay {
  Date date;
  std::string_view packed;
};

// The entries of one actor's packed day (or of a copy of it) as refs, in id order. The refs view
// `actor` and `packed`.
class DayEntries {
 public:
  DayEntries(std::string_view actor, const Date& date, std::string_view packed);
  // The next entry; nullopt at the end, or at a malformed entry (then malformed() is true).
  std::optional<InteractionRef> next();
  bool malformed() const { return malformed_; }

 protected:
  void set_malformed() {
    malformed_ = true;
    rest_ = {};
  }

 private:
  std::string_view actor_, rest_;
  Date date_;
  bool malformed_ = false;
};

struct StoreStats {
  std::uint64_t articles = 0;
  std::uint64_t actors = 0;
  std::uint64_t interactions = 0;
  std::uint64_t mentions = 0;
  std::map<EdgeType, std::uint64_t> by_type;
  std::optional<Date> first_date;  // earliest and latest known interaction dates
  std::optional<Date> last_date;
};

// How a writer uses the database; readers ignore it.
struct OpenOptions {
  // A large one-off load (parley ingest --bulk, parley merge --bulk): no compaction while writing, larger
  // memtables; call compact() at the end, else queries read through many unsorted files.
  bool bulk_load = false;
};

// What Store::check found. Problems are sentences naming the keys involved, at most
// kMaxListed of them kept (problem_count counts them all).
struct ConsistencyReport {
  static constexpr std::size_t kMaxListed = 1000;
  std::vector<std::string> problems;
  std::uint64_t problem_count = 0;
  std::uint64_t articles = 0;       // what was checked
  std::uint64_t interactions = 0;
  std::uint64_t index_entries = 0;  // by_actor and by_date keys
  std::uint64_t unlisted_articles = 0;  // stored before articles listed their interactions: not verifiable

  bool ok() const { return problem_count == 0; }
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (read-write: creates when missing) the database in `dir`.
  // Throws StoreError when it cannot be opened (read-only and missing, locked by another writer,
  // corrupt) and SchemaMismatchError when it was written with another schema version.
  static std::unique_ptr<Store> open(const std::filesystem::path& dir, Mode mode, const OpenOptions& options = {});

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  Mode mode() const;

  // Stores the article, its interactions, actors, names and every index key in one WriteBatch, so
  // that a crash leaves either all of it or none. Returns kAlreadyStored and writes nothing when an
  // article with the same id or the same content hash is stored. An interaction already stored
  // (same id) gains this article's mentions through the merge operator, without a read.
  // Throws StoreError on a write failure or in read-only mode.
  PutOutcome put_article(const ArticleRecord& record);

  // Stores actors and their normalised names in one batch (user additions to the knowledge base);
  // an actor with a stored id is replaced. Throws StoreError on a write failure or in read-only mode.
  void put_actors(const std::vector<Actor>& actors, const std::vector<std::pair<std::string, ActorId>>& names);

  // Syncs the write-ahead log to disk: what was written survives a machine crash (called every
  // few thousand articles during an ingest).
  void sync();
  // Writes the memtables out as table files and syncs the log (called at the end of an ingest),
  // so that the next open, read-only ones included, does not replay the log into memory.
  void flush();
  // Flushes, then compacts every column family into its last level: after a bulk load, reads then
  // look in one sorted run instead of many overlapping files (the slow tail of the queries).
  // Takes about as long as writing the data once. Throws StoreError on failure; no-op read-only.
  void compact();

  bool has_article(std::string_view id) const;
  // The id of the stored article with this content hash, if any.
  std::optional<std::string> article_with_hash(std::string_view content_hash) const;
  std::optional<Article> article(std::string_view id) const;
  // Calls fn for every stored article in id order; fn returns false to stop.
  void for_each_article(const std::function<bool(const Article&)>& fn) const;

  std::optional<Actor> actor(const ActorId& id) const;
  // Calls fn for every stored actor in id order; fn returns false to stop.
  void for_each_actor(const std::function<bool(const Actor&)>& fn) const;
  // Actors stored under a normalised name, in id order; a prefix search when `prefix` is true.
  std::vector<ActorId> actors_named(std::string_view normalised_name, bool prefix = false) const;
  // Calls fn(normalised name, actor) for every stored name key, in name order; fn returns false to stop.
  void for_each_name(const std::function<bool(std::string_view, const ActorId&)>& fn) const;

  std::optional<Interaction> interaction(std::string_view id) const;
  // Interactions in the window (by the by_date index), in (date, id) order; fn returns false to stop.
  void for_each_interaction(const DateWindow& window, const std::function<bool(const Interaction&)>& fn) const;
  // Interactions of one actor in the window (by the by_actor index), in (date, id) order.
  void for_each_interaction_of(const ActorId& actor, const DateWindow& window,
                               const std::function<bool(const Interaction&)>& fn) const;

  // The index entries in the window, in (date, id) order, from the by_date index alone (no
  // record is read); fn returns false to stop. Throws StoreError on a read failure or a
  // malformed entry.
  void for_each_ref(const DateWindow& window, const std::function<bool(const InteractionRef&)>& fn) const;
  // The index entries of one actor in the window (by_actor), in (date, id) order.
  void for_each_ref_of(const ActorId& actor, const DateWindow& window,
                       const std::function<bool(const InteractionRef&)>& fn) const;
  // The same a date at a time, packed (read each with DayEntries), in date order.
  void for_each_day_of(const ActorId& actor, const DateWindow& window, const std::function<bool(const ActorDay&)>& fn) const;

  StoreStats stats() const;

  // Reads the whole database and checks that it holds together: every by_actor and by_date entry
  // points to a stored interaction with that actor and date, and every interaction has its entries;
  // every mention names a stored article that lists the interaction, and every interaction an
  // article lists is stored with a mention of it; content-hash keys and stored articles match;
  // interactions and names refer to stored actors. Writes nothing. Holds the ids of the articles,
  // interactions and actors in memory. Throws StoreError only when the database cannot be read.
  ConsistencyReport check() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::graph
