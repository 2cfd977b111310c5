#include "bench/report.hpp"

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace parley::bench {

namespace {

double baseline_mb_per_s(const Report& r) { return r.results.empty() ? 0.0 : r.results.front().mb_per_s(); }

double ratio(const Report& r, const Throughput& t) {
  const double base = baseline_mb_per_s(r);
  return base > 0 ? t.mb_per_s() / base : 0.0;
}

std::string format(const char* fmt, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

std::string pad(const std::string& s, std::size_t width, bool right) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

}  // namespace

void print_table(std::ostream& out, const Report& report) {
  std::size_t name_width = 5;
  for (const auto& t : report.results) name_width = std::max(name_width, t.name.size());
  out << pad("stage", name_width, false) << pad("articles/s", 13, true) << pad("MB/s", 11, true)
      << pad("x baseline", 13, true) << pad("per CPU-s", 12, true) << "\n";
  for (const auto& t : report.results) {
    const std::string per_cpu = t.cpu_seconds > 0 ? format("%.1f", t.articles_per_cpu_s()) : "-";
    out << pad(t.name, name_width, false) << pad(format("%.1f", t.articles_per_s()), 13, true)
        << pad(format("%.2f", t.mb_per_s()), 11, true) << pad(format("%.3g", ratio(report, t)), 13, true)
        << pad(per_cpu, 12, true) << "\n";
  }
  out << "(per CPU-s: articles per second of CPU time, all the process's threads: the rate per core)\n";
  if (report.floor_seconds > 0 && report.articles > 0) {
    out << "\nfloor (read + normalise): " << format("%.1f", report.floor_seconds / static_cast<double>(report.articles) * 1e6)
        << " us per article; ingest CPU time / floor:";
    for (const auto& t : report.results) {
      if (t.name.rfind("ingest", 0) != 0 || t.cpu_seconds <= 0) continue;
      out << " " << t.name.substr(std::string("ingest, ").size()) << " " << format("%.1f", t.cpu_seconds / report.floor_seconds) << "x;";
    }
    out << "\n";
  }
  const auto& truth = report.truth;
  out << "\nplanted edges " << truth.planted << ", found " << truth.found << ", recall " << format("%.3f", truth.recall())
      << "\nedges from non-event sentences " << truth.non_event_edges << ", from noise " << truth.noise_edges
      << ", unplanted from event sentences " << truth.unplanted_edges << "\n";
}

void print_details(std::ostream& out, const Report& report, const Corpus& corpus, std::size_t examples) {
  out << "\n" << pad("template", 24, false) << pad("sentences", 11, true) << pad("planted", 9, true) << pad("found", 8, true)
      << pad("recall", 8, true) << pad("stray", 7, true) << "\n";
  for (const auto& [name, t] : report.truth.by_template) {
    const std::string recall = t.planted ? format("%.3f", static_cast<double>(t.found) / static_cast<double>(t.planted)) : "-";
    out << pad(name, 24, false) << pad(std::to_string(t.sentences), 11, true) << pad(std::to_string(t.planted), 9, true)
        << pad(std::to_string(t.found), 8, true) << pad(recall, 8, true) << pad(std::to_string(t.stray), 7, true) << "\n";
  }
  auto list = [&](const char* title, const std::vector<Miss>& items) {
    if (items.empty()) return;
    out << "\n" << title << " (" << items.size() << ", first " << std::min(examples, items.size()) << "):\n";
    for (std::size_t i = 0; i < items.size() && i < examples; ++i) {
      const auto& a = corpus.articles[items[i].article];
      out << "  " << a.id << " (" << a.published.iso() << "): " << items[i].what << "\n";
    }
  };
  list("missed", report.truth.missed);
  list("stray", report.truth.stray);
}

void write_json(const std::filesystem::path& file, const Report& report) {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& t : report.results) {
    results.push_back({{"name", t.name},
                       {"articles_per_s", t.articles_per_s()},
                       {"mb_per_s", t.mb_per_s()},
                       {"ratio_to_baseline", ratio(report, t)},
                       {"seconds", t.seconds}});
    if (t.cpu_seconds > 0) {
      results.back()["cpu_seconds"] = t.cpu_seconds;
      results.back()["articles_per_cpu_s"] = t.articles_per_cpu_s();
    }
  }
  nlohmann::json templates = nlohmann::json::object();
  for (const auto& [name, t] : report.truth.by_template) {
    templates[name] = {{"sentences", t.sentences}, {"planted", t.planted}, {"found", t.found}, {"stray", t.stray}};
  }
  const auto& truth = report.truth;
  const nlohmann::json doc = {
      {"machine", {{"cores", report.cores}}},
      {"articles", report.articles},
      {"mean_article_bytes", report.mean_article_bytes},
      {"seed", report.seed},
      {"repetitions", report.repetitions},
      {"results", results},
      {"floor_seconds", report.floor_seconds},
      {"truth",
       {{"planted", truth.planted},
        {"found", truth.found},
        {"recall", truth.recall()},
        {"non_event_edges", truth.non_event_edges},
        {"noise_edges", truth.noise_edges},
        {"unplanted_edges", truth.unplanted_edges},
        {"by_template", templates}}},
  };
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  std::ofstream f(file, std::ios::binary | std::ios::trunc);
  if (!f) throw std::runtime_error("cannot write " + file.string());
  f << doc.dump(2) << "\n";
  if (!f) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace parley::bench
