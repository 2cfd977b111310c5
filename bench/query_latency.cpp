// parley_query_bench: how long the read side takes on a large store. Fills a fresh store through
// graph::Store (as parley_api_load does: no extraction, so filling is fast) with synthetic
// interactions among a few thousand officials over ten years, skewed as real coverage is (a few
// hub officials in most of the stories), then times contacts_of, load_window, Network::load and
// centrality many times and reports p50/p99 and the peak RSS. See bench/README.md.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/support.hpp"
#include "graph/store.hpp"
#include "query/centrality.hpp"
#include "query/contacts.hpp"
#include "query/network.hpp"
#include "query/window.hpp"

namespace parley::bench {
namespace {

constexpr std::string_view kUsage =
    "usage: parley_query_bench [--interactions N] [--actors N] [--years N] [--zipf S]\n"
    "                          [--per-article N] [--reps N] [--seed N] [--db DIR] [--out FILE] [--quick]\n"
    "  --interactions N  interactions stored (default 1000000; the issue's target is 10000000)\n"
    "  --actors N        officials (default 5000)\n"
    "  --years N         span of the dates, ending 2024-12-31 (default 10)\n"
    "  --zipf S          exponent of the actor skew: rank r is drawn with weight 1/r^S (default 1)\n"
    "  --per-article N   interactions per stored article, one write batch each (default 1000)\n"
    "  --reps N          repetitions of each contacts query (default 2000; timelines: N/10)\n"
    "  --seed N          generator seed for the data and the queries (default 1)\n"
    "  --db DIR          keep the store in DIR and reuse it on the next run with the same data\n"
    "                    options (default: a scratch folder, removed at the end)\n"
    "  --out FILE        JSON results (default bench/results/query_latency.json)\n"
    "  --quick           100000 interactions and 200 repetitions: a smoke test\n";

struct Options {
  std::size_t interactions = 1'000'000, actors = 5000, years = 10, per_article = 1000, reps = 2000;
  double zipf = 1.0;
  std::uint64_t seed = 1;
  std::filesystem::path out = std::filesystem::path("bench") / "results" / "query_latency.json";
  std::filesystem::path db;  // empty: a scratch folder
};

// What decides the stored data: a kept store is reused only by a run that would fill the same.
std::string data_options(const Options& o) {
  return "interactions=" + std::to_string(o.interactions) + " actors=" + std::to_string(o.actors) +
         " years=" + std::to_string(o.years) + " zipf=" + std::to_string(o.zipf) +
         " per_article=" + std::to_string(o.per_article) + " seed=" + std::to_string(o.seed) + "\n";
}

std::optional<Options> parse_options(int argc, char** argv) {
  Options o;
  const bool ok = parse_arguments(argc, argv, "parley_query_bench", kUsage, [&o](std::string_view arg, std::string_view value) {
    if (arg == "--quick") {
      o.interactions = 100'000;
      o.reps = 200;
      return Arg::kFlag;
    }
    if (arg == "--interactions") return taken(parse_positive(value, o.interactions));
    if (arg == "--actors") return taken(parse_positive(value, o.actors) && o.actors >= 2);
    if (arg == "--years") return taken(parse_positive(value, o.years));
    if (arg == "--zipf") return taken(parse_positive(value, o.zipf));
    if (arg == "--per-article") return taken(parse_positive(value, o.per_article));
    if (arg == "--reps") return taken(parse_positive(value, o.reps));
    if (arg == "--seed") return taken(parse_positive(value, o.seed));
    if (arg == "--out" || arg == "--db") {
      (arg == "--out" ? o.out : o.db) = value;
      return Arg::kValue;
    }
    return Arg::kBad;
  });
  if (!ok) return std::nullopt;
  return o;
}

// The standard distributions differ between standard libraries; mt19937_64's raw output does
// not, so the same seed gives the same store and the same queries everywhere.
double unit(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// Actor ranks drawn with weight 1/(rank+1)^s: rank 0 is the busiest hub. With s = 1 and 5000
// actors the top official is in about 11% of the interactions and half of them involve the top
// ~100, which is roughly how wire coverage concentrates on a few foreign ministers.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (std::size_t r = 0; r < n; ++r) cdf_[r] = sum += 1.0 / std::pow(static_cast<double>(r + 1), s);
    for (auto& c : cdf_) c /= sum;
  }
  std::size_t operator()(std::mt19937_64& rng) const {
    const auto it = std::upper_bound(cdf_.begin(), cdf_.end(), unit(rng));
    return std::min<std::size_t>(static_cast<std::size_t>(it - cdf_.begin()), cdf_.size() - 1);
  }

 private:
  std::vector<double> cdf_;
};

constexpr const char* kStates[] = {"IRN", "RUS", "QAT", "CHN", "USA", "TUR", "EGY", "FRA", "DEU", "IND",
                                   "BRA", "JPN", "SAU", "ARE", "PAK", "IRQ", "OMN", "GBR", "ITA", "ESP"};

std::string actor_id(std::size_t rank) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "person:qb%05zu", rank);
  return buf;
}
const char* state_of(std::size_t rank) { return kStates[rank % std::size(kStates)]; }

struct Span {
  std::int64_t first_day = 0, days = 0;  // days since 1970-01-01
  graph::Date day(std::int64_t offset) const { return graph::Date::from_days(first_day + offset); }
};

Span span_of(const Options& o) {
  const std::int64_t last = graph::days_from_civil(2024, 12, 31);
  const std::int64_t first = graph::days_from_civil(2024 - static_cast<int>(o.years) + 1, 1, 1);
  return {first, last - first + 1};
}

// Writes the actors once (put_article would otherwise re-encode them per article), then the
// interactions, many per article: one article is one RocksDB write batch, so big articles make the
// fill a bulk load. Interactions of the same type, pair and day merge into one record, as in ingest.
void fill_store(graph::Store& store, const Options& o, const Zipf& zipf, const Span& span) {
  std::vector<graph::Actor> actors;
  std::vector<std::pair<std::string, graph::ActorId>> names;
  for (std::size_t r = 0; r < o.actors; ++r) {
    graph::Actor a;
    a.id = graph::ActorId(actor_id(r));
    a.label = "Bench Official " + std::to_string(r);
    a.state = graph::StateCode::parse(state_of(r));
    names.emplace_back("bench official " + std::to_string(r), a.id);
    actors.push_back(std::move(a));
  }
  for (const char* code : kStates) {
    graph::Actor a;
    a.state = graph::StateCode::parse(code);
    a.id = graph::ActorId::for_state(*a.state);
    a.kind = graph::ActorKind::kState;
    a.label = code;
    actors.push_back(std::move(a));
  }
  store.put_actors(actors, names);

  std::mt19937_64 rng(o.seed);
  std::size_t stored = 0;
  for (std::size_t article = 0; stored < o.interactions; ++article) {
    graph::ArticleRecord rec;
    rec.article.id = "qbench-" + std::to_string(article);
    rec.article.title = "Synthetic roundup " + std::to_string(article);
    for (std::size_t k = 0; k < o.per_article && stored < o.interactions; ++k, ++stored) {
      const std::size_t a = zipf(rng);
      std::size_t b = zipf(rng);
      while (b == a) b = zipf(rng);
      graph::Interaction i;
      // Mostly meetings and calls; one in ten a visit to the host state of the other official.
      const double kind = unit(rng);
      i.type = kind < 0.6 ? graph::EdgeType::kMet : kind < 0.9 ? graph::EdgeType::kCalled : graph::EdgeType::kVisited;
      i.source = graph::ActorId(actor_id(a));
      i.target = i.type == graph::EdgeType::kVisited ? graph::ActorId(std::string("state:") + state_of(b))
                                                     : graph::ActorId(actor_id(b));
      i.date = span.day(static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(span.days)));
      // One sentence of evidence, as an extracted interaction carries: the value size matters for
      // reads.
      const std::string text = i.source.str() + " " + std::string(graph::to_string(i.type)) + " " + i.target.str() + ".";
      i.mentions.push_back({rec.article.id, text, 100 * k, 100 * k + text.size(), "en", std::string(graph::to_string(i.type))});
      i.canonicalize();
      rec.interactions.push_back(std::move(i));
    }
    store.put_article(rec);
  }
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// CPU time of this thread: unlike wall time it leaves out the time the scheduler gave to other
// processes, which on a shared two-core machine is what most of a millisecond query's p99 is.
double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The q-quantile of sorted values, nearest rank: with 2000 repetitions p99 is the 20th slowest.
double quantile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  const auto k = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::min(sorted.size() - 1, k == 0 ? 0 : k - 1)];
}

struct Measure {
  std::string name;
  std::vector<double> ms;      // wall time, one per repetition, sorted once measured
  std::vector<double> cpu_ms;  // this thread's CPU time, sorted on its own
  double mean_size = 0;    // mean result size: contacts, edges or scores per call
  double at(double q) const { return quantile(ms, q); }
  double cpu_at(double q) const { return quantile(cpu_ms, q); }
};

// Runs fn up to `reps` times, or until `budget_s` has gone by after at least 3 runs, so that the
// whole-store network (seconds per run at 10M) does not make the run last an hour. fn returns the
// size of its result, which is also what keeps the compiler from dropping the call.
Measure measure(std::string name, std::size_t reps, double budget_s, const std::function<std::size_t()>& fn) {
  Measure m{std::move(name), {}, {}, 0};
  const auto start = std::chrono::steady_clock::now();
  double sizes = 0;
  for (std::size_t r = 0; r < reps; ++r) {
    const auto t = std::chrono::steady_clock::now();
    const double cpu = thread_cpu_ms();
    sizes += static_cast<double>(fn());
    m.cpu_ms.push_back(thread_cpu_ms() - cpu);
    m.ms.push_back(seconds_since(t) * 1e3);
    if (r + 1 >= 3 && seconds_since(start) > budget_s) break;
  }
  std::sort(m.ms.begin(), m.ms.end());
  std::sort(m.cpu_ms.begin(), m.cpu_ms.end());
  m.mean_size = sizes / static_cast<double>(m.ms.size());
  return m;
}

int run(const Options& o) {
  const ScratchDir scratch("parley-query-bench");
  const std::filesystem::path dir = o.db.empty() ? scratch.path() : o.db;
  const Zipf zipf(o.actors, o.zipf);
  const Span span = span_of(o);
  const auto marker = dir / "query_bench_options.txt";
  std::string kept;
  if (std::ifstream in(marker); in) kept.assign(std::istreambuf_iterator<char>(in), {});
  if (!o.db.empty() && !kept.empty() && kept != data_options(o)) {
    std::cerr << "parley_query_bench: " << dir.string() << " holds a store filled with other options: " << kept;
    return 2;
  }
  const bool reuse = !kept.empty();

  const auto fill_start = std::chrono::steady_clock::now();
  double compact_s = 0;
  if (reuse) {
    std::printf("reusing the store in %s\n", dir.string().c_str());
  } else {
    auto store = graph::Store::open(dir, graph::Store::Mode::kReadWrite);
    fill_store(*store, o, zipf, span);
    // A bulk load leaves overlapping L0 files and an unflushed log, which the read-only open
    // replays into a memtable: compacting once, as the store's docs ask after a bulk load, is
    // what a served store looks like.
    const auto compact_start = std::chrono::steady_clock::now();
    store->compact();
    compact_s = seconds_since(compact_start);
    std::ofstream(marker) << data_options(o);
  }
  const double fill_s = seconds_since(fill_start);
  const long fill_hwm = status_kib("VmHWM:");
  std::printf("filled %zu interactions among %zu officials over %zu years in %.1f s (%.0f/s), of which compaction %.1f s\n",
              o.interactions, o.actors, o.years, fill_s, static_cast<double>(o.interactions) / fill_s, compact_s);
  std::fflush(stdout);

  // Queried read-only, as `parley serve` and the CLI read a store that ingest wrote.
  auto store = graph::Store::open(dir, graph::Store::Mode::kReadOnly);
  std::mt19937_64 rng(o.seed + 1);  // queries: the same actors and windows on every run
  auto window_ending = [&](std::int64_t days) {
    const std::int64_t end = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(span.days));
    return graph::DateWindow{span.day(std::max<std::int64_t>(0, end - days + 1)), span.day(end)};
  };
  auto contacts = [&](std::int64_t days) {
    return [&, days] {
      query::ContactFilter f;
      f.window.dates = window_ending(days);
      return query::contacts_of(*store, graph::ActorId(actor_id(zipf(rng))), f).size();
    };
  };
  const graph::DateWindow last_year{span.day(span.days - 365), span.day(span.days - 1)};
  auto filter_of = [](const graph::DateWindow& w) {
    query::NetworkFilter f;
    f.window.dates = w;
    f.level = query::Level::kOfficial;
    return f;
  };
  // What centrality uses: links with counts, from the index.
  auto network = [&](const graph::DateWindow& w) { return query::Network::load_counts(*store, filter_of(w)); };
  auto scores = [](const query::Network& n, query::Metric metric) {
    query::CentralityOptions c;
    c.metric = metric;
    return query::centrality(n, c).size();
  };

  std::vector<Measure> results;
  auto add = [&](Measure m) {
    std::printf("  %-34s done (%zu runs)\n", m.name.c_str(), m.ms.size());
    std::fflush(stdout);
    results.push_back(std::move(m));
  };
  add(measure("contacts, 30-day window", o.reps, 60, contacts(30)));
  add(measure("contacts, 1-year window", o.reps, 60, contacts(365)));
  add(measure("timeline (load_window, 30 days)", std::max<std::size_t>(20, o.reps / 10), 30, [&] {
    query::WindowFilter f;
    f.dates = window_ending(30);
    return query::load_window(*store, f).edges.size();
  }));
  add(measure("network with records, last year", 10, 20,
              [&] { return query::Network::load(*store, filter_of(last_year)).links().size(); }));
  add(measure("network, last year (build)", 10, 20, [&] { return network(last_year).links().size(); }));
  {
    const auto n = network(last_year);
    add(measure("  degree, last year", 20, 10, [&] { return scores(n, query::Metric::kDegree); }));
    add(measure("  pagerank, last year", 20, 10, [&] { return scores(n, query::Metric::kPageRank); }));
  }
  std::size_t stored = 0;
  add(measure("network, everything (build)", 3, 30, [&] {
    auto n = network({});
    stored = 0;
    for (const auto& l : n.links()) stored += l.count;
    return n.links().size();
  }));
  // By wall time and by this thread's CPU time: on a shared machine the first is often the
  // second times the number of processes competing for the cores.
  const double build_per_s = static_cast<double>(stored) / (results.back().at(0.5) / 1e3);
  const double build_per_cpu_s = static_cast<double>(stored) / (results.back().cpu_at(0.5) / 1e3);
  {
    const auto n = network({});
    add(measure("  degree, everything", 10, 10, [&] { return scores(n, query::Metric::kDegree); }));
    add(measure("  pagerank, everything", 10, 10, [&] { return scores(n, query::Metric::kPageRank); }));
  }
  const long peak = status_kib("VmHWM:");

  std::printf("\n%zu interactions written, %zu stored (same type, pair and day merge), fill %.1f s\n",
              o.interactions, stored, fill_s);
  std::printf("%-36s %6s %10s %10s %10s %12s %12s\n", "query", "runs", "p50 ms", "p99 ms", "max ms", "p99 cpu ms",
              "mean size");
  for (const auto& m : results) {
    std::printf("%-36s %6zu %10.3f %10.3f %10.3f %12.3f %12.1f\n", m.name.c_str(), m.ms.size(), m.at(0.5), m.at(0.99),
                m.ms.back(), m.cpu_at(0.99), m.mean_size);
  }
  std::printf("network build, whole store: %.0f interactions/s (p50 wall), %.0f per CPU second\n", build_per_s,
              build_per_cpu_s);
  std::printf("peak RSS (VmHWM): %ld KiB after the fill, %ld KiB at the end\n", fill_hwm, peak);

  nlohmann::ordered_json queries = nlohmann::ordered_json::array();
  for (const auto& m : results) {
    queries.push_back({{"name", m.name}, {"runs", m.ms.size()}, {"p50_ms", m.at(0.5)}, {"p99_ms", m.at(0.99)},
                       {"max_ms", m.ms.back()}, {"p50_cpu_ms", m.cpu_at(0.5)}, {"p99_cpu_ms", m.cpu_at(0.99)},
                       {"mean_result_size", m.mean_size}});
  }
  const nlohmann::ordered_json j = {
      {"benchmark", "query_latency"}, {"cores", std::thread::hardware_concurrency()},
      {"interactions_written", o.interactions}, {"interactions_stored", stored}, {"actors", o.actors},
      {"years", o.years}, {"zipf", o.zipf}, {"per_article", o.per_article}, {"seed", o.seed},
      {"fill_seconds", fill_s}, {"compact_seconds", compact_s}, {"queries", queries},
      {"network_build_interactions_per_s", build_per_s}, {"network_build_interactions_per_cpu_s", build_per_cpu_s},
      {"peak_rss_kib", {{"after_fill", fill_hwm}, {"end", peak}}}};
  std::fflush(stdout);  // the tables above went through printf
  write_results(o.out, j.dump(2));
  return 0;
}

}  // namespace
}  // namespace parley::bench

int main(int argc, char** argv) {
  const auto options = parley::bench::parse_options(argc, argv);
  if (!options) return 2;
  return parley::bench::run(*options);
}
