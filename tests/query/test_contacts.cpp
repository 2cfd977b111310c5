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
    out.push_back((c.date.known() ? c.date.iso() : "undated") + " " + std::string(c.counterpart));
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

TEST_CASE("a contact list keeps its ids valid when it is moved") {
  test::TempDir dir;
  auto store = graph::Store::open(dir.path(), graph::Store::Mode::kReadWrite);
  graph::ArticleRecord r;
  r.article.id = "art1";
  std::vector<std::string> names, dates;
  for (int i = 1; i <= 40; ++i) {  // enough contacts for the list's buffer to grow several times
    const int day = std::min(i, 28);
    names.push_back("person:counterpart-" + std::to_string(i));
    dates.push_back("2023-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day));
  }
  for (std::size_t i = 0; i < names.size(); ++i) r.interactions.push_back(meeting("person:a", names[i].c_str(), dates[i].c_str(), "art1"));
  store->put_article(r);
  auto list = query::contacts_of(*store, graph::ActorId("person:a"), {});
  REQUIRE(list.size() == 40);
  std::vector<std::string> before;
  for (const auto& c : list) before.push_back(std::string(c.interaction) + " " + std::string(c.counterpart));
  query::ContactList moved = std::move(list);
  std::vector<std::string> after;
  for (const auto& c : moved) after.push_back(std::string(c.interaction) + " " + std::string(c.counterpart));
  CHECK(after == before);
  CHECK(moved[0].counterpart_id() == graph::ActorId(std::string(moved[0].counterpart)));
  CHECK(query::interaction_of(*store, moved[39]).source == graph::ActorId("person:a"));
}
