#pragma once
// Turning what a user typed (a name in any language, or an id) into one stored actor.

#include <string>

#include "graph/ids.hpp"
#include "graph/store.hpp"

namespace parley::cli {

// The actor the user meant. Throws UsageError naming the candidates when the name is ambiguous,
// or suggesting `parley actors` when nothing matches.
graph::ActorId lookup_actor(const graph::Store& store, const std::string& typed);

}  // namespace parley::cli
