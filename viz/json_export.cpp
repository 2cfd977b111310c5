#include "viz/json_export.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace parley::viz {

namespace {

using ojson = nlohmann::ordered_json;

ojson or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

ojson node_json(const graph::Actor& a) {
  ojson n;
  n["id"] = a.id.str();
  n["kind"] = graph::to_string(a.kind);
  n["label"] = a.label;
  if (a.kind != graph::ActorKind::kOfficial) {
    n["code"] = a.state ? a.state->str() : std::string();
  } else {
    n["state"] = a.state ? ojson(a.state->str()) : ojson(nullptr);
  }
  // names: one per language (the most common); the other spellings go to aliases.
  ojson names = ojson::object();
  ojson aliases = ojson::array();
  for (const auto& [lang, list] : a.names) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i == 0) names[lang] = list[i];
      else aliases.push_back(list[i]);
    }
  }
  for (const auto& alias : a.aliases) {
    if (std::find(aliases.begin(), aliases.end(), ojson(alias)) == aliases.end()) aliases.push_back(alias);
  }
  n["names"] = names;
  n["aliases"] = aliases;
  ojson roles = ojson::array();
  for (const auto& r : a.roles) {
    roles.push_back({{"role", graph::to_string(r.role)},
                     {"state", r.state ? ojson(r.state->str()) : ojson(nullptr)},
                     {"from", r.from ? ojson(r.from->iso()) : ojson(nullptr)},
                     {"to", r.to ? ojson(r.to->iso()) : ojson(nullptr)}});
  }
  n["roles"] = roles;
  n["wikidata"] = a.wikidata ? ojson(*a.wikidata) : ojson(nullptr);
  n["source"] = graph::to_string(a.source);
  return n;
}

ojson edge_json(const graph::Interaction& i) {
  ojson e;
  e["id"] = i.id();
  e["type"] = graph::to_string(i.type);
  e["source"] = i.source.str();
  e["target"] = i.target.str();
  e["date"] = i.date.known() ? ojson(i.date.iso()) : ojson(nullptr);
  e["date_precision"] = graph::to_string(i.date.precision());
  e["location"] = or_null(i.location.city);
  e["confidence"] = i.confidence;
  ojson mentions = ojson::array();
  for (const auto& m : i.mentions) {
    mentions.push_back({{"article", m.article},
                        {"text", m.text},
                        {"start", m.start},
                        {"end", m.end},
                        {"lang", m.lang},
                        {"trigger", m.trigger}});
  }
  e["mentions"] = mentions;
  return e;
}

}  // namespace

void write_graph_json(const query::GraphWindow& window, const query::WindowFilter& filter, std::ostream& out) {
  ojson doc;
  doc["schema"] = "parley.graph/1";
  ojson f = ojson::object();
  f["from"] = filter.dates.from ? ojson(filter.dates.from->iso()) : ojson(nullptr);
  f["to"] = filter.dates.to ? ojson(filter.dates.to->iso()) : ojson(nullptr);
  ojson types = ojson::array();
  for (auto t : filter.types) types.push_back(graph::to_string(t));
  f["types"] = types;
  doc["filter"] = f;
  ojson nodes = ojson::array();
  for (const auto& a : window.nodes) nodes.push_back(node_json(a));
  doc["nodes"] = nodes;
  ojson edges = ojson::array();
  for (const auto& i : window.edges) edges.push_back(edge_json(i));
  doc["edges"] = edges;
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace parley::viz
