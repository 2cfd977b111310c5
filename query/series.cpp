#include "query/series.hpp"

#include <algorithm>
#include <set>

namespace parley::query {

std::vector<WindowRanking> centrality_series(const graph::Store& store, const SeriesOptions& options) {
  GraphWindow all = load_window(store, options.filter.window);
  std::vector<const graph::Interaction*> dated;
  for (const auto& e : all.edges) {
    if (e.date.known()) dated.push_back(&e);
  }
  std::vector<WindowRanking> out;
  if (dated.empty()) return out;
  const auto& f = options.filter.window.dates;
  std::int64_t first = f.from ? *f.from->first_day() : *dated.front()->date.first_day();
  std::int64_t last = f.to ? *f.to->last_day() : *dated.back()->date.last_day();
  for (const auto* e : dated) {
    if (!f.from) first = std::min(first, *e->date.first_day());
    if (!f.to) last = std::max(last, *e->date.last_day());
  }
  const int width = std::max(1, options.window_days), step = std::max(1, options.step_days);
  for (std::int64_t start = first; start <= last; start += step) {
    const graph::Date from = graph::Date::from_days(start), to = graph::Date::from_days(start + width - 1);
    const graph::DateWindow window{from, to};
    GraphWindow part;
    std::set<graph::ActorId> used;
    for (const auto* e : dated) {
      if (!window.contains(e->date)) continue;
      part.edges.push_back(*e);
      used.insert(e->source);
      used.insert(e->target);
    }
    for (const auto& n : all.nodes) {
      if (used.count(n.id)) part.nodes.push_back(n);
    }
    const auto network = Network::from_window(std::move(part), options.filter.level);
    auto ranking = centrality(network, options.centrality);
    if (ranking.size() > options.top) ranking.resize(options.top);
    out.push_back({from, to, network.vertex_count(), std::move(ranking)});
    if (start + width - 1 >= last) break;  // the last window reaches the end
  }
  return out;
}

}  // namespace parley::query
