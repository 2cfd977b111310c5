#pragma once
// Extraction results as short strings for the extractor tests: "type source target date" per
// interaction, sorted (called and met list their actors in id order, as the store does).

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/extractor.hpp"
#include "ingest/rule_extractor.hpp"

namespace parley::test {

inline std::vector<std::string> edge_strings(const ingest::Extractor& extractor, const std::string& lang,
                                             const std::string& text, const std::string& published) {
  graph::Article a;
  a.id = "t";
  a.lang = lang;
  a.text = text;
  a.published = *graph::Date::parse_iso(published);
  std::vector<std::string> out;
  for (const auto& i : extractor.extract(a, false).interactions) {
    out.push_back(std::string(graph::to_string(i.type)) + " " + i.source.str() + " " + i.target.str() + " " +
                  (i.date.known() ? i.date.iso() : "?"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The same with the built-in knowledge base and lexicons, as a user's ingest has them.
inline std::vector<std::string> builtin_edges(const std::string& lang, const std::string& text, const std::string& published) {
  static const ingest::RuleExtractor extractor(ingest::KnowledgeBase::builtin());
  return edge_strings(extractor, lang, text, published);
}

}  // namespace parley::test
