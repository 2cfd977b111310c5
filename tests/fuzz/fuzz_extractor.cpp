// libFuzzer target: the whole extraction (segmenting, matching, resolving, dating) on arbitrary
// text in each language. Offsets of every mention must lie inside the article text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "graph/article.hpp"
#include "ingest/kb.hpp"
#include "ingest/rule_extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const parley::ingest::RuleExtractor extractor(parley::ingest::KnowledgeBase::builtin());
  static const char* const kLangs[] = {"fa", "en", "ar", "ru", ""};
  if (size < 1) return 0;
  parley::graph::Article article;
  article.id = "fuzz";
  article.lang = kLangs[data[0] % 5];
  article.published = *parley::graph::Date::parse_iso("2023-11-03");
  article.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto ex = extractor.extract(article, /*with_trace=*/(data[0] & 0x80) != 0);
  for (const auto& i : ex.interactions) {
    for (const auto& m : i.mentions) {
      if (m.start > m.end || m.end > article.text.size()) std::abort();
    }
  }
  return 0;
}
