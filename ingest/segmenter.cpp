#include "ingest/segmenter.hpp"

#include <map>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utext.h>

#include "graph/errors.hpp"

namespace parley::ingest {

namespace {

void push_trimmed(std::string_view text, std::size_t b, std::size_t e, std::vector<Span>& out) {
  while (b < e && (text[b] == ' ' || text[b] == '\n')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  if (b < e) out.push_back({b, e});
}

// ICU breaks after an initial ("George W. Bush") and after abbreviations its suppression list
// lacks ("St. Lucia", "Gen. Smith"). A sentence that ends with a single capital and a full stop,
// or with one of these abbreviations, goes on in the next one. (Persian has no capitals to tell
// an initial from a short final word such as "شد.", so it is left as ICU splits it.)
bool ends_mid_sentence(std::string_view text, std::size_t end) {
  if (end == 0 || text[end - 1] != '.') return false;
  std::size_t b = end - 1;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '(') --b;
  const std::string_view word = text.substr(b, end - 1 - b);
  static constexpr std::string_view kAbbreviations[] = {"St", "Gen", "Lt", "Col", "Maj", "Capt", "Sen", "Rep", "Gov",
                                                         "Prof", "Sgt", "Adm", "Brig", "Amb", "Mt", "Ft", "No", "Jr", "Sr"};
  for (auto a : kAbbreviations) {
    if (word == a) return true;
  }
  // An initial: one capital letter ("W.", and each letter of "S.M." which ICU keeps together).
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  // A dotted initialism ("U.S.", "U.K.", "U.N."): in news copy it is nearly always an adjective
  // or a subject before more of its sentence ("U.S. Secretary of State ..."), and ICU's
  // suppression list misses it before a capitalised word. Gluing a rare true sentence end costs
  // less than cutting a sentence between its verb and its object.
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool ok = i % 2 == 0 ? (word[i] >= 'A' && word[i] <= 'Z') : word[i] == '.';
    if (!ok) return false;
  }
  return true;
}

// ICU does not break before a sentence that opens with a figure ("... ведомств. 31 августа
// министр ..."), since "e.g. 5 apples" looks the same. A full stop after a word of three or more
// letters none of them capitals (not an abbreviation like "Sept." or "No.") and a space, then a
// digit, ends a sentence. Returns the positions where the next sentence begins.
std::vector<std::size_t> breaks_before_figures(std::string_view text, const Span& s) {
  std::vector<std::size_t> out;
  for (std::size_t dot = text.find(". ", s.begin); dot != std::string_view::npos && dot + 2 < s.end; dot = text.find(". ", dot + 1)) {
    if (text[dot + 2] < '0' || text[dot + 2] > '9') continue;
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    std::size_t i = dot;
    int letters = 0;
    bool capital = false;
    while (i > s.begin) {
      std::size_t j = i - 1;  // back to the lead byte of the code point before i
      while (j > s.begin && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
      auto k = static_cast<int32_t>(j);
      UChar32 c = 0;
      U8_NEXT(p, k, static_cast<int32_t>(i), c);
      if (c < 0 || !u_isalpha(c)) break;
      capital |= u_isupper(c) != 0;
      ++letters;
      i = j;
    }
    if (letters >= 3 && !capital) out.push_back(dot + 2);
  }
  return out;
}

// This thread's sentence iterator for the language. Building one costs more than splitting a
// whole article (the suppression list is compiled into a trie each time), so each thread keeps
// one per language and only gives it new text.
icu::BreakIterator* sentence_iterator(std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> iterators;
  if (lang.empty()) lang = "en";
  if (auto found = iterators.find(lang); found != iterators.end()) return found->second.get();
  if (iterators.size() >= 16) iterators.clear();  // a language tag from input: keep the cache small
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's abbreviation suppressions (no break after "Mr." or "U.S.").
  const std::string locale = std::string(lang) + "@ss=standard";
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status)) throw Error(std::string("ICU sentence iterator: ") + u_errorName(status));
  return iterators.emplace(std::string(lang), std::move(it)).first->second.get();
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, std::string_view lang) {
  std::vector<Span> out;
  if (text.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator* it = sentence_iterator(lang);
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw Error(std::string("ICU UText: ") + u_errorName(status));
  it->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    throw Error(std::string("ICU setText: ") + u_errorName(status));
  }
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    // ICU breaks after a line break already; split any remaining ones (a sentence never spans lines).
    std::size_t b = static_cast<std::size_t>(start);
    const auto e = static_cast<std::size_t>(end);
    for (std::size_t nl = text.find('\n', b); nl != std::string_view::npos && nl < e; nl = text.find('\n', b)) {
      push_trimmed(text, b, nl, out);
      b = nl + 1;
    }
    push_trimmed(text, b, e, out);
  }
  utext_close(ut);
  // Glue back what ICU split after an initial or an abbreviation, within a line.
  std::vector<Span> merged;
  for (const Span& s : out) {
    if (!merged.empty() && ends_mid_sentence(text, merged.back().end) &&
        text.substr(merged.back().end, s.begin - merged.back().end).find('\n') == std::string_view::npos) {
      merged.back().end = s.end;
    } else {
      merged.push_back(s);
    }
  }
  std::vector<Span> split;
  for (const Span& s : merged) {
    std::size_t b = s.begin;
    for (std::size_t at : breaks_before_figures(text, s)) {
      split.push_back({b, at - 1});
      b = at;
    }
    split.push_back({b, s.end});
  }
  return split;
}

}  // namespace parley::ingest
