#include "ingest/rule_extractor.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "ingest/apposition.hpp"
#include "ingest/date_expressions.hpp"
#include "ingest/language.hpp"
#include "ingest/normalizer.hpp"
#include "ingest/segmenter.hpp"

namespace parley::ingest {

namespace {

using graph::ActorId;
using graph::Date;
using graph::EdgeType;
using graph::Role;
using graph::StateCode;

// Number of words between two positions (spaces crossed).
int words_between(std::string_view text, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  int n = 0;
  for (std::size_t i = a; i < b; ++i) n += text[i] == ' ';
  return n;
}

// The gap between two spans is empty or only links a title to its state or a name to its title:
// spaces, commas, quote marks ("«X» وزیر خارجه"), and the short words "of", "the", "'s", "کشور".
bool linked(std::string_view text, std::size_t a, std::size_t b) {
  if (a > b) return false;
  std::string gap(text.substr(a, b - a));
  for (std::string_view w : {"'s", "of the", "of", "the", "کشور", "دولت"}) {
    for (auto pos = gap.find(w); pos != std::string::npos; pos = gap.find(w)) gap.replace(pos, w.size(), " ");
  }
  return gap.find_first_not_of(" ,\"") == std::string::npos && b - a < 24;
}

// ---------------------------------------------------------------------------------------------
// Actor references of one sentence

enum class RefKind { kPerson, kRole, kCounterpart, kPronoun, kPlace };

struct Ref {
  RefKind kind = RefKind::kPerson;
  std::size_t begin = 0, end = 0;  // normalised span of the whole group ("Russian Foreign Minister Sergey Lavrov")
  std::vector<int> officials;      // kPerson: knowledge-base candidates
  Role role = Role::kOther;        // kRole: the office
  std::optional<StateCode> state;  // kRole / kCounterpart: the state; kPlace: the place's state
  bool organization = false;       // kPlace: an organization, never a destination
  std::string city;                // kPlace: English city name
  bool with_marked = false;        // introduced by "با" / "with" (or coordinated with such)
  bool destination_marked = false; // introduced by "به" / "to" (or coordinated with such)
  bool location_marked = false;    // introduced by "در" / "in" / "at"
  bool coordinated = false;        // joined to the previous reference by "and" or a comma
  bool plural = false;             // kRole: a plural title ("the foreign ministers")
  std::optional<ActorId> fixed;    // already known (the two ministers of the last call)
  std::string fixed_how;           // why, for explain
  std::string surface;
};

struct Resolved {
  ActorId id;
  std::optional<StateCode> state;
  std::string how;  // for explain: "name", "role at date", "counterpart", "pronoun", "placeholder"
};

class SentenceRefs {
 public:
  // `seen` and `published` decide whether a surname alone is a name here (see accept_short).
  SentenceRefs(std::string_view text, const std::vector<TaggedMatch>& m, const KnowledgeBase& kb, const Lexicon& lex,
               const std::vector<ActorId>& seen, const Date& published, std::optional<StateCode> home_state,
               std::optional<StateCode> last_state)
      : text_(text), m_(m), kb_(kb), roles_(lex.roles), possessor_(lex.title_then_name_is_possessor), seen_(seen),
        published_(published), home_state_(std::move(home_state)), last_state_(std::move(last_state)) {
    build();
  }
  std::vector<Ref> refs;

 private:
  bool is_place(std::size_t i) const {
    const Tag t = m_[i].entry.tag;
    return t == Tag::kState || t == Tag::kStateAdjective || t == Tag::kMetonym;
  }
  std::optional<StateCode> code_of(std::size_t i) const { return kb_.states()[static_cast<std::size_t>(m_[i].entry.value)].code; }
  std::string surface(std::size_t b, std::size_t e) const { return std::string(text_.substr(b, e - b)); }

  // Only spaces and honorifics ("با حجت الاسلام حسن روحانی", "with Sheikh Tamim") between a and b.
  bool clear_gap(std::size_t a, std::size_t b) const {
    if (a > b) return false;
    std::string gap(text_.substr(a, b - a));
    for (const auto& m : m_) {
      if (m.entry.tag == Tag::kHonorific && m.begin >= a && m.end <= b) gap.replace(m.begin - a, m.end - m.begin, std::string(m.end - m.begin, ' '));
    }
    return gap.find_first_not_of(" \"") == std::string::npos;
  }

  // "from" / "of" between a counterpart and its state.
  bool linked_from(std::size_t a, std::size_t b) const {
    const std::string_view gap = text_.substr(a, b - a);
    return gap == " from " || gap == " of " || gap == " in " || linked(text_, a, b);
  }

  bool given_name_of_next(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < m_.size() && m_[j].begin == m_[i].begin) ++j;  // other readings of the same span
    return j < m_.size() && (m_[j].entry.tag == Tag::kPerson || m_[j].entry.tag == Tag::kPersonShort) &&
           m_[j].begin == m_[i].end + 1 && text_[m_[i].end] == ' ';
  }

  // Indices of the places of a list starting at i: "قطر و سوریه", "Iraq, Lebanon and Syria".
  std::vector<std::size_t> place_list(std::size_t i) const {
    std::vector<std::size_t> out{i};
    for (std::size_t j = i + 1; j < m_.size(); ++j) {
      if (m_[j].entry.tag == Tag::kAnd) continue;
      if (m_[j].begin == m_[out.back()].begin) continue;  // another reading of the same name ("Djibouti" the city)
      if (!is_place(j)) break;
      const std::size_t prev_end = m_[out.back()].end;
      std::string gap(text_.substr(prev_end, m_[j].begin - prev_end));
      if (gap.find_first_not_of(" ,") != std::string::npos) {
        // only "and" words may stand between list items (already skipped as matches)
        bool only_and = true;
        for (std::size_t k = out.back() + 1; k < j; ++k) only_and &= m_[k].entry.tag == Tag::kAnd;
        if (!only_and || j - out.back() > 2) break;
      }
      out.push_back(j);
    }
    return out;
  }

  void build() {
    std::vector<bool> used(m_.size(), false);
    for (std::size_t i = 0; i < m_.size(); ++i) {
      if (used[i]) continue;
      const Tag tag = m_[i].entry.tag;
      if (tag == Tag::kRole) {
        build_role(i, used);
      } else if (tag == Tag::kCounterpart) {
        build_counterpart(i, used);
      } else if (tag == Tag::kPersonShort && given_name_of_next(i)) {
        used[i] = true;  // "بارک اوباما": a short form right before another name is a given name
      } else if (tag == Tag::kPerson || tag == Tag::kPersonShort) {
        Ref r;
        r.kind = RefKind::kPerson;
        r.begin = m_[i].begin;
        r.end = m_[i].end;
        for (std::size_t j = i; j < m_.size() && m_[j].begin == m_[i].begin && m_[j].end == m_[i].end; ++j) {
          if (m_[j].entry.tag == Tag::kPerson || (m_[j].entry.tag == Tag::kPersonShort && accept_short(m_[j].entry.value))) {
            r.officials.push_back(m_[j].entry.value);
          }
          used[j] = true;
        }
        if (r.officials.empty()) continue;
        // A state adjective right before a name ("Russian Sergey Lavrov") belongs to it.
        if (!refs.empty() && refs.back().kind == RefKind::kPlace && refs.back().end <= r.begin &&
            m_[i].begin - refs.back().end <= 1 && kb_.state(*refs.back().state) != nullptr) {
          for (std::size_t k = 0; k < i; ++k) {
            if (m_[k].entry.tag == Tag::kStateAdjective && m_[k].begin == refs.back().begin) {
              r.begin = refs.back().begin;
              refs.pop_back();
              break;
            }
          }
        }
        r.surface = surface(r.begin, r.end);
        refs.push_back(std::move(r));
      } else if (tag == Tag::kPronoun) {
        Ref r;
        r.kind = RefKind::kPronoun;
        r.begin = m_[i].begin;
        r.end = m_[i].end;
        r.surface = surface(r.begin, r.end);
        refs.push_back(std::move(r));
      } else if (is_place(i) || tag == Tag::kCity) {
        Ref r;
        r.kind = RefKind::kPlace;
        r.begin = m_[i].begin;
        r.end = m_[i].end;
        // One reference per name: a city-state ("Singapore", "Djibouti") is read as the state.
        std::size_t pick = i;
        for (std::size_t j = i; j < m_.size() && m_[j].begin == m_[i].begin; ++j) {
          if (m_[j].end != m_[i].end) continue;
          // The state's own name wins over a city of that name; a city wins over a metonym
          // ("Tehran" is both the city and a name for Iran's government).
          if (m_[j].entry.tag == Tag::kState || (m_[j].entry.tag == Tag::kCity && m_[pick].entry.tag != Tag::kState)) pick = j;
          used[j] = true;
        }
        const auto& st = kb_.states()[static_cast<std::size_t>(m_[pick].entry.value)];
        r.state = st.code;
        r.organization = st.organization;
        if (m_[pick].entry.tag == Tag::kCity) r.city = st.cities[static_cast<std::size_t>(m_[pick].entry.sub)].label;
        if (!r.organization) last_state_ = r.state;
        r.surface = surface(r.begin, r.end);
        refs.push_back(std::move(r));
      }
    }
    mark_prepositions();
    share_states_across_coordinated_titles();
  }

  // "the president and foreign minister of Afghanistan", "رئیس جمهور و وزیر خارجه افغانستان": a
  // bare title coordinated with a title of a state is of that state too.
  void share_states_across_coordinated_titles() {
    for (std::size_t r = refs.size(); r-- > 1;) {
      Ref& bare = refs[r - 1];
      const Ref& next = refs[r];
      if (bare.kind == RefKind::kRole && !bare.state && !bare.plural && next.kind == RefKind::kRole && next.state &&
          next.coordinated) {
        bare.state = next.state;
      }
    }
  }

  void build_role(std::size_t i, std::vector<bool>& used) {
    const auto& lex_role = m_[i].entry;  // value indexes the lexicon's roles
    used[i] = true;
    Ref r;
    r.kind = RefKind::kRole;
    r.begin = m_[i].begin;
    r.end = m_[i].end;
    r.role = roles_.at(static_cast<std::size_t>(lex_role.value)).role;
    const bool plural = roles_.at(static_cast<std::size_t>(lex_role.value)).plural;
    std::vector<StateCode> states;
    // State before the title: "Russian Foreign Minister", "Qatar's foreign minister".
    if (!refs.empty() && refs.back().kind == RefKind::kPlace && !refs.back().organization && refs.back().city.empty() &&
        linked(text_, refs.back().end, r.begin)) {
      states.push_back(*refs.back().state);
      r.begin = refs.back().begin;
      refs.pop_back();
    }
    // State after the title: "وزیر خارجه روسیه", "foreign minister of Qatar", a list for plurals.
    std::size_t last = i;
    if (states.empty() && i + 1 < m_.size() && m_[i + 1].entry.tag == Tag::kThisCountry && last_state_ &&
        linked(text_, m_[i].end, m_[i + 1].begin)) {
      states.push_back(*last_state_);  // "وزیر خارجه این کشور": the state last named
      used[i + 1] = true;
      last = i + 1;
      r.end = m_[last].end;
    } else if (states.empty() && i + 1 < m_.size() && m_[i + 1].entry.tag == Tag::kHomeState && home_state_ &&
        linked(text_, m_[i].end, m_[i + 1].begin)) {
      states.push_back(*home_state_);  // "رئیس جمهور کشورمان": our president
      used[i + 1] = true;
      last = i + 1;
      r.end = m_[last].end;
    } else if (states.empty() && i + 1 < m_.size() && is_place(i + 1) && linked(text_, m_[i].end, m_[i + 1].begin)) {
      auto list = plural ? place_list(i + 1) : std::vector<std::size_t>{i + 1};
      for (auto j : list) {
        states.push_back(*code_of(j));
        used[j] = true;
      }
      last = list.back();
      r.end = m_[last].end;
      for (std::size_t k = i + 1; k <= last; ++k) used[k] = true;
    }
    // Possessor, title after title: "مشاور ارشد وزیر امور خارجه" is the foreign minister's senior
    // advisor; the second title (with its state) is whose the first is, and no participant.
    if (possessor_ && states.empty() && last + 1 < m_.size() && m_[last + 1].entry.tag == Tag::kRole &&
        m_[last + 1].begin == m_[last].end + 1) {
      std::size_t k = last + 1;
      used[k] = true;
      last = k;
      if (k + 1 < m_.size() && is_place(k + 1) && linked(text_, m_[k].end, m_[k + 1].begin)) {
        states.push_back(*code_of(k + 1));
        used[k + 1] = true;
        last = k + 1;
      }
      r.end = m_[last].end;
    }
    // Possessor: in Persian a name right after a bare title is whose title it is ("نماینده ویژه
    // پوتین", Putin's envoy): the title is of the possessor's state, the possessor no participant.
    const bool name_next = last + 1 < m_.size() &&
                           (m_[last + 1].entry.tag == Tag::kPerson || m_[last + 1].entry.tag == Tag::kPersonShort) &&
                           linked(text_, m_[last].end, m_[last + 1].begin);
    if (possessor_ && states.empty() && name_next) {
      const auto& owner = kb_.officials()[static_cast<std::size_t>(m_[last + 1].entry.value)];
      if (owner.actor.state) states.push_back(*owner.actor.state);
      for (std::size_t k = last + 1; k < m_.size() && m_[k].begin == m_[last + 1].begin; ++k) used[k] = true;
      r.end = m_[last + 1].end;
      last = last + 1;
    }
    // Apposition: a name right before ("سرگئی لاوروف وزیر خارجه روسیه", "Lavrov, Russia's foreign
    // minister") or right after ("Foreign Minister Sergey Lavrov") names the holder: keep the
    // person. A name joined without a comma before wins: in a list "A title, B title" the title
    // after A is A's.
    const bool person_before = !plural && !refs.empty() && refs.back().kind == RefKind::kPerson &&
                               text_.substr(refs.back().end, r.begin - refs.back().end).find_first_not_of(' ') == std::string_view::npos;
    if (!person_before && !plural && last + 1 < m_.size() && (m_[last + 1].entry.tag == Tag::kPerson || m_[last + 1].entry.tag == Tag::kPersonShort) &&
        linked(text_, m_[last].end, m_[last + 1].begin)) {
      const std::size_t group_begin = r.begin;
      for (std::size_t k = last + 1; k < m_.size() && m_[k].begin == m_[last + 1].begin; ++k) used[k] = true;
      Ref p;
      p.kind = RefKind::kPerson;
      p.begin = group_begin;
      p.end = m_[last + 1].end;
      for (std::size_t k = last + 1; k < m_.size() && m_[k].begin == m_[last + 1].begin && m_[k].end == m_[last + 1].end; ++k) {
        if (m_[k].entry.tag == Tag::kPerson || accept_short(m_[k].entry.value)) p.officials.push_back(m_[k].entry.value);
      }
      p.surface = surface(p.begin, p.end);
      if (!p.officials.empty()) {
        refs.push_back(std::move(p));
        return;
      }
    }
    if (!plural && !refs.empty() && refs.back().kind == RefKind::kPerson && linked(text_, refs.back().end, r.begin)) {
      refs.back().end = r.end;  // the title confirms the person before it
      refs.back().surface = surface(refs.back().begin, refs.back().end);
      return;
    }
    r.surface = surface(r.begin, r.end);
    if (states.empty()) {
      r.plural = plural;
      refs.push_back(std::move(r));
      return;
    }
    for (const auto& s : states) {
      // "سران اتحادیه آفریقا", "the leaders of the African Union": a summit, not a person.
      if (plural && kb_.state(s) && kb_.state(s)->organization) continue;
      Ref one = r;
      one.state = s;
      refs.push_back(std::move(one));
    }
  }

  void build_counterpart(std::size_t i, std::vector<bool>& used) {
    used[i] = true;
    Ref r;
    r.kind = RefKind::kCounterpart;
    r.begin = m_[i].begin;
    r.end = m_[i].end;
    if (i + 1 < m_.size() && m_[i + 1].entry.tag == Tag::kStateAdjective && m_[i + 1].begin - m_[i].end <= 1) {
      r.state = code_of(i + 1);  // "همتای روس خود"
      r.end = m_[i + 1].end;
      used[i + 1] = true;
    } else if (i + 1 < m_.size() && is_place(i + 1) && linked_from(m_[i].end, m_[i + 1].begin)) {
      r.state = code_of(i + 1);  // "his counterpart from Spain", "counterpart of Qatar"
      r.end = m_[i + 1].end;
      used[i + 1] = true;
    } else if (!refs.empty() && refs.back().kind == RefKind::kPlace && r.begin - refs.back().end <= 1) {
      r.state = refs.back().state;  // "his Russian counterpart"
      r.begin = refs.back().begin;
      refs.pop_back();
    }
    // "his US counterpart Barack Obama", "همتای روس خود سرگئی لاوروف": the name says who.
    const std::size_t last = r.end == m_[i].end ? i : i + 1;
    if (last + 1 < m_.size() && (m_[last + 1].entry.tag == Tag::kPerson || m_[last + 1].entry.tag == Tag::kPersonShort) &&
        linked(text_, m_[last].end, m_[last + 1].begin)) {
      Ref p;
      p.kind = RefKind::kPerson;
      p.begin = r.begin;
      p.end = m_[last + 1].end;
      for (std::size_t k = last + 1; k < m_.size() && m_[k].begin == m_[last + 1].begin && m_[k].end == m_[last + 1].end; ++k) {
        if (m_[k].entry.tag == Tag::kPerson || accept_short(m_[k].entry.value)) p.officials.push_back(m_[k].entry.value);
        used[k] = true;
      }
      if (!p.officials.empty()) {
        p.surface = surface(p.begin, p.end);
        refs.push_back(std::move(p));
        return;
      }
    }
    r.surface = surface(r.begin, r.end);
    refs.push_back(std::move(r));
  }

  // Marks references introduced by "با"/"with" and by "به"/"to"/"in"; coordination
  // ("با A و B", "to Iraq, Lebanon and Syria") carries the mark along a list.
  void mark_prepositions() {
    for (std::size_t r = 0; r < refs.size(); ++r) {
      for (std::size_t i = 0; i < m_.size(); ++i) {
        if (m_[i].end > refs[r].begin) break;
        const Tag t = m_[i].entry.tag;
        if ((t == Tag::kWith || t == Tag::kDestination || t == Tag::kLocation) && clear_gap(m_[i].end, refs[r].begin)) {
          (t == Tag::kWith ? refs[r].with_marked : t == Tag::kDestination ? refs[r].destination_marked : refs[r].location_marked) = true;
        }
      }
      if (r > 0) {
        // Coordinated: only commas, "and" words and possessives ("and his") stand between them.
        const std::size_t gap_begin = refs[r - 1].end, gap_end = std::max(refs[r].begin, refs[r - 1].end);
        std::string gap(text_.substr(gap_begin, gap_end - gap_begin));
        for (std::size_t i = 0; i < m_.size(); ++i) {
          const Tag t = m_[i].entry.tag;
          if ((t == Tag::kAnd || t == Tag::kPossessive) && m_[i].begin >= gap_begin && m_[i].end <= gap_end) {
            gap.replace(m_[i].begin - gap_begin, m_[i].end - m_[i].begin, std::string(m_[i].end - m_[i].begin, ' '));
          }
        }
        const bool coordinated = gap.find_first_not_of(" ,") == std::string::npos;
        refs[r].coordinated = coordinated;
        if (coordinated && refs[r - 1].kind == RefKind::kPlace && refs[r].kind == RefKind::kPlace) {
          refs[r].destination_marked |= refs[r - 1].destination_marked;
        }
        if (coordinated && refs[r - 1].kind != RefKind::kPlace && refs[r].kind != RefKind::kPlace) {
          refs[r].with_marked |= refs[r - 1].with_marked;
        }
      }
    }
  }

  // A surname alone names someone the article already introduced, or someone prominent at the
  // time (a head of state or government, a foreign minister): a short word that happens to be
  // the surname of a forgotten official is usually just a word.
  bool accept_short(int official) const {
    const auto& o = kb_.officials()[static_cast<std::size_t>(official)];
    if (std::find(seen_.begin(), seen_.end(), o.actor.id) != seen_.end()) return true;
    return std::any_of(o.actor.roles.begin(), o.actor.roles.end(), [&](const graph::RoleSpan& r) {
      return (r.role == Role::kHeadOfState || r.role == Role::kHeadOfGovernment || r.role == Role::kForeignMinister) &&
             r.held_on(published_);
    });
  }

  std::string_view text_;
  const std::vector<TaggedMatch>& m_;
  const KnowledgeBase& kb_;
  const std::vector<RoleWord>& roles_;
  bool possessor_;
  const std::vector<ActorId>& seen_;
  Date published_;
  std::optional<StateCode> home_state_;
  std::optional<StateCode> last_state_;  // the state last named, for "این کشور" / "the country"
};

// ---------------------------------------------------------------------------------------------
// The article-level state of one extraction

struct ArticleContext {
  const KnowledgeBase& kb;
  const Lexicon& lex;
  const graph::Article& article;
  std::optional<Resolved> salient;         // the official the text is about (pronouns, subjectless clauses)
  std::vector<ActorId> seen;               // officials resolved so far, most recent last
  // The explicit date of the previous sentence that made edges: a narrative goes on on that day
  // ("Amir-Abdollahian arrived in Doha yesterday. He met ... there.").
  std::optional<Date> carried_date;
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
  // Where the story's last meeting took place, who met there and when.
  struct CarriedPlace {
    graph::Location location;
    std::set<std::string> actors;
    Date date;
  };
  std::optional<CarriedPlace> carried_location;
  // The state the text named last ("this country" refers to it).
  std::optional<StateCode> last_state;
};

const Official* official_of(const KnowledgeBase& kb, const ActorId& id) { return kb.official(id); }

// The office of `id` for its own state on `date` (for counterparts).
std::optional<Role> role_on(const KnowledgeBase& kb, const ActorId& id, const Date& date) {
  if (const Official* o = official_of(kb, id)) {
    // The highest office held then: a president who also leads a party is a head of state.
    std::optional<Role> best;
    for (const auto& span : o->actor.roles) {
      if (span.held_on(date) && span.state == o->actor.state && (!best || span.role < *best)) best = span.role;
    }
    if (best) return best;
    if (!o->actor.roles.empty()) return o->actor.roles.back().role;
  }
  if (id.scheme() == "role") {
    const std::string_view rest = std::string_view(id.str()).substr(5);
    return graph::parse_role(rest.substr(0, rest.find('@')));
  }
  return std::nullopt;
}

std::optional<Resolved> by_office(const ArticleContext& ctx, Role role, const StateCode& state, const Date& date) {
  auto holders = ctx.kb.holders(role, state, date);
  if (holders.size() > 1) {
    // Prefer one the article already named (the text disambiguates better than the calendar).
    for (auto it = ctx.seen.rbegin(); it != ctx.seen.rend(); ++it) {
      for (const auto* h : holders) {
        if (h->actor.id == *it) return Resolved{h->actor.id, h->actor.state, "role at date"};
      }
    }
  }
  // Offices with one holder at a time (heads of state and government, foreign ministers) name a
  // person; several envoys or advisors at once do not, unless the text named one of them.
  if (holders.size() == 1 || (!holders.empty() && role <= Role::kForeignMinister)) {
    return Resolved{holders.front()->actor.id, holders.front()->actor.state, "role at date"};
  }
  return Resolved{ActorId::for_role(graph::to_string(role), state), state, "placeholder"};
}

std::optional<Resolved> resolve(const ArticleContext& ctx, const Ref& r, const Date& date, const std::optional<Resolved>& subject) {
  if (r.fixed) {
    std::optional<StateCode> state;
    if (const Official* o = official_of(ctx.kb, *r.fixed)) state = o->actor.state;
    for (const auto& a : ctx.learned) {
      if (a.id == *r.fixed) state = a.state;
    }
    return Resolved{*r.fixed, state, r.fixed_how};
  }
  switch (r.kind) {
    case RefKind::kPerson: {
      const auto& officials = ctx.kb.officials();
      const Official* pick = nullptr;
      for (auto it = ctx.seen.rbegin(); it != ctx.seen.rend() && !pick; ++it) {
        for (int k : r.officials) {
          if (officials[static_cast<std::size_t>(k)].actor.id == *it) pick = &officials[static_cast<std::size_t>(k)];
        }
      }
      for (int k : r.officials) {
        if (pick) break;
        const auto& o = officials[static_cast<std::size_t>(k)];
        if (std::any_of(o.actor.roles.begin(), o.actor.roles.end(), [&](const auto& s) { return s.held_on(date); })) pick = &o;
      }
      if (!pick && !r.officials.empty()) pick = &officials[static_cast<std::size_t>(r.officials.front())];
      if (!pick) return std::nullopt;
      return Resolved{pick->actor.id, pick->actor.state, "name"};
    }
    case RefKind::kRole: {
      if (r.state) return by_office(ctx, r.role, *r.state, date);
      // A bare title ("وزیر امور خارجه", "the foreign minister") is the official of the article
      // who holds it: the most recently named one.
      for (const bool home_only : {true, false}) {
        for (auto it = ctx.seen.rbegin(); it != ctx.seen.rend(); ++it) {
          const Official* o = official_of(ctx.kb, *it);
          if (home_only && (!o || !ctx.home_state || o->actor.state != ctx.home_state)) continue;
          if (role_on(ctx.kb, *it, date) == r.role) return Resolved{*it, o ? o->actor.state : std::nullopt, "title of a named official"};
        }
      }
      return std::nullopt;
    }
    case RefKind::kCounterpart: {
      if (!subject || !r.state) return std::nullopt;
      auto role = role_on(ctx.kb, subject->id, date);
      if (!role) return std::nullopt;
      auto res = by_office(ctx, *role, *r.state, date);
      if (res) res->how = "counterpart";
      return res;
    }
    case RefKind::kPronoun:
      if (ctx.salient) return Resolved{ctx.salient->id, ctx.salient->state, "pronoun"};
      return std::nullopt;
    case RefKind::kPlace:
      return std::nullopt;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Modality

// Cues that block an edge, and how far from the trigger they reach (in words).
struct CueScope {
  int before = 0;
  int after = 0;
};

// Within the trigger's clause only, so the reaches can follow verb-final Persian.
CueScope scope_of(Cue c) {
  switch (c) {
    case Cue::kDenied: case Cue::kInvited: case Cue::kHypothetical: case Cue::kProposed:
      return {40, 16};  // "denied reports that ... met", "خبر دیدار A با B را تکذیب کرد"
    case Cue::kFuture: case Cue::kPlanned:
      return {16, 5};   // "will meet", "قرار است A و B ... دیدار کنند", "دیدار خواهد کرد"
    case Cue::kNegated:
      return {4, 12};   // "did not meet", "سفر A به X ... لغو شد"
    case Cue::kBackground:
      return {40, 40};
  }
  return {0, 0};
}

// ---------------------------------------------------------------------------------------------
// Output

void add_interaction(std::vector<graph::Interaction>& out, graph::Interaction inter) {
  inter.canonicalize();
  const std::string id = inter.id();
  for (auto& have : out) {
    if (have.id() == id) {
      have.absorb(inter);
      return;
    }
  }
  out.push_back(std::move(inter));
}

std::string describe(const graph::Interaction& i) {
  std::string s(graph::to_string(i.type));
  s += " " + i.source.str() + " -- " + i.target.str() + " " + (i.date.known() ? i.date.iso() : "date unknown");
  if (!i.location.city.empty()) s += " in " + i.location.city;
  return s;
}

// ---------------------------------------------------------------------------------------------
// One sentence: triggers -> participants -> edges

bool is_person_like(const Ref& r) { return r.kind != RefKind::kPlace; }

std::string quote(std::string_view text, std::size_t b, std::size_t e) { return "'" + std::string(text.substr(b, e - b)) + "'"; }

// The blocking cue nearest the trigger within its reach, if any.
std::optional<std::string> blocking_cue(const ArticleContext& ctx, std::string_view text, const TaggedMatch& t,
                                        const std::vector<TaggedMatch>& cues, std::pair<std::size_t, std::size_t> clause) {
  for (const auto& c : cues) {
    if (c.begin < clause.first || c.end > clause.second) continue;
    const Cue kind = ctx.lex.cues[static_cast<std::size_t>(c.entry.value)].cue;
    if (kind == Cue::kBackground) continue;
    CueScope scope = scope_of(kind);
    if (auto it = ctx.lex.cue_reach.find(kind); it != ctx.lex.cue_reach.end()) scope = {it->second.first, it->second.second};
    // "with the presence of" names the event's guests; the event's own verb, and with it its
    // tense, may come anywhere in the clause ("... با شرکت X ... برگزار می‌شود").
    if (ctx.lex.triggers[static_cast<std::size_t>(t.entry.value)].presence) scope = {1000, 1000};
    bool in_reach = false;
    if (c.end <= t.begin) {
      in_reach = words_between(text, c.end, t.begin) < scope.before;
    } else if (c.begin >= t.end) {
      in_reach = words_between(text, t.end, c.begin) < scope.after;
    } else {
      in_reach = !(c.begin == t.begin && c.end == t.end) || kind == Cue::kNegated;
    }
    if (in_reach) return std::string(to_string(kind)) + " cue " + quote(text, c.begin, c.end);
  }
  return std::nullopt;
}

bool has_background_cue(const ArticleContext& ctx, const std::vector<TaggedMatch>& cues) {
  return std::any_of(cues.begin(), cues.end(), [&](const TaggedMatch& c) {
    return ctx.lex.cues[static_cast<std::size_t>(c.entry.value)].cue == Cue::kBackground;
  });
}

// The date of an event: the nearest date expression of its sentence; else the publication day,
// unless the sentence is background (pluperfect, "earlier"), whose date is unknown.
std::pair<Date, std::string> event_date(const ArticleContext& ctx, const TaggedMatch& t, const std::vector<DateExpression>& dates,
                                        bool background, std::pair<std::size_t, std::size_t> clause) {
  const DateExpression* best = nullptr;
  std::size_t best_gap = 0;
  for (const auto& d : dates) {
    // "Speaking on Monday, X said: '... met ...'": a date of another clause dates something else.
    if (d.begin < clause.first || d.end > clause.second) continue;
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
// A demonstrative inside a cue ("پیش از این", "before this") is part of the cue.
bool refers_back(const std::vector<TaggedMatch>& matches, const std::vector<TaggedMatch>& cues, const TaggedMatch& t,
                 std::string_view text) {
  for (const auto& m : matches) {
    if (m.end > t.begin) break;
    if (m.entry.tag != Tag::kDemonstrative || text.substr(m.end, t.begin - m.end).find_first_not_of(' ') != std::string_view::npos) {
      continue;
    }
    const bool in_cue = std::any_of(cues.begin(), cues.end(), [&](const TaggedMatch& c) { return c.begin <= m.begin && m.end <= c.end; });
    if (!in_cue) return true;
  }
  return false;
}

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

// The span of the clause around a trigger: between the clause breaks ("while", "who",
// "در حالی که", and ":" before a quote) on either side of it, within the sentence.
std::pair<std::size_t, std::size_t> clause_around(std::string_view text, const Span& sentence, const std::vector<TaggedMatch>& matches,
                                                  const TaggedMatch& t) {
  std::size_t begin = sentence.begin, end = sentence.end;
  for (const auto& m : matches) {
    if (m.entry.tag != Tag::kClauseBreak) continue;
    if (m.end <= t.begin) begin = std::max(begin, m.end);
    if (m.begin >= t.end) end = std::min(end, m.begin);
  }
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    if (text[i] != ':') continue;  // ';' separates list items in English, so it breaks no clause
    if (i < t.begin) begin = std::max(begin, i + 1);
    if (i >= t.end) end = std::min(end, i);
  }
  return {begin, end};
}

// A plural title without a state ("وزرای خارجه", "the two ministers") stands for the two
// officials of the last call or meeting when they hold that office.
void expand_plural_titles(const ArticleContext& ctx, std::vector<Ref>& refs) {
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if (refs[i].kind != RefKind::kRole || !refs[i].plural || refs[i].state) continue;
    // The latest pair of the article who both hold the title ("the two presidents").
    const Date when = ctx.article.published;
    const std::vector<Resolved>* pair = nullptr;
    for (auto it = ctx.pairs.rbegin(); it != ctx.pairs.rend() && !pair; ++it) {
      if (role_on(ctx.kb, (*it)[0].id, when) == refs[i].role && role_on(ctx.kb, (*it)[1].id, when) == refs[i].role) pair = &*it;
    }
    if (!pair) continue;
    Ref first = refs[i], second = refs[i];
    first.fixed = (*pair)[0].id;
    second.fixed = (*pair)[1].id;
    first.fixed_how = second.fixed_how = "the pair of the last contact";
    second.coordinated = true;
    refs[i] = first;
    refs.insert(refs.begin() + static_cast<std::ptrdiff_t>(i) + 1, second);
    ++i;
  }
}

// A name the knowledge base does not know, written next to a title of a state ("Omani Foreign
// Minister Badr Albusaidi", "«...» وزیر خارجه عمان"), names that office's holder: learn them.
void learn_from_appositions(ArticleContext& ctx, std::vector<Ref>& refs, const NormalizedText& norm, const std::string& lang,
                            const Date& date) {
  const std::string& original = ctx.article.text;
  for (auto& r : refs) {
    if (r.kind != RefKind::kRole || !r.state || r.plural || r.fixed) continue;
    const auto [ob, oe] = norm.original_span(r.begin, r.end);
    std::optional<NameSpan> name;  // adjacent to the title only
    if (auto after = name_after(original, oe); after && after->begin <= oe + 3) {
      name = std::move(after);
    } else if (auto before = name_before(original, ob); before && ob <= before->end + 3) {
      name = std::move(before);
    }
    if (!name) continue;
    const auto to_norm = [&](std::size_t orig) {
      return static_cast<std::size_t>(std::lower_bound(norm.src_begin.begin(), norm.src_begin.end(), orig) - norm.src_begin.begin());
    };
    const std::size_t nb = to_norm(name->begin), ne = to_norm(name->end);
    // A name the text already resolved (a known person right there) teaches nothing.
    if (std::any_of(refs.begin(), refs.end(), [&](const Ref& x) { return x.kind == RefKind::kPerson && x.begin < ne && nb < x.end; })) {
      continue;
    }
    // Another spelling of a known official of that state ("Mahmud Abbas"): the surname says who.
    const std::string full_key = Normalizer::instance().phrase_key(name->name);
    const std::string surname = full_key.substr(full_key.rfind(' ') + 1);
    const Official* known = nullptr;
    // The office's holder that day, when one of their names ends in the same word.
    if (auto holder = by_office(ctx, r.role, *r.state, date); holder && holder->how == "role at date") {
      if (const Official* o = official_of(ctx.kb, holder->id)) {
        for (const auto& [l, names] : o->actor.names) {
          for (const auto& n : names) {
            const std::string k = Normalizer::instance().phrase_key(n);
            if (k.substr(k.rfind(' ') + 1) == surname) known = o;
          }
        }
      }
    }
    for (const auto& o : ctx.kb.officials()) {
      if (known) break;
      if (o.actor.state != r.state) continue;
      for (const auto& [l, shorts] : o.short_names) {
        for (const auto& sn : shorts) {
          if (!known && Normalizer::instance().phrase_key(sn) == surname) known = &o;
        }
      }
    }
    if (known) {
      r.fixed = known->actor.id;
      r.fixed_how = "apposition '" + name->name + "', a spelling of " + known->actor.label;
      r.begin = std::min(r.begin, nb);
      r.end = std::max(r.end, std::min(norm.text.size(), ne));
      continue;
    }
    graph::Actor actor = learned_official(*name, lang, r.role, *r.state, date);
    if (std::none_of(ctx.learned.begin(), ctx.learned.end(), [&](const graph::Actor& a) { return a.id == actor.id; })) {
      const std::string full = Normalizer::instance().phrase_key(name->name);
      ctx.learned_keys.emplace_back(full, actor.id);
      const auto last_space = full.rfind(' ');
      if (last_space != std::string::npos && full.size() - last_space > 4) ctx.learned_keys.emplace_back(full.substr(last_space + 1), actor.id);
      ctx.learned.push_back(actor);
    }
    r.fixed = actor.id;
    r.fixed_how = "learned from the apposition '" + name->name + "'";
    r.begin = std::min(r.begin, nb);
    r.end = std::max(r.end, std::min(norm.text.size(), ne));
  }
}

// Later mentions of the officials learned earlier in the article, by full name or surname.
void add_learned_mentions(const ArticleContext& ctx, std::string_view text, const Span& sentence, std::vector<Ref>& refs) {
  for (const auto& [key, id] : ctx.learned_keys) {
    for (std::size_t at = text.find(key, sentence.begin); at != std::string_view::npos && at + key.size() <= sentence.end;
         at = text.find(key, at + 1)) {
      if (!is_word_start(text, at) || is_word_char_at(text, at + key.size())) continue;
      const bool overlaps = std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return at < r.end && r.begin < at + key.size(); });
      if (overlaps) continue;
      Ref r;
      r.kind = RefKind::kPerson;
      r.begin = at;
      r.end = at + key.size();
      r.fixed = id;
      r.fixed_how = "learned earlier in the article";
      r.surface = std::string(text.substr(r.begin, r.end - r.begin));
      refs.insert(std::upper_bound(refs.begin(), refs.end(), r, [](const Ref& a, const Ref& b) { return a.begin < b.begin; }), r);
    }
  }
}

// "... با وی گفتگو کرد" (talked with him): a pronoun after "با"/"with" is the person the sentence
// named just before, not the subject.
void bind_object_pronouns(const ArticleContext& ctx, std::vector<Ref>& refs) {
  for (std::size_t k = 0; k < refs.size(); ++k) {
    if (refs[k].kind != RefKind::kPronoun || !refs[k].with_marked) continue;
    for (std::size_t j = k; j-- > 0;) {
      if (refs[j].kind != RefKind::kPerson) continue;
      if (auto res = resolve(ctx, refs[j], ctx.article.published, std::nullopt)) {
        refs[k].fixed = res->id;
        refs[k].fixed_how = "pronoun after 'with': the person named before";
      }
      break;
    }
  }
}

void process_sentence(ArticleContext& ctx, std::string_view text, const NormalizedText& norm, const Span& sentence,
                      const std::vector<TaggedMatch>& matches, const std::vector<TaggedMatch>& cues,
                      const std::vector<DateExpression>& dates, const std::vector<Ref>& refs, Extraction& out,
                      SentenceTrace* trace) {
  const bool background = has_background_cue(ctx, cues);
  const bool has_call = std::any_of(matches.begin(), matches.end(), [&](const TaggedMatch& m) {
    return m.entry.tag == Tag::kTrigger && ctx.lex.triggers[static_cast<std::size_t>(m.entry.value)].type == EdgeType::kCalled;
  });
  // Where the sentence's meetings took place (a call has none): a city introduced by "in"/"در" or
  // "to"/"به", else a state introduced by "in"/"در" shortly after a meeting trigger ("on the
  // sidelines of the meeting in China"), else the place of the story's last meeting (a summit
  // report names the city once).
  graph::Location meeting_location;
  const bool has_meeting_trigger = std::any_of(matches.begin(), matches.end(), [&](const TaggedMatch& m) {
    if (m.entry.tag == Tag::kGathering) return true;  // "the summit in Addis Ababa"
    return m.entry.tag == Tag::kTrigger && ctx.lex.triggers[static_cast<std::size_t>(m.entry.value)].type == EdgeType::kMet &&
           !blocking_cue(ctx, text, m, cues, clause_around(text, sentence, matches, m));
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
    ctx.carried_location = ArticleContext::CarriedPlace{meeting_location, {}, dates.empty() ? ctx.article.published : dates.front().date};
  }
  std::optional<Resolved> first_subject;
  std::size_t edges_made = 0;
  std::optional<Date> explicit_used;
  for (const auto& t : matches) {
    if (t.entry.tag != Tag::kTrigger) continue;
    const TriggerWord& tw = ctx.lex.triggers[static_cast<std::size_t>(t.entry.value)];
    const std::string label = std::string(graph::to_string(tw.type)) + " " + quote(text, t.begin, t.end);
    if (auto cue = blocking_cue(ctx, text, t, cues, clause_around(text, sentence, matches, t))) {
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
    // side. A clause without a subject of its own ("X, who arrived in ...") takes the nearest one before.
    const auto [clause_begin, clause_end] = clause_around(text, sentence, matches, t);
    const auto [date, date_how] = event_date(ctx, t, dates, background, {clause_begin, clause_end});
    std::vector<Ref> local;
    const Ref* before_clause = nullptr;
    for (const auto& r : refs) {
      if (r.begin >= clause_begin && r.end <= clause_end) local.push_back(r);
      if (r.end <= clause_begin && is_person_like(r) && !r.with_marked) before_clause = &r;
    }
    if (before_clause && std::none_of(local.begin(), local.end(), [&](const Ref& r) {
          return r.begin < t.begin && is_person_like(r) && !r.with_marked;
        })) {
      local.insert(local.begin(), *before_clause);
    }
    // The date came from the text itself (what a following sentence without one inherits).
    const bool explicit_date = date_how != "publication day" && date_how != "date of the previous sentence" && date.known();

    // The subject: the first participant that no preposition introduces, before the trigger if
    // there is one; else the official the text is about (pronoun-less, subjectless sentences).
    graph::Interaction base;
    base.date = date;
    base.confidence = tw.nominal ? 0.7 : 0.9;
    base.mentions.push_back(make_mention(ctx, norm, sentence, t, out.lang));
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
    if (!subject) {
      if (trace) trace->rejected.push_back(label + ": no official as subject");
      continue;
    }
    if (trace && subject_ref) trace->mentions.push_back("'" + subject_ref->surface + "' -> " + subject->id.str() + " (" + subject->how + ")");
    if (!first_subject && subject_ref) first_subject = subject;

    std::size_t made = 0;

    if (tw.type == EdgeType::kVisited) {
      std::set<std::string> states_done;
      // Destinations: places introduced by "به"/"to", or named within a few words after the
      // trigger ("visited Qatar", "سفری به چهار کشور منطقه شامل عراق"), and the lists they head.
      bool previous_taken = false;
      for (const auto& r : local) {
        if (r.kind != RefKind::kPlace) {
          previous_taken = false;
          continue;
        }
        const bool near_after = r.begin >= t.end && words_between(text, t.end, r.begin) <= 6;
        const bool taken = (r.destination_marked && words_between(text, t.begin, r.begin) <= 12) || near_after ||
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
        if (trace) trace->edges.push_back(describe(v) + " [date: " + date_how + "]");
        add_interaction(out.interactions, std::move(v));
        ++made;
      }
      if (made == 0 && trace) trace->rejected.push_back(label + ": no destination named");
      edges_made += made;
      if (made && explicit_date) explicit_used = date;
      continue;
    }

    // called / met: the subject with every other official of the clause.
    std::vector<Resolved> participants{*subject};
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
        // Officials of one state meeting each other is domestic politics, not a diplomatic contact.
        if (trace) trace->rejected.push_back(label + ": " + subject->id.str() + " and " + other->id.str() + " serve the same state");
        continue;
      }
      participants.push_back(*other);
    }
    if (participants.size() < 2) {
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
          (carried->date == date || std::any_of(participants.begin(), participants.end(),
                                                [&](const Resolved& p) { return carried->actors.count(p.id.str()) > 0; }))) {
        location = carried->location;
      }
      if (!location.empty() && !background) {
        std::set<std::string> ids;
        for (const auto& p : participants) ids.insert(p.id.str());
        ctx.carried_location = ArticleContext::CarriedPlace{location, std::move(ids), date};
      }
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
}

// A talk told with a generic verb between two officials the article also reports on the phone
// was that call ("A and B spoke by phone ... A talked with B about ..."): re-type it.
void reconcile_generic_talks(const ArticleContext& ctx, Extraction& out) {
  if (ctx.generic_talks.empty()) return;
  std::set<std::pair<std::string, std::string>> called;
  for (const auto& i : out.interactions) {
    if (i.type == EdgeType::kCalled) called.emplace(i.source.str(), i.target.str());
  }
  std::vector<graph::Interaction> kept;
  std::vector<graph::Interaction> retyped;
  for (auto& i : out.interactions) {
    if (i.type == EdgeType::kMet && ctx.generic_talks.count(i.id()) && called.count({i.source.str(), i.target.str()})) {
      i.type = EdgeType::kCalled;
      i.location = {};
      retyped.push_back(std::move(i));
    } else {
      kept.push_back(std::move(i));
    }
  }
  out.interactions = std::move(kept);
  for (auto& i : retyped) add_interaction(out.interactions, std::move(i));
}

// The actors the interactions refer to, and their normalised names for search.
void collect_actors(const KnowledgeBase& kb, const std::vector<graph::Actor>& learned, Extraction& out) {
  std::set<std::string> done;
  for (const auto& i : out.interactions) {
    for (const ActorId* id : {&i.source, &i.target}) {
      if (!done.insert(id->str()).second) continue;
      auto actor = kb.actor(*id);
      for (const auto& a : learned) {
        if (!actor && a.id == *id) actor = a;
      }
      if (!actor) continue;
      std::set<std::string> keys{Normalizer::instance().key(actor->label)};
      for (const auto& [lang, names] : actor->names) {
        for (const auto& n : names) keys.insert(Normalizer::instance().key(n));
      }
      for (const auto& a : actor->aliases) keys.insert(Normalizer::instance().key(a));
      for (const auto& k : keys) {
        if (!k.empty()) out.names.emplace_back(k, actor->id);
      }
      out.actors.push_back(std::move(*actor));
    }
  }
}

}  // namespace

RuleExtractor::RuleExtractor(std::shared_ptr<const KnowledgeBase> kb) : kb_(std::move(kb)) {}

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
  ArticleContext ctx{*kb_, lex, article, std::nullopt, {}, std::nullopt, {}, {}, {}, std::nullopt, {}, std::nullopt, std::nullopt};

  // Sentences are found in the original text: case folding would hide the capital letter that
  // tells ICU a new sentence starts ("... Qin Gang. Blinken met ...").
  for (const Span& original : split_sentences(article.text, out.lang)) {
    const Span sentence{static_cast<std::size_t>(std::lower_bound(norm.src_begin.begin(), norm.src_begin.end(), original.begin) -
                                                 norm.src_begin.begin()),
                        static_cast<std::size_t>(std::lower_bound(norm.src_begin.begin(), norm.src_begin.end(), original.end) -
                                                 norm.src_begin.begin())};
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
    auto dates = find_dates(text, sentence.begin, sentence.end, matches, article.published);
    // "the same day", "همان روز": the day of the event just told.
    for (const auto& m : matches) {
      if (m.entry.tag == Tag::kSameDay && (ctx.carried_date || article.published.known())) {
        dates.push_back({m.begin, m.end, ctx.carried_date.value_or(article.published), "same day as the event before"});
      }
    }
    if (with_trace) {
      for (const auto& d : dates) {
        trace.dates.push_back("'" + std::string(text.substr(d.begin, d.end - d.begin)) + "' -> " + d.date.iso() + " (" + d.kind + ")");
      }
    }
    drop_uncapitalised_surnames(matches, norm, article.text);
    std::vector<Ref> refs = SentenceRefs(text, matches, *kb_, lex, ctx.seen, article.published, ctx.home_state, ctx.last_state).refs;
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
  reconcile_generic_talks(ctx, out);
  collect_actors(*kb_, ctx.learned, out);
  return out;
}

}  // namespace parley::ingest
