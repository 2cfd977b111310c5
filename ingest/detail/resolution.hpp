#pragma once
// Resolution: who the references of a sentence are, on the event's date, given what the article
// has told so far (the ArticleContext): names, offices held on a date, counterparts, pronouns,
// plural titles, and officials learned from appositions.

#include <map>
#include <functional>
#include <optional>
#include <set>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include "graph/actor.hpp"
#include "graph/article.hpp"
#include "graph/date.hpp"
#include "graph/ids.hpp"
#include "graph/interaction.hpp"
#include "ingest/detail/sentence_refs.hpp"
#include "ingest/kb.hpp"
#include "ingest/lexicon.hpp"
#include "ingest/normalizer.hpp"
#include "ingest/segmenter.hpp"

namespace parley::ingest::detail {

using graph::ActorId;
using graph::Date;
using graph::EdgeType;
using graph::Role;
using graph::StateCode;

struct Resolved {
  ActorId id;
  std::optional<StateCode> state;
  std::string how;  // for explain: "name", "role at date", "counterpart", "pronoun", "placeholder"
};


// What the article has told so far, carried from sentence to sentence.
struct ArticleContext {
  ArticleContext(const KnowledgeBase& k, const Lexicon& l, const graph::Article& a) : kb(k), lex(l), article(a) {}

  const KnowledgeBase& kb;
  const Lexicon& lex;
  const graph::Article& article;
  std::optional<Resolved> salient;         // the official the text is about (pronouns, subjectless clauses)
  // The first officials the whole article names, in order (computed when first needed): whose
  // headline "Telephone conversation with the President of France" is, before any is named.
  std::function<const std::vector<Resolved>&()> story_officials;
  std::vector<ActorId> seen;               // officials resolved so far, most recent last
  // The explicit date of the previous sentence that made edges: a narrative goes on on that day
  // ("Amir-Abdollahian arrived in Doha yesterday. He met ... there.").
  std::optional<Date> carried_date;
  // The explicit date of the last event the article dated, in any sentence before ("the same day").
  std::optional<Date> last_event_date;
  // The officials of each call or meeting: "the two ministers" / "وزرای خارجه" without a state
  // refer back to the last pair holding that office.
  std::vector<std::vector<Resolved>> pairs;
  // Officials learned from appositions in this article, and the phrase keys that name them.
  std::vector<graph::Actor> learned;
  std::vector<std::pair<std::string, ActorId>> learned_keys;
  // The state of the first official the article names: whose "our president" / "کشورمان" it is,
  // and whose officials a bare title ("the foreign minister") means first.
  std::optional<StateCode> home_state;
  // Ids of the meetings made from a generic talk verb ("گفتگو کرد", "held talks"), which turn out
  // to be a phone call when the article reports a call between the same two officials.
  std::set<std::string> generic_talks;
  // The mentions (sentence span and trigger) of events the text gave no date: dated by the
  // publication day only for want of one.
  std::set<std::tuple<std::size_t, std::size_t, std::string>> undated_mentions;
  // The city of the dateline ("CAIRO, 29 May (RIA) -", "رام الله 27-7-2022 وفا-"): where the
  // story's meetings of the publication day took place, when it is abroad and no other place is named.
  std::optional<graph::Location> dateline;
  // Where the story's last meeting took place, who met there and when.
  struct CarriedPlace {
    graph::Location location;
    std::set<std::string> actors;
    Date date;
    bool gathering = false;  // a summit or conference: its day's other meetings were there too
  };
  std::optional<CarriedPlace> carried_location;
  // Where each traveller was last said to go ("arrived on Sunday" names no place).
  std::map<std::string, graph::Location> last_destination;
  // The state the text named last ("this country" refers to it).
  std::optional<StateCode> last_state;
};

const Official* official_of(const KnowledgeBase& kb, const ActorId& id);
// The highest office `id` held for its own state on `date` (for counterparts and plural titles).
std::optional<Role> role_on(const KnowledgeBase& kb, const ActorId& id, const Date& date);
// Whoever held the office on the date: the single holder, one the article named, or a placeholder
// ("role:foreign_minister@QAT").
std::optional<Resolved> by_office(const ArticleContext& ctx, Role role, const StateCode& state, const Date& date);
// Who a reference is on `date`; `subject` is the other side for counterparts. nullopt: nobody.
std::optional<Resolved> resolve(const ArticleContext& ctx, const Ref& r, const Date& date, const std::optional<Resolved>& subject);

// Passes over a sentence's references before its triggers are read:
// "the two ministers" -> the last pair of the article holding that office;
void expand_plural_titles(const ArticleContext& ctx, std::vector<Ref>& refs);
// a name next to a title -> a known official (another spelling) or a learned one;
void learn_from_appositions(ArticleContext& ctx, std::vector<Ref>& refs, const NormalizedText& norm, const std::string& lang,
                            const Date& date);
// later mentions of officials learned earlier in the article;
void add_learned_mentions(const ArticleContext& ctx, std::string_view text, const Span& sentence, std::vector<Ref>& refs);
// "با وی" (with him) -> the person the sentence named before.
void bind_object_pronouns(const ArticleContext& ctx, std::vector<Ref>& refs);

}  // namespace parley::ingest::detail
