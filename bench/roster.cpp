#include "bench/roster.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <string_view>

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

// Russian place names in the cases a sentence needs. The knowledge base lists the case forms
// of a name without saying which is which, so candidates are made by the regular endings of
// nouns and adjectives (UTF-8: a Cyrillic letter is two bytes) and the first one the knowledge
// base lists is taken.
enum class RuCase { kGenitive, kAccusative, kPrepositional };

bool ends_with(std::string_view w, std::string_view tail) { return w.size() >= tail.size() && w.substr(w.size() - tail.size()) == tail; }

std::vector<std::string> russian_word_forms(const std::string& w, RuCase c) {
  auto ending = [&](std::size_t drop, std::initializer_list<std::string_view> ends) {
    std::vector<std::string> out;
    for (auto e : ends) out.push_back(w.substr(0, w.size() - drop) + std::string(e));
    return out;
  };
  const bool gen = c == RuCase::kGenitive, acc = c == RuCase::kAccusative;
  if (ends_with(w, "ая")) return acc ? ending(4, {"ую"}) : ending(4, {"ой"});
  if (ends_with(w, "яя")) return acc ? ending(4, {"юю"}) : ending(4, {"ей"});
  if (ends_with(w, "ый") || ends_with(w, "ой")) return acc ? ending(0, {""}) : gen ? ending(4, {"ого"}) : ending(4, {"ом"});
  if (ends_with(w, "ий")) return acc ? ending(0, {""}) : gen ? ending(2, {"я"}) : ending(2, {"и", "е"});
  if (ends_with(w, "ые")) return acc ? ending(0, {""}) : ending(4, {"ых"});
  if (ends_with(w, "ие")) return acc ? ending(0, {""}) : ending(4, {"их"});
  if (ends_with(w, "ия")) return acc ? ending(2, {"ю"}) : ending(2, {"и"});
  if (ends_with(w, "а")) return acc ? ending(2, {"у"}) : gen ? ending(2, {"ы", "и"}) : ending(2, {"е"});
  if (ends_with(w, "я")) return acc ? ending(2, {"ю"}) : gen ? ending(2, {"и"}) : ending(2, {"е", "и"});
  if (ends_with(w, "ь")) return acc ? ending(0, {""}) : gen ? ending(2, {"и", "я"}) : ending(2, {"и", "е"});
  if (ends_with(w, "й")) return acc ? ending(0, {""}) : gen ? ending(2, {"я"}) : ending(2, {"е"});
  if (ends_with(w, "ы")) return acc ? ending(0, {""}) : gen ? ending(2, {"", "ов"}) : ending(2, {"ах"});
  for (std::string_view v : {"о", "е", "и", "у", "ю", "э", "ё"}) {
    if (ends_with(w, v)) return {w};
  }
  // A consonant, or not a lower-case Cyrillic letter at all ("США": indeclinable).
  const bool cyrillic_lower = w.size() >= 2 && (static_cast<unsigned char>(w[w.size() - 2]) == 0xD0 || static_cast<unsigned char>(w[w.size() - 2]) == 0xD1) &&
                              !(static_cast<unsigned char>(w[w.size() - 2]) == 0xD0 && static_cast<unsigned char>(w.back()) < 0xB0);
  if (!cyrillic_lower || acc) return {w};
  return gen ? ending(0, {"а"}) : ending(0, {"е"});
}

std::optional<std::string> russian_case(const std::string& name, RuCase c, const std::vector<std::string>& listed) {
  std::vector<std::string> words;
  for (std::size_t start = 0; start <= name.size();) {
    const auto space = std::min(name.find(' ', start), name.size());
    words.push_back(name.substr(start, space - start));
    start = space + 1;
  }
  std::vector<std::string> candidates{""};
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::vector<std::string> next;
    for (const auto& prefix : candidates) {
      for (const auto& f : russian_word_forms(words[k], c)) next.push_back(prefix + (k ? " " : "") + f);
    }
    candidates = std::move(next);
  }
  for (const auto& cand : candidates) {
    if (cand == name || std::find(listed.begin(), listed.end(), cand) != listed.end()) return cand;
  }
  return std::nullopt;
}

// "на Кубе", "во Франции", "в Египте".
std::string russian_in(const std::string& name, const std::string& prepositional) {
  static const std::vector<std::string_view> kIslands = {"Куба",    "Кипр",      "Мальта", "Ямайка",  "Гаити",    "Маврикий",
                                                         "Шри-Ланка", "Филиппины", "Мальдивы", "Багамы", "Барбадос", "Сейшелы",
                                                         "Фиджи",   "Тайвань",   "Бали",   "Мадагаскар"};
  if (std::find(kIslands.begin(), kIslands.end(), name) != kIslands.end()) return "на";
  // "во" before в or ф and a consonant: "во Франции", "во Владивостоке".
  if ((prepositional.rfind("В", 0) == 0 || prepositional.rfind("Ф", 0) == 0) && prepositional.size() >= 4) {
    static const std::vector<std::string_view> kVowels = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"};
    const std::string second = prepositional.substr(2, 2);
    if (std::find(kVowels.begin(), kVowels.end(), second) == kVowels.end()) return "во";
  }
  return "в";
}

std::optional<CaseForms> russian_forms(const std::string& name, const std::vector<std::string>& listed) {
  auto gen = russian_case(name, RuCase::kGenitive, listed);
  auto acc = russian_case(name, RuCase::kAccusative, listed);
  auto prep = russian_case(name, RuCase::kPrepositional, listed);
  if (!gen || !acc || !prep) return std::nullopt;
  return CaseForms{*gen, *acc, *prep, russian_in(name, *prep)};
}

const std::vector<std::string>& names_in(const ingest::NamesByLang& names, const std::string& lang) {
  static const std::vector<std::string> kNone;
  auto it = names.find(lang);
  return it == names.end() ? kNone : it->second;
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
    StatePlaces sp{s.code, first_name(s.names, lang_), first_name(s.adjectives, lang_), {}, {}};
    if (!names_one_thing(gazetteer, sp.name, is_this_state)) continue;
    // In Russian a place is used only when its case forms are known and read as this state.
    auto russian_ok = [&](const std::string& name, const ingest::NamesByLang& names, CaseForms& forms) {
      if (lang_ != "ru") return true;
      const auto f = russian_forms(name, names_in(names, lang_));
      if (!f) return false;
      for (const auto* form : {&f->genitive, &f->accusative, &f->prepositional}) {
        if (!names_one_thing(gazetteer, *form, is_this_state)) return false;
      }
      forms = *f;
      return true;
    };
    if (!russian_ok(sp.name, s.names, sp.forms)) continue;
    if (!names_one_thing(gazetteer, sp.adjective,
                         [&](const ingest::GazetteerEntry& e) { return e.tag == Tag::kStateAdjective && e.value == index; })) {
      sp.adjective.clear();
    }
    for (const auto& c : s.cities) {
      Place place{first_name(c.names, lang_), c.capital, {}};
      if (names_one_thing(gazetteer, place.name, is_this_state) && russian_ok(place.name, c.names, place.forms)) {
        sp.cities.push_back(std::move(place));
      }
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
