#pragma once
// Centrality over time: rankings on windows of `window_days` days moved by `step_days` across the
// dated interactions (from the filter's first day, else the earliest contact, to its last day,
// else the latest). Undated contacts cannot be placed in a window and are left out.

#include <cstddef>
#include <vector>

#include "graph/date.hpp"
#include "graph/store.hpp"
#include "query/centrality.hpp"
#include "query/network.hpp"

namespace parley::query {

struct SeriesOptions {
  NetworkFilter filter;
  CentralityOptions centrality;
  int window_days = 30;
  int step_days = 7;
  std::size_t top = 5;
};

struct WindowRanking {
  graph::Date from;
  graph::Date to;
  std::size_t actors = 0;      // vertices of the window's network
  std::vector<Score> ranking;  // the top entries
};

// Throws StoreError on a read failure. Windows and steps of less than a day are taken as a day.
std::vector<WindowRanking> centrality_series(const graph::Store& store, const SeriesOptions& options);

}  // namespace parley::query
