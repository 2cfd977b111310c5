#include "ingest/rule_extractor.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "ingest/date_expressions.hpp"
#include "ingest/detail/actor_records.hpp"
#include "ingest/detail/article_passes.hpp"
#include "ingest/detail/modality.hpp"
#include "ingest/detail/resolution.hpp"
#include "ingest/detail/sentence_refs.hpp"
#include "ingest/language.hpp"
#include "ingest/normalizer.hpp"
#include "ingest/search_keys.hpp"
#include "ingest/segmenter.hpp"

namespace parley::ingest {

namespace {

using namespace detail;
using graph::ActorId;
using graph::Date;
using graph::EdgeType;
using graph::Role;
using graph::StateCode;

// ---------------------------------------------------------------------------------------------
// Output

std::string describe(const graph::Interaction& i) {
  std::string s(graph::to_string(i.type));
  s += " " + i.source.str() + " -- " + i.target.str() + " " + (i.date.known() ? i.date.iso() : "date unknown");
  if (!i.location.city.empty()) s += " in " + i.location.city;
  return s;
}



std::string quote(std::string_view text, std::size_t b, std::size_t e) { return "'" + std::string(text.substr(b, e - b)) + "'"; }

// The date of an event: the nearest date expression of its sentence; else the publication day,
// unless the sentence is background (pluperfect, "earlier"), whose date is unknown.
std::pair<Date, std::string> event_date(const ArticleContext& ctx, const TaggedMatch& t, const std::vector<DateExpression>& dates,
                                        bool background, std::pair<std::size_t, std::size_t> clause) {
  const DateExpression* best = nullptr;
  std::size_t best_gap = 0;
  for (const auto& d : dates) {
    // "Speaking on Monday, X said: '... met ...'": a date of another clause dates something else.
    if (d.bound() || d.begin < clause.first || d.end > clause.second) continue;
    const std::size_t gap = d.end <= t.begin ? t.begin - d.end : (d.begin >= t.end ? d.begin - t.end : 0);
    if (!best || gap < best_gap) {
      best = &d;
      best_gap = gap;
    }
  }
  if (best) return {best->date, best->kind};
  if (background) return {Date::unknown(), "background, no date"};
  if (ctx.carried_date) return {*ctx.carried_date, "date of the previous sentence"};
  return {ctx.article.published, "publication day"};
}

graph::Mention make_mention(const ArticleContext& ctx, const NormalizedText& norm, const Span& sentence, const TaggedMatch& t,
                            const std::string& lang) {
  const auto [b, e] = norm.original_span(sentence.begin, sentence.end);
  const auto [tb, te] = norm.original_span(t.begin, t.end);
  graph::Mention m;
  m.article = ctx.article.id;
  m.text = ctx.article.text.substr(b, e - b);
  m.start = b;
  m.end = e;
  m.lang = lang;
  m.trigger = ctx.article.text.substr(tb, te - tb);
  return m;
}

// "this meeting", "این دیدار": a nominal trigger right after a demonstrative is an event the text
// already told, not a new one.

// In Latin script a surname alone is a name only when capitalised in the original text
// ("Rice met Abbas" but not "rice prices"; "bin Mubarak" has its capital further in).
void drop_uncapitalised_surnames(std::vector<TaggedMatch>& matches, const NormalizedText& norm, const std::string& original) {
  matches.erase(std::remove_if(matches.begin(), matches.end(),
                               [&](const TaggedMatch& m) {
                                 if (m.entry.tag != Tag::kPersonShort) return false;
                                 const char first = original[norm.src_begin[m.begin]];
                                 if (first < 'a' || first > 'z') return false;
                                 // "bin Mubarak", "al-Jubeir": a capital further in will do.
                                 const auto [b, e] = norm.original_span(m.begin, m.end);
                                 return std::none_of(original.begin() + b, original.begin() + e, [](char c) { return c >= 'A' && c <= 'Z'; });
                               }),
                matches.end());
}

// "the meeting held yesterday in Paris ... between A and B", "دیدار میان A و B": the people
// named after a between-word within a few words after a meeting noun, up to the next trigger or
// clause break, are its participants, whatever clause the noun stands in (a title and the name
// it introduces may be two references of one person). Empty unless there are two.
std::vector<Ref> between_participants(std::string_view text, const std::vector<TaggedMatch>& matches, const std::vector<Ref>& refs,
                                      const TaggedMatch& t) {
  constexpr int kReach = 15;  // words from the noun to "between"
  const TaggedMatch* between = nullptr;
  for (const auto& m : matches) {
    if (m.begin < t.end) continue;
    if (m.entry.tag == Tag::kTrigger || words_between(text, t.end, m.begin) > kReach) break;
    if (m.entry.tag == Tag::kBetween) {
      between = &m;
      break;
    }
  }
  std::vector<Ref> out;
  if (!between) return out;
  std::size_t stop = text.size();
  for (const auto& m : matches) {
    if (m.begin >= between->end && (m.entry.tag == Tag::kTrigger || m.entry.tag == Tag::kClauseBreak)) {
      stop = m.begin;
      break;
    }
  }
  for (const auto& r : refs) {
    if (r.begin < between->end || !is_person_like(r)) continue;
    if (r.begin >= stop) break;
    // A title then a name with no "and" between is that person's title ("the head of the
    // Presidential Council of the Government of National Accord, Fayez al-Sarraj").
    if (!out.empty() && out.back().kind == RefKind::kRole && r.kind == RefKind::kPerson && !r.coordinated) out.pop_back();
    out.push_back(r);
  }
  if (out.size() < 2) out.clear();
  return out;
}

void process_sentence(ArticleContext& ctx, std::string_view text, const NormalizedText& norm, const Span& sentence,
                      const std::vector<TaggedMatch>& matches, const std::vector<TaggedMatch>& cues,
                      const std::vector<DateExpression>& dates, const std::vector<Ref>& refs, Extraction& out,
                      SentenceTrace* trace) {
  const bool background = has_background_cue(ctx.lex, cues);
  const bool has_call = std::any_of(matches.begin(), matches.end(), [&](const TaggedMatch& m) {
    return m.entry.tag == Tag::kTrigger && ctx.lex.triggers[static_cast<std::size_t>(m.entry.value)].type == EdgeType::kCalled;
  });
  // Where the sentence's meetings took place (a call has none): a city introduced by "in"/"در" or
  // "to"/"به", else a state introduced by "in"/"در" shortly after a meeting trigger ("on the
  // sidelines of the meeting in China"), else the place of the story's last meeting (a summit
  // report names the city once).
  graph::Location meeting_location;
  const bool gathering = std::any_of(matches.begin(), matches.end(), [](const TaggedMatch& m) { return m.entry.tag == Tag::kGathering; });
  const bool has_meeting_trigger = std::any_of(matches.begin(), matches.end(), [&](const TaggedMatch& m) {
    if (m.entry.tag == Tag::kGathering) return true;  // "the summit in Addis Ababa"
    return m.entry.tag == Tag::kTrigger && ctx.lex.triggers[static_cast<std::size_t>(m.entry.value)].type == EdgeType::kMet &&
           !blocking_cue(ctx.lex, text, m, cues, clause_around(ctx.lex, text, sentence, matches, m));
  });
  for (const auto& r : refs) {
    if (r.kind == RefKind::kPlace && !r.city.empty() && (r.location_marked || r.destination_marked)) {
      meeting_location = {r.city, r.state};
      break;
    }
  }
  for (const auto& t : matches) {
    if (t.entry.tag != Tag::kTrigger || ctx.lex.triggers[static_cast<std::size_t>(t.entry.value)].type != EdgeType::kMet) continue;
    for (const auto& r : refs) {
      if (!meeting_location.empty()) break;
      if (r.kind == RefKind::kPlace && r.city.empty() && r.location_marked && !r.organization && r.begin > t.end &&
          words_between(text, t.end, r.begin) <= 8) {
        meeting_location = {"", r.state};
      }
    }
  }
  if (!meeting_location.empty() && !background && has_meeting_trigger) {
    // A summit sentence may name the place and nobody yet: later meetings of that day were there.
    ctx.carried_location =
        ArticleContext::CarriedPlace{meeting_location, {}, dates.empty() ? ctx.article.published : dates.front().date, gathering};
  }
  std::optional<Resolved> first_subject;
  std::size_t edges_made = 0;
  std::optional<Date> explicit_used;
  std::optional<Ref> previous_subject;  // of the sentence's last trigger that had one
  for (const auto& t : matches) {
    if (t.entry.tag != Tag::kTrigger) continue;
    const TriggerWord& tw = ctx.lex.triggers[static_cast<std::size_t>(t.entry.value)];
    const std::string label = std::string(graph::to_string(tw.type)) + " " + quote(text, t.begin, t.end);
    if (auto cue = blocking_cue(ctx.lex, text, t, cues, clause_around(ctx.lex, text, sentence, matches, t))) {
      if (trace) trace->rejected.push_back(label + ": " + *cue);
      continue;
    }
    if (tw.nominal && refers_back(matches, cues, t, text)) {
      if (trace) trace->rejected.push_back(label + ": 'this/that' refers to an event already told");
      continue;
    }
    if (tw.generic && has_call) {
      if (trace) trace->rejected.push_back(label + ": the talk is the phone call of this sentence");
      continue;
    }
    // The trigger's clause ("A called B while C met D"): its participants and its date stay on its
    // side. A clause without a subject of its own ("X, who arrived in ...") takes the nearest one
    // before; after a ';' ("X arrived ... at Y's invitation; and met Z") the last clause's subject.
    auto [clause_begin, clause_end] = clause_around(ctx.lex, text, sentence, matches, t);
    // "the meeting, which took place on Saturday in Bali, ...", "اللقاء الذي جرى أمس بباريس": a
    // relative clause right after a meeting noun tells of that meeting.
    if (tw.nominal && clause_end < sentence.end && text.substr(t.end, clause_end - t.end).find_first_not_of(" ,") == std::string_view::npos) {
      for (const auto& m : matches) {
        if (m.entry.tag == Tag::kClauseBreak && m.begin == clause_end) clause_end = clause_around(ctx.lex, text, sentence, matches, m).second;
      }
    }
    auto [date, date_how] = event_date(ctx, t, dates, background, {clause_begin, clause_end});
    if (date_how == "publication day" && explicit_used) {
      date = *explicit_used;  // "arrived yesterday ...; and met": the narrative's day goes on
      date_how = "date of the previous clause";
    }
    std::vector<Ref> local;
    const Ref* before_clause = nullptr;
    for (const auto& r : refs) {
      if (r.begin >= clause_begin && r.end <= clause_end) local.push_back(r);
      if (r.end <= clause_begin && is_person_like(r) && !r.with_marked) before_clause = &r;
    }
    bool named_between = false;
    if (tw.nominal && tw.type != EdgeType::kVisited) {
      if (auto named = between_participants(text, matches, refs, t); !named.empty()) {
        local = std::move(named);
        named_between = true;
      }
    }
    const bool after_punctuation = clause_begin > sentence.begin && text[clause_begin - 1] == ';';
    if (after_punctuation && previous_subject) before_clause = &*previous_subject;
    if (before_clause && std::none_of(local.begin(), local.end(), [&](const Ref& r) {
          return r.begin < t.begin && is_person_like(r) && !r.with_marked;
        })) {
      local.insert(local.begin(), *before_clause);
    }
    // The date came from the text itself (what a following sentence without one inherits).
    const bool explicit_date = date_how != "publication day" && date_how != "date of the previous sentence" &&
                               date_how != "date of the previous clause" && date.known();

    // The subject: the first participant that no preposition introduces, before the trigger if
    // there is one; else the official the text is about (pronoun-less, subjectless sentences).
    graph::Interaction base;
    base.date = date;
    base.confidence = tw.nominal ? 0.7 : 0.9;
    base.mentions.push_back(make_mention(ctx, norm, sentence, t, out.lang));
    if (date_how == "publication day") {
      const auto& m = base.mentions.back();
      ctx.undated_mentions.emplace(m.start, m.end, m.trigger);
    }
    if (tw.presence) {
      // Everyone named was where the event took place: the sentence's city, else a state after "in".
      const Ref* place = nullptr;
      for (const auto& r : refs) {
        if (r.kind == RefKind::kPlace && !r.organization && !r.city.empty()) {
          place = &r;
          break;
        }
      }
      for (const auto& r : refs) {
        if (!place && r.kind == RefKind::kPlace && !r.organization && r.location_marked) place = &r;
      }
      std::size_t made = 0;  // NOLINT(bugprone-shadow): the presence branch counts its own
      for (const auto& r : refs) {
        if (!place || !is_person_like(r) || r.begin < t.begin) continue;
        auto who = resolve(ctx, r, date, std::nullopt);
        if (!who || (who->state && *who->state == *place->state)) continue;
        graph::Interaction v = base;
        v.type = EdgeType::kVisited;
        v.source = who->id;
        v.target = ActorId::for_state(*place->state);
        v.location = {place->city, place->state};
        if (trace) trace->edges.push_back(describe(v) + " [present at an event there; date: " + date_how + "]");
        add_interaction(out.interactions, std::move(v));
        ++made;
      }
      if (made == 0 && trace) trace->rejected.push_back(label + ": nobody from abroad named, or no place");
      edges_made += made;
      continue;
    }
    // The nearest participant before the trigger that no preposition introduces: the first one
    // of a coordination ("A and B met"), and in "X welcomed Y, who arrived in ..." Y.
    const Ref* subject_ref = nullptr;
    for (const auto& r : local) {
      if (r.begin >= t.begin) break;
      if (!is_person_like(r) || r.with_marked) continue;
      if (!subject_ref || !r.coordinated) subject_ref = &r;
    }
    for (const auto& r : local) {
      if (subject_ref) break;
      if (is_person_like(r) && !r.with_marked) subject_ref = &r;
    }
    std::optional<Resolved> subject;
    if (subject_ref) subject = resolve(ctx, *subject_ref, date, std::nullopt);
    // An unresolvable nearest candidate ("his counterpart" before we know whose): the one before it.
    for (auto it = local.rbegin(); !subject && subject_ref && it != local.rend(); ++it) {
      if (it->begin >= t.begin || &*it == subject_ref || !is_person_like(*it) || it->with_marked) continue;
      if (auto res = resolve(ctx, *it, date, std::nullopt)) {
        subject = res;
        subject_ref = &*it;
      }
    }
    if (!subject && ctx.salient) {
      subject = ctx.salient;
      subject->how = "salient official (no subject in the sentence)";
      subject_ref = nullptr;
    }
    if (!subject && ctx.story_officials) {
      // Before anyone is named: the official the story names first, unless named here already.
      std::set<int> here;
      for (const auto& r : local) here.insert(r.officials.begin(), r.officials.end());
      for (const auto& o : ctx.story_officials()) {
        const auto* official = official_of(ctx.kb, o.id);
        const auto index = official ? static_cast<int>(official - ctx.kb.officials().data()) : -1;
        if (here.count(index)) continue;
        subject = o;
        break;
      }
    }
    if (!subject) {
      if (trace) trace->rejected.push_back(label + ": no official as subject");
      continue;
    }
    if (subject_ref) previous_subject = *subject_ref;
    if (trace && subject_ref) trace->mentions.push_back("'" + subject_ref->surface + "' -> " + subject->id.str() + " (" + subject->how + ")");
    if (!first_subject && subject_ref) first_subject = subject;

    std::size_t made = 0;

    if (tw.type == EdgeType::kVisited) {
      std::set<std::string> states_done;
      // Destinations: places introduced by "به"/"to", or named within a few words after the
      // trigger ("visited Qatar", "سفری به چهار کشور منطقه شامل عراق"), and the lists they head.
      // A place introduced by "به"/"to" outranks one merely nearby ("سفرش به عربستان پس از
      // توافق پکن": Saudi Arabia, not Beijing).
      // So does one right after the trigger ("trip to Ukraine since the start of Russia's war").
      const bool any_marked = std::any_of(local.begin(), local.end(), [&](const Ref& r) {
        if (r.kind != RefKind::kPlace || r.organization) return false;
        const bool right_after = r.begin >= t.end && text.substr(t.end, r.begin - t.end).find_first_not_of(' ') == std::string_view::npos;
        return right_after || (r.destination_marked && words_between(text, t.begin, r.begin) <= 12);
      });
      // Verb-first sentences ("وصل الوزير ... أنقرة", arrived the minister ... Ankara) put the
      // subject between the verb and its object: the object is near the subject's end.
      const std::size_t object_from = subject_ref && subject_ref->begin >= t.end ? subject_ref->end : t.end;
      bool previous_taken = false;
      for (const auto& r : local) {
        if (r.kind != RefKind::kPlace) {
          previous_taken = false;
          continue;
        }
        const bool just_after = r.begin >= t.end && text.substr(t.end, r.begin - t.end).find_first_not_of(' ') == std::string_view::npos;
        const bool near_after = just_after || (!any_marked && r.begin >= object_from && words_between(text, object_from, r.begin) <= 6);
        // "the Beijing visit", "his Moscow trip": a place right before a visit noun.
        const bool right_before = tw.nominal && !any_marked && r.end <= t.begin && t.begin - r.end <= 1;
        const bool taken = (r.destination_marked && words_between(text, t.begin, r.begin) <= 12) || near_after || right_before ||
                           (previous_taken && r.coordinated);
        previous_taken = taken;
        if (!taken || r.organization || !r.state) continue;
        if (subject->state && *subject->state == *r.state) continue;  // being at home is no visit
        if (!states_done.insert(r.state->str()).second) continue;
        graph::Interaction v = base;
        v.type = EdgeType::kVisited;
        v.source = subject->id;
        v.target = ActorId::for_state(*r.state);
        v.location = {r.city, r.state};
        ctx.last_destination[subject->id.str()] = v.location;
        if (trace) trace->edges.push_back(describe(v) + " [date: " + date_how + "]");
        add_interaction(out.interactions, std::move(v));
        ++made;
      }
      // "Blinken arrived on Sunday": no place named, so where this traveller was last said to go.
      const bool no_place = std::none_of(local.begin(), local.end(), [](const Ref& r) { return r.kind == RefKind::kPlace; });
      if (made == 0 && !tw.nominal && no_place) {
        if (auto it = ctx.last_destination.find(subject->id.str()); it != ctx.last_destination.end()) {
          graph::Interaction v = base;
          v.type = EdgeType::kVisited;
          v.source = subject->id;
          v.target = ActorId::for_state(*it->second.state);
          v.location = it->second;
          if (trace) trace->edges.push_back(describe(v) + " [the traveller's destination told before; date: " + date_how + "]");
          add_interaction(out.interactions, std::move(v));
          ++made;
        }
      }
      if (made == 0 && trace) trace->rejected.push_back(label + ": no destination named");
      edges_made += made;
      if (made && explicit_date) explicit_used = date;
      continue;
    }

    // called / met: the subject with every other official of the clause.
    std::vector<Resolved> participants{*subject};
    std::vector<Resolved> compatriots;
    std::set<std::string> done{subject->id.str()};
    for (const auto& r : local) {
      if (&r == subject_ref || !is_person_like(r)) continue;
      auto other = resolve(ctx, r, date, subject);
      if (!other) {
        if (trace) trace->mentions.push_back("'" + r.surface + "' -> unresolved");
        continue;
      }
      if (trace) trace->mentions.push_back("'" + r.surface + "' -> " + other->id.str() + " (" + other->how + ")");
      if (!done.insert(other->id.str()).second) continue;
      if (subject->state && other->state && *subject->state == *other->state) {
        // Officials of one state meeting each other is domestic politics, not a diplomatic contact,
        // unless rivals meet abroad ("the meeting in Paris between Sarraj and Haftar"): kept aside
        // until the place is known.
        if (named_between) compatriots.push_back(*other);
        if (trace && !named_between) trace->rejected.push_back(label + ": " + subject->id.str() + " and " + other->id.str() + " serve the same state");
        continue;
      }
      participants.push_back(*other);
    }
    if (participants.size() < 2 && compatriots.empty()) {
      if (trace) trace->rejected.push_back(label + ": no counterpart named");
      continue;
    }
    // Where the meeting was: the sentence's place, else the story's last meeting place when this
    // meeting shares a participant or the day with it.
    graph::Location location;
    if (tw.type == EdgeType::kMet) {
      location = meeting_location;
      const auto& carried = ctx.carried_location;
      if (location.empty() && !background && carried &&
          ((carried->gathering && carried->date == date) || std::any_of(participants.begin(), participants.end(),
                                                [&](const Resolved& p) { return carried->actors.count(p.id.str()) > 0; }))) {
        location = carried->location;
      }
      // A dateline abroad is the travelling press corps': the story's meetings of the day were
      // there. One at home is the newsroom's, and says nothing of where the meeting was.
      const auto home = ctx.home_state ? ctx.home_state : subject->state;
      if (location.empty() && !background && ctx.dateline && date == ctx.article.published && home && ctx.dateline->state != home) {
        location = *ctx.dateline;
      }
      if (location.state && subject->state && *location.state != *subject->state) {
        participants.insert(participants.end(), compatriots.begin(), compatriots.end());
      }
      if (!location.empty() && !background) {
        std::set<std::string> ids;
        for (const auto& p : participants) ids.insert(p.id.str());
        const bool at_gathering = gathering || (carried && carried->gathering && carried->location == location);
        ctx.carried_location = ArticleContext::CarriedPlace{location, std::move(ids), date, at_gathering};
      }
    }
    if (participants.size() < 2) {
      if (trace) trace->rejected.push_back(label + ": the compatriots named met at home");
      continue;
    }
    for (std::size_t k = 1; k < participants.size(); ++k) {
      const Resolved& other = participants[k];
      graph::Interaction e = base;
      e.type = tw.type;
      e.source = subject->id;
      e.target = other.id;
      e.location = location;
      if (other.how == "placeholder" || other.how == "role at date" || other.how == "counterpart") e.confidence *= 0.9;
      if (trace) trace->edges.push_back(describe(e) + " [date: " + date_how + "]");
      if (tw.generic) ctx.generic_talks.insert(e.id());
      add_interaction(out.interactions, std::move(e));
      ctx.pairs.push_back({*subject, other});
      ++made;
    }
    edges_made += made;
    if (explicit_date) explicit_used = date;
    // Meeting in person in a foreign city is a visit there.
    if (tw.type == EdgeType::kMet && location.state) {
      for (const auto& p : participants) {
        if (!p.state || *p.state == *location.state) continue;
        graph::Interaction v = base;
        v.type = EdgeType::kVisited;
        v.source = p.id;
        v.target = ActorId::for_state(*location.state);
        v.location = location;
        v.confidence *= 0.8;
        if (trace) trace->edges.push_back(describe(v) + " [implied by meeting in " + (location.city.empty() ? location.state->str() : location.city) + "]");
        add_interaction(out.interactions, std::move(v));
      }
    }
  }

  // Salience: the sentence's subject, or its first named official, is who the next sentences
  // are about; every resolved official is remembered for bare titles and ambiguous names.
  if (!first_subject) {
    for (const auto& r : refs) {
      if (r.kind == RefKind::kPerson && !r.with_marked) {
        first_subject = resolve(ctx, r, ctx.article.published, std::nullopt);
        break;
      }
    }
  }
  for (const auto& r : refs) {
    if (r.kind != RefKind::kPerson && !(r.kind == RefKind::kRole && r.state)) continue;
    if (auto res = resolve(ctx, r, ctx.article.published, std::nullopt); res && res->id.scheme() == "person") {
      ctx.seen.erase(std::remove(ctx.seen.begin(), ctx.seen.end(), res->id), ctx.seen.end());
      ctx.seen.push_back(res->id);
    }
  }
  if (first_subject && first_subject->id.scheme() == "person") ctx.salient = first_subject;
  if (!ctx.home_state && first_subject && first_subject->id.scheme() == "person") ctx.home_state = first_subject->state;
  if (edges_made > 0) ctx.carried_date = explicit_used;
  if (explicit_used) ctx.last_event_date = explicit_used;
}

// The first officials an article names by full name, or by a surname when they held a leading
// office on the publication day (the prominence a surname alone needs), in order of appearance.
std::vector<Resolved> officials_named_first(const Gazetteer& gaz, const NormalizedText& norm, const std::vector<Span>& sentences,
                                            const Date& published) {
  constexpr std::size_t kWanted = 3;
  const auto& officials = gaz.kb().officials();
  auto prominent = [&](const Official& o) {
    return std::any_of(o.actor.roles.begin(), o.actor.roles.end(), [&](const graph::RoleSpan& r) {
      return (r.role == Role::kHeadOfState || r.role == Role::kHeadOfGovernment || r.role == Role::kForeignMinister) && r.held_on(published);
    });
  };
  std::vector<Resolved> out;
  for (const Span& original : sentences) {
    std::vector<TaggedMatch> kept, cues;
    select_matches(gaz.find(norm.text, norm.normalized_offset(original.begin), norm.normalized_offset(original.end)), kept, cues);
    for (const auto& m : kept) {
      if (m.entry.tag != Tag::kPerson && m.entry.tag != Tag::kPersonShort) continue;
      const Official& o = officials[static_cast<std::size_t>(m.entry.value)];
      if (m.entry.tag == Tag::kPersonShort && !prominent(o)) continue;
      if (std::any_of(out.begin(), out.end(), [&](const Resolved& r) { return r.id == o.actor.id; })) continue;
      out.push_back({o.actor.id, o.actor.state, "the official the story names first"});
      if (out.size() == kWanted) return out;
    }
  }
  return out;
}

// A dateline: the sentence opens with a city followed by a comma, a parenthesis, a dash or a
// date ("MOSCOW, Nov 3 (Reuters) -", "КАИР, 29 мая – РИА Новости", "تهران- ایرنا-").
std::optional<graph::Location> dateline_place(std::string_view text, const Span& sentence, const std::vector<Ref>& refs) {
  if (refs.empty() || refs.front().kind != RefKind::kPlace || refs.front().city.empty() || refs.front().organization) return std::nullopt;
  const Ref& city = refs.front();
  std::size_t lead = sentence.begin;
  while (lead < city.begin && !is_word_char_at(text, lead)) ++lead;
  if (lead != city.begin) return std::nullopt;
  std::size_t after = city.end;
  while (after < sentence.end && text[after] == ' ') ++after;
  if (after >= sentence.end) return std::nullopt;
  const std::string_view rest = text.substr(after, 3);
  const bool mark = rest[0] == ',' || rest[0] == '(' || rest[0] == '-' || (rest[0] >= '0' && rest[0] <= '9') ||
                    rest == "\u2013" || rest == "\u2014";
  if (!mark) return std::nullopt;
  return graph::Location{city.city, city.state};
}

// The actors the interactions refer to, with their normalised names for search.
void collect_actors(const detail::ActorRecords& records, const std::vector<graph::Actor>& learned, Extraction& out) {
  std::vector<const ActorId*> done;  // a handful per article: a scan beats a set of copied strings
  for (const auto& i : out.interactions) {
    for (const ActorId* id : {&i.source, &i.target}) {
      if (std::any_of(done.begin(), done.end(), [&](const ActorId* d) { return *d == *id; })) continue;
      done.push_back(id);
      if (auto record = records.find(*id)) {
        out.actors.push_back(std::move(record));
        continue;
      }
      for (const auto& a : learned) {
        if (a.id != *id) continue;
        out.actors.push_back(graph::share(a, search_keys(a)));
        break;
      }
    }
  }
}

}  // namespace

RuleExtractor::RuleExtractor(std::shared_ptr<const KnowledgeBase> kb)
    : kb_(std::move(kb)), actor_records_(std::make_unique<detail::ActorRecords>(*kb_)) {}

RuleExtractor::~RuleExtractor() = default;

const Gazetteer* RuleExtractor::gazetteer(std::string_view lang) const {
  std::lock_guard lock(mutex_);
  if (auto it = gazetteers_.find(lang); it != gazetteers_.end()) return it->second.get();
  auto lex = Lexicon::builtin(lang);
  auto& slot = gazetteers_[std::string(lang)];
  if (lex) slot = std::make_unique<Gazetteer>(lex, kb_);
  return slot.get();
}

Extraction RuleExtractor::extract(const graph::Article& article, bool with_trace) const {
  Extraction out;
  out.lang = article.lang.empty() || article.lang == "auto" ? detect_language(article.text) : article.lang;
  const Gazetteer* gaz = gazetteer(out.lang);
  if (!gaz) return out;
  const Lexicon& lex = gaz->lexicon();
  const NormalizedText norm = Normalizer::instance().normalize(article.text);
  const std::string_view text = norm.text;
  ArticleContext ctx(*kb_, lex, article);

  int sentence_number = 0;
  std::optional<std::vector<Resolved>> story_officials;
  ctx.story_officials = [&]() -> const std::vector<Resolved>& {
    if (!story_officials) story_officials = officials_named_first(*gaz, norm, split_sentences(article.text, out.lang), article.published);
    return *story_officials;
  };
  // Sentences are found in the original text: case folding would hide the capital letter that
  // tells ICU a new sentence starts ("... Qin Gang. Blinken met ...").
  for (const Span& original : split_sentences(article.text, out.lang)) {
    const Span sentence{norm.normalized_offset(original.begin), norm.normalized_offset(original.end)};
    if (sentence.begin >= sentence.end) continue;
    std::vector<TaggedMatch> matches, cues;
    select_matches(gaz->find(text, sentence.begin, sentence.end), matches, cues);
    const auto [orig_begin, orig_end] = norm.original_span(sentence.begin, sentence.end);
    SentenceTrace trace;
    if (with_trace) {
      trace.text = article.text.substr(orig_begin, orig_end - orig_begin);
      trace.start = orig_begin;
      trace.end = orig_end;
      for (const auto& m : matches) {
        trace.matches.push_back(std::string(to_string(m.entry.tag)) + " '" + std::string(text.substr(m.begin, m.end - m.begin)) + "'");
      }
      for (const auto& m : cues) {
        trace.matches.push_back("cue:" + std::string(to_string(lex.cues[static_cast<std::size_t>(m.entry.value)].cue)) + " '" +
                                std::string(text.substr(m.begin, m.end - m.begin)) + "'");
      }
    }
    auto dates = find_dates(text, sentence.begin, sentence.end, matches, article.published, lex);
    // "the same day", "همان روز": the day of the event just told.
    for (const auto& m : matches) {
      if (m.entry.tag == Tag::kSameDay && (ctx.carried_date || ctx.last_event_date || article.published.known())) {
        // The day the sentence named before it ("arrived on Sunday and held talks the same day"),
        // else the day of the event just told.
        const DateExpression* before = nullptr;
        for (const auto& d : dates) {
          if (d.end <= m.begin && d.kind != "same day") before = &d;
        }
        const Date day = before ? before->date : ctx.carried_date.value_or(ctx.last_event_date.value_or(article.published));
        dates.push_back({m.begin, m.end, day, "same day"});
      }
    }
    if (with_trace) {
      for (const auto& d : dates) {
        trace.dates.push_back("'" + std::string(text.substr(d.begin, d.end - d.begin)) + "' -> " + d.date.iso() + " (" + d.kind + ")");
      }
    }
    drop_uncapitalised_surnames(matches, norm, article.text);
    std::vector<Ref> refs = build_refs(text, matches, *kb_, lex, {ctx.seen, article.published, ctx.home_state, ctx.last_state});
    constexpr int kDatelineSentences = 10;  // a page's menu lines may come before the story
    if (!ctx.dateline && sentence_number++ < kDatelineSentences) ctx.dateline = dateline_place(text, sentence, refs);
    for (const auto& r : refs) {
      if (r.kind == RefKind::kPlace && !r.organization) ctx.last_state = r.state;
    }
    add_learned_mentions(ctx, text, sentence, refs);
    learn_from_appositions(ctx, refs, norm, out.lang, dates.empty() ? article.published : dates.front().date);
    expand_plural_titles(ctx, refs);
    bind_object_pronouns(ctx, refs);
    process_sentence(ctx, text, norm, sentence, matches, cues, dates, refs, out, with_trace ? &trace : nullptr);
    if (with_trace) out.trace.push_back(std::move(trace));
  }
  settle_article(ctx, out);
  collect_actors(*actor_records_, ctx.learned, out);
  return out;
}

}  // namespace parley::ingest
