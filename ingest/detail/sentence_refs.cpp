#include "ingest/detail/sentence_refs.hpp"

#include <algorithm>

#include "ingest/matcher.hpp"

namespace parley::ingest::detail {

namespace {
using graph::ActorId;
using graph::Date;
using graph::EdgeType;
using graph::Role;
using graph::StateCode;
}  // namespace

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

namespace {

class SentenceRefs {
 public:
  SentenceRefs(std::string_view text, const std::vector<TaggedMatch>& m, const KnowledgeBase& kb, const Lexicon& lex,
               const SentenceContext& context)
      : text_(text), m_(m), kb_(kb), roles_(lex.roles), possessor_(lex.title_then_name_is_possessor), seen_(context.seen),
        published_(context.published), home_state_(context.home_state), last_state_(context.last_state) {
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
    mark_former_titles();
    mark_possessors();
    share_states_across_coordinated_titles();
  }

  // "المندوب الخاص لأولمرت", "مستشار للرئيس السوري": a name joined to a "to"-proclitic right after a
  // title is whose the title is (Arabic's possessive "ل"); the title's holder is someone else.
  void mark_possessors() {
    for (std::size_t r = 1; r < refs.size(); ++r) {
      if (refs[r].kind != RefKind::kPerson || refs[r - 1].kind != RefKind::kRole) continue;
      // The proclitic's own mark: a "to" match from the start of the name's word to the name.
      std::size_t word = refs[r].begin;
      while (word > 0 && text_[word - 1] != ' ') --word;
      const bool joined_to = word < refs[r].begin && std::any_of(m_.begin(), m_.end(), [&](const TaggedMatch& m) {
        return m.entry.tag == Tag::kDestination && m.begin == word && m.end == refs[r].begin;
      });
      if (joined_to && clear_gap(refs[r - 1].end, word)) refs[r].possessor = true;
    }
  }

  // "former President", "رئيس الوزراء اللبناني السابق", "бывший министр": a former-word right
  // before or right after a title (and its state) says the title is no longer held.
  void mark_former_titles() {
    for (auto& r : refs) {
      if (r.kind != RefKind::kRole) continue;
      for (const auto& m : m_) {
        if (m.entry.tag != Tag::kFormer) continue;
        const bool before = m.end <= r.begin && clear_gap(m.end, r.begin);
        const bool after = m.begin >= r.end && clear_gap(r.end, m.begin);
        const bool inside = m.begin >= r.begin && m.end <= r.end;  // "رئيس الوزراء اللبناني السابق"
        if (before || after || inside) r.former = true;
      }
    }
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

}  // namespace

std::vector<Ref> build_refs(std::string_view text, const std::vector<TaggedMatch>& matches, const KnowledgeBase& kb,
                            const Lexicon& lex, const SentenceContext& context) {
  return SentenceRefs(text, matches, kb, lex, context).refs;
}

}  // namespace parley::ingest::detail
