#pragma once
// Learning officials the knowledge base does not know, from appositions: a name written right
// next to a title of a state names that office's holder.
//   English: "Omani Foreign Minister Badr Albusaidi", "Badr Albusaidi, Oman's foreign minister"
//            (capitalised words next to the title);
//   any language: a quoted name next to the title ("«بدر البوسعیدی» وزیر خارجه عمان").
// The learned official gets a stable id from an ASCII transliteration of the name (ICU
// Any-Latin), the title's office, and source "learned"; it is stored with the article and
// loaded into the knowledge base of later ingests.

#include <optional>
#include <string>
#include <string_view>

#include "graph/actor.hpp"
#include "graph/date.hpp"

namespace parley::ingest {

struct NameSpan {
  std::string name;        // as written in the original text
  std::size_t begin = 0;   // byte span in the original text
  std::size_t end = 0;
};

// The name written right after original[pos...] (skipping spaces and a comma), if any: a quoted
// one in any language, or capitalised words in Latin script.
std::optional<NameSpan> name_after(std::string_view original, std::size_t pos);
// The name written right before original[...pos) (an apposition "NAME, title" or "«NAME» title").
std::optional<NameSpan> name_before(std::string_view original, std::size_t pos);

// "person:" + ASCII slug of the name's Latin transliteration ("بدر البوسعیدی" -> "person:bdr-albwsydy").
graph::ActorId learned_id(std::string_view name);
// An ASCII rendering of the name for labels ("Badr Albusaidi" stays itself).
std::string latin_label(std::string_view name);

// A learned official: the name in `lang`, the office of `state` held on `date`.
graph::Actor learned_official(const NameSpan& name, const std::string& lang, graph::Role role, const graph::StateCode& state,
                              const graph::Date& date);

}  // namespace parley::ingest
