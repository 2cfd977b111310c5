#pragma once
// Articles as stored: the text (mentions point into it by byte offset) and its metadata.

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "graph/date.hpp"

namespace parley::graph {

struct Article {
  std::string id;              // given by the source, else "sha:" + content hash
  std::string url;
  std::string title;
  Date published;              // unknown when the source gave none
  std::string lang;            // "fa", "en", "ar", "ru"
  std::string source;          // agency or site
  std::string content_hash;    // hash of the normalised text: the same story re-sent under another id
  std::string ingested_at;     // ISO 8601 UTC time the article was stored
  std::string text;            // the original text, as read

  friend bool operator==(const Article&, const Article&) = default;
};

void to_json(nlohmann::json& j, const Article& a);
void from_json(const nlohmann::json& j, Article& a);

}  // namespace parley::graph
