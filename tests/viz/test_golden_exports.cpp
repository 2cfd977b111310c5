#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "support/sample_window.hpp"
#include "viz/csv_export.hpp"
#include "viz/dot_export.hpp"
#include "viz/graphml_export.hpp"
#include "viz/json_export.hpp"
#include "viz/timeline_svg.hpp"
#include "viz/timeline_text.hpp"

// Each exporter's whole output on one small window, compared with a file kept under
// tests/data/golden/. A deliberate change of format: run the tests with PARLEY_UPDATE_GOLDEN=1,
// then read the diff of the golden files before committing them.

using namespace parley;

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_golden(const std::string& name, const std::function<void(std::ostream&)>& write) {
  std::ostringstream out;
  write(out);
  const auto path = std::filesystem::path(PARLEY_TEST_DATA) / "golden" / name;
  if (std::getenv("PARLEY_UPDATE_GOLDEN")) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << out.str();
  }
  INFO("golden file " << path.filename().string() << " (PARLEY_UPDATE_GOLDEN=1 rewrites it)");
  REQUIRE(std::filesystem::exists(path));
  CHECK(out.str() == read_file(path));
}

}  // namespace

TEST_CASE("every exporter's output on the sample window matches its golden file") {
  const auto w = test::sample_window();
  check_golden("graph.json", [&](std::ostream& o) { viz::write_graph_json(w, {}, o); });
  check_golden("graph.dot", [&](std::ostream& o) { viz::write_graph_dot(w, o, {true}); });
  check_golden("graph.graphml", [&](std::ostream& o) { viz::write_graph_graphml(w, o); });
  check_golden("nodes.csv", [&](std::ostream& o) { viz::write_nodes_csv(w, o); });
  check_golden("edges.csv", [&](std::ostream& o) { viz::write_edges_csv(w, o); });
  check_golden("timeline.txt", [&](std::ostream& o) { viz::write_timeline_text(w, o); });
  check_golden("timeline.svg", [&](std::ostream& o) { viz::write_timeline_svg(w, o); });
  check_golden("timeline.html", [&](std::ostream& o) { viz::write_timeline_html(w, o); });
}
