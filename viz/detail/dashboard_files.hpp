#pragma once
// The dashboard page (viz/dashboard/) compiled into the library by cmake/EmbedFiles.cmake, so that
// `parley serve` needs no files beside the binary and no network.

#include <span>
#include <string_view>

namespace parley::viz::detail {

struct EmbeddedFile {
  std::string_view path;     // relative to viz/dashboard/, e.g. "index.html"
  std::string_view content;
};

// Sorted by path.
std::span<const EmbeddedFile> embedded_files();

}  // namespace parley::viz::detail
