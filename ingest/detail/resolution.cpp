#include "ingest/detail/resolution.hpp"

#include <algorithm>

#include "ingest/apposition.hpp"
#include "ingest/matcher.hpp"

namespace parley::ingest::detail {

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

// A plural title names holders of its office, and of the offices it is a general word for:
// "the ministers" ("министры", "الوزيران") are foreign ministers too, "the leaders" ("лидеры",
// "الزعيمان") heads of government too.
bool plural_title_fits(Role title, std::optional<Role> held) {
  if (!held) return false;
  if (*held == title) return true;
  if (title == Role::kMinister) return *held == Role::kForeignMinister || *held == Role::kDeputyForeignMinister;
  if (title == Role::kHeadOfState) return *held == Role::kHeadOfGovernment;
  return false;
}

std::optional<Resolved> by_office(const ArticleContext& ctx, Role role, const StateCode& state, const Date& date) {
  if (role == Role::kMinister) {
    // "the Saudi minister", "Российский министр": the word for any minister means the one of that
    // state the article named, a foreign minister most often, before any other minister.
    for (auto it = ctx.seen.rbegin(); it != ctx.seen.rend(); ++it) {
      const Official* o = official_of(ctx.kb, *it);
      if (o && o->actor.state == state && plural_title_fits(Role::kMinister, role_on(ctx.kb, *it, date))) {
        return Resolved{*it, state, "minister the article named"};
      }
    }
  }
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

std::optional<Resolved> resolve(const ArticleContext& ctx, const Ref& r, const Date& event_date, const std::optional<Resolved>& subject) {
  // Offices are looked up on the event's day; an undated (background) event's on the day of
  // publication, the best guess of who "the king" was.
  const Date& date = event_date.known() ? event_date : ctx.article.published;
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
      if (r.former) return std::nullopt;  // "the former president": not whoever holds it now
      if (r.state) return by_office(ctx, r.role, *r.state, date);
      if (r.plural) return std::nullopt;  // "the leaders" is nobody in particular
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
      // "his Saudi counterpart" as the subject: "his" is the official the text is about.
      const std::optional<Resolved>& whose = subject ? subject : ctx.salient;
      if (!whose || !r.state) return std::nullopt;
      auto role = role_on(ctx.kb, whose->id, date);
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

// A plural title without a state ("وزرای خارجه", "the two ministers") stands for the two
// officials of the last call or meeting when they hold that office; "the two officials" for
// the last pair, whatever their offices.
void expand_plural_titles(const ArticleContext& ctx, std::vector<Ref>& refs) {
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if (refs[i].kind != RefKind::kRole || !refs[i].plural || refs[i].state) continue;
    // The latest pair of the article who both hold the title ("the two presidents").
    const Date when = ctx.article.published;
    const std::vector<Resolved>* pair = nullptr;
    // "the two officials", "المسؤولان": a title of no office in particular fits any pair.
    const bool any_office = refs[i].role == Role::kOther;
    auto fits = [&](const ActorId& id) { return plural_title_fits(refs[i].role, role_on(ctx.kb, id, when)); };
    for (auto it = ctx.pairs.rbegin(); it != ctx.pairs.rend() && !pair; ++it) {
      if (any_office || (fits((*it)[0].id) && fits((*it)[1].id))) pair = &*it;
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
      const std::size_t end = at + key.size();  // a plain local: clang 14 cannot capture a structured binding
      const bool overlaps = std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return at < r.end && r.begin < end; });
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

}  // namespace parley::ingest::detail
