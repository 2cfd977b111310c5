#pragma once
// The actor references of one sentence, built from its matches: people by name, titles bound to
// their state before or after them ("Russian Foreign Minister", "وزیر خارجه روسیه"), appositions,
// possessors (Persian "نماینده ویژه پوتین"), counterparts, pronouns and places, with the
// prepositions and coordination that mark them ("با"/"with", "به"/"to", "در"/"in", lists).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor.hpp"
#include "graph/date.hpp"
#include "graph/ids.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/kb.hpp"
#include "ingest/lexicon.hpp"

namespace parley::ingest::detail {

// Number of words between two positions (spaces crossed).
int words_between(std::string_view text, std::size_t a, std::size_t b);

// The gap between two spans is empty or only links a title to its state or a name to its title:
// spaces, commas, quote marks ("«X» وزیر خارجه"), and the short words "of", "the", "'s", "کشور".
bool linked(std::string_view text, std::size_t a, std::size_t b);

enum class RefKind { kPerson, kRole, kCounterpart, kPronoun, kPlace };

struct Ref {
  RefKind kind = RefKind::kPerson;
  std::size_t begin = 0, end = 0;  // normalised span of the whole group ("Russian Foreign Minister Sergey Lavrov")
  std::vector<int> officials;      // kPerson: knowledge-base candidates
  graph::Role role = graph::Role::kOther;        // kRole: the office
  std::optional<graph::StateCode> state;  // kRole / kCounterpart: the state; kPlace: the place's state
  bool organization = false;       // kPlace: an organization, never a destination
  std::string city;                // kPlace: English city name
  bool with_marked = false;        // introduced by "با" / "with" (or coordinated with such)
  bool destination_marked = false; // introduced by "به" / "to" (or coordinated with such)
  bool location_marked = false;    // introduced by "در" / "in" / "at"
  bool coordinated = false;        // joined to the previous reference by "and" or a comma
  bool plural = false;             // kRole: a plural title ("the foreign ministers")
  bool former = false;             // kRole: "former", "السابق", "бывший": not the holder on the day
  bool possessor = false;          // kPerson: joined by "ل" to the title before it ("لأولمرت", of Olmert)
  std::optional<graph::ActorId> fixed;    // already known (the two ministers of the last call)
  std::string fixed_how;           // why, for explain
  std::string surface;
};

// A possessor ("المندوب الخاص لأولمرت", Olmert's special envoy) names whose the title is, and takes
// no part in the event itself.
inline bool is_person_like(const Ref& r) { return r.kind != RefKind::kPlace && !r.possessor; }

// What the article tells about the sentence's references.
struct SentenceContext {
  const std::vector<graph::ActorId>& seen;     // officials named so far, most recent last
  graph::Date published;                       // decides who a surname alone may be
  std::optional<graph::StateCode> home_state;  // "کشورمان", "our country"
  std::optional<graph::StateCode> last_state;  // "این کشور", "the country"
};

// The references of a sentence whose kept (non-overlapping) matches are `matches`, in text order.
std::vector<Ref> build_refs(std::string_view text, const std::vector<TaggedMatch>& matches, const KnowledgeBase& kb,
                            const Lexicon& lex, const SentenceContext& context);

}  // namespace parley::ingest::detail
