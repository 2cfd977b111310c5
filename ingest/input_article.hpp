#pragma once
// An article as a reader found it, before extraction, and the problems readers report.

#include <cstddef>
#include <functional>
#include <string>

#include "graph/date.hpp"

namespace parley::ingest {

struct InputArticle {
  std::string id;         // empty: the pipeline derives one from the content hash
  std::string text;       // valid UTF-8, non-empty
  std::string url;
  std::string title;
  graph::Date published;  // unknown when not given
  std::string lang;       // "" or "auto": detect
  std::string source;
  std::string file;       // where it was read, for messages
  std::size_t line = 0;   // 1-based line for JSON Lines, 0 for whole files
};

// A bad record or file: reported, skipped, and the rest goes on.
struct Problem {
  std::string file;
  std::size_t line = 0;  // 0 when the problem is the whole file
  std::string message;

  // "file:line: message" (or "file: message").
  std::string to_string() const;
};

using ArticleSink = std::function<void(InputArticle&&)>;
using ProblemSink = std::function<void(Problem&&)>;

}  // namespace parley::ingest
