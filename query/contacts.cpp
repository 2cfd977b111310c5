#include "query/contacts.hpp"

#include <algorithm>

namespace parley::query {

std::vector<Contact> contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter) {
  std::vector<Contact> out;
  store.for_each_interaction_of(actor, filter.window.dates, [&](const graph::Interaction& i) {
    if (!filter.window.accepts(i)) return true;
    const graph::ActorId& other = i.source == actor ? i.target : i.source;
    if (filter.with && other != *filter.with) return true;
    out.push_back({i, other});
    return true;
  });
  std::stable_sort(out.begin(), out.end(), [](const Contact& a, const Contact& b) {
    const auto& da = a.interaction.date;
    const auto& db = b.interaction.date;
    if (da.known() != db.known()) return da.known();
    return db < da;
  });
  return out;
}

}  // namespace parley::query
