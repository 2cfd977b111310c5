#include "ingest/apposition.hpp"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace parley::ingest {

namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Lower-case particles inside Latin names ("Mohammed bin Abdulrahman", "Ursula von der Leyen").
bool particle(std::string_view w) {
  for (std::string_view p : {"bin", "bint", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "du", "la", "le"}) {
    if (w == p) return true;
  }
  return false;
}

// Words a capitalised run must not start with: they begin a sentence or a clause, not a name.
bool function_word(std::string_view w) {
  for (std::string_view p : {"The", "A", "An", "On", "In", "At", "He", "She", "They", "It", "His", "Her", "Their", "This",
                             "That", "And", "But", "With", "For", "Of", "To", "By", "Mr", "Mrs", "Ms", "Dr", "President",
                             "Minister", "Foreign", "Prime", "King", "Emir", "Secretary", "Sheikh", "Monday", "Tuesday",
                             "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) {
    if (w == p) return true;
  }
  return false;
}

// A quoted run «...», "...", “...” starting at `pos`; returns its inside.
std::optional<NameSpan> quoted_at(std::string_view s, std::size_t pos) {
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\u00AB", "\u00BB"}, {"\"", "\""}, {"\u201C", "\u201D"}};
  for (const auto& [open, close] : kQuotes) {
    if (s.substr(pos, open.size()) != open) continue;
    const std::size_t b = pos + open.size();
    const std::size_t e = s.find(close, b);
    if (e == std::string_view::npos || e - b < 3 || e - b > 60) return std::nullopt;
    const std::string_view inside = s.substr(b, e - b);
    if (inside.find_first_of("0123456789.,;:!?\n") != std::string_view::npos) return std::nullopt;
    std::size_t words = 1;
    for (char c : inside) words += c == ' ';
    if (words > 5) return std::nullopt;
    return NameSpan{std::string(inside), b, e};
  }
  return std::nullopt;
}

}  // namespace

std::optional<NameSpan> name_after(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == ',')) ++pos;
  if (auto q = quoted_at(s, pos)) return q;
  // Capitalised words, with particles inside.
  std::size_t i = pos, words = 0, end = pos;
  while (i < s.size() && words < 5) {
    std::size_t j = i;
    while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == '\'')) ++j;
    const std::string_view w = s.substr(i, j - i);
    if (w.empty()) break;
    if (upper_ascii(w[0]) && !(words == 0 && function_word(w))) {
      ++words;
      end = j;
    } else if (!(words > 0 && particle(w))) {
      break;
    }
    if (j >= s.size() || s[j] != ' ') break;
    i = j + 1;
  }
  if (words < 2) return std::nullopt;
  return NameSpan{std::string(s.substr(pos, end - pos)), pos, end};
}

std::optional<NameSpan> name_before(std::string_view s, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ',')) --e;
  // «NAME» right before.
  for (std::string_view close : {std::string_view("\u00BB"), std::string_view("\""), std::string_view("\u201D")}) {
    if (e >= close.size() && s.substr(e - close.size(), close.size()) == close) {
      const std::string_view open = close == "\u00BB" ? "\u00AB" : close == "\"" ? "\"" : "\u201C";
      const std::size_t b = s.rfind(open, e - close.size() - 1);
      if (b == std::string_view::npos) return std::nullopt;
      return quoted_at(s, b);
    }
  }
  // Capitalised words ending right before ", title".
  if (pos == e || s[e] != ',') return std::nullopt;
  std::size_t b = e, words = 0;
  while (b > 0 && words < 5) {
    std::size_t a = b;
    while (a > 0 && (std::isalpha(static_cast<unsigned char>(s[a - 1])) || s[a - 1] == '-' || s[a - 1] == '\'')) --a;
    const std::string_view w = s.substr(a, b - a);
    if (w.empty() || !(upper_ascii(w[0]) || (words > 0 && particle(w))) || function_word(w)) break;
    if (upper_ascii(w[0])) ++words;
    b = a;
    if (a == 0 || s[a - 1] != ' ') break;
    b = a - 1;
  }
  while (b < e && s[b] == ' ') ++b;
  if (words < 2) return std::nullopt;
  return NameSpan{std::string(s.substr(b, e - b)), b, e};
}

std::string latin_label(std::string_view name) {
  static const std::unique_ptr<icu::Transliterator> kToLatin([] {
    UErrorCode st = U_ZERO_ERROR;
    return icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, st);
  }());
  if (!kToLatin) return std::string(name);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  std::unique_ptr<icu::Transliterator> t(kToLatin->clone());  // transliterators are not thread-safe
  t->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

graph::ActorId learned_id(std::string_view name) { return graph::ActorId::for_person(latin_label(name)); }

graph::Actor learned_official(const NameSpan& name, const std::string& lang, graph::Role role, const graph::StateCode& state,
                              const graph::Date& date) {
  graph::Actor a;
  a.id = learned_id(name.name);
  a.kind = graph::ActorKind::kOfficial;
  a.label = latin_label(name.name);
  a.state = state;
  a.names[lang].push_back(name.name);
  graph::RoleSpan span;
  span.role = role;
  span.state = state;
  if (date.known()) span.from = date;  // known to hold it then; the term's start is not
  a.roles.push_back(span);
  a.source = graph::ActorSource::kLearned;
  return a;
}

}  // namespace parley::ingest
