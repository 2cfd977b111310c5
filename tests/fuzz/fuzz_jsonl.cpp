// libFuzzer target: the JSON Lines reader on arbitrary bytes. Every record becomes an article or
// a problem; nothing throws, nothing reads out of bounds.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ingest/readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  parley::ingest::ReadOptions options;
  options.max_article_bytes = 4096;  // the overlong-record path, reachable by small inputs
  std::size_t articles = 0, problems = 0;
  parley::ingest::read_jsonl(
      in, "fuzz.jsonl", options, [&](parley::ingest::InputArticle&& a) { articles += !a.text.empty(); },
      [&](parley::ingest::Problem&&) { ++problems; });
  return 0;
}
