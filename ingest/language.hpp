#pragma once
// Language identification for the languages parley reads: script counts decide between Latin
// (en), Cyrillic (ru) and Arabic script; within Arabic script, letters only Persian has (پ چ ژ گ)
// and frequent function words of each language decide between fa and ar.

#include <string>
#include <string_view>

namespace parley::ingest {

// "fa", "ar", "en", "ru", or "" when the text has too few letters to tell. Reads the original text
// (before normalisation folds Arabic and Persian letters together).
std::string detect_language(std::string_view utf8);

}  // namespace parley::ingest
