#pragma once
// Readers: turn files into InputArticles. Formats by extension:
//   .jsonl  one JSON object a line: "text" required; "id", "url", "title", "published" (ISO date),
//           "lang", "source" optional
//   .txt    one article (options give published date and language)
//   .html / .htm  one article: text of the body, title and published date from common meta tags
//   a directory: every file of those kinds below it, recursively, in sorted path order
//   "-"     JSON Lines on standard input
// A bad record or file becomes a Problem; the good ones are still read.

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

#include "graph/date.hpp"
#include "ingest/input_article.hpp"

namespace parley::ingest {

struct ReadOptions {
  std::string lang;                          // for .txt/.html and records without "lang"; "" = detect
  std::optional<graph::Date> published;      // for .txt/.html and records without "published"
  std::size_t max_article_bytes = 16u << 20; // a longer record or file is refused
};

// Reads `path` ("-" for stdin). Returns the number of articles delivered.
std::size_t read_path(const std::string& path, const ReadOptions& options, const ArticleSink& on_article,
                      const ProblemSink& on_problem);

// Reads JSON Lines from a stream; `name` is used in problems. Returns the articles delivered.
std::size_t read_jsonl(std::istream& in, const std::string& name, const ReadOptions& options,
                       const ArticleSink& on_article, const ProblemSink& on_problem);

// The byte offset of the first invalid UTF-8 sequence, or nullopt when `text` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace parley::ingest
