#pragma once
// One actor's contacts, straight from the store's by_actor index.

#include <optional>
#include <vector>

#include "graph/interaction.hpp"
#include "graph/store.hpp"
#include "query/window.hpp"

namespace parley::query {

struct ContactFilter {
  WindowFilter window;
  std::optional<graph::ActorId> with;  // only contacts with this actor
};

struct Contact {
  graph::Interaction interaction;
  graph::ActorId counterpart;  // the other side (for a visit by the actor: the host state)
};

// The actor's interactions in the window, newest first (undated ones last). Throws StoreError on
// a read failure.
std::vector<Contact> contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter);

}  // namespace parley::query
