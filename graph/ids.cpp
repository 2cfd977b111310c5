#include "graph/ids.hpp"

#include <cctype>

namespace parley::graph {

std::optional<StateCode> StateCode::parse(std::string_view code) {
  if (code.size() < 2 || code.size() > 6) return std::nullopt;
  std::string out;
  for (char c : code) {
    const auto u = static_cast<unsigned char>(c);
    if (!std::isalpha(u) || u > 127) return std::nullopt;
    out.push_back(static_cast<char>(std::toupper(u)));
  }
  return StateCode(std::move(out));
}

ActorId ActorId::for_role(std::string_view role, const StateCode& state) {
  return ActorId("role:" + std::string(role) + "@" + state.str());
}

ActorId ActorId::for_person(std::string_view english_label) {
  return ActorId("person:" + slugify(english_label));
}

std::string_view ActorId::scheme() const {
  const auto pos = value_.find(':');
  return pos == std::string::npos ? std::string_view() : std::string_view(value_).substr(0, pos);
}

namespace {
// Two-byte UTF-8 Latin letters with diacritics (U+00C0..U+017F) folded to their base letter; enough
// for ids made from English Wikipedia titles ("Erdoğan", "Vučić", "Muñoz").
char fold_latin(unsigned cp) {
  static constexpr std::string_view kLatin1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuyty";
  static constexpr std::string_view kLatinA =  // U+0100..U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnn"
      "oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kLatinA[cp - 0x100];
  return '-';
}
}  // namespace

std::string slugify(std::string_view text) {
  std::string out;
  auto push = [&out](char c) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c == '\'' || c == 0x60) continue;  // "O'Brien" -> "obrien"
      push(static_cast<char>(c));
    } else if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      push(fold_latin(cp));
      ++i;
    } else {
      push('-');
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace parley::graph
