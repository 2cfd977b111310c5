#include "graph/detail/index_entry.hpp"

#include "graph/detail/keys.hpp"

namespace parley::graph::detail {

namespace {

constexpr std::string_view kUnknownKey = "0000-00-00";

char type_code(EdgeType t) {
  switch (t) {
    case EdgeType::kCalled: return 'c';
    case EdgeType::kMet: return 'm';
    case EdgeType::kVisited: return 'v';
  }
  return '?';
}

std::optional<EdgeType> type_of_code(char c) {
  switch (c) {
    case 'c': return EdgeType::kCalled;
    case 'm': return EdgeType::kMet;
    case 'v': return EdgeType::kVisited;
    default: return std::nullopt;
  }
}

// Two to four ASCII digits as a number; -1 when one is not a digit.
int digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Splits "date-key \0 id" (the end of a by_date key) into its parts.
bool split_date_id(std::string_view rest, std::string_view& date_key, std::string_view& id) {
  if (rest.size() < 12 || rest[10] != kSep) return false;
  date_key = rest.substr(0, 10);
  id = rest.substr(11);
  return true;
}

}  // namespace

std::string by_actor_entry(std::string_view id, EdgeType type, bool actor_is_source, std::string_view counterpart) {
  std::string v;
  v.reserve(id.size() + counterpart.size() + 4);
  v += id;
  v += kSep;
  v += type_code(type);
  v += actor_is_source ? 's' : 't';
  v += counterpart;
  v += kSep;
  return v;
}

std::string by_date_value(EdgeType type, std::string_view source, std::string_view target) {
  std::string v;
  v.reserve(2 + source.size() + target.size());
  v += type_code(type);
  v += source;
  v += kSep;
  v += target;
  return v;
}

std::optional<Date> date_of_key(std::string_view k) {
  if (k.size() != 10 || k[4] != '-' || k[7] != '-') return std::nullopt;
  if (k == kUnknownKey) return Date::unknown();
  const int y = digits(k.substr(0, 4)), m = digits(k.substr(5, 2)), d = digits(k.substr(8, 2));
  if (y <= 0 || m < 0 || d < 0) return std::nullopt;
  if (m == 0) return d == 0 ? Date::year(y) : std::nullopt;
  if (d == 0) return Date::month(y, m);
  return Date::day(y, m, d);
}

namespace {

// Takes the first entry off a by_actor value: its id and the whole entry (separators included);
// false at the end of the value or when the entry is malformed (ok is then false).
// The position of the next separator from `from`, or npos. The parts are a few dozen bytes: a
// plain loop costs less than memchr's call and set-up, which was a sixth of a contacts query.
std::size_t find_sep(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] == kSep) return i;
  }
  return std::string_view::npos;
}

bool split_entry(std::string_view& rest, std::string_view& id, std::string_view& entry, bool& ok) {
  ok = true;
  if (rest.empty()) return false;
  const auto id_end = find_sep(rest, 0);
  const auto end = id_end == std::string_view::npos ? id_end : find_sep(rest, id_end + 1);
  // An id, the type code, the role and a counterpart of at least one byte.
  if (id_end == 0 || end == std::string_view::npos || end < id_end + 4 || !type_of_code(rest[id_end + 1]) ||
      (rest[id_end + 2] != 's' && rest[id_end + 2] != 't')) {
    ok = false;
    return false;
  }
  id = rest.substr(0, id_end);
  entry = rest.substr(0, end + 1);
  rest.remove_prefix(end + 1);
  return true;
}

}  // namespace

ByActorEntries::ByActorEntries(std::string_view actor, std::string_view key, std::string_view value)
    : actor_(actor), rest_(value) {
  const auto date = key.size() == actor.size() + 11 && key[actor.size()] == kSep ? date_of_key(key.substr(actor.size() + 1))
                                                                                : std::nullopt;
  if (!date || value.empty()) {
    malformed_ = true;
    rest_ = {};
    return;
  }
  date_ = *date;
}

std::optional<InteractionRef> ByActorEntries::next() {
  std::string_view id, entry;
  bool ok = true;
  if (!split_entry(rest_, id, entry, ok)) {
    if (!ok) malformed_ = true;
    rest_ = {};
    return std::nullopt;
  }
  const char role = entry[id.size() + 2];  // split_entry checked the type code and the role
  InteractionRef r;
  r.id = id;
  r.type = *type_of_code(entry[id.size() + 1]);
  r.date = date_;
  const auto counterpart = entry.substr(id.size() + 3, entry.size() - id.size() - 4);
  r.source = role == 's' ? actor_ : counterpart;
  r.target = role == 's' ? counterpart : actor_;
  return r;
}

bool union_by_actor_values(std::string_view a, std::string_view b, std::string& out) {
  out.clear();
  out.reserve(a.size() + b.size());
  std::string_view id_a, id_b, entry_a, entry_b;
  bool ok_a = true, ok_b = true;
  bool has_a = split_entry(a, id_a, entry_a, ok_a), has_b = split_entry(b, id_b, entry_b, ok_b);
  while (has_a || has_b) {
    if (has_a && (!has_b || id_a <= id_b)) {
      out += entry_a;
      if (has_b && id_a == id_b) has_b = split_entry(b, id_b, entry_b, ok_b);  // one interaction, indexed twice
      has_a = split_entry(a, id_a, entry_a, ok_a);
    } else {
      out += entry_b;
      has_b = split_entry(b, id_b, entry_b, ok_b);
    }
  }
  return ok_a && ok_b;
}

std::optional<InteractionRef> by_date_ref(std::string_view key, std::string_view value) {
  InteractionRef r;
  std::string_view date_key;
  if (!split_date_id(key, date_key, r.id) || value.size() < 4) return std::nullopt;
  const auto type = type_of_code(value[0]);
  const auto date = date_of_key(date_key);
  const auto sep = value.find(kSep, 1);
  if (!type || !date || sep == std::string_view::npos) return std::nullopt;
  r.type = *type;
  r.date = *date;
  r.source = value.substr(1, sep - 1);
  r.target = value.substr(sep + 1);
  return r;
}

WindowKeys::WindowKeys(const DateWindow& w) : bounded_(!w.unbounded()) {
  if (w.from) from_ = Date::from_days(*w.from->first_day()).sort_key();
  if (w.to) to_ = Date::from_days(*w.to->last_day()).sort_key();
}

std::string WindowKeys::first() const { return from_.empty() ? std::string() : from_.substr(0, 4) + "-00-00"; }

std::string WindowKeys::upper_bound(std::string_view prefix) const {
  // '\x01' sorts after the '\0' that ends the date key, so every key of the last day is below.
  if (!to_.empty()) return std::string(prefix) + to_ + '\x01';
  if (prefix.empty()) return {};
  std::string p(prefix);
  p.back() = static_cast<char>(p.back() + 1);  // the prefix ends with the separator '\0'
  return p;
}

std::optional<std::string> WindowKeys::skip_to(std::string_view k) const {
  if (!bounded_) return std::nullopt;
  if (k == kUnknownKey) return std::string(kUnknownKey) + '\x01';  // undated: only in unbounded windows
  if (from_.empty()) return std::nullopt;
  const std::string_view from(from_);
  const bool overlaps = k.substr(4) == "-00-00"   ? k.substr(0, 4) >= from.substr(0, 4)
                        : k.substr(7) == "-00"    ? k.substr(0, 7) >= from.substr(0, 7)
                                                  : k >= from;
  if (overlaps) return std::nullopt;
  // The keys that overlap first, in key order: the first year's, its first month's, its first
  // day. Everything between one of them and the next fails the window, so the smallest above k is
  // where the next overlapping key can be.
  for (std::string candidate : {first(), from_.substr(0, 7) + "-00", from_}) {
    if (candidate > k) return candidate;
  }
  return std::nullopt;  // not reached: k < from_ when it does not overlap
}

}  // namespace parley::graph::detail
