#include "ingest/normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "graph/errors.hpp"

namespace parley::ingest {

namespace {

// Our own table: Arabic letter forms -> one Persian form (NFKC does not unify them), and the
// characters that must vanish or become ASCII punctuation. Returns true when `cp` was handled.
bool fold_special(UChar32 cp, std::string& out) {
  switch (cp) {
    case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0x00AD: case 0x0640: case 0xFEFF:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0x0621:
      return true;  // dropped
    case 0x064A: case 0x0649: case 0x0626: out = "\u06CC"; return true;            // ي ى ئ -> ی
    case 0x0643: out = "\u06A9"; return true;                                       // ك -> ک
    case 0x0629: case 0x06C0: case 0x06D5: out = "\u0647"; return true;             // ة ۀ ە -> ه
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: out = "\u0627"; return true;  // أ إ آ ٱ -> ا
    case 0x0624: out = "\u0648"; return true;                                       // ؤ -> و
    case 0x060C: out = ","; return true;                                            // ،
    case 0x061B: out = ";"; return true;                                            // ؛
    case 0x061F: out = "?"; return true;                                            // ؟
    case 0x06D4: out = "."; return true;                                            // ۔
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x275D: case 0x275E: case 0x300C: case 0x300D:
      out = "\""; return true;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      out = "'"; return true;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      out = "-"; return true;
    case '\n': case 0x2028: case 0x2029: case 0x0085: out = "\n"; return true;
    case '\r': return true;  // CRLF -> LF
    default: break;
  }
  if (u_isUWhiteSpace(cp) || cp == '\t') {
    out = " ";
    return true;
  }
  if (u_charType(cp) == U_DECIMAL_DIGIT_NUMBER) {
    out = std::string(1, static_cast<char>('0' + u_charDigitValue(cp)));
    return true;
  }
  return false;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

struct Normalizer::Impl {
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  std::vector<std::string> bmp;  // replacement of every BMP code point

  std::string fold(UChar32 cp) const {
    std::string out;
    if (fold_special(cp, out)) return out;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString folded = nfkc_cf->normalize(icu::UnicodeString(cp), status);
    if (U_FAILURE(status)) return to_utf8(icu::UnicodeString(cp));
    const icu::UnicodeString decomposed = nfd->normalize(folded, status);
    if (U_FAILURE(status)) return to_utf8(folded);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;  // harakat, accents
      std::string special;
      if (fold_special(c, special)) {  // NFKC may produce letters our table folds (presentation forms)
        kept.append(icu::UnicodeString::fromUTF8(special));
      } else {
        kept.append(c);
      }
    }
    return to_utf8(kept);
  }

  const std::string* lookup(UChar32 cp, std::string& scratch) const {
    if (cp >= 0 && cp < 0x10000) return &bmp[static_cast<std::size_t>(cp)];
    scratch = fold(cp);
    return &scratch;
  }
};

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
  impl_->nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFD unavailable: ") + u_errorName(status));
  impl_->bmp.resize(0x10000);
  for (UChar32 cp = 0; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates never decode from valid UTF-8
    if (cp < 0x80 && cp != '\r' && cp != '\t' && cp != '\n' && cp != ' ') {
      const char c = static_cast<char>(cp);
      impl_->bmp[static_cast<std::size_t>(cp)] = std::string(1, (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
      continue;
    }
    impl_->bmp[static_cast<std::size_t>(cp)] = impl_->fold(cp);
  }
}

Normalizer::~Normalizer() = default;

const Normalizer& Normalizer::instance() {
  static const Normalizer normalizer;
  return normalizer;
}

NormalizedText Normalizer::normalize(std::string_view utf8) const {
  NormalizedText out;
  out.text.reserve(utf8.size());
  out.src_begin.reserve(utf8.size());
  out.src_end.reserve(utf8.size());
  std::string scratch;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const int32_t begin = i;
    UChar32 cp = 0;
    U8_NEXT(s, i, length, cp);
    if (cp < 0) cp = 0xFFFD;
    const std::string* rep = impl_->lookup(cp, scratch);
    if (rep->empty()) continue;
    // Collapse runs of spaces, and drop spaces at the start of a line.
    if (*rep == " " && (out.text.empty() || out.text.back() == ' ' || out.text.back() == '\n')) continue;
    if (*rep == "\n" && !out.text.empty() && out.text.back() == ' ') {
      out.text.back() = '\n';  // a space before a line break: reuse its slot
      out.src_begin.back() = static_cast<std::uint32_t>(begin);
      out.src_end.back() = static_cast<std::uint32_t>(i);
      continue;
    }
    out.text += *rep;
    out.src_begin.insert(out.src_begin.end(), rep->size(), static_cast<std::uint32_t>(begin));
    out.src_end.insert(out.src_end.end(), rep->size(), static_cast<std::uint32_t>(i));
  }
  return out;
}


std::string Normalizer::key(std::string_view utf8) const {
  std::string text = normalize(utf8).text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text;
}

std::string Normalizer::phrase_key(std::string_view utf8) const {
  std::string out;
  for (char c : key(utf8)) {
    if (c == '-' || c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Normalizer::compact_key(std::string_view utf8) const {
  // normalize(utf8).text without its spaces, line breaks and hyphens, in one pass that keeps no
  // source offsets: every article's content hash is computed from it.
  std::string out;
  out.reserve(utf8.size());
  std::string scratch;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 cp = 0;
    U8_NEXT(s, i, length, cp);
    if (cp < 0) cp = 0xFFFD;
    for (const char c : *impl_->lookup(cp, scratch)) {
      if (c != ' ' && c != '\n' && c != '-') out.push_back(c);
    }
  }
  return out;
}

}  // namespace parley::ingest
