#include "ingest/name_forms.hpp"

#include <algorithm>
#include <array>
#include <sstream>

#include <unicode/unistr.h>

namespace parley::ingest {

namespace {

enum Case { kGen, kDat, kAcc, kIns, kPrep, kCases };

bool ends_with(const std::u16string& w, std::u16string_view tail) {
  return w.size() >= tail.size() && std::u16string_view(w).substr(w.size() - tail.size()) == tail;
}

bool is_lower(char16_t c) { return c >= u'а' && c <= u'я'; }

// One word in one case (u16 to index Cyrillic letters).
std::u16string decline(const std::u16string& w, Case c) {
  if (w.size() < 2) return w;
  const std::u16string stem1 = w.substr(0, w.size() - 1);
  static constexpr std::array<std::u16string_view, kCases> kOvMasc = {u"а", u"у", u"а", u"ым", u"е"};
  static constexpr std::array<std::u16string_view, kCases> kConsonant = {u"а", u"у", u"а", u"ом", u"е"};
  static constexpr std::array<std::u16string_view, kCases> kSoftY = {u"я", u"ю", u"я", u"ем", u"е"};
  static constexpr std::array<std::u16string_view, kCases> kIy = {u"я", u"ю", u"я", u"ем", u"и"};
  static constexpr std::array<std::u16string_view, kCases> kFemOva = {u"ой", u"ой", u"у", u"ой", u"ой"};
  static constexpr std::array<std::u16string_view, kCases> kA = {u"ы", u"е", u"у", u"ой", u"е"};
  static constexpr std::array<std::u16string_view, kCases> kYa = {u"и", u"е", u"ю", u"ей", u"е"};
  const char16_t last = w.back();
  if (ends_with(w, u"ова") || ends_with(w, u"ева") || ends_with(w, u"ина") || ends_with(w, u"ына")) {
    return stem1 + std::u16string(kFemOva[c]);
  }
  if (ends_with(w, u"ов") || ends_with(w, u"ев") || ends_with(w, u"ёв") || ends_with(w, u"ин") || ends_with(w, u"ын")) {
    return w + std::u16string(kOvMasc[c]);
  }
  if (ends_with(w, u"ий")) return stem1 + std::u16string(kIy[c]);
  if (last == u'й') return stem1 + std::u16string(kSoftY[c]);
  if (last == u'а') {
    // After г к х ж ч ш щ the genitive ending is -и, not -ы (Мусоргского aside).
    const char16_t before = w[w.size() - 2];
    auto forms = kA;
    if (std::u16string_view(u"гкхжчшщ").find(before) != std::u16string_view::npos) forms[kGen] = u"и";
    return stem1 + std::u16string(forms[c]);
  }
  if (ends_with(w, u"ия")) {  // Мария -> Марии, Марию, Марией
    static constexpr std::array<std::u16string_view, kCases> kIya = {u"и", u"и", u"ю", u"ей", u"и"};
    return stem1 + std::u16string(kIya[c]);
  }
  if (last == u'я') return stem1 + std::u16string(kYa[c]);
  if (last == u'ь') return stem1 + std::u16string(c == kIns ? u"ем" : c == kDat ? u"ю" : u"я");
  if (std::u16string_view(u"оеиуюэыё").find(last) != std::u16string_view::npos) return w;  // indeclinable
  if (is_lower(last) || (last >= u'А' && last <= u'Я')) return w + std::u16string(kConsonant[c]);
  return w;
}

}  // namespace

std::vector<std::string> russian_name_forms(std::string_view name) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  std::u16string text(reinterpret_cast<const char16_t*>(u.getBuffer()), static_cast<std::size_t>(u.length()));
  std::vector<std::u16string> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == u' ') {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  std::vector<std::string> out;
  for (int c = 0; c < kCases; ++c) {
    std::u16string form;
    for (std::size_t k = 0; k < words.size(); ++k) {
      // Hyphenated parts decline on their last part only ("Амир-Абдоллахиян").
      form += (k ? u" " : u"") + decline(words[k], static_cast<Case>(c));
    }
    std::string utf8;
    icu::UnicodeString(reinterpret_cast<const UChar*>(form.data()), static_cast<int32_t>(form.size())).toUTF8String(utf8);
    if (utf8 != name && std::find(out.begin(), out.end(), utf8) == out.end()) out.push_back(utf8);
  }
  return out;
}

}  // namespace parley::ingest
