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
#include "ingest/name_forms.hpp"

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

// Cyrillic capitals for the lower-case letters а-я and ё (two bytes each in UTF-8); ASCII too.
std::string upper(std::string_view text, bool first_only = false) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto b0 = static_cast<unsigned char>(out[i]);
    if (b0 >= 'a' && b0 <= 'z') {
      out[i] = static_cast<char>(b0 - 'a' + 'A');
    } else if (i + 1 < out.size() && (b0 == 0xD0 || b0 == 0xD1)) {
      const auto b1 = static_cast<unsigned char>(out[i + 1]);
      if (b0 == 0xD0 && b1 >= 0xB0 && b1 <= 0xBF) {
        out[i + 1] = static_cast<char>(b1 - 0x20);  // а-п -> А-П
      } else if (b0 == 0xD1 && b1 >= 0x80 && b1 <= 0x8F) {
        out[i] = static_cast<char>(0xD0);
        out[i + 1] = static_cast<char>(b1 + 0x20);  // р-я -> Р-Я
      } else if (b0 == 0xD1 && b1 == 0x91) {
        out[i] = static_cast<char>(0xD0);
        out[i + 1] = static_cast<char>(0x81);  // ё -> Ё
      }
      ++i;
    } else if (b0 >= 0x80) {
      if (first_only) break;
      continue;
    }
    if (first_only) break;
  }
  return out;
}

// The Russian slots of a place: "{IN_CITY}" is "в Москве", "{TO_CITY}" "в Москву".
void russian_place_slots(std::map<std::string_view, std::string>& slots, const Place& city, const StatePlaces& state,
                         std::string_view suffix) {
  const bool second = !suffix.empty();
  slots[second ? "{IN_CITY2}" : "{IN_CITY}"] = city.forms.in + " " + city.forms.prepositional;
  slots[second ? "{TO_CITY2}" : "{TO_CITY}"] = city.forms.in + " " + city.forms.accusative;
  slots[second ? "{IN_STATE2}" : "{IN_STATE}"] = state.forms.in + " " + state.forms.prepositional;
  slots[second ? "{TO_STATE2}" : "{TO_STATE}"] = state.forms.in + " " + state.forms.accusative;
  slots[second ? "{STATE2_GEN}" : "{STATE_GEN}"] = state.forms.genitive;
  slots[second ? "{STATE2_ACC}" : "{STATE_ACC}"] = state.forms.accusative;
}

// The instrumental of a Russian full name ("Сергей Лавров" -> "Сергеем Лавровым"), every word
// by the regular endings; empty unless it is one of the forms the gazetteer adds for the name.
std::string russian_instrumental(const std::string& name) {
  auto word = [](const std::string& w) -> std::string {
    auto ends = [&](std::string_view t) { return w.size() >= t.size() && std::string_view(w).substr(w.size() - t.size()) == t; };
    auto stem = [&](std::size_t letters) { return w.substr(0, w.size() - 2 * letters); };
    if (ends("ова") || ends("ева") || ends("ина") || ends("ына")) return stem(1) + "ой";
    if (ends("ов") || ends("ев") || ends("ёв") || ends("ин") || ends("ын")) return w + "ым";
    if (ends("ий") || ends("й") || ends("ь")) return stem(1) + "ем";
    if (ends("ия") || ends("я")) return stem(1) + "ей";
    if (ends("а")) return stem(1) + "ой";
    for (std::string_view v : {"о", "е", "и", "у", "ю", "э", "ы", "ё"}) {
      if (ends(v)) return w;
    }
    return w + "ом";
  };
  std::string out;
  for (std::size_t start = 0; start <= name.size();) {
    const auto space = std::min(name.find(' ', start), name.size());
    out += (start ? " " : "") + word(name.substr(start, space - start));
    start = space + 1;
  }
  const auto forms = ingest::russian_name_forms(name);
  return out == name || std::find(forms.begin(), forms.end(), out) != forms.end() ? out : std::string();
}

// A template names a city (a meeting there is a visit there) in any of its forms.
bool names_city(std::string_view text) {
  return text.find("{CITY}") != std::string_view::npos || text.find("{IN_CITY}") != std::string_view::npos ||
         text.find("{TO_CITY}") != std::string_view::npos;
}

// Writes one article, sentence by sentence, and keeps its truth.
class ArticleWriter {
 public:
  ArticleWriter(Random& rng, const Roster& roster, const CorpusOptions& options, CorpusArticle& out)
      : rng_(rng), roster_(roster), options_(options), out_(out), lang_(roster.lang()), fa_(lang_ == "fa") {}

  // False when too few officials were in office on the day to write about (an early year).
  bool write(std::int64_t published_day, std::size_t target_bytes) {
    published_day_ = published_day;
    for (const auto& p : roster_.people()) {
      if (Roster::in_office(p, published_day)) active_.push_back(&p);
    }
    if (active_.size() < 8) return false;
    out_.published = graph::Date::from_days(published_day);
    if (!fa_) dateline();  // Persian wires open on an agency formula instead (below)
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
    const std::string& city = rng_.pick(state.cities).name;
    if (lang_ == "ar") {
      out_.text += city + " (وكالة بارلي) -\n";  // no capitals in Arabic
    } else if (lang_ == "ru") {
      out_.text += upper(city) + ", /Парли/.\n";  // "МОСКВА, /ТАСС/." as Russian agencies write it
    } else {
      out_.text += upper(city) + " (Parley Wire) -\n";
    }
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

  const Place& city_of(const StatePlaces& s) {
    std::vector<const Place*> capitals;
    for (const auto& c : s.cities) {
      if (c.capital) capitals.push_back(&c);
    }
    if (!capitals.empty() && rng_.chance(0.6)) return *rng_.pick(capitals);
    return rng_.pick(s.cities);
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
    if (lang_ == "ar") {
      const std::string title = std::string(fm ? "وزير خارجية " : "رئيس وزراء ") + state->name;
      return before ? title + " " + p.name : p.name + "، " + title + "،";
    }
    if (lang_ == "ru") {
      // The state in the genitive, the official in the nominative: "министр иностранных дел
      // Египта Сами Шукри".
      const std::string title = std::string(fm ? "министр иностранных дел " : "премьер-министр ") + state->forms.genitive;
      return before ? title + " " + p.name : p.name + ", " + title + ",";
    }
    if (before && !state->adjective.empty()) return state->adjective + (fm ? " Foreign Minister " : " Prime Minister ") + p.name;
    return p.name + (fm ? ", " + state->name + "'s foreign minister," : ", the prime minister of " + state->name + ",");
  }

  std::string number(long lo, long hi) { return number_text(rng_, roster_.lang(), lo + static_cast<long>(rng_.below(static_cast<std::size_t>(hi - lo + 1)))); }

  std::string percent() {
    if (lang_ == "ar" || lang_ == "ru") {
      const std::string whole = std::to_string(rng_.between(1, 40)), tenth = std::to_string(rng_.between(0, 9));
      if (lang_ == "ru") return whole + "," + tenth;
      return rng_.chance(0.3) ? arabic_digits(whole + "٫" + tenth) : whole + "." + tenth;
    }
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
    const bool instrumental = text.find("{C_INS}") != std::string_view::npos;
    const bool wants_c = instrumental || text.find("{C}") != std::string_view::npos;
    const Person* c = wants_c ? pick_person(day2, {a, b}) : nullptr;
    // A name in the instrumental must be one the gazetteer's Russian name forms read.
    for (int attempt = 0; instrumental && c && attempt < 20 && russian_instrumental(c->name).empty(); ++attempt) c = pick_person(day2, {a, b});
    if (wants_c && (!c || (instrumental && russian_instrumental(c->name).empty()))) return false;

    // The place: a visit's destination, or where a meeting was held (home of either side,
    // sometimes a third state).
    const StatePlaces* place = &foreign_state(*a);
    if (t.type == EdgeType::kMet) {
      const double u = rng_.unit();
      const auto& host = u < 0.4 ? a->state : u < 0.8 ? b->state : std::nullopt;
      if (const StatePlaces* h = host ? roster_.state(*host) : nullptr) place = h;
    }
    const Place& city = city_of(*place);

    // Only the slots of the template are rendered: naming an official marks them introduced.
    auto has = [&](std::string_view slot) { return text.find(slot) != std::string_view::npos; };
    std::map<std::string_view, std::string> slots;
    if (has("{A}")) slots["{A}"] = mention(*a, day);
    if (has("{B}")) slots["{B}"] = mention(*b, day);
    if (c && instrumental) {
      slots["{C_INS}"] = russian_instrumental(c->name);
      introduced_.insert(c->official->actor.id.str());
    } else if (c) {
      slots["{C}"] = mention(*c, day2);
    }
    if (has("{D}")) slots["{D}"] = date_phrase(rng_, roster_.lang(), day, published_day_);
    if (c) slots["{D2}"] = date_phrase(rng_, roster_.lang(), day2, published_day_);
    slots["{CITY}"] = city.name;
    slots["{STATE}"] = place->name;
    if (lang_ == "ru") russian_place_slots(slots, city, *place, "");
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
      if (names_city(text)) {
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
    const Place& c1 = city_of(s1);
    const Place& c2 = city_of(*s2);
    slots["{CITY}"] = c1.name;
    slots["{CITY2}"] = c2.name;
    if (lang_ == "ru") {
      russian_place_slots(slots, c1, s1, "");
      russian_place_slots(slots, c2, *s2, "2");
    }
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
    if (fa_ || lang_ == "ar") {
      replace_all(out, "،،", "،");
      replace_all(out, "، ،", "،");
      replace_all(out, "،.", ".");
      replace_all(out, "، را ", " را ");
    } else {
      replace_all(out, ",,", ",");
      replace_all(out, ", ,", ",");
      replace_all(out, ",.", ".");
      if (lang_ == "ru") {
        out = upper(out, true);
      } else if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
      }
    }
    return out;
  }

  Random& rng_;
  const Roster& roster_;
  const CorpusOptions& options_;
  CorpusArticle& out_;
  const std::string lang_;
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
  if (options.langs.empty()) throw std::runtime_error("no corpus language");
  std::map<std::string, Roster> rosters;
  for (const std::string& lang : options.langs) {
    const ingest::Gazetteer* gazetteer = extractor.gazetteer(lang);
    if (!gazetteer) throw std::runtime_error("parley has no lexicon for " + lang);
    Roster roster(kb, *gazetteer, lang);
    if (roster.people().size() < 20 || roster.states().size() < 10) {
      throw std::runtime_error("the knowledge base has too few unambiguous names in " + lang);
    }
    rosters.emplace(lang, std::move(roster));
  }

  Random rng(options.seed);
  Corpus corpus;
  corpus.articles.reserve(options.articles);
  while (corpus.articles.size() < options.articles) {
    // Persian and English alone (the default) keep their draw of old, so that the default corpus
    // stays what it was; any other list is drawn evenly.
    const bool fa_en = options.langs == std::vector<std::string>{"fa", "en"};
    std::string lang = fa_en ? (rng.chance(options.persian_share) ? "fa" : "en") : options.langs[rng.below(options.langs.size())];
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
