#pragma once
// Interactions: the typed, dated edges of the graph, each with the mentions that evidence it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "graph/date.hpp"
#include "graph/ids.hpp"

namespace parley::graph {

enum class EdgeType { kCalled, kMet, kVisited };
std::string_view to_string(EdgeType t);
std::optional<EdgeType> parse_edge_type(std::string_view s);
// Called and met are symmetric; visited goes from an official to the host state.
inline bool is_directed(EdgeType t) { return t == EdgeType::kVisited; }

// One place an article states an interaction.
struct Mention {
  std::string article;           // article id
  std::string text;              // the sentence as written in the article
  std::uint64_t start = 0;       // byte offsets of `text` in the article's original text
  std::uint64_t end = 0;
  std::string lang;
  std::string trigger;           // the words that triggered the edge, as written

  friend bool operator==(const Mention&, const Mention&) = default;
};

struct Location {
  std::string city;                 // English name, empty when not said
  std::optional<StateCode> state;

  bool empty() const { return city.empty() && !state; }
  friend bool operator==(const Location&, const Location&) = default;
};

struct Interaction {
  EdgeType type = EdgeType::kMet;
  ActorId source;  // for visited: the official who travelled
  ActorId target;  // for visited: the host state
  Date date;
  Location location;
  std::vector<Mention> mentions;
  double confidence = 1.0;

  // Puts the actors of a symmetric interaction in id order, so that "A met B" and "B met A" are
  // the same record. Called by make_interaction; call it after editing source or target by hand.
  void canonicalize();
  // Stable id: a hash of (type, the two actor ids, date). The same call reported by ten articles
  // gets one id, hence one record with ten mentions. The location is not part of it: articles
  // differ in whether they name the city.
  std::string id() const;
  // Adds the mentions of `other` (same id) that are not yet here, keeps them sorted by
  // (article, start, end), and keeps the higher confidence and the first known location.
  void absorb(const Interaction& other);

  friend bool operator==(const Interaction&, const Interaction&) = default;
};

void to_json(nlohmann::json& j, const Mention& m);
void from_json(const nlohmann::json& j, Mention& m);
void to_json(nlohmann::json& j, const Interaction& i);
void from_json(const nlohmann::json& j, Interaction& i);

}  // namespace parley::graph
