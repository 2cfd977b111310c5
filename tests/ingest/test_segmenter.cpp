#include <catch2/catch.hpp>

#include "ingest/segmenter.hpp"

using parley::ingest::split_sentences;

namespace {
std::vector<std::string> sentences(const std::string& text, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text, lang)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("sentences end at full stops and line breaks") {
  CHECK(sentences("Lavrov met Wang Yi. They talked.\nHeadline without stop\n\nNext paragraph.", "en") ==
        V{"Lavrov met Wang Yi.", "They talked.", "Headline without stop", "Next paragraph."});
  CHECK(sentences("لاوروف با وانگ یی دیدار کرد. آنها گفتگو کردند.", "fa") == V{"لاوروف با وانگ یی دیدار کرد.", "آنها گفتگو کردند."});
}

TEST_CASE("initials and abbreviations do not end a sentence") {
  CHECK(sentences("George W. Bush met Tony Blair. Then he left.", "en") == V{"George W. Bush met Tony Blair.", "Then he left."});
  CHECK(sentences("The minister of St. Lucia arrived. Talks began.", "en") == V{"The minister of St. Lucia arrived.", "Talks began."});
  CHECK(sentences("Mr. Putin met Gen. Smith in Moscow.", "en") == V{"Mr. Putin met Gen. Smith in Moscow."});
  CHECK(sentences("He met S. M. Krishna. They talked.", "en") == V{"He met S. M. Krishna.", "They talked."});
  // Dotted initialisms before a capitalised word.
  CHECK(sentences("Wang Yi called U.S. Secretary of State Antony Blinken. They spoke of trade.", "en") ==
        V{"Wang Yi called U.S. Secretary of State Antony Blinken.", "They spoke of trade."});
  CHECK(sentences("The U.N. Secretary-General met the U.K. Foreign Secretary.", "en") ==
        V{"The U.N. Secretary-General met the U.K. Foreign Secretary."});
}

TEST_CASE("a sentence that opens with a figure starts after a full stop, but not after an abbreviation") {
  const std::string text = "Встречу готовили министры. 31 августа Фидан прилетел в Москву.";
  const auto spans = split_sentences(text, "ru");
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "31 августа Фидан прилетел в Москву.");
  CHECK(split_sentences("They met on Sept. 11 in New York.", "en").size() == 1);
  CHECK(split_sentences("The talks ended. 12 people were hurt.", "en").size() == 2);
}
