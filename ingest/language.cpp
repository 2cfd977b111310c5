#include "ingest/language.hpp"

#include <array>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace parley::ingest {

namespace {

// Words frequent in one of the two languages and rare in the other (raw spellings).
constexpr std::array<std::u32string_view, 10> kPersianWords = {U"را", U"است", U"این", U"که", U"می", U"با",
                                                               U"برای", U"شد", U"کرد", U"های"};
constexpr std::array<std::u32string_view, 10> kArabicWords = {U"في", U"من", U"على", U"إلى", U"التي",
                                                              U"الذي", U"عن", U"مع", U"أن", U"هذا"};

template <std::size_t N>
bool contains(const std::array<std::u32string_view, N>& words, const std::u32string& w) {
  for (auto x : words) {
    if (x == w) return true;
  }
  return false;
}

}  // namespace

std::string detect_language(std::string_view text) {
  long latin = 0, cyrillic = 0, arabic = 0, persian = 0, arabic_only = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(std::min<std::size_t>(text.size(), 1u << 20));
  std::u32string word;
  auto end_word = [&] {
    if (!word.empty()) {
      if (contains(kPersianWords, word)) persian += 2;
      if (contains(kArabicWords, word)) arabic_only += 2;
    }
    word.clear();
  };
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !u_isalpha(c)) {
      end_word();
      continue;
    }
    word.push_back(static_cast<char32_t>(c));
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN: ++latin; break;
      case USCRIPT_CYRILLIC: ++cyrillic; break;
      case USCRIPT_ARABIC:
        ++arabic;
        if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF) persian += 3;  // پ چ ژ گ
        if (c == 0x06CC || c == 0x06A9) persian += 1;                                  // ی ک
        if (c == 0x0629 || c == 0x0649) arabic_only += 2;                              // ة ى
        if (c == 0x064A || c == 0x0643) arabic_only += 1;                              // ي ك
        break;
      default: break;
    }
  }
  end_word();
  const long letters = latin + cyrillic + arabic;
  if (letters < 8) return "";
  if (arabic >= latin && arabic >= cyrillic) return persian >= arabic_only ? "fa" : "ar";
  return cyrillic > latin ? "ru" : "en";
}

}  // namespace parley::ingest
