#include "query/contacts.hpp"


#include "graph/errors.hpp"

namespace parley::query {

ContactList contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter) {
  // Each date's packed entries are copied once into the list's buffer, and the contacts view that
  // copy: a hub's month is some 18,000 contacts at 10M interactions, and copying each id and
  // counterpart on its own cost more than reading the index. The buffer is complete before the
  // first view is taken.
  ContactList list;
  struct CopiedDay {
    graph::Date date;
    std::size_t at, size;
  };
  // The scan fills this thread's scratch buffers, whose capacity outlives the call (growing a
  // fresh buffer for each query, page faults included, cost as much as reading the index); the
  // list gets one copy of the exact size.
  thread_local std::vector<CopiedDay> days;
  thread_local std::vector<char> packed;
  days.clear();
  packed.clear();
  store.for_each_day_of(actor, filter.window.dates, [&](const graph::ActorDay& day) {
    days.push_back({day.date, packed.size(), day.packed.size()});
    packed.insert(packed.end(), day.packed.begin(), day.packed.end());
    return true;
  });
  list.text_.assign(packed.begin(), packed.end());
  // The index gives date order with the undated first; newest first with the undated last is the
  // days in reverse, each in the index's id order.
  // An entry is some 40 bytes (a 16-character id, a counterpart id of 20 or so, 5 more): room
  // for more than that, since a regrowth copies the whole list; pages never written cost nothing.
  list.items_.reserve(list.text_.size() / 30);
  for (auto day = days.rbegin(); day != days.rend(); ++day) {
    graph::DayEntries entries(actor.str(), day->date, std::string_view(list.text_.data() + day->at, day->size));
    while (const auto r = entries.next()) {
      if (!filter.window.accepts(r->type)) continue;
      // The entries view the actor's own id on its side: a pointer test.
      const bool is_source = r->source.data() == actor.str().data();
      const std::string_view other = is_source ? r->target : r->source;
      if (filter.with && other != filter.with->str()) continue;
      list.items_.push_back({r->id, r->type, r->date, other, is_source});
    }
    if (entries.malformed()) throw StoreError("malformed by_actor index entry");
  }
  return list;
}

graph::Interaction interaction_of(const graph::Store& store, const Contact& contact) {
  auto i = store.interaction(std::string(contact.interaction));
  if (!i) throw StoreError("the by_actor index names a missing interaction " + std::string(contact.interaction));
  return std::move(*i);
}

}  // namespace parley::query
