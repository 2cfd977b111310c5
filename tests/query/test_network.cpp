#include <catch2/catch.hpp>

#include <cmath>
#include <map>

#include "query/centrality.hpp"
#include "query/communities.hpp"
#include "query/neighbourhood.hpp"
#include "query/network.hpp"
#include "query/paths.hpp"
#include "support/state_actor.hpp"

using namespace parley;
using namespace parley::query;

namespace {

graph::Actor person(const std::string& name, const char* state = "IRN") {
  graph::Actor a;
  a.id = graph::ActorId("person:" + name);
  a.label = name;
  a.state = graph::StateCode::parse(state);
  return a;
}

graph::Interaction contact(const std::string& a, const std::string& b, const char* date = "2023-01-01",
                           graph::EdgeType type = graph::EdgeType::kMet) {
  graph::Interaction i;
  i.type = type;
  i.source = graph::ActorId("person:" + a);
  i.target = graph::ActorId(b.rfind("state:", 0) == 0 ? b : "person:" + b);
  i.date = *graph::Date::parse_iso(date);
  i.canonicalize();
  return i;
}

// A window from "a-b a-c ..." pairs, every person of a state of their own.
GraphWindow drawn(const std::vector<std::pair<std::string, std::string>>& pairs) {
  GraphWindow w;
  std::map<std::string, bool> seen;
  static const char* kStates[] = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH"};
  for (const auto& [a, b] : pairs) {
    for (const auto& n : {a, b}) {
      if (!seen[n]) w.nodes.push_back(person(n, kStates[(n[0] - 'a') % 8]));
      seen[n] = true;
    }
    w.edges.push_back(contact(a, b));
  }
  return w;
}

std::map<std::string, double> scores(const Network& n, Metric m, bool normalised = false, std::size_t pivots = 0) {
  std::map<std::string, double> out;
  for (const auto& s : centrality(n, {m, normalised, pivots, 7})) out[s.actor.str().substr(7)] = s.value;
  return out;
}

}  // namespace

// NetworKit's drawn graph (0-2 1-2 2-3 2-4 3-5 4-5), here a b c d e f:
//   a --.       .-- d --.
//        >- c -<         >- f
//   b --'       '-- e --'
TEST_CASE("betweenness on a drawn graph counts each unordered pair once (Boost halves NetworKit's 15)") {
  const auto n = Network::from_window(drawn({{"a", "c"}, {"b", "c"}, {"c", "d"}, {"c", "e"}, {"d", "f"}, {"e", "f"}}), Level::kOfficial);
  const auto b = scores(n, Metric::kBetweenness);
  CHECK(b.at("a") == Approx(0));
  CHECK(b.at("b") == Approx(0));
  CHECK(b.at("c") == Approx(7.5));
  CHECK(b.at("d") == Approx(1.5));
  CHECK(b.at("e") == Approx(1.5));
  CHECK(b.at("f") == Approx(0.5));
  const auto normalised = scores(n, Metric::kBetweenness, true);
  CHECK(normalised.at("c") == Approx(7.5 / 10.0));  // (n-1)(n-2)/2 = 10 pairs
}

TEST_CASE("sampled betweenness estimates the exact score on a large star") {
  std::vector<std::pair<std::string, std::string>> star;
  for (int i = 0; i < 100; ++i) star.emplace_back("hub", "leaf" + std::to_string(i));
  auto window = drawn(star);
  const auto n = Network::from_window(std::move(window), Level::kOfficial);
  const double exact = scores(n, Metric::kBetweenness).at("hub");
  CHECK(exact == Approx(100.0 * 99 / 2));
  const double sampled = scores(n, Metric::kBetweenness, false, 20).at("hub");
  CHECK(std::abs(sampled - exact) / exact < 0.05);
  CHECK(scores(n, Metric::kBetweenness, false, 20).at("leaf3") == Approx(0));
}

TEST_CASE("degree, strength, harmonic closeness on a path with a repeated contact") {
  auto w = drawn({{"a", "b"}, {"b", "c"}});
  w.edges.push_back(contact("a", "b", "2023-02-01"));
  const auto n = Network::from_window(std::move(w), Level::kOfficial);
  CHECK(scores(n, Metric::kDegree).at("b") == Approx(2));
  CHECK(scores(n, Metric::kStrength).at("b") == Approx(3));
  CHECK(scores(n, Metric::kStrength, true).at("a") == Approx(2.0 / 3));
  const auto c = scores(n, Metric::kCloseness);
  CHECK(c.at("a") == Approx(1.5));
  CHECK(c.at("b") == Approx(2.0));
}

TEST_CASE("closeness of a disconnected network counts only what is reachable") {
  const auto n = Network::from_window(drawn({{"a", "b"}, {"c", "d"}}), Level::kOfficial);
  const auto c = scores(n, Metric::kCloseness, true);
  CHECK(c.at("a") == Approx(1.0 / 3));
}

TEST_CASE("pagerank sums to one and ranks a hub first; eigenvector peaks at the hub") {
  const auto n = Network::from_window(drawn({{"h", "a"}, {"h", "b"}, {"h", "c"}, {"c", "d"}}), Level::kOfficial);
  const auto pr = centrality(n, {Metric::kPageRank});
  double sum = 0;
  for (const auto& s : pr) sum += s.value;
  CHECK(sum == Approx(1.0));
  CHECK(pr.front().actor.str() == "person:h");
  const auto ev = centrality(n, {Metric::kEigenvector});
  CHECK(ev.front().actor.str() == "person:h");
  CHECK(ev.front().value == Approx(1.0));
}

TEST_CASE("ties are ordered by actor id") {
  const auto n = Network::from_window(drawn({{"b", "a"}, {"c", "d"}}), Level::kOfficial);
  const auto d = centrality(n, {Metric::kDegree});
  CHECK(d[0].actor.str() == "person:a");
  CHECK(d[1].actor.str() == "person:b");
}

TEST_CASE("the shortest chain and the earliest time-respecting chain differ when dates disagree") {
  GraphWindow w = drawn({{"a", "b"}, {"b", "c"}, {"a", "d"}, {"d", "e"}, {"e", "c"}});
  w.edges = {contact("a", "b", "2023-01-10"), contact("b", "c", "2023-01-05"), contact("a", "d", "2023-01-01"),
             contact("d", "e", "2023-01-02"), contact("e", "c", "2023-01-03"), contact("b", "c", "2023-01-20")};
  std::stable_sort(w.edges.begin(), w.edges.end(), [](const auto& x, const auto& y) { return x.date < y.date; });
  const auto n = Network::from_window(std::move(w), Level::kOfficial);
  const auto shortest = shortest_chain(n, graph::ActorId("person:a"), graph::ActorId("person:c"));
  REQUIRE(shortest);
  CHECK(shortest->steps.size() == 2);
  const auto earliest = earliest_chain(n, graph::ActorId("person:a"), graph::ActorId("person:c"));
  REQUIRE(earliest);
  REQUIRE(earliest->steps.size() == 3);  // a-d (1st), d-e (2nd), e-c (3rd) arrives before a-b-c (20th)
  CHECK(earliest->steps[2].interaction->date.iso() == "2023-01-03");
  // c reaches d only through contacts that happened before it could have passed anything on.
  CHECK(shortest_chain(n, graph::ActorId("person:c"), graph::ActorId("person:d")));
  CHECK_FALSE(earliest_chain(n, graph::ActorId("person:c"), graph::ActorId("person:d")));
  CHECK_FALSE(shortest_chain(n, graph::ActorId("person:a"), graph::ActorId("person:zz")));
}

TEST_CASE("at the state level officials fold into their states and domestic contacts vanish") {
  GraphWindow w;
  w.nodes = {person("x", "IRN"), person("y", "RUS"), person("z", "IRN")};
  w.nodes.push_back(test::state_actor("RUS", "Russia"));
  w.edges = {contact("x", "y", "2023-01-01", graph::EdgeType::kCalled), contact("x", "z"),
             contact("x", "state:RUS", "2023-01-02", graph::EdgeType::kVisited)};
  const auto n = Network::from_window(std::move(w), Level::kState);
  REQUIRE(n.vertex_count() == 2);
  REQUIRE(n.links().size() == 1);
  CHECK(n.links()[0].weight() == Approx(2));
}

TEST_CASE("the K-hop neighbourhood grows one contact at a time from every seed") {
  const auto n = Network::from_window(drawn({{"a", "b"}, {"b", "c"}, {"c", "d"}, {"e", "f"}}), Level::kOfficial);
  using S = std::set<graph::ActorId>;
  const S a{graph::ActorId("person:a")};
  CHECK(neighbourhood(n, a, 0) == a);
  CHECK(neighbourhood(n, a, 1) == S{graph::ActorId("person:a"), graph::ActorId("person:b")});
  CHECK(neighbourhood(n, a, 2).size() == 3);
  CHECK(neighbourhood(n, S{graph::ActorId("person:a"), graph::ActorId("person:e")}, 1).size() == 4);
  CHECK(neighbourhood(n, S{graph::ActorId("person:zz")}, 3).empty());
}

TEST_CASE("connected components, largest first") {
  const auto n = Network::from_window(drawn({{"a", "b"}, {"b", "c"}, {"d", "e"}}), Level::kOfficial);
  const auto c = components(n);
  REQUIRE(c.size() == 2);
  CHECK(c[0].size() == 3);
  CHECK(c[1] == std::vector<graph::ActorId>{graph::ActorId("person:d"), graph::ActorId("person:e")});
}

TEST_CASE("Louvain finds two cliques joined by one contact, with the modularity of that split") {
  // Two 4-cliques {a,b,c,d} and {e,f,g,h}, bridged by d-e.
  std::vector<std::pair<std::string, std::string>> edges;
  for (std::string clique : {"abcd", "efgh"}) {
    for (std::size_t i = 0; i < 4; ++i) {
      for (std::size_t j = i + 1; j < 4; ++j) edges.emplace_back(std::string(1, clique[i]), std::string(1, clique[j]));
    }
  }
  edges.emplace_back("d", "e");
  const auto n = Network::from_window(drawn(edges), Level::kOfficial);
  const auto c = louvain(n);
  REQUIRE(c.groups.size() == 2);
  CHECK(c.groups[0].size() == 4);
  CHECK(std::find(c.groups[0].begin(), c.groups[0].end(), graph::ActorId("person:a")) != c.groups[0].end());
  // m = 13; each side has 6 inner edges and degree sum 13: Q = 2 (6/13 - (13/26)^2) = 0.4231
  CHECK(c.modularity == Approx(2 * (6.0 / 13 - 0.25)).epsilon(1e-9));
}
