#include <catch2/catch.hpp>

#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "graph/store.hpp"
#include "query/http_api.hpp"
#include "support/temp_dir.hpp"

using namespace parley;
using json = nlohmann::json;

namespace {

graph::Interaction met(const char* a, const char* b, const char* date) {
  graph::Interaction i;
  i.type = graph::EdgeType::kMet;
  i.source = graph::ActorId(a);
  i.target = graph::ActorId(b);
  i.date = *graph::Date::parse_iso(date);
  i.mentions.push_back({"art-1", std::string(a) + " met " + b, 0, 10, "en", "met"});
  i.canonicalize();
  return i;
}

// A store with three officials and two meetings, served on a free loopback port.
struct ServedStore {
  test::TempDir dir;
  std::unique_ptr<query::ApiServer> server;
  std::thread thread;
  int port = -1;

  ServedStore() {
    {
      auto store = graph::Store::open(dir.path(), graph::Store::Mode::kReadWrite);
      graph::ArticleRecord r;
      r.article.id = "art-1";
      r.article.title = "Two meetings";
      r.article.url = "https://example.org/a";
      r.interactions = {met("person:ann", "person:bo", "2023-01-05"), met("person:bo", "person:cy", "2023-02-07")};
      for (auto [id, label, state] : {std::tuple{"person:ann", "Ann Arbor", "IRN"}, std::tuple{"person:bo", "Bo Ring", "RUS"},
                                      std::tuple{"person:cy", "Cy Press", "QAT"}}) {
        graph::Actor a;
        a.id = graph::ActorId(id);
        a.label = label;
        a.state = graph::StateCode::parse(state);
        r.actors.push_back(a);
        r.names.emplace_back(std::string(label) == "Bo Ring" ? "bo ring" : std::string(label), a.id);
      }
      store->put_article(r);
    }
    query::ApiOptions o;
    o.db = dir.path();
    o.cors_origin = "http://localhost:3000";
    o.files = {{"/", "<!doctype html><title>page</title>", "text/html; charset=utf-8"},
               {"/app.js", "export const x = 1;", "text/javascript; charset=utf-8"}};
    o.normalise = [](const std::string& s) {
      std::string out = s;
      for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return out;
    };
    server = std::make_unique<query::ApiServer>(o);
    port = server->bind("127.0.0.1", 0);
    thread = std::thread([this] { server->listen(); });
    for (int i = 0; i < 200 && !server->running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~ServedStore() {
    server->stop();
    thread.join();
  }
  std::pair<int, json> get(const std::string& path) {
    httplib::Client client("127.0.0.1", port);
    auto res = client.Get(path.c_str());
    REQUIRE(res);
    return {res->status, json::parse(res->body)};
  }
};

}  // namespace

TEST_CASE("the API answers the query functions as JSON, on loopback") {
  ServedStore s;
  REQUIRE(s.port > 0);
  auto [status, stats] = s.get("/api/stats");
  CHECK(status == 200);
  CHECK(stats["interactions"] == 2);

  auto [cs, contacts] = s.get("/api/contacts?actor=bo%20ring&from=2023-02");
  CHECK(cs == 200);
  CHECK(contacts["total"] == 1);
  CHECK(contacts["items"][0]["counterpart"] == "person:cy");

  auto [gs, graph] = s.get("/api/graph?level=state");
  CHECK(gs == 200);
  CHECK(graph["edges"].size() == 2);

  auto [ts, centrality] = s.get("/api/centrality?metric=betweenness&top=1");
  CHECK(ts == 200);
  CHECK(centrality["items"][0]["id"] == "person:bo");

  auto [ps, page] = s.get("/api/actors?limit=2&offset=1");
  CHECK(ps == 200);
  CHECK(page["total"] == 3);
  CHECK(page["items"].size() == 2);

  const std::string edge = contacts["items"][0]["id"];
  auto [es, detail] = s.get("/api/edges/" + edge);
  CHECK(es == 200);
  CHECK(detail["mentions"][0]["title"] == "Two meetings");
  CHECK(detail["mentions"][0]["url"] == "https://example.org/a");
}

TEST_CASE("bad parameters are 400, unknown actors and edges 404, with a JSON error") {
  ServedStore s;
  CHECK(s.get("/api/contacts?actor=bo%20ring&from=2023-02-30").first == 400);
  CHECK(s.get("/api/contacts").first == 400);
  CHECK(s.get("/api/contacts?actor=nobody").first == 404);
  CHECK(s.get("/api/centrality?metric=fame").first == 400);
  CHECK(s.get("/api/actors?limit=5000").first == 400);
  CHECK(s.get("/api/graph?type=hugged").first == 400);
  CHECK(s.get("/api/edges/0123456789abcdef").first == 404);
  auto [status, body] = s.get("/api/timeline?actors=nobody");
  CHECK(status == 404);
  CHECK(body["error"].get<std::string>().find("nobody") != std::string::npos);
}

TEST_CASE("the API allows the configured CORS origin") {
  ServedStore s;
  httplib::Client client("127.0.0.1", s.port);
  auto res = client.Get("/api/stats");
  REQUIRE(res);
  CHECK(res->get_header_value("Access-Control-Allow-Origin") == "http://localhost:3000");
}

TEST_CASE("static files are served at their paths with their media types; others are 404") {
  ServedStore s;
  httplib::Client client("127.0.0.1", s.port);
  auto page = client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body == "<!doctype html><title>page</title>");
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  auto script = client.Get("/app.js");
  REQUIRE(script);
  CHECK(script->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  // Paths are literal: the dot of "app.js" is not a pattern.
  auto other = client.Get("/appxjs");
  REQUIRE(other);
  CHECK(other->status == 404);
}
