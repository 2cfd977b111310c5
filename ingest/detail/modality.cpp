#include "ingest/detail/modality.hpp"

#include <algorithm>

#include "ingest/detail/sentence_refs.hpp"

namespace parley::ingest::detail {

namespace {


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

std::string quote(std::string_view text, std::size_t b, std::size_t e) { return "'" + std::string(text.substr(b, e - b)) + "'"; }

}  // namespace

std::pair<std::size_t, std::size_t> clause_around(const Lexicon& lex, std::string_view text, const Span& sentence, const std::vector<TaggedMatch>& matches,
                                                  const TaggedMatch& t) {
  std::size_t begin = sentence.begin, end = sentence.end;
  for (const auto& m : matches) {
    if (m.entry.tag != Tag::kClauseBreak) continue;
    if (m.end <= t.begin) begin = std::max(begin, m.end);
    if (m.begin >= t.end) end = std::min(end, m.begin);
  }
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    // ';' separates list items in English, so it breaks a clause only where the lexicon says so
    // (Arabic and Persian "؛", normalised to ';').
    if (lex.clause_punctuation.find(text[i]) == std::string::npos) continue;
    if (i < t.begin) begin = std::max(begin, i + 1);
    if (i >= t.end) end = std::min(end, i);
  }
  return {begin, end};
}

std::optional<std::string> blocking_cue(const Lexicon& lex, std::string_view text, const TaggedMatch& t,
                                        const std::vector<TaggedMatch>& cues, std::pair<std::size_t, std::size_t> clause) {
  for (const auto& c : cues) {
    if (c.begin < clause.first || c.end > clause.second) continue;
    const Cue kind = lex.cues[static_cast<std::size_t>(c.entry.value)].cue;
    if (kind == Cue::kBackground) continue;
    CueScope scope = scope_of(kind);
    if (auto it = lex.cue_reach.find(kind); it != lex.cue_reach.end()) scope = {it->second.first, it->second.second};
    // "with the presence of" names the event's guests; the event's own verb, and with it its
    // tense, may come anywhere in the clause ("... با شرکت X ... برگزار می‌شود").
    if (lex.triggers[static_cast<std::size_t>(t.entry.value)].presence) scope = {1000, 1000};
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


bool has_background_cue(const Lexicon& lex, const std::vector<TaggedMatch>& cues) {
  return std::any_of(cues.begin(), cues.end(), [&](const TaggedMatch& c) {
    return lex.cues[static_cast<std::size_t>(c.entry.value)].cue == Cue::kBackground;
  });
}

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

}  // namespace parley::ingest::detail
