#include "graph/store_merge.hpp"

#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "graph/errors.hpp"

namespace parley::graph {

MergeCounts& MergeCounts::operator+=(const MergeCounts& other) {
  articles += other.articles;
  stored += other.stored;
  already_stored += other.already_stored;
  interactions += other.interactions;
  actors_added += other.actors_added;
  return *this;
}

namespace {

// The stored articles are not linked to their interactions: only an interaction's mentions name
// their articles. This index, built in one pass over the shard's interactions, lists for each
// article the interactions it has mentions in. It holds ids, not records: a shard of a million
// articles would not fit in memory as records; each article's records are read again when copied.
class MentionIndex {
 public:
  explicit MentionIndex(const Store& shard) {
    shard.for_each_interaction(DateWindow{}, [&](const Interaction& inter) {
      const auto n = static_cast<std::uint32_t>(ids_.size());
      ids_.push_back(inter.id());
      for (const auto& m : inter.mentions) {
        // Any earlier entry of this interaction for this article is the list's last one.
        auto& list = by_article_[m.article];
        if (list.empty() || list.back() != n) list.push_back(n);
      }
      return true;
    });
  }

  std::vector<std::string_view> interactions_of(const std::string& article) const {
    std::vector<std::string_view> out;
    if (auto it = by_article_.find(article); it != by_article_.end()) {
      for (auto n : it->second) out.push_back(ids_[n]);
    }
    return out;
  }

 private:
  std::vector<std::string> ids_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_article_;
};

// The shard's actors and their name keys, read as the articles need them.
class ShardActors {
 public:
  explicit ShardActors(const Store& shard) : shard_(shard) {
    shard.for_each_name([&](std::string_view name, const ActorId& id) {
      names_[id.str()].emplace_back(name);
      return true;
    });
  }

  // Adds the actor's record and names to `record` (nothing when the shard does not have it).
  void add_to(const ActorId& id, ArticleRecord& record) {
    auto it = actors_.find(id.str());
    if (it == actors_.end()) {
      SharedActor shared;
      if (auto actor = shard_.actor(id)) shared = share(std::move(*actor), names_of(id));
      it = actors_.emplace(id.str(), std::move(shared)).first;
    }
    if (it->second) record.actors.push_back(it->second);
  }

  void add_names(const ActorId& id, std::vector<std::pair<std::string, ActorId>>& names) const {
    for (auto& name : names_of(id)) names.emplace_back(std::move(name), id);
  }

 private:
  std::vector<std::string> names_of(const ActorId& id) const {
    auto it = names_.find(id.str());
    return it == names_.end() ? std::vector<std::string>{} : it->second;
  }

  const Store& shard_;
  std::map<std::string, SharedActor> actors_;  // nullptr: the shard has no such actor
  std::unordered_map<std::string, std::vector<std::string>> names_;
};

// The article as ingest would have stored it: its share of each interaction (the mentions it
// states), and the actors those refer to. The share keeps the shard's location and confidence,
// which ingest derived from all the shard's articles: an article's own are not stored apart.
ArticleRecord record_of(const Article& article, const Store& shard, const MentionIndex& index, ShardActors& actors) {
  ArticleRecord record;
  record.article = article;
  std::set<std::string> actor_ids;
  for (const auto id : index.interactions_of(article.id)) {
    auto inter = shard.interaction(id);
    if (!inter) throw StoreError("shard index names a missing interaction " + std::string(id));
    std::erase_if(inter->mentions, [&](const Mention& m) { return m.article != article.id; });
    for (const ActorId* a : {&inter->source, &inter->target}) {
      if (actor_ids.insert(a->str()).second) actors.add_to(*a, record);
    }
    record.interactions.push_back(std::move(*inter));
  }
  return record;
}

// Durability as in ingest: the write-ahead log survives a killed process; a sync every this many
// articles bounds what a power cut can take (a re-run restores it).
constexpr std::uint64_t kSyncEvery = 10000;

}  // namespace

MergeCounts merge_store(const Store& shard, Store& target) {
  MergeCounts counts;
  const MentionIndex index(shard);
  ShardActors actors(shard);
  shard.for_each_article([&](const Article& article) {
    ++counts.articles;
    // Checked before reading the article's interactions: a re-run skips the done part quickly.
    // put_article checks again, atomically with its write.
    const bool known = target.has_article(article.id) ||
                       (!article.content_hash.empty() && target.article_with_hash(article.content_hash));
    const auto record = known ? ArticleRecord{} : record_of(article, shard, index, actors);
    if (known || target.put_article(record) == PutOutcome::kAlreadyStored) {
      ++counts.already_stored;
      return true;
    }
    ++counts.stored;
    counts.interactions += record.interactions.size();
    if (counts.stored % kSyncEvery == 0) target.sync();
    return true;
  });
  // Actors no article refers to (officials a user imported, kept for later ingests) and that the
  // target lacks. An actor the target has is left as it is: articles above carried theirs.
  std::vector<Actor> extra;
  std::vector<std::pair<std::string, ActorId>> names;
  shard.for_each_actor([&](const Actor& a) {
    if (!target.actor(a.id)) {
      extra.push_back(a);
      actors.add_names(a.id, names);
    }
    return true;
  });
  if (!extra.empty()) target.put_actors(extra, names);
  counts.actors_added = extra.size();
  return counts;
}

MergeResult merge_shards(const std::filesystem::path& target, const std::vector<std::filesystem::path>& shards,
                         const OpenOptions& options,
                         const std::function<void(const std::filesystem::path&, const MergeCounts&)>& on_shard) {
  // Every shard is checked before the target is touched: a typo in the last path must not leave
  // a half-merged target behind.
  std::vector<std::unique_ptr<Store>> opened;
  for (const auto& path : shards) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw StoreError("shard '" + path.string() + "' does not exist");
    if (std::filesystem::equivalent(path, target, ec)) {
      throw StoreError("shard '" + path.string() + "' is the target database itself");
    }
    try {
      opened.push_back(Store::open(path, Store::Mode::kReadOnly));
    } catch (const SchemaMismatchError& e) {
      throw SchemaMismatchError("shard '" + path.string() + "': " + e.what());
    } catch (const StoreError& e) {
      throw StoreError("shard '" + path.string() + "': " + e.what());
    }
  }
  auto out = Store::open(target, Store::Mode::kReadWrite, options);
  MergeResult result;
  for (std::size_t i = 0; i < opened.size(); ++i) {
    result.shards.push_back(merge_store(*opened[i], *out));
    result.total += result.shards.back();
    if (on_shard) on_shard(shards[i], result.shards.back());
  }
  if (options.bulk_load) {
    out->compact();
  } else {
    out->flush();
  }
  return result;
}

}  // namespace parley::graph
