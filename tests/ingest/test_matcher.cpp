#include <catch2/catch.hpp>

#include "ingest/matcher.hpp"
#include "ingest/normalizer.hpp"

using parley::ingest::Normalizer;
using parley::ingest::PhraseMatcher;

namespace {
std::vector<std::string> found(const PhraseMatcher& m, const std::string& raw) {
  const std::string text = Normalizer::instance().key(raw);
  std::vector<std::string> out;
  for (const auto& x : m.find_all(text)) out.push_back(text.substr(x.begin, x.end - x.begin));
  return out;
}
PhraseMatcher with(std::initializer_list<const char*> phrases) {
  PhraseMatcher m;
  std::uint32_t v = 0;
  for (const char* p : phrases) m.add(Normalizer::instance().phrase_key(p), v++);
  return m;
}
}  // namespace

TEST_CASE("a phrase matches whatever the spacing of its words") {
  const auto m = with({"گفتوگو"});
  REQUIRE(found(m, "در گفت و گوی تلفنی") .empty());  // "گوی" is another word form
  REQUIRE(found(m, "گفت و گو کرد") == std::vector<std::string>{"گفت و گو"});
  REQUIRE(found(m, "گفت\u200cوگو کرد") == std::vector<std::string>{"گفتوگو"});
}

TEST_CASE("matches start and end at word boundaries") {
  const auto m = with({"iran"});
  REQUIRE(found(m, "Iranian officials").empty());
  REQUIRE(found(m, "Iran's minister") == std::vector<std::string>{"iran"});
  REQUIRE(found(m, "(Iran)") == std::vector<std::string>{"iran"});
  REQUIRE(found(m, "Airan").empty());
}

TEST_CASE("a search from the middle of a text knows whether a word starts there") {
  PhraseMatcher m;
  m.add("all", 1);
  m.add("sall", 2);
  m.add("лавров", 3);
  const std::string text = "it's all xall, лавров";
  auto spans = [&](std::size_t begin) {
    std::vector<std::string> out;
    for (const auto& x : m.find_all(text, begin, text.size())) out.push_back(text.substr(x.begin, x.end - x.begin));
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(spans(0) == V{"all", "лавров"});
  CHECK(spans(3) == V{"all", "лавров"});   // "s" after the apostrophe of "it's" starts no word
  CHECK(spans(10) == V{"лавров"});         // "all" inside "xall" is no word
  CHECK(spans(14) == V{"лавров"});         // from the space before a Cyrillic word
  CHECK(spans(17) == V{});                 // the second letter of "лавров" (after its first two bytes)
}

TEST_CASE("hyphenated and spaced names match alike") {
  const auto m = with({"Amir-Abdollahian"});
  REQUIRE(found(m, "Hossein Amir Abdollahian said").size() == 1);
  REQUIRE(found(m, "Hossein Amirabdollahian said").size() == 1);
}

TEST_CASE("overlapping phrases are all reported, with every value") {
  PhraseMatcher m;
  m.add(Normalizer::instance().phrase_key("foreign minister"), 1);
  m.add(Normalizer::instance().phrase_key("minister"), 2);
  m.add(Normalizer::instance().phrase_key("minister"), 3);
  const std::string text = "the foreign minister said";
  const auto all = m.find_all(text);
  REQUIRE(all.size() == 3);
  REQUIRE(m.phrase_count() == 3);
}

TEST_CASE("in Latin script a space of the text is not skipped: it's all is not Sall") {
  const auto m = with({"Sall"});
  REQUIRE(found(m, "It's all smiles").empty());
  REQUIRE(found(m, "Macky Sall said").size() == 1);
  REQUIRE(found(m, "Mac-ky").empty());
}

TEST_CASE("a space of the phrase may be missing in the text, in any script") {
  const auto m = with({"نخست وزیر", "Al Thani"});
  REQUIRE(found(m, "نخستوزیر گفت").size() == 1);
  REQUIRE(found(m, "نخست وزیر گفت").size() == 1);
  REQUIRE(found(m, "Sheikh Al-Thani").size() == 1);
  REQUIRE(found(m, "Sheikh AlThani").size() == 1);
}

TEST_CASE("a one-letter Persian word is never glued to the next: 'و از' is not the name 'واز'") {
  const auto m = with({"واز"});
  REQUIRE(found(m, "شد و از برنامه گفت").empty());
  REQUIRE(found(m, "پدرو واز گفت").size() == 1);
}

TEST_CASE("a match never crosses a line break") {
  const auto m = with({"sergey lavrov"});
  REQUIRE(found(m, "Sergey\nLavrov").empty());
}

namespace {
PhraseMatcher with_arabic_proclitics(std::initializer_list<const char*> phrases) {
  auto m = with(phrases);
  const auto& n = Normalizer::instance();
  m.add_proclitic(n.phrase_key("ب"));
  m.add_proclitic(n.phrase_key("و"));
  m.add_proclitic(n.phrase_key("لل"), n.phrase_key("ال"));
  return m;
}
}  // namespace

TEST_CASE("after a proclitic a phrase matches from its stem, and the match names the proclitic") {
  const auto m = with_arabic_proclitics({"القاهرة", "سلمان"});
  const std::string text = Normalizer::instance().key("وصل بالقاهرة وسلمان");
  const auto matches = m.find_all(text);
  REQUIRE(matches.size() == 2);
  REQUIRE(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == Normalizer::instance().key("القاهرة"));
  REQUIRE(matches[0].proclitic == 1);
  REQUIRE(m.proclitic_size(matches[0].proclitic) == std::string("ب").size());
  REQUIRE(matches[1].proclitic == 2);
}

TEST_CASE("'لل' restores the article's alef: للقاهرة is ل + القاهرة") {
  const auto m = with_arabic_proclitics({"القاهرة"});
  REQUIRE(found(m, "زيارته للقاهرة") == std::vector<std::string>{Normalizer::instance().key("قاهرة")});
}

TEST_CASE("a proclitic needs a stem of two letters, and a whole-word phrase needs none") {
  const auto m = with_arabic_proclitics({"ن", "بن"});
  REQUIRE(found(m, "بن") == std::vector<std::string>{"بن"});  // the word itself, not ب + ن
  REQUIRE(with_arabic_proclitics({"القاهرة"}).find_all(Normalizer::instance().key("القاهرة"))[0].proclitic == 0);
}
