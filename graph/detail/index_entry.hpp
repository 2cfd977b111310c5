#pragma once
// The index column families (by_actor, by_date) read without the interaction records: a window's
// key range, and what an entry's key and value say about its interaction. Listing one actor's
// contacts or building a network from these needs no point read and no CBOR decoding, which is
// what made those queries slow (a random read of a record per entry).
//
// Index values (the keys' layouts are in keys.hpp):
//   by_actor  the actor's entries of one date key, sorted by interaction id, each
//               length inter-id type-code role length counterpart-id
//             with role 's' when the actor is the source, 't' the target, and each length a
//             LEB128 varint (one byte below 128): reading an entry needs no scan. Ingest adds an entry by
//             a RocksDB merge (merge_operators.hpp) that keeps the sorted union, so a hub's busy day is
//             one key: a 30-day window is about 30 reads however many contacts it holds, where one
//             key per entry meant an iterator step, a key comparison and a callback per contact.
//   by_date   type-code source-id \0 target-id
// with type-code 'c' (called), 'm' (met) or 'v' (visited).

#include <optional>
#include <string>
#include <string_view>

#include "graph/date.hpp"
#include "graph/interaction.hpp"
#include "graph/store.hpp"

namespace parley::graph::detail {

// One by_actor entry, as ingest merges it into the actor's value of that date key.
std::string by_actor_entry(std::string_view id, EdgeType type, bool actor_is_source, std::string_view counterpart);
std::string by_date_value(EdgeType type, std::string_view source, std::string_view target);

// The entries of one by_actor key and value, read in order as refs whose views point into the
// value and `actor` (the key's actor part); malformed when the key's date is.
class ByActorEntries : public DayEntries {
 public:
  ByActorEntries(std::string_view actor, std::string_view key, std::string_view value);

 private:
  ByActorEntries(std::string_view actor, const std::optional<Date>& date, std::string_view value);
};

// The date of a by_actor key whose actor part is `actor`; nullopt when the key is malformed.
std::optional<Date> by_actor_key_date(std::string_view actor, std::string_view key);

// The entry that a version 2 by_actor key (its id part) and value (type-code role counterpart-id)
// stood for; nullopt when that value is malformed.
std::optional<std::string> by_actor_entry_from_version_2(std::string_view id, std::string_view old_value);

// The sorted union of two by_actor values, each id once, into out; false when either is malformed.
bool union_by_actor_values(std::string_view a, std::string_view b, std::string& out);

// The by_date entry as a ref, or nullopt when it is malformed; the views point into key and value.
std::optional<InteractionRef> by_date_ref(std::string_view key, std::string_view value);

// The Date of a date key ("YYYY-MM-DD", "00" for what the precision leaves out, "0000-00-00" for
// unknown); nullopt when it is not one.
std::optional<Date> date_of_key(std::string_view date_key);

// Which date keys a window needs. Dates of lower precision sort before the days they contain
// ("2023-00-00" < "2023-11-00" < "2023-11-03"), so a window's keys are not one range: a scan
// starts at the first year's year key and jumps over the months and days before the window.
// The decision from the key is exact: a key the scan keeps is a date the window contains.
class WindowKeys {
 public:
  explicit WindowKeys(const DateWindow& w);
  // The date key to seek first ("" when the window has no start).
  std::string first() const;
  // The exclusive upper bound of the keys under `prefix` (empty: none), for iterate_upper_bound.
  std::string upper_bound(std::string_view prefix) const;
  // Every later key is after the window.
  bool past(std::string_view date_key) const { return !to_.empty() && date_key > to_; }
  // nullopt when the date overlaps the window; otherwise the date key to seek next, which sorts
  // after `date_key` (the scan never moves backwards).
  std::optional<std::string> skip_to(std::string_view date_key) const;

 private:
  bool bounded_ = false;
  std::string from_, to_;  // day keys of the first and last day, empty for an open end
};

}  // namespace parley::graph::detail
