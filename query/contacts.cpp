#include "query/contacts.hpp"

#include <algorithm>

#include "graph/errors.hpp"

namespace parley::query {

std::vector<Contact> contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter) {
  std::vector<Contact> out;
  out.reserve(256);  // a typical month of a busy official, without the first regrowths
  store.for_each_ref_of(actor, filter.window.dates, [&](const graph::InteractionRef& r) {
    if (!filter.window.accepts(r.type)) return true;
    const bool is_source = r.source == actor.str();
    const std::string_view other = is_source ? r.target : r.source;
    if (filter.with && other != filter.with->str()) return true;
    out.push_back({std::string(r.id), r.type, r.date, graph::ActorId(std::string(other)), is_source});
    return true;
  });
  // The index gives (date, id) order with the undated first. Reversed, that is newest first with
  // the undated last; reversing each run of one date again puts it back in id order.
  std::reverse(out.begin(), out.end());
  for (auto run = out.begin(); run != out.end();) {
    const auto end = std::find_if(run, out.end(), [&](const Contact& c) { return c.date != run->date; });
    std::reverse(run, end);
    run = end;
  }
  return out;
}

graph::Interaction interaction_of(const graph::Store& store, const Contact& contact) {
  auto i = store.interaction(contact.interaction);
  if (!i) throw StoreError("the by_actor index names a missing interaction " + contact.interaction);
  return std::move(*i);
}

}  // namespace parley::query
