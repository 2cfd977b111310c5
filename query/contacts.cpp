#include "query/contacts.hpp"

#include <cstdint>

#include "graph/errors.hpp"

namespace parley::query {

ContactList contacts_of(const graph::Store& store, const graph::ActorId& actor, const ContactFilter& filter) {
  // The scan fills this thread's scratch buffers, whose capacity outlives the call: a hub's year is
  // tens of thousands of contacts, and growing fresh buffers for each query (page faults included)
  // cost as much as reading the index.
  struct Found {
    Contact contact;  // views not set yet
    std::uint32_t interaction_size, counterpart_size;
  };
  thread_local std::vector<Found> found;
  thread_local std::vector<char> bytes;  // each contact's id, then its counterpart's
  found.clear();
  bytes.clear();
  store.for_each_ref_of(actor, filter.window.dates, [&](const graph::InteractionRef& r) {
    if (!filter.window.accepts(r.type)) return true;
    // The index's refs view the actor's own id on its side: a pointer test, mostly.
    const bool is_source = r.source.data() == actor.str().data() || r.source == actor.str();
    const std::string_view other = is_source ? r.target : r.source;
    if (filter.with && other != filter.with->str()) return true;
    bytes.insert(bytes.end(), r.id.begin(), r.id.end());
    bytes.insert(bytes.end(), other.begin(), other.end());
    found.push_back({{{}, r.type, r.date, {}, is_source}, static_cast<std::uint32_t>(r.id.size()), static_cast<std::uint32_t>(other.size())});
    return true;
  });

  ContactList list;
  list.text_.assign(bytes.begin(), bytes.end());
  // The index gives (date, id) order with the undated first. Newest first with the undated last is
  // the runs of one date in reverse order, each run kept in id order. A run's bytes end where the
  // next run's begin.
  list.items_.reserve(found.size());
  std::size_t run_bytes_end = list.text_.size();
  for (std::size_t run_end = found.size(); run_end > 0;) {
    std::size_t run = run_end - 1, run_bytes = found[run].interaction_size + found[run].counterpart_size;
    while (run > 0 && found[run - 1].contact.date == found[run_end - 1].contact.date) {
      --run;
      run_bytes += found[run].interaction_size + found[run].counterpart_size;
    }
    const char* at = list.text_.data() + (run_bytes_end - run_bytes);
    for (std::size_t i = run; i < run_end; ++i) {
      Contact c = found[i].contact;
      c.interaction = std::string_view(at, found[i].interaction_size);
      c.counterpart = std::string_view(at + found[i].interaction_size, found[i].counterpart_size);
      at += found[i].interaction_size + found[i].counterpart_size;
      list.items_.push_back(c);
    }
    run_bytes_end -= run_bytes;
    run_end = run;
  }
  return list;
}

graph::Interaction interaction_of(const graph::Store& store, const Contact& contact) {
  auto i = store.interaction(std::string(contact.interaction));
  if (!i) throw StoreError("the by_actor index names a missing interaction " + std::string(contact.interaction));
  return std::move(*i);
}

}  // namespace parley::query
