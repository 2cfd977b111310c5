#pragma once
// The dashboard served by `parley serve` at /: its files with their media types.

#include <vector>

#include "query/http_api.hpp"

namespace parley::viz {

// index.html is served at "/" as well as "/index.html".
std::vector<query::StaticFile> dashboard_files();

}  // namespace parley::viz
