#pragma once
// The Gazetteer: one PhraseMatcher per language over everything extraction looks for, the
// language's lexicon and the knowledge base's names, so that a sentence is scanned once.

#include <cstdint>
#include <memory>
#include <set>
#include <tuple>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/kb.hpp"
#include "ingest/lexicon.hpp"
#include "ingest/matcher.hpp"

namespace parley::ingest {

enum class Tag : std::uint8_t {
  kTrigger,         // value: index into lexicon triggers
  kRole,            // value: index into lexicon roles
  kCue,             // value: index into lexicon cues
  kRelativeDay,     // value: offset in days
  kWith,
  kAnd,
  kCounterpart,
  kPronoun,
  kDestination,
  kLocation,
  kThisYear,
  kDemonstrative,
  kPossessive,
  kHomeState,
  kThisCountry,
  kHonorific,
  kClauseBreak,
  kSameDay,
  kGathering,
  kSince,           // "since", "منذ": a date soon after it starts a period, no event's day
  kUntil,           // "until", "حتى": a date right after it ends a period, no event's day
  kFormer,          // "former", "السابق", "бывший": the title next to it is no longer held
  kBetween,         // "between", "بين": "the meeting between A and B" names both participants
  kMonth,           // calendar + month (1-12)
  kWeekday,         // value: 0 = Sunday
  kOrdinal,         // value: day of month
  kPerson,          // value: index into kb officials; full name
  kPersonShort,     // value: index into kb officials; surname or other short form
  kState,           // value: index into kb states (states and organizations)
  kStateAdjective,  // value: index into kb states
  kMetonym,         // value: index into kb states
  kCity,            // value: state index; sub: city index
};
std::string_view to_string(Tag t);

struct GazetteerEntry {
  Tag tag;
  int value = 0;
  int sub = 0;  // kMonth: calendar (ingest::Calendar); kCity: city index
};

struct TaggedMatch {
  std::size_t begin = 0;  // span in the normalised text
  std::size_t end = 0;
  GazetteerEntry entry;
};

class Gazetteer {
 public:
  // Builds the matcher for `lang` from its lexicon and the knowledge base.
  Gazetteer(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const KnowledgeBase> kb);

  // Every match in text[begin, end), ordered by (begin, end).
  std::vector<TaggedMatch> find(std::string_view normalised, std::size_t begin, std::size_t end) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const KnowledgeBase& kb() const { return *kb_; }
  std::size_t phrase_count() const { return matcher_.phrase_count(); }

 private:
  void add(std::string_view phrase, GazetteerEntry entry);

  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const KnowledgeBase> kb_;
  PhraseMatcher matcher_;
  std::vector<GazetteerEntry> entries_;
  std::vector<const ProcliticWord*> proclitics_;  // by PhraseMatch::proclitic - 1
  std::set<std::tuple<std::string, Tag, int, int>> added_;  // while building only
};

// Splits a sentence's matches into modality cues and the rest, and of the rest keeps the longest
// matches that do not overlap (ties: the earlier one); matches with exactly the span of a kept one
// are kept too (one name, several people). Cues are a separate layer, since "رفته بود" is both a
// visit trigger and a background cue. `kept` comes out in text order.
void select_matches(std::vector<TaggedMatch> all, std::vector<TaggedMatch>& kept, std::vector<TaggedMatch>& cues);

}  // namespace parley::ingest
