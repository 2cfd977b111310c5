#include "graph/interaction.hpp"

#include <algorithm>
#include <tuple>

#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "graph/hash.hpp"

namespace parley::graph {

std::string_view to_string(EdgeType t) {
  switch (t) {
    case EdgeType::kCalled: return "called";
    case EdgeType::kMet: return "met";
    case EdgeType::kVisited: return "visited";
  }
  return "?";
}

std::optional<EdgeType> parse_edge_type(std::string_view s) {
  if (s == "called") return EdgeType::kCalled;
  if (s == "met") return EdgeType::kMet;
  if (s == "visited") return EdgeType::kVisited;
  return std::nullopt;
}

void Interaction::canonicalize() {
  if (!is_directed(type) && target < source) std::swap(source, target);
}

std::string Interaction::id() const {
  // Fields joined by a byte that cannot occur in any of them.
  std::string key;
  key.reserve(48 + source.str().size() + target.str().size());
  key += to_string(type);
  key += '\x1f';
  const bool swap = !is_directed(type) && target < source;
  key += swap ? target.str() : source.str();
  key += '\x1f';
  key += swap ? source.str() : target.str();
  key += '\x1f';
  key += date.sort_key();
  key += '\x1f';
  key += to_string(date.precision());
  // The location is left out on purpose (DESIGN.md had it in): one article names the city of a
  // meeting and another does not, and both report the same meeting of the same two people on the
  // same day. Merging keeps the first known location.
  return hash_hex64(key);
}

namespace {
auto mention_order(const Mention& m) { return std::tie(m.article, m.start, m.end, m.trigger); }
}  // namespace

void Interaction::absorb(const Interaction& other) {
  for (const auto& m : other.mentions) {
    const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& x) {
      return x.article == m.article && x.start == m.start && x.end == m.end;
    });
    if (!known) mentions.push_back(m);
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return mention_order(a) < mention_order(b); });
  confidence = std::max(confidence, other.confidence);
  if (location.empty()) location = other.location;
}

void to_json(nlohmann::json& j, const Mention& m) {
  j = nlohmann::json{{"article", m.article}, {"text", m.text}, {"start", m.start},
                     {"end", m.end},         {"lang", m.lang}, {"trigger", m.trigger}};
}

void from_json(const nlohmann::json& j, Mention& m) {
  m.article = j.at("article").get<std::string>();
  m.text = j.at("text").get<std::string>();
  m.start = j.value("start", std::uint64_t{0});
  m.end = j.value("end", std::uint64_t{0});
  m.lang = j.value("lang", std::string());
  m.trigger = j.value("trigger", std::string());
}

void to_json(nlohmann::json& j, const Interaction& i) {
  j = nlohmann::json::object();
  j["type"] = to_string(i.type);
  j["source"] = i.source.str();
  j["target"] = i.target.str();
  j["date"] = i.date.known() ? nlohmann::json(i.date.iso()) : nlohmann::json(nullptr);
  j["date_precision"] = to_string(i.date.precision());
  j["city"] = i.location.city;
  j["location_state"] = i.location.state ? nlohmann::json(i.location.state->str()) : nlohmann::json(nullptr);
  j["confidence"] = i.confidence;
  j["mentions"] = i.mentions;
}

void from_json(const nlohmann::json& j, Interaction& i) {
  const auto type = parse_edge_type(j.at("type").get<std::string>());
  if (!type) throw StoreError("unknown edge type in stored interaction: " + j.at("type").dump());
  i.type = *type;
  i.source = ActorId(j.at("source").get<std::string>());
  i.target = ActorId(j.at("target").get<std::string>());
  i.date = Date::unknown();
  if (!j.at("date").is_null()) {
    auto d = Date::parse_iso(j.at("date").get<std::string>());
    if (!d) throw StoreError("invalid date in stored interaction: " + j.at("date").dump());
    i.date = *d;
  }
  i.location.city = j.value("city", std::string());
  i.location.state = std::nullopt;
  if (j.contains("location_state") && !j.at("location_state").is_null()) {
    i.location.state = StateCode::parse(j.at("location_state").get<std::string>());
  }
  i.confidence = j.value("confidence", 1.0);
  i.mentions = j.at("mentions").get<std::vector<Mention>>();
}

}  // namespace parley::graph
