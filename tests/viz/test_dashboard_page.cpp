#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "viz/dashboard_page.hpp"

using namespace parley;

namespace {

std::set<std::string> paths_of(const std::vector<query::StaticFile>& files) {
  std::set<std::string> out;
  for (const auto& f : files) out.insert(f.path);
  return out;
}

}  // namespace

TEST_CASE("the dashboard page is compiled in, with index.html at /") {
  const auto files = viz::dashboard_files();
  const auto paths = paths_of(files);
  CHECK(paths.count("/"));
  CHECK(paths.count("/index.html"));
  CHECK(paths.count("/app.js"));
  CHECK(paths.count("/dashboard.css"));
  for (const auto& f : files) {
    INFO(f.path);
    CHECK(!f.content.empty());
    if (f.path.ends_with(".js")) CHECK(f.media_type == "text/javascript; charset=utf-8");
    if (f.path == "/") CHECK(f.media_type == "text/html; charset=utf-8");
  }
}

TEST_CASE("every file the page refers to is served, and nothing comes from the network") {
  const auto files = viz::dashboard_files();
  const auto paths = paths_of(files);
  // src="x", href="x" in HTML; import ... from './x.js' in modules.
  const std::regex reference(R"re((?:src|href)="([^"#:]+)"|from '\./([^']+)')re");
  for (const auto& f : files) {
    INFO(f.path);
    const std::string text(f.content);
    // The SVG namespace is the one absolute URL allowed: it names, it does not load.
    const std::string without_namespace = std::regex_replace(text, std::regex("http://www\\.w3\\.org/2000/svg"), "");
    CHECK(without_namespace.find("http://") == std::string::npos);
    CHECK(without_namespace.find("https://") == std::string::npos);
    for (std::sregex_iterator it(text.begin(), text.end(), reference), end; it != end; ++it) {
      const std::string target = "/" + ((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
      INFO(target);
      CHECK(paths.count(target));
    }
  }
}
