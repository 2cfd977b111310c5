#include <catch2/catch.hpp>

#include "graph/store.hpp"
#include "query/contacts.hpp"
#include "support/meeting.hpp"
#include "support/temp_dir.hpp"

using namespace parley;
using parley::test::meeting;

namespace {

// Contacts as "date counterpart" strings, in the order contacts_of gives them.
std::vector<std::string> listed(const graph::Store& store, const char* actor, const query::ContactFilter& filter = {}) {
  std::vector<std::string> out;
  for (const auto& c : query::contacts_of(store, graph::ActorId(actor), filter)) {
    out.push_back((c.date.known() ? c.date.iso() : "undated") + " " + c.counterpart.str());
  }
  return out;
}

}  // namespace

TEST_CASE("contacts come newest first, undated last, one day's in interaction id order") {
  test::TempDir dir;
  auto store = graph::Store::open(dir.path(), graph::Store::Mode::kReadWrite);
  graph::ArticleRecord r;
  r.article.id = "art1";
  r.interactions = {meeting("person:a", "person:b", "2023-01-05", "art1"), meeting("person:a", "person:c", "2023-03-01", "art1"),
                    meeting("person:a", "person:d", "2023-01-05", "art1"), meeting("person:e", "person:a", "2023-02", "art1"),
                    meeting("person:b", "person:c", "2023-02-01", "art1")};  // not a's: left out
  graph::Interaction undated = meeting("person:a", "person:f", "2023", "art1");
  undated.date = graph::Date::unknown();
  r.interactions.push_back(undated);
  store->put_article(r);

  const auto all = listed(*store, "person:a");
  REQUIRE(all.size() == 5);
  CHECK(all[0] == "2023-03-01 person:c");
  CHECK(all[1] == "2023-02 person:e");
  CHECK(all[4] == "undated person:f");
  // The two contacts of 2023-01-05, in the order of their interaction ids.
  const auto first = query::contacts_of(*store, graph::ActorId("person:a"), {});
  CHECK(first[2].date.iso() == "2023-01-05");
  CHECK(first[3].date.iso() == "2023-01-05");
  CHECK(first[2].interaction < first[3].interaction);

  query::ContactFilter with_b;
  with_b.with = graph::ActorId("person:b");
  CHECK(listed(*store, "person:a", with_b) == std::vector<std::string>{"2023-01-05 person:b"});
  query::ContactFilter january;
  january.window.dates = {graph::Date::day(2023, 1, 1), graph::Date::day(2023, 1, 31)};
  CHECK(listed(*store, "person:a", january).size() == 2);
  query::ContactFilter calls;
  calls.window.types = {graph::EdgeType::kCalled};
  CHECK(listed(*store, "person:a", calls).empty());

  // The evidence is a read away.
  const auto evidence = query::interaction_of(*store, first[0]);
  REQUIRE(evidence.mentions.size() == 1);
  CHECK(evidence.mentions[0].text == "person:a met person:c");
}
