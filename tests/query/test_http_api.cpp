#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "graph/store.hpp"
#include "query/http_api.hpp"
#include "support/meeting.hpp"
#include "support/temp_dir.hpp"

using namespace parley;
using json = nlohmann::json;

namespace {

graph::Interaction met(const char* a, const char* b, const char* date) { return test::meeting(a, b, date, "art-1"); }

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
        r.actors.push_back(graph::share(a, {std::string(label) == "Bo Ring" ? "bo ring" : std::string(label)}));
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

// True once `reply` holds a whole response: its headers and Content-Length bytes of body.
bool complete(const std::string& reply) {
  const auto end = reply.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  std::string head = reply.substr(0, end);
  for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto at = head.find("\r\ncontent-length:");
  const std::size_t length = at == std::string::npos ? 0 : std::stoul(head.substr(at + 17));
  return reply.size() >= end + 4 + length;
}

// Sends raw bytes on a fresh loopback connection and returns the response, or what came before
// the server closed the connection (or 2 s passed). For requests httplib's client would not send.
// The write side stays open: httplib does not answer a client that has half-closed.
std::string raw_exchange(int port, const std::string& bytes) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  timeval timeout{2, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  // The server may close before it has read everything: no SIGPIPE, and a short send is fine.
  for (std::size_t sent = 0; sent < bytes.size();) {
    const auto n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string reply;
  char buffer[4096];
  for (ssize_t n; !complete(reply) && (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) {
    reply.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return reply;
}

// A raw reply's status code, or 0 when the server closed without answering.
int raw_status(const std::string& reply) {
  if (reply.rfind("HTTP/1.", 0) != 0 || reply.size() < 12) return 0;
  return std::stoi(reply.substr(9, 3));
}

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

TEST_CASE("every response carries the security headers, errors included") {
  ServedStore s;
  httplib::Client client("127.0.0.1", s.port);
  for (const char* path : {"/", "/app.js", "/api/stats", "/api/contacts?actor=nobody", "/no/such/file"}) {
    auto res = client.Get(path);
    REQUIRE(res);
    INFO(path);
    CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(res->get_header_value("X-Frame-Options") == "DENY");
    CHECK(res->get_header_value("Referrer-Policy") == "no-referrer");
    const auto csp = res->get_header_value("Content-Security-Policy");
    CHECK(csp.find("script-src 'self'") != std::string::npos);
    CHECK(csp.find("img-src 'self' data:") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
  }
}

TEST_CASE("methods other than GET are 405 with a JSON error, on known and unknown paths") {
  ServedStore s;
  httplib::Client client("127.0.0.1", s.port);
  std::vector<httplib::Result> results;
  results.push_back(client.Post("/api/stats", "{}", "application/json"));
  results.push_back(client.Put("/api/contacts?actor=bo", "x", "text/plain"));
  results.push_back(client.Delete("/api/edges/0123456789abcdef"));
  results.push_back(client.Patch("/", "x", "text/plain"));
  results.push_back(client.Post("/nowhere", "", "text/plain"));
  for (auto& res : results) {
    REQUIRE(res);
    CHECK(res->status == 405);
    CHECK(res->get_header_value("Allow") == "GET, HEAD");
    CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
    CHECK(json::parse(res->body)["error"].get<std::string>().find("not allowed") != std::string::npos);
  }
  CHECK(raw_status(raw_exchange(s.port, "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n")) == 405);
  // The store was not touched by any of them.
  CHECK(s.get("/api/stats").second["interactions"] == 2);
}

TEST_CASE("unknown API paths are 404 with a JSON error") {
  ServedStore s;
  for (const char* path : {"/api/nothing", "/api/", "/api/edges/not-an-id", "/api/stats/extra"}) {
    INFO(path);
    auto [status, body] = s.get(path);
    CHECK(status == 404);
    CHECK(body["error"].get<std::string>().find("no such path") != std::string::npos);
  }
}

TEST_CASE("a huge query string or body is refused with a 4xx and the server goes on") {
  ServedStore s;
  httplib::Client client("127.0.0.1", s.port);
  auto long_query = client.Get(("/api/actors?q=" + std::string(100 * 1024, 'a')).c_str());
  // Refused with a status, or the connection cut: never a 200 and never a crash.
  if (long_query) {
    CHECK(long_query->status >= 400);
    CHECK(long_query->status < 500);
  }
  auto big_body = client.Post("/api/stats", std::string(1024 * 1024, 'x'), "text/plain");
  REQUIRE(big_body);
  CHECK(big_body->status == 413);
  CHECK(json::parse(big_body->body).contains("error"));
  CHECK(s.get("/api/stats").first == 200);
}

TEST_CASE("malformed raw requests get a 400 JSON error, and the server keeps answering") {
  ServedStore s;
  const std::string host = "Host: 127.0.0.1\r\n";
  const std::vector<std::string> requests = {
      "this is not http at all\r\n\r\n",
      "GET /api/stats\r\n" + host + "\r\n",           // no HTTP version
      "GET /api/stats HTTP/9.9\r\n" + host + "\r\n",  // unknown version
      "FETCH /api/stats HTTP/1.1\r\n" + host + "\r\n",  // unknown method
      "GET /api/stats HTTP/1.1\r\n" + host + "X-Big: " + std::string(100 * 1024, 'b') + "\r\n\r\n",
      std::string("\0\x01\x02\xff\r\n\r\n", 8),
  };
  for (const auto& request : requests) {
    INFO(request.substr(0, 40));
    const std::string reply = raw_exchange(s.port, request);
    CHECK(raw_status(reply) == 400);
    CHECK(reply.find("{\"error\":") != std::string::npos);
    CHECK(s.get("/api/stats").first == 200);
  }
  // httplib skips a header line without a colon: the request is served, the line ignored.
  const auto no_colon = raw_exchange(s.port, "GET /api/stats HTTP/1.1\r\n" + host + "no colon here\r\n\r\n");
  CHECK(raw_status(no_colon) == 200);
}

TEST_CASE("path traversal never reaches a file: static files are an exact map") {
  ServedStore s;
  const auto get = [&](const std::string& target) {
    return raw_status(raw_exchange(s.port, "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  };
  CHECK(get("/app.js") == 200);
  for (const char* target : {"/../app.js", "/./app.js", "/%2e%2e/app.js", "/%2E%2E%2Fapp.js", "/..%2fapp.js", "//app.js",
                             "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/app.js/..", "/api/../app.js",
                             "/app.js%00", "/.%2e/app.js"}) {
    INFO(target);
    CHECK(get(target) == 404);
  }
}

TEST_CASE("a second server cannot bind a port that one is serving on") {
  ServedStore s;
  query::ApiOptions o;
  o.db = s.dir.path();
  query::ApiServer second(o);
  // With SO_REUSEPORT (httplib's default) both would bind and split the requests between them.
  CHECK(second.bind("127.0.0.1", s.port) == -1);
  // The first still answers.
  CHECK(s.get("/api/stats").first == 200);
}
