// Store::check: reads every column family and reports what does not hold together. A database
// written one atomic batch per article passes whatever crash or power cut it went through; a
// failure means damage (a lost file, a bug, a hand edit).

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "graph/detail/codec.hpp"
#include "graph/detail/index_entry.hpp"
#include "graph/detail/keys.hpp"
#include "graph/detail/store_impl.hpp"
#include "graph/store.hpp"

namespace parley::graph {

namespace {

using enum detail::Cf;

// Keys hold '\0' separators; problems show them as '|'.
std::string printable(std::string_view key) {
  std::string s(key);
  std::replace(s.begin(), s.end(), detail::kSep, '|');
  return s;
}

class Findings {
 public:
  explicit Findings(ConsistencyReport& report) : report_(report) {}
  void add(std::string problem) {
    ++report_.problem_count;
    if (report_.problems.size() < ConsistencyReport::kMaxListed) report_.problems.push_back(std::move(problem));
  }

 private:
  ConsistencyReport& report_;
};

// An interaction's index facts, kept in memory to check the index entries against.
struct Indexed {
  EdgeType type;
  std::string date_key;
  std::string source, target;
};

// The interactions an article lists, each marked once an interaction naming the article is seen.
using Listed = std::vector<std::pair<std::string, bool>>;

}  // namespace

ConsistencyReport Store::check() const {
  ConsistencyReport report;
  Findings found(report);
  const Impl& db = *impl_;
  // The actor's by_actor value of the date key holds an entry of the interaction.
  auto has_by_actor_entry = [&db](std::string_view actor, std::string_view date_key, std::string_view id) {
    const auto key = detail::by_actor_key(actor, date_key);
    const auto value = db.get(kByActor, key);
    if (!value) return false;
    detail::ByActorEntries entries(actor, key, *value);
    while (const auto ref = entries.next()) {
      if (ref->id == id) return true;
    }
    return false;
  };

  std::unordered_set<std::string> actors;
  db.scan(kActors, "", "", [&](std::string_view key, std::string_view) {
    actors.emplace(key);
    return true;
  });
  db.scan(kNames, "", "", [&](std::string_view key, std::string_view) {
    const auto actor = detail::last_part(key);
    if (!actors.count(std::string(actor))) found.add("name '" + printable(key) + "' refers to actor " + std::string(actor) + ", which is not stored");
    return true;
  });

  // Articles: each decodes, its content-hash key points back to it, and its interaction list is kept.
  std::unordered_map<std::string, Listed> listed;
  std::unordered_set<std::string> unlisted;
  db.scan(kArticles, "A", "A", [&](std::string_view key, std::string_view value) {
    ++report.articles;
    const std::string id(key.substr(1));
    nlohmann::json j;
    Article a;
    try {
      j = nlohmann::json::from_cbor(value);
      a = j.get<Article>();
    } catch (const nlohmann::json::exception& e) {
      found.add("article " + id + ": corrupt record (" + e.what() + ")");
      unlisted.insert(id);
      return true;
    }
    if (a.id != id) found.add("article " + id + ": its record says id " + a.id);
    if (!a.content_hash.empty()) {
      const auto owner = db.get(kArticles, detail::hash_key(a.content_hash));
      if (!owner) found.add("article " + id + ": no content-hash entry " + a.content_hash);
      else if (*owner != id) found.add("article " + id + ": its content hash " + a.content_hash + " points to article " + *owner);
    }
    if (!j.contains("interactions") || !j.at("interactions").is_array()) {
      ++report.unlisted_articles;
      unlisted.insert(id);
      return true;
    }
    Listed& ids = listed[id];
    for (const auto& i : j.at("interactions")) {
      if (i.is_string()) ids.emplace_back(i.get<std::string>(), false);
    }
    std::sort(ids.begin(), ids.end());
    return true;
  });
  db.scan(kArticles, "H", "H", [&](std::string_view key, std::string_view value) {
    const std::string owner(value);
    if (!listed.count(owner) && !unlisted.count(owner)) {
      found.add("content hash " + std::string(key.substr(1)) + " points to article " + owner + ", which is not stored");
    }
    return true;
  });

  // Interactions: each decodes under its own id, has its three index entries, names stored actors,
  // and each mention names a stored article that lists it.
  std::unordered_map<std::string, Indexed> interactions;
  db.scan(kInteractions, "", "", [&](std::string_view key, std::string_view value) {
    ++report.interactions;
    const std::string id(key);
    Interaction inter;
    try {
      inter = detail::decode<Interaction>(value, "interaction");
    } catch (const StoreError& e) {
      found.add("interaction " + id + ": " + e.what());
      return true;
    }
    const std::string what = "interaction " + id + " (" + std::string(to_string(inter.type)) + " " +
                             inter.source.str() + " -- " + inter.target.str() + " " + inter.date.iso() + ")";
    if (inter.id() != id) found.add(what + ": stored under another id than its own, " + inter.id());
    Indexed facts{inter.type, inter.date.sort_key(), inter.source.str(), inter.target.str()};
    if (!db.get(kByDate, detail::by_date_key(facts.date_key, id))) found.add(what + ": no by_date entry");
    for (const auto* actor : {&facts.source, &facts.target}) {
      if (!has_by_actor_entry(*actor, facts.date_key, id)) found.add(what + ": no by_actor entry for " + *actor);
      if (!actors.count(*actor)) found.add(what + ": actor " + *actor + " is not stored");
    }
    if (inter.mentions.empty()) found.add(what + ": no mentions");
    std::set<std::string> articles;
    for (const auto& m : inter.mentions) articles.insert(m.article);
    for (const auto& article : articles) {
      if (unlisted.count(article)) continue;
      auto it = listed.find(article);
      if (it == listed.end()) {
        found.add(what + ": mentioned by article " + article + ", which is not stored");
        continue;
      }
      auto entry = std::lower_bound(it->second.begin(), it->second.end(), std::make_pair(id, false));
      if (entry == it->second.end() || entry->first != id) found.add(what + ": article " + article + " does not list it");
      else entry->second = true;
    }
    interactions.emplace(id, std::move(facts));
    return true;
  });
  for (const auto& [article, ids] : listed) {
    for (const auto& [id, seen] : ids) {
      if (seen) continue;
      found.add(interactions.count(id) ? "article " + article + ": its interaction " + id + " has no mention of it"
                                       : "article " + article + ": its interaction " + id + " is not stored");
    }
  }

  // Index entries: each points to a stored interaction and says what it is (date in the key; type
  // and actors in the value, see detail/index_entry.hpp).
  auto entry_matches = [&](std::string_view where_cf, std::string_view key, const std::optional<InteractionRef>& ref,
                           std::optional<std::string_view> actor) {
    ++report.index_entries;
    const std::string where = std::string(where_cf) + " entry '" + printable(key) + "'";
    if (!ref) {
      found.add(where + ": malformed key or value");
      return true;
    }
    const auto it = interactions.find(std::string(ref->id));
    if (it == interactions.end()) {
      found.add(where + ": no such interaction");
    } else if (const Indexed& i = it->second; ref->date.sort_key() != i.date_key) {
      found.add(where + ": the interaction's date is " + i.date_key);
    } else if (actor && i.source != *actor && i.target != *actor) {
      found.add(where + ": the interaction is between " + i.source + " and " + i.target);
    } else if (ref->type != i.type || ref->source != i.source || ref->target != i.target) {
      found.add(where + ": says " + std::string(to_string(ref->type)) + " " + std::string(ref->source) + " -- " +
                std::string(ref->target) + ", the interaction is " + std::string(to_string(i.type)) + " " + i.source +
                " -- " + i.target);
    }
    return true;
  };
  db.scan(kByDate, "", "", [&](std::string_view key, std::string_view value) {
    return entry_matches("by_date", key, detail::by_date_ref(key, value), std::nullopt);
  });
  db.scan(kByActor, "", "", [&](std::string_view key, std::string_view value) {
    const auto actor = key.substr(0, key.find(detail::kSep));
    detail::ByActorEntries entries(actor, key, value);
    while (const auto ref = entries.next()) {
      // Named as one key per entry would be: actor, date key, interaction id.
      entry_matches("by_actor", std::string(key) + detail::kSep + std::string(ref->id), ref, actor);
    }
    if (entries.malformed()) entry_matches("by_actor", key, std::nullopt, actor);
    return true;
  });
  return report;
}

}  // namespace parley::graph
