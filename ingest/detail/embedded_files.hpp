#pragma once
// The data files of ingest/ (kb/, lexicon/) compiled into the library by cmake/EmbedFiles.cmake.

#include <span>
#include <string_view>

namespace parley::ingest::detail {

struct EmbeddedFile {
  std::string_view path;     // relative to ingest/, e.g. "kb/states.json"
  std::string_view content;
};

// Sorted by path.
std::span<const EmbeddedFile> embedded_files();

}  // namespace parley::ingest::detail
