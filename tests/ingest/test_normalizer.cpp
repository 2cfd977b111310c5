#include <catch2/catch.hpp>

#include "ingest/normalizer.hpp"

using parley::ingest::Normalizer;

namespace {
std::string key(const std::string& s) { return Normalizer::instance().key(s); }
std::string compact(const std::string& s) { return Normalizer::instance().compact_key(s); }
}  // namespace

TEST_CASE("ZWNJ, space and no-space spellings of a Persian compound are equal when compacted") {
  REQUIRE(compact("گفت\u200cوگو") == compact("گفتوگو"));
  REQUIRE(compact("گفت و گو") == compact("گفتوگو"));
  REQUIRE(compact("می\u200cشود") == compact("میشود"));
  REQUIRE(key("نخست\u200cوزیر") == key("نخستوزیر"));
}

TEST_CASE("Arabic letter forms fold to the Persian ones") {
  REQUIRE(key("علي") == key("علی"));
  REQUIRE(key("كرد") == key("کرد"));
  REQUIRE(key("رئيس") == key("رییس"));
  REQUIRE(key("مدرسة") == key("مدرسه"));
  REQUIRE(key("آبان") == key("ابان"));
  REQUIRE(key("إيران") == key("ایران"));
}

TEST_CASE("tatweel and diacritics disappear") {
  REQUIRE(key("وزيـــر") == key("وزیر"));
  REQUIRE(key("مُحَمَّد") == key("محمد"));
  REQUIRE(key("Erdoğan") == "erdogan");
  REQUIRE(key("José") == "jose");
}

TEST_CASE("Persian and Arabic-Indic digits become ASCII") {
  REQUIRE(key("۱۲ آبان ۱۴۰۲") == key("12 ابان 1402"));
  REQUIRE(key("٣ نوفمبر") == "3 نوفمبر");
}

TEST_CASE("case folds, quotes and Arabic punctuation become ASCII, spaces collapse") {
  REQUIRE(key("Sergey  LAVROV") == "sergey lavrov");
  REQUIRE(key("«الکساندر لاورنتیف»") == "\"الکساندر لاورنتیف\"");
  REQUIRE(key("عراق، لبنان؛ سوریه؟") == "عراق, لبنان; سوریه?");
  REQUIRE(key("Putin’s") == "putin's");
}

TEST_CASE("every normalised byte maps back to the original text") {
  const std::string original = "وزیر امور\u200cخارجه  گفت: «۱۲ آبان»";
  const auto n = Normalizer::instance().normalize(original);
  REQUIRE(n.src_begin.size() == n.text.size());
  const auto pos = n.text.find("12");
  REQUIRE(pos != std::string::npos);
  const auto [b, e] = n.original_span(pos, pos + 2);
  REQUIRE(original.substr(b, e - b) == "۱۲");
  const auto word = n.text.find("خارجه");
  const auto [wb, we] = n.original_span(word, word + std::string("خارجه").size());
  REQUIRE(original.substr(wb, we - wb) == "خارجه");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD instead of failing") {
  const auto n = Normalizer::instance().normalize(std::string("ab\xff" "cd"));
  REQUIRE(n.text == "ab\uFFFDcd");
}

TEST_CASE("the compact key is the normalised text without spaces, line breaks and hyphens") {
  for (const std::string& text : {std::string("  Foreign Minister Amir-Abdollahian\n\n met  «Lavrov» "),
                                 std::string("وزیر\u200cامور خارجه  ١٤٠٢/٠٨/١٢ — \u0643\u064a\n"),
                                 std::string("Ünïcode\tTAB \xff broken \xe2\x80 end"), std::string()}) {
    std::string expected;
    for (char c : Normalizer::instance().normalize(text).text) {
      if (c != ' ' && c != '\n' && c != '-') expected.push_back(c);
    }
    CHECK(compact(text) == expected);
  }
}
