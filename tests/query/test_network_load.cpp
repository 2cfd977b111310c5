#include <catch2/catch.hpp>

#include "graph/store.hpp"
#include "query/network.hpp"
#include "support/meeting.hpp"
#include "support/state_actor.hpp"
#include "support/temp_dir.hpp"

using namespace parley;

namespace {

graph::Actor official(const char* id, const char* state) {
  graph::Actor a;
  a.id = graph::ActorId(id);
  a.label = id;
  a.state = graph::StateCode::parse(state);
  return a;
}

// Vertices in number order, then links as "a-b xcount", in link order.
std::vector<std::string> shape(const query::Network& n) {
  std::vector<std::string> out;
  for (std::size_t v = 0; v < n.vertex_count(); ++v) out.push_back(n.actor(v).id.str() + " " + n.actor(v).label);
  for (const auto& l : n.links()) out.push_back(std::to_string(l.a) + "-" + std::to_string(l.b) + " x" + std::to_string(l.count));
  return out;
}

}  // namespace

TEST_CASE("a network of counts from the index equals the network built from the records") {
  test::TempDir dir;
  auto store = graph::Store::open(dir.path(), graph::Store::Mode::kReadWrite);
  graph::ArticleRecord r;
  r.article.id = "a1";
  for (const auto& a : {official("person:a", "IRN"), official("person:b", "RUS"), official("person:c", "IRN"),
                        official("person:d", "QAT"), test::state_actor("RUS", "Russia")}) {
    r.actors.push_back(graph::share(a));
  }
  graph::Interaction visit = test::meeting("person:a", "state:RUS", "2023-01-04", "a1");
  visit.type = graph::EdgeType::kVisited;
  graph::Interaction call = test::meeting("person:d", "person:b", "2023-02", "a1");
  call.type = graph::EdgeType::kCalled;
  call.canonicalize();
  graph::Interaction undated = test::meeting("person:c", "person:d", "2023-01-01", "a1");
  undated.date = graph::Date::unknown();
  r.interactions = {test::meeting("person:a", "person:b", "2023-01-02", "a1"), test::meeting("person:a", "person:b", "2023-01-03", "a1"),
                    test::meeting("person:a", "person:c", "2023-01-02", "a1"),   // one state: gone at the state level
                    test::meeting("person:c", "person:x", "2023-01-05", "a1"),   // no record for x
                    visit, call, undated};
  store->put_article(r);

  for (const auto level : {query::Level::kOfficial, query::Level::kState}) {
    for (const graph::DateWindow& w : {graph::DateWindow{}, graph::DateWindow{graph::Date::day(2023, 1, 3), std::nullopt}}) {
      for (const std::set<graph::EdgeType>& types : {std::set<graph::EdgeType>{}, std::set<graph::EdgeType>{graph::EdgeType::kMet}}) {
        query::NetworkFilter f;
        f.level = level;
        f.window.dates = w;
        f.window.types = types;
        const auto full = query::Network::load(*store, f);
        const auto counts = query::Network::load_counts(*store, f);
        CHECK(full.links().size() > 0);
        CHECK(shape(counts) == shape(full));
        for (const auto& l : counts.links()) CHECK(l.interactions.empty());
      }
    }
  }
}
