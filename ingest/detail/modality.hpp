#pragma once
// Modality and clauses: which cues (future, planned, invited, proposed, denied, negated,
// hypothetical) block a trigger, how far they reach within its clause, and where clauses begin and
// end ("while", "who", "در حالی که", ":" before a quote).

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/gazetteer.hpp"
#include "ingest/lexicon.hpp"
#include "ingest/segmenter.hpp"

namespace parley::ingest::detail {

// The span of the clause around a trigger, within the sentence.
std::pair<std::size_t, std::size_t> clause_around(const Lexicon& lex, std::string_view text, const Span& sentence, const std::vector<TaggedMatch>& matches,
                                                  const TaggedMatch& t);

// The blocking cue within its reach of the trigger in the trigger's clause, described for
// explain ("future cue 'خواهد'"), if any.
std::optional<std::string> blocking_cue(const Lexicon& lex, std::string_view text, const TaggedMatch& t,
                                        const std::vector<TaggedMatch>& cues, std::pair<std::size_t, std::size_t> clause);

// The sentence has a background cue (pluperfect, "earlier"): undated events in it have no date.
bool has_background_cue(const Lexicon& lex, const std::vector<TaggedMatch>& cues);

// "this meeting", "این دیدار": a nominal trigger right after a demonstrative (outside a cue such as
// "پیش از این") is an event the text already told.
bool refers_back(const std::vector<TaggedMatch>& matches, const std::vector<TaggedMatch>& cues, const TaggedMatch& t,
                 std::string_view text);

}  // namespace parley::ingest::detail
