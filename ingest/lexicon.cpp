#include "ingest/lexicon.hpp"

#include <map>
#include <mutex>

#include <nlohmann/json.hpp>

#include "graph/errors.hpp"
#include "ingest/detail/embedded_files.hpp"

namespace parley::ingest {

namespace {
constexpr std::array<std::pair<Cue, std::string_view>, 8> kCues{{
    {Cue::kFuture, "future"},
    {Cue::kPlanned, "planned"},
    {Cue::kInvited, "invited"},
    {Cue::kProposed, "proposed"},
    {Cue::kDenied, "denied"},
    {Cue::kNegated, "negated"},
    {Cue::kHypothetical, "hypothetical"},
    {Cue::kBackground, "background"},
}};

std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
  return j.contains(key) ? j.at(key).get<std::vector<std::string>>() : std::vector<std::string>{};
}

// A phrase ending in '*' stands for the phrase with each verb ending of the language appended
// ("دیدار کرد*" -> "دیدار کرد", "دیدار کردند", "دیدار کرده بود", ...).
std::vector<std::string> expand(const std::vector<std::string>& phrases, const std::vector<std::string>& endings) {
  std::vector<std::string> out;
  for (const auto& p : phrases) {
    if (p.empty() || p.back() != '*') {
      out.push_back(p);
      continue;
    }
    const std::string stem = p.substr(0, p.size() - 1);
    out.push_back(stem);
    for (const auto& e : endings) {
      if (!e.empty()) out.push_back(stem + e);
    }
  }
  return out;
}

template <std::size_t N>
std::array<std::vector<std::string>, N> name_table(const nlohmann::json& j, const char* key, const std::string& name) {
  std::array<std::vector<std::string>, N> out;
  if (!j.contains(key)) return out;
  const auto& list = j.at(key);
  if (!list.is_array() || list.size() != N) {
    throw DataFileError(name + ": \"" + key + "\" must list " + std::to_string(N) + " entries");
  }
  for (std::size_t i = 0; i < N; ++i) {
    out[i] = list[i].is_string() ? std::vector<std::string>{list[i].get<std::string>()}
                                 : list[i].get<std::vector<std::string>>();
  }
  return out;
}
}  // namespace

std::string_view to_string(Cue c) {
  for (const auto& [cue, s] : kCues) {
    if (cue == c) return s;
  }
  return "?";
}

std::optional<Cue> parse_cue(std::string_view s) {
  for (const auto& [cue, name] : kCues) {
    if (name == s) return cue;
  }
  return std::nullopt;
}

Lexicon Lexicon::parse(std::string_view json_text, const std::string& name) {
  Lexicon lex;
  try {
    const auto j = nlohmann::json::parse(json_text);
    lex.lang = j.at("lang").get<std::string>();
    const auto endings = strings(j, "inflections");
    auto phrases = [&endings](const nlohmann::json& group, const char* key) { return expand(strings(group, key), endings); };
    for (const auto& group : j.at("triggers")) {
      const auto type = graph::parse_edge_type(group.at("type").get<std::string>());
      if (!type) throw DataFileError(name + ": unknown trigger type " + group.at("type").dump());
      for (const auto& p : phrases(group, "verbal")) lex.triggers.push_back({*type, p, false});
      for (const auto& p : phrases(group, "nominal")) lex.triggers.push_back({*type, p, true});
      for (const auto& p : phrases(group, "generic")) lex.triggers.push_back({*type, p, false, true, false});
      for (const auto& p : phrases(group, "generic_nominal")) lex.triggers.push_back({*type, p, true, true, false});
      for (const auto& p : phrases(group, "presence")) lex.triggers.push_back({*type, p, true, false, true});
    }
    for (const auto& group : j.at("roles")) {
      const auto role = graph::parse_role(group.at("role").get<std::string>());
      if (!role) throw DataFileError(name + ": unknown role " + group.at("role").dump());
      for (const auto& p : strings(group, "singular")) lex.roles.push_back({*role, p, false});
      for (const auto& p : strings(group, "plural")) lex.roles.push_back({*role, p, true});
    }
    for (const auto& [key, list] : j.at("cues").items()) {
      const auto cue = parse_cue(key);
      if (!cue) throw DataFileError(name + ": unknown cue kind \"" + key + "\"");
      for (const auto& p : expand(list.get<std::vector<std::string>>(), endings)) lex.cues.push_back({*cue, p});
    }
    for (const auto& group : j.value("relative_days", nlohmann::json::array())) {
      const int offset = group.at("offset").get<int>();
      for (const auto& p : strings(group, "phrases")) lex.relative_days.push_back({offset, p});
    }
    lex.with_words = strings(j, "with");
    lex.and_words = strings(j, "and");
    lex.counterpart_words = strings(j, "counterpart");
    lex.pronouns = strings(j, "pronouns");
    lex.destination_words = strings(j, "destination");
    lex.location_words = strings(j, "location");
    lex.this_year_words = strings(j, "this_year");
    lex.demonstratives = strings(j, "demonstratives");
    lex.possessives = strings(j, "possessives");
    lex.this_country_words = strings(j, "this_country");
    lex.honorifics = strings(j, "honorifics");
    lex.clause_breaks = strings(j, "clause_breaks");
    lex.same_day = strings(j, "same_day");
    lex.gatherings = strings(j, "gatherings");
    lex.home_state_words = strings(j, "home_state");
    lex.stopwords = strings(j, "stopwords");
    lex.since_words = strings(j, "since");
    lex.until_words = strings(j, "until");
    lex.former_words = strings(j, "former");
    lex.between_words = strings(j, "between");
    lex.clause_punctuation = j.value("clause_punctuation", std::string(":"));
    lex.numeric_month_first = j.value("numeric_dates", std::string("day_first")) == "month_first";
    const std::string era = j.value("era_calendar", std::string("none"));
    if (era == "jalali") lex.era_calendar = Calendar::kJalali;
    else if (era == "hijri") lex.era_calendar = Calendar::kHijri;
    else if (era != "none") throw DataFileError(name + ": unknown \"era_calendar\" " + era);
    for (const auto& p : j.value("proclitics", nlohmann::json::array())) {
      ProcliticWord w{p.at("form").get<std::string>(), p.value("restores", std::string())};
      for (const auto& mark : p.value("marks", std::vector<std::string>{})) {
        if (mark == "and") w.marks_and = true;
        else if (mark == "with") w.marks_with = true;
        else if (mark == "location") w.marks_location = true;
        else if (mark == "destination") w.marks_destination = true;
        else if (mark == "purpose") w.marks_purpose = true;
        else throw DataFileError(name + ": unknown proclitic mark \"" + mark + "\"");
      }
      lex.proclitics.push_back(std::move(w));
    }
    lex.gregorian_months = name_table<12>(j, "gregorian_months", name);
    lex.jalali_months = name_table<12>(j, "jalali_months", name);
    lex.hijri_months = name_table<12>(j, "hijri_months", name);
    lex.weekdays = name_table<7>(j, "weekdays", name);
    lex.ordinals = strings(j, "ordinals");
    lex.ordinal_links = strings(j, "ordinal_links");
    lex.title_then_name_is_possessor = j.value("title_before_name", std::string("apposition")) == "possessor";
    const nlohmann::json reaches = j.value("cue_reach", nlohmann::json::object());
    for (const auto& [key, reach] : reaches.items()) {
      if (key == "note") continue;
      const auto cue = parse_cue(key);
      if (!cue || !reach.is_array() || reach.size() != 2) throw DataFileError(name + ": bad \"cue_reach\" entry \"" + key + "\"");
      lex.cue_reach[*cue] = {reach[0].get<int>(), reach[1].get<int>()};
    }
    if (lex.ordinals.size() > 31) throw DataFileError(name + ": \"ordinals\" lists more than 31 days");
  } catch (const nlohmann::json::exception& e) {
    throw DataFileError(name + ": " + e.what());
  }
  return lex;
}

std::shared_ptr<const Lexicon> Lexicon::builtin(std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Lexicon>, std::less<>> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(lang); it != cache.end()) return it->second;
  const std::string path = "lexicon/" + std::string(lang) + ".json";
  std::shared_ptr<const Lexicon> lex;
  for (const auto& f : detail::embedded_files()) {
    if (f.path == path) lex = std::make_shared<const Lexicon>(parse(f.content, "ingest/" + path));
  }
  cache.emplace(std::string(lang), lex);
  return lex;
}

}  // namespace parley::ingest
