#pragma once
// A language's lexicon: the words extraction looks for, as data (ingest/lexicon/<lang>.json).
// Adding a language is writing its file; grammar that words cannot express lives in small
// per-language hooks in the extractor.

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor.hpp"
#include "graph/interaction.hpp"
#include "ingest/calendars.hpp"

namespace parley::ingest {

// What a modality cue says about the event it governs. Every kind but kBackground blocks the edge.
enum class Cue { kFuture, kPlanned, kInvited, kProposed, kDenied, kNegated, kHypothetical, kBackground };
std::string_view to_string(Cue c);
std::optional<Cue> parse_cue(std::string_view s);

struct TriggerWord {
  graph::EdgeType type;
  std::string phrase;
  // A nominal trigger ("دیدار", "phone call", "visit") states an event only together with a verb
  // or a past-tense context; a verbal one ("met", "دیدار کرد") states it by itself.
  bool nominal = false;
  // A verb of conversation in general ("گفتگو کرد", "held talks"): an in-person meeting unless a
  // phone-call trigger in the same sentence says the talk was that call.
  bool generic = false;
  // "با حضور", "attended by": the people named were present where the event took place, which
  // is a visit for those from another state.
  bool presence = false;
};

struct RoleWord {
  graph::Role role;
  std::string phrase;
  bool plural = false;  // "وزرای خارجه", "foreign ministers"
};

struct RelativeDay {
  int offset_days = 0;  // 0 today/tonight, -1 yesterday, -7 last week (week precision as day)
  std::string phrase;
};

// A proclitic written joined to the next word (Arabic "و", "ب", "ل", "لل"; see
// PhraseMatcher::add_proclitic) and what it marks on the name or title it is joined to.
struct ProcliticWord {
  std::string form;
  std::string restores;  // what the joining drops of the next word: "ال" for "لل"
  bool marks_and = false;          // "و": coordination
  bool marks_with = false;         // "ب": "اجتمع بالرئيس", met with the president
  bool marks_location = false;     // "ب": "بالرياض", in Riyadh
  bool marks_destination = false;  // "ل": "زيارته لطهران", his visit to Tehran
  bool marks_purpose = false;      // "ل": "لبحث", to discuss: the verbal noun after it is no event
};

struct CueWord {
  Cue cue;
  std::string phrase;
};

class Lexicon {
 public:
  // The built-in lexicon of a language ("fa", "en", ...); nullptr when there is none.
  // Throws DataFileError when the file is malformed.
  static std::shared_ptr<const Lexicon> builtin(std::string_view lang);
  // Parses a lexicon document; `name` is used in errors.
  static Lexicon parse(std::string_view json_text, const std::string& name);

  std::string lang;
  std::vector<TriggerWord> triggers;
  std::vector<RoleWord> roles;
  std::vector<CueWord> cues;
  std::vector<RelativeDay> relative_days;
  std::vector<std::string> with_words;         // "با", "with": marks the other participant
  std::vector<std::string> and_words;          // "و", "and": coordination
  std::vector<std::string> counterpart_words;  // "همتای", "counterpart"
  std::vector<std::string> pronouns;           // "وی", "او", "he", "she"
  std::vector<std::string> destination_words;  // "به", "to": before a visit destination
  std::vector<std::string> location_words;     // "در", "in", "at": before where something happened
  std::vector<std::string> this_year_words;    // "سالجاری", "this year"
  std::vector<std::string> demonstratives;     // "این", "this": "this meeting" is one already told
  std::vector<std::string> possessives;        // "his", "خود": transparent between a name and its title
  std::vector<std::string> this_country_words; // "این کشور", "the country": the state last named
  std::vector<std::string> honorifics;         // "آیت الله", "Sheikh": transparent before a name
  std::vector<std::string> clause_breaks;      // "while", "در حالی که": a trigger's participants stay on its side
  std::vector<std::string> same_day;           // "the same day", "همان روز": the day of the event just told
  std::vector<std::string> gatherings;         // "summit", "اجلاس": where its place is named, later meetings were
  std::vector<std::string> since_words;        // "since", "منذ": the date after it is when a period began
  std::vector<std::string> until_words;        // "until", "حتى": the date right after it is when a period ends
  std::vector<std::string> former_words;       // "former", "السابق": right before or after a title, no longer held
  std::vector<std::string> between_words;      // "between", "بين": after a meeting noun, its participants
  std::vector<std::string> home_state_words;   // "کشورمان" ("our country"): the article's home state
  std::vector<std::string> stopwords;          // frequent words that are never a surname alone
  std::vector<ProcliticWord> proclitics;       // Arabic: words joined to the next one
  // Month names per calendar, index 0 = first month; each month may have several spellings.
  std::array<std::vector<std::string>, 12> gregorian_months;
  std::array<std::vector<std::string>, 12> jalali_months;
  std::array<std::vector<std::string>, 12> hijri_months;
  std::array<std::vector<std::string>, 7> weekdays;  // 0 = Sunday
  std::vector<std::string> ordinals;                  // day-of-month words, index 0 = 1st ("اول")
  std::vector<std::string> ordinal_links;             // between an ordinal day and its month ("السادس من نوفمبر")
  // What a name right after a title is: English "Foreign Minister Sergey Lavrov" names the holder
  // (apposition); Persian "نماینده ویژه پوتین" is "Putin's special envoy" (possessor, by ezafe).
  bool title_then_name_is_possessor = false;
  // Dates in figures: "19/12/2023" is day first except in American English ("12/19/2023"), and a
  // year of 1300-1500 is Solar Hijri in Persian ("1402/08/12"), Hijri in Arabic ("21/7/1434هـ").
  bool numeric_month_first = false;
  // Punctuation that ends a clause within a sentence: ':' everywhere, ';' where it is not a list
  // separator (Arabic, Persian).
  std::string clause_punctuation = ":";
  std::optional<Calendar> era_calendar;
  // How many words before and after a trigger each kind of cue reaches (within the trigger's
  // clause); kinds not given use the engine's defaults.
  std::map<Cue, std::pair<int, int>> cue_reach;
};

}  // namespace parley::ingest
