#include "viz/dashboard_page.hpp"

#include "viz/detail/dashboard_files.hpp"

namespace parley::viz {

namespace {

std::string media_type_of(std::string_view path) {
  auto ends = [&](std::string_view ext) { return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext; };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

}  // namespace

std::vector<query::StaticFile> dashboard_files() {
  std::vector<query::StaticFile> out;
  for (const auto& f : detail::embedded_files()) {
    const std::string url = "/" + std::string(f.path);
    out.push_back({url, f.content, media_type_of(f.path)});
    if (f.path == "index.html") out.push_back({"/", f.content, media_type_of(f.path)});
  }
  return out;
}

}  // namespace parley::viz
