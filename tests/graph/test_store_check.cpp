// Store::check on a whole database and on ones damaged below the Store, with RocksDB itself.

#include <catch2/catch.hpp>

#include <string>

#include "graph/detail/codec.hpp"
#include "graph/detail/index_entry.hpp"
#include "graph/detail/keys.hpp"
#include "graph/store.hpp"
#include "support/raw_db.hpp"
#include "support/store_records.hpp"
#include "support/temp_dir.hpp"

using namespace parley::graph;
using parley::test::edge;
using parley::test::RawDb;
using parley::test::TempDir;

namespace {

// Two articles sharing one meeting (a -- b), the second also with a call (a -- c).
std::string fill(const TempDir& dir) {
  auto store = Store::open(dir.path(), Store::Mode::kReadWrite);
  const auto met = edge(EdgeType::kMet, "person:a", "person:b", "2023-11-03", "art1");
  auto first = parley::test::record("art1", "h1", {met});
  auto second = parley::test::record("art2", "h2", {edge(EdgeType::kMet, "person:a", "person:b", "2023-11-03", "art2"),
                                                   edge(EdgeType::kCalled, "person:a", "person:c", "2023-11-04", "art2")});
  for (const char* id : {"person:b", "person:c"}) {
    Actor actor;
    actor.id = ActorId(id);
    second.actors.push_back(share(actor));
    first.actors.push_back(share(actor));
  }
  store->put_article(first);
  store->put_article(second);
  return met.id();
}

ConsistencyReport check(const TempDir& dir) { return Store::open(dir.path(), Store::Mode::kReadOnly)->check(); }

// The problems, one a line, for the failure messages.
std::string listed(const ConsistencyReport& r) {
  std::string out;
  for (const auto& p : r.problems) out += p + "\n";
  return out;
}

bool reports(const ConsistencyReport& r, const std::string& text) {
  for (const auto& p : r.problems) {
    if (p.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a database written through the Store passes the check") {
  TempDir dir;
  fill(dir);
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE(r.ok());
  REQUIRE(r.articles == 2);
  REQUIRE(r.interactions == 2);
  REQUIRE(r.index_entries == 6);  // by_date and two by_actor entries per interaction
  REQUIRE(r.unlisted_articles == 0);
}

TEST_CASE("check finds an interaction that lost a by_actor entry") {
  TempDir dir;
  const std::string met = fill(dir);
  RawDb(dir.path()).remove("by_actor", parley::graph::detail::by_actor_key("person:b", "2023-11-03"));
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.problem_count == 1);
  REQUIRE(reports(r, "interaction " + met));
  REQUIRE(reports(r, "no by_actor entry for person:b"));
}

TEST_CASE("check finds index entries and an article pointing to a deleted interaction") {
  TempDir dir;
  const std::string met = fill(dir);
  RawDb(dir.path()).remove("interactions", met);
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE(reports(r, "by_date entry '2023-11-03|" + met + "': no such interaction"));
  REQUIRE(reports(r, "by_actor entry 'person:b|2023-11-03|" + met + "': no such interaction"));
  REQUIRE(reports(r, "article art1: its interaction " + met + " is not stored"));
  REQUIRE(r.problem_count == 5);  // three index entries, two articles
}

TEST_CASE("check finds mentions and a content hash naming a deleted article") {
  TempDir dir;
  const std::string met = fill(dir);
  RawDb(dir.path()).remove("articles", parley::graph::detail::article_key("art1"));
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE(reports(r, "interaction " + met));
  REQUIRE(reports(r, "mentioned by article art1, which is not stored"));
  REQUIRE(reports(r, "content hash h1 points to article art1, which is not stored"));
  REQUIRE(r.problem_count == 2);
}

TEST_CASE("check finds an index entry whose date is not the interaction's") {
  TempDir dir;
  const std::string met = fill(dir);
  RawDb(dir.path()).put("by_date", parley::graph::detail::by_date_key("2023-11-05", met),
                         parley::graph::detail::by_date_value(EdgeType::kMet, "person:a", "person:b"));
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE(r.problem_count == 1);
  REQUIRE(reports(r, "the interaction's date is 2023-11-03"));
}

TEST_CASE("check finds an index value that says another type or other actors than the interaction") {
  TempDir dir;
  const std::string met = fill(dir);
  {
    RawDb raw(dir.path());
    raw.put("by_date", parley::graph::detail::by_date_key("2023-11-03", met),
            parley::graph::detail::by_date_value(EdgeType::kCalled, "person:a", "person:b"));
    // person:a's entries of the day, replaced by a value cut in the middle of its only entry
    const auto entry = parley::graph::detail::by_actor_entry(met, EdgeType::kMet, true, "person:b");
    raw.put("by_actor", parley::graph::detail::by_actor_key("person:a", "2023-11-03"), entry.substr(0, met.size() + 2));
  }
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE(r.problem_count == 3);  // the by_date value, the cut by_actor value, and so a's missing entry
  REQUIRE(reports(r, "says called person:a -- person:b, the interaction is met person:a -- person:b"));
  REQUIRE(reports(r, "by_actor entry 'person:a|2023-11-03': malformed key or value"));
  REQUIRE(reports(r, "interaction " + met + " (met person:a -- person:b 2023-11-03): no by_actor entry for person:a"));
}

TEST_CASE("check counts articles stored before they listed their interactions, and passes them") {
  TempDir dir;
  fill(dir);
  Article old;
  old.id = "old";
  old.text = "an article stored by an older parley";
  RawDb(dir.path()).put("articles", parley::graph::detail::article_key("old"), parley::graph::detail::encode(old));
  const auto r = check(dir);
  INFO(listed(r));
  REQUIRE(r.ok());
  REQUIRE(r.articles == 3);
  REQUIRE(r.unlisted_articles == 1);
}
