#include "bench/corpus.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>

#include "bench/date_phrases.hpp"
#include "bench/random.hpp"
#include "bench/roster.hpp"

namespace parley::bench {

namespace {

using graph::ActorId;
using graph::EdgeType;

// Publication days are drawn from the years the knowledge base covers best.
const std::int64_t kFirstDay = graph::days_from_civil(2008, 1, 1);
const std::int64_t kLastDay = graph::days_from_civil(2024, 12, 31);

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) s.replace(pos, from.size(), to);
}

bool same_state(const Person& a, const Person& b) { return a.state && b.state && *a.state == *b.state; }

// Writes one article, sentence by sentence, and keeps its truth.
class ArticleWriter {
 public:
  ArticleWriter(Random& rng, const Roster& roster, const CorpusOptions& options, CorpusArticle& out)
      : rng_(rng), roster_(roster), options_(options), out_(out), fa_(roster.lang() == "fa") {}

  // False when too few officials were in office on the day to write about (an early year).
  bool write(std::int64_t published_day, std::size_t target_bytes) {
    published_day_ = published_day;
    for (const auto& p : roster_.people()) {
      if (Roster::in_office(p, published_day)) active_.push_back(&p);
    }
    if (active_.size() < 8) return false;
    out_.published = graph::Date::from_days(published_day);
    if (!fa_) dateline();
    std::size_t in_paragraph = 0, paragraph_length = static_cast<std::size_t>(rng_.between(2, 5));
    for (bool first = true; out_.text.size() < target_bytes; first = false) {
      std::string separator = first ? "" : " ";
      if (in_paragraph == paragraph_length) {
        separator = "\n\n";
        in_paragraph = 0;
        paragraph_length = static_cast<std::size_t>(rng_.between(2, 5));
      }
      // A wire story usually opens on its news.
      const double u = rng_.unit();
      const double event_rate = first ? 0.7 : options_.event_rate;
      const SentenceKind kind = u < event_rate                            ? SentenceKind::kEvent
                                : u < event_rate + options_.non_event_rate ? SentenceKind::kNonEvent
                                                                           : SentenceKind::kNoise;
      Sentence s = compose(kind);
      if (first && fa_ && rng_.chance(0.4)) s.text = "به گزارش خبرگزاری پارلی، " + s.text;
      if (out_.text.size() + separator.size() + s.text.size() > options_.max_bytes) break;
      out_.text += separator;
      const std::size_t begin = out_.text.size();
      out_.text += s.text;
      out_.sentences.push_back({begin, out_.text.size(), s.kind, s.templ});
      out_.edges.insert(out_.edges.end(), s.edges.begin(), s.edges.end());
      ++in_paragraph;
    }
    out_.text += '\n';
    return true;
  }

 private:
  struct Sentence {
    std::string text;
    SentenceKind kind = SentenceKind::kNoise;
    std::string_view templ;
    std::vector<PlantedEdge> edges;
  };

  void dateline() {
    const auto& state = rng_.pick(roster_.states());
    std::string city = rng_.pick(state.cities).name;
    for (auto& c : city) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    out_.text += city + " (Parley Wire) -\n";
  }

  std::int64_t event_day() {
    // Most news is of today and yesterday; the rest of the last two weeks.
    const double u = rng_.unit();
    const std::int64_t back = u < 0.3 ? 0 : u < 0.6 ? 1 : rng_.between(2, 14);
    return published_day_ - back;
  }

  // An official in office on `day`, not of `avoid`'s state and none of `taken`.
  const Person* pick_person(std::int64_t day, const std::vector<const Person*>& taken) {
    for (int attempt = 0; attempt < 60; ++attempt) {
      const Person* p = rng_.pick(active_);
      if (!Roster::in_office(*p, day)) continue;
      if (std::any_of(taken.begin(), taken.end(), [&](const Person* t) { return t == p || same_state(*t, *p); })) continue;
      return p;
    }
    return nullptr;
  }

  const StatePlaces& foreign_state(const Person& p) {
    for (int attempt = 0; attempt < 60; ++attempt) {
      const auto& s = rng_.pick(roster_.states());
      if (!p.state || s.code != *p.state) return s;
    }
    return roster_.states().front();
  }

  std::string city_of(const StatePlaces& s) {
    std::vector<const Place*> capitals;
    for (const auto& c : s.cities) {
      if (c.capital) capitals.push_back(&c);
    }
    if (!capitals.empty() && rng_.chance(0.6)) return rng_.pick(capitals)->name;
    return rng_.pick(s.cities).name;
  }

  // How an official is named: the full name, the office and the name, or (once introduced)
  // the surname alone, as a wire story varies them.
  std::string mention(const Person& p, std::int64_t day) {
    const bool introduced = introduced_.count(p.official->actor.id.str()) > 0;
    introduced_.insert(p.official->actor.id.str());
    if (introduced && !p.short_name.empty() && rng_.chance(0.5)) return p.short_name;
    const auto role = Roster::title_role(p, day);
    const StatePlaces* state = p.state ? roster_.state(*p.state) : nullptr;
    if (!role || !state || !rng_.chance(0.35)) return p.name;
    const bool fm = *role == graph::Role::kForeignMinister;
    const bool before = rng_.chance(0.5);
    if (fa_) {
      const std::string title = std::string(fm ? "وزیر امور خارجه " : "نخست‌وزیر ") + state->name;
      return before ? title + " " + p.name : p.name + "، " + title + "،";
    }
    if (before && !state->adjective.empty()) return state->adjective + (fm ? " Foreign Minister " : " Prime Minister ") + p.name;
    return p.name + (fm ? ", " + state->name + "'s foreign minister," : ", the prime minister of " + state->name + ",");
  }

  std::string number(long lo, long hi) { return number_text(rng_, roster_.lang(), lo + static_cast<long>(rng_.below(static_cast<std::size_t>(hi - lo + 1)))); }

  std::string percent() {
    std::string p = std::to_string(rng_.between(1, 40)) + (fa_ ? "٫" : ".") + std::to_string(rng_.between(0, 9));
    return fa_ && rng_.chance(0.85) ? persian_digits(p) : p;
  }

  static PlantedEdge edge(EdgeType type, const Person& a, const ActorId& b, std::int64_t day, std::string_view templ) {
    return {type, a.official->actor.id, b, graph::Date::from_days(day), templ};
  }

  Sentence compose(SentenceKind kind) {
    if (kind != SentenceKind::kNoise) {
      Sentence s;
      if (compose_with_officials(kind, s)) return s;
    }
    return compose_noise();
  }

  bool compose_with_officials(SentenceKind kind, Sentence& s) {
    const Template& t = rng_.pick(templates(roster_.lang(), kind));
    const std::string_view text = t.text;
    const std::int64_t day = event_day();
    const Person* a = pick_person(day, {});
    const Person* b = a ? pick_person(day, {a}) : nullptr;
    if (!b) return false;
    const std::int64_t day2 = event_day();
    const Person* c = text.find("{C}") != std::string_view::npos ? pick_person(day2, {a, b}) : nullptr;
    if (text.find("{C}") != std::string_view::npos && !c) return false;

    // The place: a visit's destination, or where a meeting was held (home of either side,
    // sometimes a third state).
    const StatePlaces* place = &foreign_state(*a);
    if (t.type == EdgeType::kMet) {
      const double u = rng_.unit();
      const auto& host = u < 0.4 ? a->state : u < 0.8 ? b->state : std::nullopt;
      if (const StatePlaces* h = host ? roster_.state(*host) : nullptr) place = h;
    }
    const std::string city = city_of(*place);

    // Only the slots of the template are rendered: naming an official marks them introduced.
    auto has = [&](std::string_view slot) { return text.find(slot) != std::string_view::npos; };
    std::map<std::string_view, std::string> slots;
    if (has("{A}")) slots["{A}"] = mention(*a, day);
    if (has("{B}")) slots["{B}"] = mention(*b, day);
    if (c) slots["{C}"] = mention(*c, day2);
    if (has("{D}")) slots["{D}"] = date_phrase(rng_, roster_.lang(), day, published_day_);
    if (c) slots["{D2}"] = date_phrase(rng_, roster_.lang(), day2, published_day_);
    slots["{CITY}"] = city;
    slots["{STATE}"] = place->name;
    slots["{T}"] = std::string(rng_.pick(topics(roster_.lang())));
    s.text = fill(text, slots);
    s.kind = kind;
    s.templ = t.name;
    if (kind != SentenceKind::kEvent) return true;

    if (t.type == EdgeType::kVisited) {
      s.edges.push_back(edge(EdgeType::kVisited, *a, ActorId::for_state(place->code), day, t.name));
    } else {
      s.edges.push_back(edge(t.type, *a, b->official->actor.id, day, t.name));
      // Meeting in a city abroad is a visit there, for each side that came from elsewhere.
      if (text.find("{CITY}") != std::string_view::npos) {
        for (const Person* p : {a, b}) {
          if (p->state && *p->state != place->code) s.edges.push_back(edge(EdgeType::kVisited, *p, ActorId::for_state(place->code), day, t.name));
        }
      }
    }
    if (t.then && c) s.edges.push_back(edge(*t.then, *a, c->official->actor.id, day2, t.name));
    return true;
  }

  Sentence compose_noise() {
    const Template& t = rng_.pick(templates(roster_.lang(), SentenceKind::kNoise));
    std::map<std::string_view, std::string> slots;
    const auto& s1 = rng_.pick(roster_.states());
    const auto* s2 = &rng_.pick(roster_.states());
    if (s2 == &s1) s2 = &roster_.states()[(static_cast<std::size_t>(s2 - roster_.states().data()) + 1) % roster_.states().size()];
    slots["{STATE}"] = s1.name;
    slots["{STATE2}"] = s2->name;
    slots["{CITY}"] = city_of(s1);
    slots["{CITY2}"] = city_of(*s2);
    slots["{N}"] = number(120, 98000);
    slots["{N2}"] = number(2, 30);
    slots["{P}"] = percent();
    if (std::string_view(t.text).find("{X}") != std::string_view::npos) slots["{X}"] = mention(*rng_.pick(active_), published_day_);
    return {fill(t.text, slots), SentenceKind::kNoise, t.name, {}};
  }

  std::string fill(std::string_view text, const std::map<std::string_view, std::string>& slots) const {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      if (text[i] == '{') {
        const auto close = text.find('}', i);
        auto it = slots.find(text.substr(i, close + 1 - i));
        if (it == slots.end()) throw std::logic_error("template slot without a value: " + std::string(text));
        out += it->second;
        i = close + 1;
      } else {
        out += text[i++];
      }
    }
    // An apposition ends in a comma ("X, Russia's foreign minister,"); punctuation after it
    // takes its place.
    if (fa_) {
      replace_all(out, "،،", "،");
      replace_all(out, "، ،", "،");
      replace_all(out, "،.", ".");
      replace_all(out, "، را ", " را ");
    } else {
      replace_all(out, ",,", ",");
      replace_all(out, ", ,", ",");
      replace_all(out, ",.", ".");
      if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
  }

  Random& rng_;
  const Roster& roster_;
  const CorpusOptions& options_;
  CorpusArticle& out_;
  const bool fa_;
  std::int64_t published_day_ = 0;
  std::vector<const Person*> active_;
  std::set<std::string> introduced_;
};

}  // namespace

std::size_t Corpus::bytes() const {
  std::size_t n = 0;
  for (const auto& a : articles) n += a.text.size();
  return n;
}

Corpus generate_corpus(const ingest::KnowledgeBase& kb, const ingest::RuleExtractor& extractor, const CorpusOptions& options) {
  std::map<std::string, Roster> rosters;
  for (const char* lang : {"fa", "en"}) {
    const ingest::Gazetteer* gazetteer = extractor.gazetteer(lang);
    if (!gazetteer) throw std::runtime_error(std::string("parley has no lexicon for ") + lang);
    Roster roster(kb, *gazetteer, lang);
    if (roster.people().size() < 20 || roster.states().size() < 10) {
      throw std::runtime_error(std::string("the knowledge base has too few unambiguous names in ") + lang);
    }
    rosters.emplace(lang, std::move(roster));
  }

  Random rng(options.seed);
  Corpus corpus;
  corpus.articles.reserve(options.articles);
  while (corpus.articles.size() < options.articles) {
    std::string lang = rng.chance(options.persian_share) ? "fa" : "en";
    CorpusArticle article;
    article.lang = std::move(lang);
    char id[32];
    std::snprintf(id, sizeof id, "bench-%s-%06zu", article.lang.c_str(), corpus.articles.size() + 1);
    article.id = id;
    const auto day = kFirstDay + static_cast<std::int64_t>(rng.below(static_cast<std::size_t>(kLastDay - kFirstDay + 1)));
    const double size = options.median_bytes * std::exp(0.55 * rng.normal());
    const auto target = static_cast<std::size_t>(
        std::clamp(size, static_cast<double>(options.min_bytes), static_cast<double>(options.max_bytes) * 0.95));
    ArticleWriter writer(rng, rosters.at(article.lang), options, article);
    if (writer.write(day, target)) corpus.articles.push_back(std::move(article));
  }
  return corpus;
}

}  // namespace parley::bench
