#pragma once
// The normalised keys under which an actor is found by name (`parley actors`, `timeline NAME`):
// its label, every name and alias, and the last word of each (a surname) when it has four letters
// or more.

#include <string>
#include <vector>

#include "graph/actor.hpp"

namespace parley::ingest {

std::vector<std::string> search_keys(const graph::Actor& actor);

}  // namespace parley::ingest
