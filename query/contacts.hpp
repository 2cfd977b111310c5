#pragma once
// One actor's contacts, straight from the store's by_actor index.

#include <optional>
#include <string>
#include <vector>

#include "graph/interaction.hpp"
#include "graph/store.hpp"
#include "query/window.hpp"

namespace parley::query {

struct ContactFilter {
  WindowFilter window;
  std::optional<graph::ActorId> with;  // only contacts with this actor
};

// One contact as the index has it. The evidence (mentions, location, confidence) is in the
// interaction record, store.interaction(interaction): a caller reads it for the contacts it shows,
// not for every contact of a hub's year.
struct Contact {
  std::string interaction;  // the interaction's id
  graph::EdgeType type = graph::EdgeType::kMet;
  graph::Date date;
  graph::ActorId counterpart;  // the other side (for a visit by the actor: the host state)
  bool actor_is_source = true;  // false: the actor is the interaction's target (visited: the host)
};

// The actor's interactions in the window, newest first (undated ones last; one date's contacts in
// id order). Reads the index only. Throws StoreError on a read failure.
std::vector<Contact> contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter);

// The interaction record of a contact. Throws StoreError when the store has no such record (an
// index entry without its record: a corrupt store).
graph::Interaction interaction_of(const graph::Store& store, const Contact& contact);

}  // namespace parley::query
