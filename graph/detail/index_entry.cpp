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

void append_length(std::string& out, std::size_t n) {
  for (; n >= 0x80; n >>= 7) out += static_cast<char>((n & 0x7F) | 0x80);
  out += static_cast<char>(n);
}

// Reads a length written by append_length at s[at], advancing at; false when it is cut or absurd.
bool read_length(std::string_view s, std::size_t& at, std::size_t& n) {
  n = 0;
  for (int shift = 0; shift < 28; shift += 7) {
    if (at >= s.size()) return false;
    const auto byte = static_cast<unsigned char>(s[at++]);
    n |= static_cast<std::size_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

// One entry of a by_actor value, its parts viewing the value.
struct Entry {
  std::string_view whole, id, counterpart;
  char type_code = 0, role = 0;
};

// Takes the first entry off a by_actor value; false at the end of the value or when the entry is
// malformed (ok is then false). The lengths before the id and the counterpart spare a scan for
// separators, which was the most of a hub's contacts query.
bool split_entry(std::string_view& rest, Entry& e, bool& ok) {
  ok = true;
  if (rest.empty()) return false;
  std::size_t at = 0, id_size = 0, counterpart_size = 0;
  ok = read_length(rest, at, id_size) && id_size > 0 && id_size + 2 <= rest.size() - at;
  if (ok) {
    e.id = rest.substr(at, id_size);
    at += id_size;
    e.type_code = rest[at];
    e.role = rest[at + 1];
    at += 2;
    ok = type_of_code(e.type_code) && (e.role == 's' || e.role == 't') && read_length(rest, at, counterpart_size) &&
         counterpart_size > 0 && counterpart_size <= rest.size() - at;
  }
  if (!ok) return false;
  e.counterpart = rest.substr(at, counterpart_size);
  e.whole = rest.substr(0, at + counterpart_size);
  rest.remove_prefix(at + counterpart_size);
  return true;
}


}  // namespace

std::string by_actor_entry(std::string_view id, EdgeType type, bool actor_is_source, std::string_view counterpart) {
  std::string v;
  v.reserve(id.size() + counterpart.size() + 4);
  append_length(v, id.size());
  v += id;
  v += type_code(type);
  v += actor_is_source ? 's' : 't';
  append_length(v, counterpart.size());
  v += counterpart;
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


std::optional<Date> by_actor_key_date(std::string_view actor, std::string_view key) {
  if (key.size() != actor.size() + 11 || key[actor.size()] != kSep) return std::nullopt;
  return date_of_key(key.substr(actor.size() + 1));
}

ByActorEntries::ByActorEntries(std::string_view actor, std::string_view key, std::string_view value)
    : ByActorEntries(actor, by_actor_key_date(actor, key), value) {}

ByActorEntries::ByActorEntries(std::string_view actor, const std::optional<Date>& date, std::string_view value)
    : DayEntries(actor, date.value_or(Date::unknown()), value) {
  if (!date) set_malformed();
}

bool union_by_actor_values(std::string_view a, std::string_view b, std::string& out) {
  out.clear();
  out.reserve(a.size() + b.size());
  Entry ea, eb;
  bool ok_a = true, ok_b = true;
  bool has_a = split_entry(a, ea, ok_a), has_b = split_entry(b, eb, ok_b);
  while (has_a || has_b) {
    if (has_a && (!has_b || ea.id <= eb.id)) {
      out += ea.whole;
      if (has_b && ea.id == eb.id) has_b = split_entry(b, eb, ok_b);  // one interaction, indexed twice
      has_a = split_entry(a, ea, ok_a);
    } else {
      out += eb.whole;
      has_b = split_entry(b, eb, ok_b);
    }
  }
  return ok_a && ok_b;
}

std::optional<std::string> by_actor_entry_from_version_2(std::string_view id, std::string_view old_value) {
  if (id.empty() || old_value.size() < 3) return std::nullopt;
  const auto type = type_of_code(old_value[0]);
  if (!type || (old_value[1] != 's' && old_value[1] != 't')) return std::nullopt;
  return by_actor_entry(id, *type, old_value[1] == 's', old_value.substr(2));
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

namespace parley::graph {

DayEntries::DayEntries(std::string_view actor, const Date& date, std::string_view packed)
    : actor_(actor), rest_(packed), date_(date) {
  if (packed.empty()) set_malformed();  // the merge never leaves a key without entries
}

std::optional<InteractionRef> DayEntries::next() {
  detail::Entry e;
  bool ok = true;
  if (!detail::split_entry(rest_, e, ok)) {
    if (!ok) set_malformed();
    rest_ = {};
    return std::nullopt;
  }
  InteractionRef r;
  r.id = e.id;
  r.type = *detail::type_of_code(e.type_code);  // split_entry checked it
  r.date = date_;
  r.source = e.role == 's' ? actor_ : e.counterpart;
  r.target = e.role == 's' ? e.counterpart : actor_;
  return r;
}

}  // namespace parley::graph
