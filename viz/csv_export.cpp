#include "viz/csv_export.hpp"

#include <string>

namespace parley::viz {

namespace {

// RFC 4180 field: quoted when it holds a comma, quote or line break.
std::string field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string neo4j_label(graph::ActorKind k) {
  switch (k) {
    case graph::ActorKind::kOfficial: return "Official";
    case graph::ActorKind::kState: return "State";
    case graph::ActorKind::kOrganization: return "Organization";
  }
  return "Actor";
}

}  // namespace

void write_nodes_csv(const query::GraphWindow& window, std::ostream& out) {
  out << "id:ID,label,kind,state,:LABEL\n";
  for (const auto& a : window.nodes) {
    out << field(a.id.str()) << ',' << field(a.label) << ',' << graph::to_string(a.kind) << ','
        << (a.state ? a.state->str() : std::string()) << ",Actor;" << neo4j_label(a.kind) << '\n';
  }
}

void write_edges_csv(const query::GraphWindow& window, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,date,date_precision,location,mentions:int,evidence\n";
  for (const auto& e : window.edges) {
    std::string type(graph::to_string(e.type));
    for (auto& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out << field(e.source.str()) << ',' << field(e.target.str()) << ',' << type << ',' << (e.date.known() ? e.date.iso() : "") << ','
        << graph::to_string(e.date.precision()) << ',' << field(e.location.city) << ',' << e.mentions.size() << ','
        << field(e.mentions.empty() ? std::string() : e.mentions.front().text) << '\n';
  }
}

}  // namespace parley::viz
