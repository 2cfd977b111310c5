#pragma once
// One actor's contacts, straight from the store's by_actor index.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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
// not for every contact of a hub's year. The views point into the ContactList that holds the contact.
struct Contact {
  std::string_view interaction;  // the interaction's id
  graph::EdgeType type = graph::EdgeType::kMet;
  graph::Date date;
  std::string_view counterpart;  // the other side's id (for a visit by the actor: the host state)
  bool actor_is_source = true;   // false: the actor is the interaction's target (visited: the host)

  graph::ActorId counterpart_id() const { return graph::ActorId(std::string(counterpart)); }
};

// The contacts of one query and the bytes their views point into: one buffer holding the index
// entries they come from, where a string per id and per counterpart made allocation most of a
// hub's query time. Movable; not copyable, since a copy's views would point into the original.
class ContactList {
 public:
  ContactList() = default;
  ContactList(ContactList&&) noexcept = default;
  ContactList& operator=(ContactList&&) noexcept = default;
  ContactList(const ContactList&) = delete;
  ContactList& operator=(const ContactList&) = delete;

  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const Contact& operator[](std::size_t i) const { return items_[i]; }
  std::vector<Contact>::const_iterator begin() const { return items_.begin(); }
  std::vector<Contact>::const_iterator end() const { return items_.end(); }

 private:
  friend ContactList contacts_of(const graph::Store&, const graph::ActorId&, const ContactFilter&);
  std::vector<Contact> items_;
  std::vector<char> text_;  // the index's packed entries; moved with the list, so the views stay valid
};

// The actor's interactions in the window, newest first (undated ones last; one date's contacts in
// id order). Reads the index only. Throws StoreError on a read failure.
ContactList contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter);

// The interaction record of a contact. Throws StoreError when the store has no such record (an
// index entry without its record: a corrupt store).
graph::Interaction interaction_of(const graph::Store& store, const Contact& contact);

}  // namespace parley::query
