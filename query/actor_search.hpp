#pragma once
// Finding actors by any of their names, in any language.

#include <string_view>
#include <vector>

#include "graph/actor.hpp"
#include "graph/store.hpp"

namespace parley::query {

// Actors whose normalised name starts with `normalised_query`, or whose id equals it; every stored
// actor when the query is empty. Sorted by id. The caller normalises (see ingest::Normalizer::key).
std::vector<graph::Actor> find_actors(const graph::Store& store, std::string_view raw_query, std::string_view normalised_query);

}  // namespace parley::query
