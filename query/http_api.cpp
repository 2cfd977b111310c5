#include "query/http_api.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>
#include <sstream>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "graph/store.hpp"
#include "query/actor_search.hpp"
#include "query/centrality.hpp"
#include "query/contacts.hpp"
#include "query/neighbourhood.hpp"
#include "query/network.hpp"
#include "query/window.hpp"

namespace parley::query {

namespace {

using json = nlohmann::ordered_json;

// A client error: the message goes back with this status.
struct HttpError : std::runtime_error {
  HttpError(int s, const std::string& m) : std::runtime_error(m), status(s) {}
  int status;
};

std::string param(const httplib::Request& r, const char* name, const std::string& fallback = "") {
  return r.has_param(name) ? r.get_param_value(name) : fallback;
}

std::optional<graph::Date> date_param(const httplib::Request& r, const char* name) {
  const std::string v = param(r, name);
  if (v.empty()) return std::nullopt;
  auto d = graph::Date::parse_iso(v);
  if (!d) throw HttpError(400, std::string(name) + " must be a date YYYY[-MM[-DD]], not '" + v + "'");
  return d;
}

long number_param(const httplib::Request& r, const char* name, long fallback, long lo, long hi) {
  const std::string v = param(r, name);
  if (v.empty()) return fallback;
  std::size_t used = 0;
  long n = 0;
  try {
    n = std::stol(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != v.size() || n < lo || n > hi) {
    throw HttpError(400, std::string(name) + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
  }
  return n;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, ',');) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

WindowFilter window_of(const httplib::Request& r) {
  WindowFilter f;
  f.dates.from = date_param(r, "from");
  f.dates.to = date_param(r, "to");
  for (const auto& t : split(param(r, "type"))) {
    auto type = graph::parse_edge_type(t);
    if (!type) throw HttpError(400, "type must be called, met or visited, not '" + t + "'");
    f.types.insert(*type);
  }
  return f;
}

Level level_of(const httplib::Request& r) {
  const std::string l = param(r, "level", "official");
  if (l != "official" && l != "state") throw HttpError(400, "level must be official or state");
  return l == "state" ? Level::kState : Level::kOfficial;
}

// httplib takes route patterns as regular expressions; a file's path is matched literally.
std::string literal_pattern(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (std::string_view(".^$|()[]{}*+?\\").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

json actor_json(const graph::Actor& a) {
  json names = json::object();
  for (const auto& [lang, list] : a.names) {
    if (!list.empty()) names[lang] = list.front();
  }
  return {{"id", a.id.str()}, {"kind", graph::to_string(a.kind)}, {"label", a.label},
          {"state", a.state ? json(a.state->str()) : json(nullptr)}, {"names", names}};
}

json edge_json(const graph::Interaction& i, bool with_mentions) {
  json e = {{"id", i.id()},
            {"type", graph::to_string(i.type)},
            {"source", i.source.str()},
            {"target", i.target.str()},
            {"date", i.date.known() ? json(i.date.iso()) : json(nullptr)},
            {"date_precision", graph::to_string(i.date.precision())},
            {"location", i.location.city.empty() ? json(nullptr) : json(i.location.city)},
            {"mention_count", i.mentions.size()}};
  if (with_mentions) {
    e["mentions"] = json::array();
    for (const auto& m : i.mentions) {
      e["mentions"].push_back({{"article", m.article}, {"text", m.text}, {"start", m.start}, {"end", m.end}, {"lang", m.lang}});
    }
  }
  return e;
}

// The database folder's files, sizes and times, to tell whether a writer has changed it. RocksDB
// appends to its log and adds files as it writes, so any write changes this.
std::string folder_fingerprint(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::string> entries;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::error_code ignored;  // a file may vanish while we look (compaction): it changes the print anyway
    const auto size = e.file_size(ignored);
    const auto time = e.last_write_time(ignored).time_since_epoch().count();
    entries.push_back(e.path().filename().string() + ' ' + std::to_string(size) + ' ' + std::to_string(time));
  }
  std::sort(entries.begin(), entries.end());
  std::string print;
  for (const auto& e : entries) print += e + '\n';
  return print;
}

json window_json(const GraphWindow& w) {
  json out = {{"nodes", json::array()}, {"edges", json::array()}};
  for (const auto& a : w.nodes) out["nodes"].push_back(actor_json(a));
  for (const auto& e : w.edges) out["edges"].push_back(edge_json(e, false));
  return out;
}

}  // namespace

struct ApiServer::Impl {
  ApiOptions options;
  httplib::Server server;
  std::mutex mutex;
  std::shared_ptr<graph::Store> store;
  std::chrono::steady_clock::time_point checked;
  std::string fingerprint;  // of the folder when `store` was opened

  // The read-only store, reopened when a running ingest has changed it (looked at every few
  // seconds) so that its articles appear. Not reopened when nothing changed: each reopen costs a
  // fresh RocksDB instance and its caches, and under load glibc's per-thread arenas keep some of
  // every old one, so RSS crept up by a few MB a minute when the reopen was unconditional.
  std::shared_ptr<graph::Store> db() {
    std::lock_guard lock(mutex);
    const auto now = std::chrono::steady_clock::now();
    if (store && now - checked <= std::chrono::seconds(5)) return store;
    checked = now;
    auto print = folder_fingerprint(options.db);
    if (!store || print != fingerprint) {
      store = graph::Store::open(options.db, graph::Store::Mode::kReadOnly);
      fingerprint = std::move(print);
    }
    return store;
  }

  graph::ActorId actor(const graph::Store& s, const std::string& typed) {
    if (typed.empty()) throw HttpError(400, "actor is required");
    if (auto a = s.actor(graph::ActorId(typed))) return a->id;
    const std::string key = options.normalise ? options.normalise(typed) : typed;
    auto exact = s.actors_named(key, false);
    if (exact.size() == 1) return exact.front();
    const auto found = find_actors(s, typed, key);
    if (found.size() == 1) return found.front().id;
    if (found.empty() && exact.empty()) throw HttpError(404, "no actor named '" + typed + "'");
    throw HttpError(400, "'" + typed + "' names several actors: give an id (see /api/actors?q=)");
  }

  void route(const char* pattern, std::function<json(const httplib::Request&)> handler) {
    server.Get(pattern, [this, handler](const httplib::Request& req, httplib::Response& res) {
      json body;
      try {
        body = handler(req);
        res.status = 200;
      } catch (const HttpError& e) {
        res.status = e.status;
        body = {{"error", e.what()}};
      } catch (const StoreError& e) {
        res.status = 503;
        body = {{"error", e.what()}};
      }
      if (!options.cors_origin.empty()) res.set_header("Access-Control-Allow-Origin", options.cors_origin);
      res.set_content(body.dump(), "application/json; charset=utf-8");
    });
  }

  void install() {
    harden(server, options.limits);
    route("/api/stats", [this](const httplib::Request&) {
      const auto st = db()->stats();
      json by_type = json::object();
      for (const auto& [t, n] : st.by_type) by_type[std::string(graph::to_string(t))] = n;
      return json{{"articles", st.articles}, {"actors", st.actors}, {"interactions", st.interactions},
                  {"mentions", st.mentions}, {"by_type", by_type},
                  {"first_date", st.first_date ? json(st.first_date->iso()) : json(nullptr)},
                  {"last_date", st.last_date ? json(st.last_date->iso()) : json(nullptr)}};
    });
    route("/api/actors", [this](const httplib::Request& r) {
      const auto s = db();
      const std::string q = param(r, "q");
      const auto limit = static_cast<std::size_t>(number_param(r, "limit", 50, 1, 1000));
      const auto offset = static_cast<std::size_t>(number_param(r, "offset", 0, 0, 1L << 40));
      const auto found = find_actors(*s, q, options.normalise ? options.normalise(q) : q);
      json items = json::array();
      for (std::size_t i = offset; i < found.size() && items.size() < limit; ++i) items.push_back(actor_json(found[i]));
      return json{{"total", found.size()}, {"offset", offset}, {"items", items}};
    });
    route("/api/graph", [this](const httplib::Request& r) {
      const auto s = db();
      NetworkFilter f{window_of(r), level_of(r)};
      const auto window = load_window(*s, f.window);
      if (f.level == Level::kOfficial) return window_json(window);
      const auto network = Network::from_window(window, Level::kState);
      json out = {{"nodes", json::array()}, {"edges", json::array()}};
      for (std::size_t v = 0; v < network.vertex_count(); ++v) out["nodes"].push_back(actor_json(network.actor(v)));
      for (const auto& l : network.links()) {
        out["edges"].push_back({{"source", network.actor(l.a).id.str()}, {"target", network.actor(l.b).id.str()}, {"weight", l.weight()}});
      }
      return out;
    });
    route("/api/contacts", [this](const httplib::Request& r) {
      const auto s = db();
      ContactFilter f;
      f.window = window_of(r);
      const auto who = actor(*s, param(r, "actor"));
      if (r.has_param("with")) f.with = actor(*s, param(r, "with"));
      const auto limit = static_cast<std::size_t>(number_param(r, "limit", 100, 1, 1000));
      const auto offset = static_cast<std::size_t>(number_param(r, "offset", 0, 0, 1L << 40));
      const auto contacts = contacts_of(*s, who, f);
      json items = json::array();
      for (std::size_t i = offset; i < contacts.size() && items.size() < limit; ++i) {
        json e = edge_json(interaction_of(*s, contacts[i]), true);  // evidence for the page only
        e["counterpart"] = contacts[i].counterpart;
        items.push_back(e);
      }
      return json{{"actor", who.str()}, {"total", contacts.size()}, {"offset", offset}, {"items", items}};
    });
    route("/api/timeline", [this](const httplib::Request& r) {
      const auto s = db();
      std::set<graph::ActorId> ids;
      for (const auto& a : split(param(r, "actors"))) ids.insert(actor(*s, a));
      const int hops = static_cast<int>(number_param(r, "hops", 0, 0, 5));
      auto window = load_window(*s, window_of(r));
      if (!ids.empty() && hops > 0) ids = neighbourhood(Network::from_window(window, Level::kOfficial), ids, hops);
      if (!ids.empty()) window = restrict_to(window, ids);
      return window_json(window);
    });
    route("/api/centrality", [this](const httplib::Request& r) {
      const auto s = db();
      const auto metric = parse_metric(param(r, "metric", "degree"));
      if (!metric) throw HttpError(400, "metric must be degree, strength, betweenness, closeness, pagerank or eigenvector");
      const auto top = static_cast<std::size_t>(number_param(r, "top", 20, 1, 1000));
      const auto network = Network::load_counts(*s, {window_of(r), level_of(r)});
      auto scores = centrality(network, {*metric});
      if (scores.size() > top) scores.resize(top);
      json items = json::array();
      for (const auto& sc : scores) {
        json a = actor_json(network.actor(*network.vertex_of(sc.actor)));
        a["score"] = sc.value;
        items.push_back(a);
      }
      return json{{"metric", param(r, "metric", "degree")}, {"actors", network.vertex_count()}, {"items", items}};
    });
    route(R"(/api/edges/([0-9a-f]{16}))", [this](const httplib::Request& r) {
      const auto s = db();
      const auto inter = s->interaction(r.matches[1].str());
      if (!inter) throw HttpError(404, "no interaction " + r.matches[1].str());
      json e = edge_json(*inter, true);
      for (auto& m : e["mentions"]) {
        if (auto a = s->article(m["article"].get<std::string>())) {
          m["title"] = a->title;
          m["url"] = a->url.empty() ? json(nullptr) : json(a->url);
          m["published"] = a->published.known() ? json(a->published.iso()) : json(nullptr);
        }
      }
      return e;
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      }
      res.status = 500;
      res.set_content(json{{"error", what}}.dump(), "application/json; charset=utf-8");
    });
    for (const auto& f : options.files) {
      server.Get(literal_pattern(f.path), [f](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "no-cache");
        res.set_content(f.content.data(), f.content.size(), f.media_type);
      });
    }
  }
};

ApiServer::ApiServer(ApiOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->install();
}

ApiServer::~ApiServer() { stop(); }

int ApiServer::bind(const std::string& host, int port) {
  if (port == 0) return impl_->server.bind_to_any_port(host);
  return impl_->server.bind_to_port(host, port) ? port : -1;
}

bool ApiServer::listen() { return impl_->server.listen_after_bind(); }
void ApiServer::stop() { impl_->server.stop(); }
bool ApiServer::running() const { return impl_->server.is_running(); }

}  // namespace parley::query
