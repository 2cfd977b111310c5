#include "graph/article.hpp"

#include <nlohmann/json.hpp>

namespace parley::graph {

void to_json(nlohmann::json& j, const Article& a) {
  j = nlohmann::json{{"id", a.id},
                     {"url", a.url},
                     {"title", a.title},
                     {"published", a.published.known() ? nlohmann::json(a.published.iso()) : nlohmann::json(nullptr)},
                     {"lang", a.lang},
                     {"source", a.source},
                     {"content_hash", a.content_hash},
                     {"ingested_at", a.ingested_at},
                     {"text", a.text}};
}

void from_json(const nlohmann::json& j, Article& a) {
  a.id = j.at("id").get<std::string>();
  a.url = j.value("url", std::string());
  a.title = j.value("title", std::string());
  a.published = Date::unknown();
  if (j.contains("published") && j.at("published").is_string()) {
    a.published = Date::parse_iso(j.at("published").get<std::string>()).value_or(Date::unknown());
  }
  a.lang = j.value("lang", std::string());
  a.source = j.value("source", std::string());
  a.content_hash = j.value("content_hash", std::string());
  a.ingested_at = j.value("ingested_at", std::string());
  a.text = j.value("text", std::string());
}

}  // namespace parley::graph
