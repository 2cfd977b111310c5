#pragma once
// The sentence templates of the synthetic corpus, written for this benchmark in a news-agency
// style. Slots:
//   {A} {B} {C}        officials (the generator renders a name, a title + name, or a surname)
//   {D} {D2}           dates, relative to the publication day (see date_phrases.hpp)
//   {CITY} {STATE}     a place; in an event, the destination of a visit or where a meeting was
//   {CITY2} {STATE2}   another place (noise only)
//   {T}                a topic of talks;  {X} an official quoted in passing (noise only)
//   {N} {N2} {P}       numbers and a percentage (noise only)
//
// An event template states what happened, in the past: the edge is planted. A non-event template
// names the same kind of officials and places but states a plan, an invitation, a denial, a
// negation or a hypothesis: no edge may come out of it. Noise templates carry no trigger word, so
// that any edge they yield is an error of the extractor, not of the corpus.

#include <optional>
#include <string_view>
#include <vector>

#include "graph/interaction.hpp"

namespace parley::bench {

enum class SentenceKind { kNoise, kEvent, kNonEvent };

struct Template {
  std::string_view name;  // "en.call.spoke": reported per template, to find what fails
  graph::EdgeType type = graph::EdgeType::kMet;  // events: the A--B (or A->place) edge
  // Events with a second sentence: "He also spoke by phone with {C} {D2}." is a call A--C.
  std::optional<graph::EdgeType> then;
  std::string_view text;
};

const std::vector<Template>& templates(std::string_view lang, SentenceKind kind);
// Subjects of talks; no place names (a city there would be read as where a meeting took place).
const std::vector<std::string_view>& topics(std::string_view lang);

}  // namespace parley::bench
