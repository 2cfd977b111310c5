#include "bench/roster.hpp"

#include <algorithm>
#include <functional>
#include <limits>

#include "ingest/normalizer.hpp"

namespace parley::bench {

namespace {

// True when `text` alone matches, as a whole, only entries that `wanted` accepts, and carries
// no modality cue (a name containing "will" would block the events it takes part in).
bool names_one_thing(const ingest::Gazetteer& gazetteer, const std::string& text,
                     const std::function<bool(const ingest::GazetteerEntry&)>& wanted) {
  if (text.empty()) return false;
  const std::string norm = ingest::Normalizer::instance().normalize(text).text;
  std::vector<ingest::TaggedMatch> kept, cues;
  ingest::select_matches(gazetteer.find(norm, 0, norm.size()), kept, cues);
  if (kept.empty() || !cues.empty()) return false;
  return std::all_of(kept.begin(), kept.end(), [&](const ingest::TaggedMatch& m) {
    return m.begin == 0 && m.end == norm.size() && wanted(m.entry);
  });
}

std::string first_name(const ingest::NamesByLang& names, const std::string& lang) {
  auto it = names.find(lang);
  return it == names.end() || it->second.empty() ? std::string() : it->second.front();
}

}  // namespace

Roster::Roster(const ingest::KnowledgeBase& kb, const ingest::Gazetteer& gazetteer, std::string lang)
    : lang_(std::move(lang)) {
  using ingest::Tag;
  const auto& officials = kb.officials();
  for (std::size_t i = 0; i < officials.size(); ++i) {
    const auto& o = officials[i];
    const int index = static_cast<int>(i);
    Person p;
    p.official = &o;
    p.state = o.actor.state;
    p.name = first_name(o.actor.names, lang_);
    if (!names_one_thing(gazetteer, p.name, [&](const ingest::GazetteerEntry& e) {
          return (e.tag == Tag::kPerson || e.tag == Tag::kPersonShort) && e.value == index;
        })) {
      continue;
    }
    // The gazetteer drops surnames that are words or places; a surname another official
    // shares is dropped here, so that a short mention always means one person.
    const std::string short_name = first_name(o.short_names, lang_);
    if (names_one_thing(gazetteer, short_name,
                        [&](const ingest::GazetteerEntry& e) { return e.tag == Tag::kPersonShort && e.value == index; })) {
      p.short_name = short_name;
    }
    for (const auto& span : o.actor.roles) {
      const std::int64_t from = span.from && span.from->known() ? *span.from->first_day() : std::numeric_limits<std::int64_t>::min();
      const std::int64_t to = span.to && span.to->known() ? *span.to->last_day() : std::numeric_limits<std::int64_t>::max();
      p.in_office.emplace_back(from, to);
    }
    if (!p.in_office.empty()) people_.push_back(std::move(p));
  }

  const auto& states = kb.states();
  for (std::size_t i = 0; i < states.size(); ++i) {
    const auto& s = states[i];
    if (s.organization) continue;
    const int index = static_cast<int>(i);
    auto is_this_state = [&](const ingest::GazetteerEntry& e) {
      return (e.tag == Tag::kState || e.tag == Tag::kCity || e.tag == Tag::kMetonym) && e.value == index;
    };
    StatePlaces sp{s.code, first_name(s.names, lang_), first_name(s.adjectives, lang_), {}};
    if (!names_one_thing(gazetteer, sp.name, is_this_state)) continue;
    if (!names_one_thing(gazetteer, sp.adjective,
                         [&](const ingest::GazetteerEntry& e) { return e.tag == Tag::kStateAdjective && e.value == index; })) {
      sp.adjective.clear();
    }
    for (const auto& c : s.cities) {
      Place place{first_name(c.names, lang_), c.capital};
      if (names_one_thing(gazetteer, place.name, is_this_state)) sp.cities.push_back(std::move(place));
    }
    if (!sp.cities.empty()) states_.push_back(std::move(sp));
  }
}

const StatePlaces* Roster::state(const graph::StateCode& code) const {
  for (const auto& s : states_) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

bool Roster::in_office(const Person& p, std::int64_t day) {
  return std::any_of(p.in_office.begin(), p.in_office.end(), [&](const auto& r) { return r.first <= day && day <= r.second; });
}

std::optional<graph::Role> Roster::title_role(const Person& p, std::int64_t day) {
  const graph::Date d = graph::Date::from_days(day);
  for (const auto& span : p.official->actor.roles) {
    if ((span.role == graph::Role::kForeignMinister || span.role == graph::Role::kHeadOfGovernment) && span.state == p.state &&
        span.held_on(d)) {
      return span.role;
    }
  }
  return std::nullopt;
}

}  // namespace parley::bench
