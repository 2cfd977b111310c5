#include <catch2/catch.hpp>

#include "graph/store.hpp"
#include "query/series.hpp"
#include "support/meeting.hpp"
#include "support/temp_dir.hpp"

using namespace parley;

namespace {
graph::Interaction met(const char* a, const char* b, const char* date) { return test::meeting(a, b, date, "a1"); }
}  // namespace

TEST_CASE("a centrality series ranks each window on its own contacts") {
  test::TempDir dir;
  auto store = graph::Store::open(dir.path(), graph::Store::Mode::kReadWrite);
  graph::ArticleRecord r;
  r.article.id = "a1";
  // January: a is the hub; February: b is.
  r.interactions = {met("person:a", "person:x", "2023-01-02"), met("person:a", "person:y", "2023-01-03"),
                    met("person:b", "person:x", "2023-02-02"), met("person:b", "person:y", "2023-02-03"),
                    met("person:b", "person:z", "2023-02-04")};
  for (const char* id : {"person:a", "person:b", "person:x", "person:y", "person:z"}) {
    graph::Actor a;
    a.id = graph::ActorId(id);
    a.label = id;
    r.actors.push_back(graph::share(a));
  }
  store->put_article(r);
  query::SeriesOptions o;
  o.centrality.metric = query::Metric::kDegree;
  o.window_days = 28;
  o.step_days = 31;
  o.top = 1;
  const auto series = query::centrality_series(*store, o);
  REQUIRE(series.size() == 2);
  CHECK(series[0].from.iso() == "2023-01-02");
  CHECK(series[0].ranking.at(0).actor.str() == "person:a");
  CHECK(series[1].from.iso() == "2023-02-02");
  CHECK(series[1].ranking.at(0).actor.str() == "person:b");
  CHECK(series[1].actors == 4);
}
