#pragma once
// The read-only JSON API over the query functions, for dashboards (`parley serve`):
//   GET /api/stats                                   counts and date range
//   GET /api/actors?q=NAME&limit&offset              actor search, any name, any language
//   GET /api/graph?from&to&type&level                the window: nodes and edges with evidence counts
//   GET /api/contacts?actor=&with&from&to&type&limit&offset
//   GET /api/timeline?actors=A,B&hops&from&to&type   contacts among actors (or their K-hop neighbourhood)
//   GET /api/centrality?metric&level&from&to&type&top
//   GET /api/edges/ID                                one interaction with all its mentions and articles
// Parameters are validated (400 with {"error": ...}), unknown actors and edges are 404, lists are
// paged (limit <= 1000). The store is opened read-only and reopened at most every few seconds,
// so the API sees what a running ingest adds. Bound to 127.0.0.1 unless told otherwise.
// Any StaticFile given is served at its path (the dashboard at /). The OpenAPI description is
// query/openapi.json. Only GET (and HEAD) is served; every response carries security headers and
// every error a JSON body (query/http_hardening.hpp).

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "query/http_hardening.hpp"

namespace parley::query {

// A file served as it is (the dashboard page); content lives in static storage.
struct StaticFile {
  std::string path;          // URL path, e.g. "/" or "/dashboard.js"
  std::string_view content;
  std::string media_type;    // e.g. "text/html; charset=utf-8"
};

struct ApiOptions {
  std::filesystem::path db;
  std::string cors_origin;  // "" = no CORS header; else the allowed origin
  std::vector<StaticFile> files;  // served at their paths (the dashboard); the CLI passes viz's page
  // Turns a typed name into the store's name key (the CLI passes ingest::Normalizer::key; query/
  // does not depend on ingest/).
  std::function<std::string(const std::string&)> normalise;
  ServerLimits limits;  // thread pool size; the other limits are fixed (query/http_hardening.cpp)
};

class ApiServer {
 public:
  explicit ApiServer(ApiOptions options);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds host:port (port 0 = any free port); returns the port, or -1 when it cannot bind.
  int bind(const std::string& host, int port);
  // Serves until stop(); returns false on a socket failure.
  bool listen();
  void stop();
  bool running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::query
