// parley_api_load: how many /api/contacts requests `parley serve` answers per second with
// keep-alive clients, whether any fail, and whether memory stays flat while it does.
// The store is filled through graph::Store with synthetic meetings; the server runs in-process on
// a loopback port. RSS is this whole process (server and clients): sampled after a warm-up, half
// way and at the end. See bench/README.md.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "bench/support.hpp"
#include "graph/store.hpp"
#include "query/http_api.hpp"

namespace parley::bench {
namespace {

constexpr std::string_view kUsage =
    "usage: parley_api_load [--interactions N] [--actors N] [--clients N] [--server-threads N]\n"
    "                       [--requests N] [--seconds S] [--out FILE] [--quick]\n"
    "  --interactions N    meetings stored before the run (default 5000)\n"
    "  --actors N          officials they are spread over (default 200)\n"
    "  --clients N         client threads, each with one keep-alive connection (default 4)\n"
    "  --server-threads N  the server's worker pool (default 8, as `parley serve`)\n"
    "  --requests N        stop after this many requests in all (default 100000)\n"
    "  --seconds S         or after this many seconds (default 60)\n"
    "  --out FILE          JSON results (default bench/results/api_load.json)\n"
    "  --quick             2000 interactions and 5000 requests: a smoke test\n";

struct Options {
  std::size_t interactions = 5000, actors = 200, clients = 4, server_threads = 8, requests = 100000;
  double seconds = 60;
  std::filesystem::path out = std::filesystem::path("bench") / "results" / "api_load.json";
};

std::optional<Options> parse_options(int argc, char** argv) {
  Options o;
  const bool ok = parse_arguments(argc, argv, "parley_api_load", kUsage, [&o](std::string_view arg, std::string_view value) {
    if (arg == "--quick") {
      o.interactions = 2000;
      o.requests = 5000;
      return Arg::kFlag;
    }
    if (arg == "--interactions") return taken(parse_positive(value, o.interactions));
    if (arg == "--actors") return taken(parse_positive(value, o.actors) && o.actors >= 2);
    if (arg == "--clients") return taken(parse_positive(value, o.clients));
    if (arg == "--server-threads") return taken(parse_positive(value, o.server_threads));
    if (arg == "--requests") return taken(parse_positive(value, o.requests));
    if (arg == "--seconds") return taken(parse_positive(value, o.seconds));
    if (arg == "--out") {
      o.out = value;
      return Arg::kValue;
    }
    return Arg::kBad;
  });
  if (!ok) return std::nullopt;
  return o;
}

std::string actor_id(std::size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "person:load%04zu", n);
  return buf;
}

// Two meetings per article between random officials, on random days of 2023; fixed seed.
void fill_store(const std::filesystem::path& dir, const Options& o) {
  auto store = graph::Store::open(dir, graph::Store::Mode::kReadWrite);
  std::mt19937_64 rng(1);
  std::uniform_int_distribution<std::size_t> pick(0, o.actors - 1);
  std::uniform_int_distribution<int> month(1, 12), day(1, 28);
  const char* states[] = {"IRN", "RUS", "QAT", "CHN", "USA", "TUR", "EGY", "FRA"};
  std::size_t stored = 0;
  for (std::size_t article = 0; stored < o.interactions; ++article) {
    graph::ArticleRecord r;
    r.article.id = "load-" + std::to_string(article);
    r.article.title = "Synthetic meetings " + std::to_string(article);
    for (int k = 0; k < 2 && stored < o.interactions; ++k, ++stored) {
      std::size_t a = pick(rng), b = pick(rng);
      if (a == b) b = (b + 1) % o.actors;
      char date[16];
      std::snprintf(date, sizeof date, "2023-%02d-%02d", month(rng), day(rng));
      graph::Interaction i;
      i.type = graph::EdgeType::kMet;
      i.source = graph::ActorId(actor_id(a));
      i.target = graph::ActorId(actor_id(b));
      i.date = *graph::Date::parse_iso(date);
      const std::string text = actor_id(a) + " met " + actor_id(b) + " on " + date + ".";
      i.mentions.push_back({r.article.id, text, 0, text.size(), "en", "met"});
      i.canonicalize();
      r.interactions.push_back(i);
      for (std::size_t who : {a, b}) {
        graph::Actor actor;
        actor.id = graph::ActorId(actor_id(who));
        actor.label = "Load Official " + std::to_string(who);
        actor.state = graph::StateCode::parse(states[who % std::size(states)]);
        r.actors.push_back(graph::share(actor, {"load official " + std::to_string(who)}));
      }
    }
    store->put_article(r);
  }
}

struct Result {
  std::size_t requests = 0, errors = 0;
  double seconds = 0;
  long rss_cold = 0;  // before the warm-up
  long rss_start = 0, rss_middle = 0, rss_end = 0, rss_max = 0;
};

Result hammer(int port, const Options& o) {
  std::atomic<std::size_t> issued{0}, done{0}, errors{0};
  std::atomic<long> rss_middle{0};
  std::atomic<bool> stop{false};
  Result r;
  r.rss_start = status_kib("VmRSS:");
  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(o.seconds));
  std::vector<std::thread> clients;
  for (std::size_t c = 0; c < o.clients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);  // as a browser does: no Nagle delay on small requests
      std::mt19937_64 rng(100 + c);
      std::uniform_int_distribution<std::size_t> pick(0, o.actors - 1);
      while (issued.fetch_add(1) < o.requests && std::chrono::steady_clock::now() < deadline) {
        const std::string path = "/api/contacts?actor=" + actor_id(pick(rng)) + "&limit=20";
        auto res = client.Get(path.c_str());
        if (!res || res->status != 200 || res->body.find("\"total\"") == std::string::npos) errors.fetch_add(1);
        // The middle sample: taken once, by whichever client passes half way.
        if (done.fetch_add(1) + 1 == o.requests / 2) rss_middle = status_kib("VmRSS:");
      }
    });
  }
  // Peak RSS while the clients run, sampled every 50 ms.
  std::thread sampler([&] {
    while (!stop) {
      r.rss_max = std::max(r.rss_max, status_kib("VmRSS:"));
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  for (auto& t : clients) t.join();
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  stop = true;
  sampler.join();
  r.requests = done;
  r.errors = errors;
  r.rss_middle = rss_middle ? rss_middle.load() : status_kib("VmRSS:");  // a time-bounded run may stop early
  r.rss_end = status_kib("VmRSS:");
  return r;
}

void report(const Options& o, const Result& r) {
  const double rate = r.seconds > 0 ? static_cast<double>(r.requests) / r.seconds : 0;
  std::printf("%-26s %12s\n", "measure", "value");
  std::printf("%-26s %12zu\n", "interactions stored", o.interactions);
  std::printf("%-26s %12zu\n", "client threads", o.clients);
  std::printf("%-26s %12zu\n", "server threads", o.server_threads);
  std::printf("%-26s %12zu\n", "requests", r.requests);
  std::printf("%-26s %12zu\n", "errors", r.errors);
  std::printf("%-26s %12.2f\n", "seconds", r.seconds);
  std::printf("%-26s %12.0f\n", "requests/s", rate);
  std::printf("%-26s %12ld\n", "RSS before warm-up (KiB)", r.rss_cold);
  std::printf("%-26s %12ld\n", "RSS start (KiB)", r.rss_start);
  std::printf("%-26s %12ld\n", "RSS middle (KiB)", r.rss_middle);
  std::printf("%-26s %12ld\n", "RSS end (KiB)", r.rss_end);
  std::printf("%-26s %12ld\n", "RSS max (KiB)", r.rss_max);
  const nlohmann::ordered_json j = {
      {"benchmark", "api_load"}, {"cores", std::thread::hardware_concurrency()},
      {"endpoint", "/api/contacts?actor=...&limit=20"}, {"interactions", o.interactions},
      {"actors", o.actors}, {"client_threads", o.clients}, {"server_threads", o.server_threads},
      {"requests", r.requests}, {"errors", r.errors}, {"seconds", r.seconds}, {"requests_per_s", rate},
      {"rss_kib", {{"before_warm_up", r.rss_cold}, {"start", r.rss_start}, {"middle", r.rss_middle}, {"end", r.rss_end}, {"max", r.rss_max}}}};
  std::fflush(stdout);  // the tables above went through printf
  write_results(o.out, j.dump(2));
}

int run(const Options& o) {
  const ScratchDir dir("parley-api-load");
  fill_store(dir.path(), o);
  query::ApiOptions api;
  api.db = dir.path();
  api.limits.threads = o.server_threads;
  query::ApiServer server(api);
  const int port = server.bind("127.0.0.1", 0);
  if (port < 0) {
    std::cerr << "parley_api_load: cannot bind a loopback port\n";
    return 1;
  }
  std::thread serving([&] { server.listen(); });
  for (int i = 0; i < 400 && !server.running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // Warm-up, not measured: the store's caches, the worker threads' stacks and malloc's arenas
  // grow to their working size first; "flat" is judged from there on.
  Options warm = o;
  warm.requests = std::max<std::size_t>(1, std::min<std::size_t>(2000, o.requests / 10));
  const long rss_cold = status_kib("VmRSS:");
  hammer(port, warm);
  Result r = hammer(port, o);
  r.rss_cold = rss_cold;
  server.stop();
  serving.join();
  report(o, r);
  return r.errors == 0 ? 0 : 1;
}

}  // namespace
}  // namespace parley::bench

int main(int argc, char** argv) {
  const auto options = parley::bench::parse_options(argc, argv);
  if (!options) return 2;
  return parley::bench::run(*options);
}
