#include "ingest/gazetteer.hpp"

#include <algorithm>
#include <array>

#include "ingest/calendars.hpp"
#include "ingest/name_forms.hpp"
#include "ingest/normalizer.hpp"

namespace parley::ingest {

std::string_view to_string(Tag t) {
  static constexpr std::array<std::string_view, 32> kNames = {
      "trigger",  "role",        "cue",          "relative_day", "with",          "and",
      "counterpart", "pronoun",  "destination",  "location",     "this_year",     "demonstrative",
      "possessive", "home_state", "this_country", "honorific",   "clause_break",  "same_day",
      "gathering", "since",      "until",        "former",       "between",      "month",      "weekday",      "ordinal",      "person",        "person_short",
      "state",    "state_adjective", "metonym",  "city"};
  return kNames[static_cast<std::size_t>(t)];
}

namespace {
bool usable_short_name(std::string_view name, const std::set<std::string>& function_words) {
  const std::string key = Normalizer::instance().phrase_key(name);
  std::size_t letters = 0;
  for (unsigned char c : key) letters += (c & 0xC0) != 0x80;
  // Two-letter surnames exist ("Xi"), but in Arabic script two letters are mostly particles.
  const bool arabic_script = !key.empty() && static_cast<unsigned char>(key[0]) >= 0xD8 && static_cast<unsigned char>(key[0]) <= 0xDB;
  return letters >= (arabic_script ? 3u : 2u) && function_words.count(key) == 0;
}
}  // namespace

void Gazetteer::add(std::string_view phrase, GazetteerEntry entry) {
  const std::string key = Normalizer::instance().phrase_key(phrase);
  if (key.empty()) return;
  // Spellings that normalise alike ("وزیر امورخارجه", "وزیر امور خارجه") are one phrase.
  if (!added_.emplace(key, entry.tag, entry.value, entry.sub).second) return;
  entries_.push_back(entry);
  matcher_.add(key, static_cast<std::uint32_t>(entries_.size() - 1));
}

Gazetteer::Gazetteer(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const KnowledgeBase> kb)
    : lexicon_(std::move(lexicon)), kb_(std::move(kb)) {
  const Lexicon& lex = *lexicon_;
  for (std::size_t i = 0; i < lex.triggers.size(); ++i) add(lex.triggers[i].phrase, {Tag::kTrigger, static_cast<int>(i)});
  for (std::size_t i = 0; i < lex.roles.size(); ++i) add(lex.roles[i].phrase, {Tag::kRole, static_cast<int>(i)});
  for (std::size_t i = 0; i < lex.cues.size(); ++i) add(lex.cues[i].phrase, {Tag::kCue, static_cast<int>(i)});
  for (const auto& r : lex.relative_days) add(r.phrase, {Tag::kRelativeDay, r.offset_days});
  for (const auto& w : lex.with_words) add(w, {Tag::kWith});
  for (const auto& w : lex.and_words) add(w, {Tag::kAnd});
  for (const auto& w : lex.counterpart_words) add(w, {Tag::kCounterpart});
  for (const auto& w : lex.pronouns) add(w, {Tag::kPronoun});
  for (const auto& w : lex.destination_words) add(w, {Tag::kDestination});
  for (const auto& w : lex.location_words) add(w, {Tag::kLocation});
  for (const auto& w : lex.this_year_words) add(w, {Tag::kThisYear});
  for (const auto& w : lex.demonstratives) add(w, {Tag::kDemonstrative});
  for (const auto& w : lex.possessives) add(w, {Tag::kPossessive});
  for (const auto& w : lex.home_state_words) add(w, {Tag::kHomeState});
  for (const auto& w : lex.this_country_words) add(w, {Tag::kThisCountry});
  for (const auto& w : lex.honorifics) add(w, {Tag::kHonorific});
  for (const auto& w : lex.clause_breaks) add(w, {Tag::kClauseBreak});
  for (const auto& w : lex.same_day) add(w, {Tag::kSameDay});
  for (const auto& w : lex.gatherings) add(w, {Tag::kGathering});
  for (const auto& w : lex.since_words) add(w, {Tag::kSince});
  for (const auto& w : lex.until_words) add(w, {Tag::kUntil});
  for (const auto& w : lex.former_words) add(w, {Tag::kFormer});
  for (const auto& w : lex.between_words) add(w, {Tag::kBetween});
  for (const auto& p : lex.proclitics) {
    const auto& n = Normalizer::instance();
    if (matcher_.add_proclitic(n.phrase_key(p.form), n.phrase_key(p.restores)) != 0) proclitics_.push_back(&p);
  }
  const std::array<std::pair<Calendar, const std::array<std::vector<std::string>, 12>*>, 3> calendars = {{
      {Calendar::kGregorian, &lex.gregorian_months},
      {Calendar::kJalali, &lex.jalali_months},
      {Calendar::kHijri, &lex.hijri_months},
  }};
  for (const auto& [calendar, months] : calendars) {
    for (int m = 0; m < 12; ++m) {
      for (const auto& name : (*months)[static_cast<std::size_t>(m)]) {
        add(name, {Tag::kMonth, m + 1, static_cast<int>(calendar)});
      }
    }
  }
  for (int d = 0; d < 7; ++d) {
    for (const auto& name : lex.weekdays[static_cast<std::size_t>(d)]) add(name, {Tag::kWeekday, d});
  }
  for (std::size_t d = 0; d < lex.ordinals.size(); ++d) add(lex.ordinals[d], {Tag::kOrdinal, static_cast<int>(d + 1)});

  // Names of the article's language and English only: Persian and Arabic share a script, and a
  // Persian city name can be an Arabic word ("مدینه" vs "مدينة" = city), as "Cannes" is "كان" =
  // was. Persian articles also get the Arabic spellings: Persian press writes Arab names the
  // Arabic way, and Persian text has no such collisions with them.
  const auto ours = [&lex](const std::string& lang) { return lang == lex.lang || lang == "en" || (lex.lang == "fa" && lang == "ar"); };
  const auto& states = kb_->states();
  for (std::size_t i = 0; i < states.size(); ++i) {
    const int si = static_cast<int>(i);
    add(states[i].label, {Tag::kState, si});
    for (const auto& [lang, names] : states[i].names) {
      if (!ours(lang)) continue;
      for (const auto& n : names) add(n, {Tag::kState, si});
    }
    for (const auto& [lang, names] : states[i].adjectives) {
      if (!ours(lang)) continue;
      for (const auto& n : names) add(n, {Tag::kStateAdjective, si});
    }
    for (const auto& [lang, names] : states[i].metonyms) {
      if (!ours(lang)) continue;
      for (const auto& n : names) add(n, {Tag::kMetonym, si});
    }
    for (std::size_t c = 0; c < states[i].cities.size(); ++c) {
      const auto& city = states[i].cities[c];
      add(city.label, {Tag::kCity, si, static_cast<int>(c)});
      for (const auto& [lang, names] : city.names) {
        if (!ours(lang)) continue;
        for (const auto& n : names) add(n, {Tag::kCity, si, static_cast<int>(c)});
      }
    }
  }
  // A surname alone must not be a word of the lexicon ("Ba" written "با" is Persian "with",
  // "Jomaa" written "جمعه" is "Friday") nor a place name ("Chính" written "چین" is China).
  std::set<std::string> function_words;
  for (const auto& entry : added_) function_words.insert(std::get<0>(entry));  // lexicon and places, so far
  for (const auto& w : lex.stopwords) function_words.insert(Normalizer::instance().phrase_key(w));

  // People's names of the article's language and English (a Latin name may be quoted).
  const auto& officials = kb_->officials();
  for (std::size_t i = 0; i < officials.size(); ++i) {
    for (const auto& [lang, names] : officials[i].actor.names) {
      if (!ours(lang)) continue;
      for (const auto& n : names) {
        add(n, {Tag::kPerson, static_cast<int>(i)});
        if (lang == "ru" && lex.lang == "ru") {
          for (const auto& form : russian_name_forms(n)) add(form, {Tag::kPerson, static_cast<int>(i)});
        }
      }
    }
    add(officials[i].actor.label, {Tag::kPerson, static_cast<int>(i)});
    for (const auto& [lang, names] : officials[i].short_names) {
      if (!ours(lang)) continue;
      for (const auto& n : names) {
        if (!usable_short_name(n, function_words)) continue;
        add(n, {Tag::kPersonShort, static_cast<int>(i)});
        if (lang == "ru" && lex.lang == "ru") {
          for (const auto& form : russian_name_forms(n)) {
            if (usable_short_name(form, function_words)) add(form, {Tag::kPersonShort, static_cast<int>(i)});
          }
        }
      }
    }
  }
  added_.clear();
}

std::vector<TaggedMatch> Gazetteer::find(std::string_view normalised, std::size_t begin, std::size_t end) const {
  std::vector<TaggedMatch> out;
  std::size_t last_proclitic = std::string_view::npos;
  for (const auto& m : matcher_.find_all(normalised, begin, end)) {
    const ProcliticWord* w = m.proclitic == 0 ? nullptr : proclitics_[m.proclitic - 1];
    const GazetteerEntry& entry = entries_[m.value];
    if (w && w->marks_purpose && entry.tag == Tag::kTrigger) continue;
    out.push_back({m.begin, m.end, entry});
    if (!w) continue;
    // The proclitic says what a preposition or "and" would: "بالرياض" is "in Riyadh".
    const std::size_t at = m.begin - matcher_.proclitic_size(m.proclitic);
    if (at == last_proclitic) continue;
    last_proclitic = at;
    const std::array<std::pair<bool, Tag>, 4> marks = {
        {{w->marks_and, Tag::kAnd}, {w->marks_with, Tag::kWith}, {w->marks_location, Tag::kLocation}, {w->marks_destination, Tag::kDestination}}};
    for (const auto& [marked, tag] : marks) {
      if (marked) out.push_back({at, m.begin, {tag}});
    }
  }
  if (last_proclitic != std::string_view::npos) {
    std::stable_sort(out.begin(), out.end(), [](const TaggedMatch& a, const TaggedMatch& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
  }
  return out;
}

// Keeps the longest matches that do not overlap (ties: the earlier one); matches with exactly
// the span of a kept one are kept too (one name, several people). Cues are a separate layer:
// "رفته بود" is both a visit trigger and a background cue.
void select_matches(std::vector<TaggedMatch> all, std::vector<TaggedMatch>& kept, std::vector<TaggedMatch>& cues) {
  std::vector<TaggedMatch> rest;
  for (auto& m : all) (m.entry.tag == Tag::kCue ? cues : rest).push_back(m);
  std::stable_sort(rest.begin(), rest.end(), [](const TaggedMatch& a, const TaggedMatch& b) {
    return (a.end - a.begin) != (b.end - b.begin) ? (a.end - a.begin) > (b.end - b.begin) : a.begin < b.begin;
  });
  for (const auto& m : rest) {
    const bool clash = std::any_of(kept.begin(), kept.end(), [&](const TaggedMatch& k) {
      const bool same_span = m.begin == k.begin && m.end == k.end;
      // One span may stand for several people, but for one title or one word of any other kind.
      const bool person = m.entry.tag == Tag::kPerson || m.entry.tag == Tag::kPersonShort;
      return (m.begin < k.end && k.begin < m.end && !same_span) || (same_span && !person && m.entry.tag == k.entry.tag);
    });
    if (!clash) kept.push_back(m);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const TaggedMatch& a, const TaggedMatch& b) { return a.begin < b.begin; });
}

}  // namespace parley::ingest
