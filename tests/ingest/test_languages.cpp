#include <catch2/catch.hpp>

#include "ingest/rule_extractor.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {
// Edges from one article with the built-in knowledge base and lexicons.
std::vector<std::string> edges(const std::string& lang, const std::string& text, const std::string& published) {
  static const RuleExtractor extractor(KnowledgeBase::builtin());
  graph::Article a;
  a.id = "t";
  a.lang = lang;
  a.text = text;
  a.published = *graph::Date::parse_iso(published);
  std::vector<std::string> out;
  for (const auto& i : extractor.extract(a, false).interactions) {
    out.push_back(std::string(graph::to_string(i.type)) + " " + i.source.str() + " " + i.target.str() + " " +
                  (i.date.known() ? i.date.iso() : "?"));
  }
  std::sort(out.begin(), out.end());
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("Arabic: a call received from the Russian counterpart, today") {
  CHECK(edges("ar", "تلقى وزير الخارجية القطري اتصالا هاتفيا اليوم من نظيره الروسي سيرغي لافروف.", "2023-11-03") ==
        V{"called person:mohammed-bin-abdulrahman-bin-jassim-al-thani person:sergey-lavrov 2023-11-03"});
}

TEST_CASE("Arabic: a future visit makes no edge") {
  CHECK(edges("ar", "سيزور وزير الخارجية الروسي سيرغي لافروف طهران الأسبوع المقبل.", "2023-11-03").empty());
}

TEST_CASE("Russian: talks with the Turkish colleague in Moscow on Monday, and the colleague's visit") {
  CHECK(edges("ru", "Сергей Лавров в понедельник провел в Москве переговоры с турецким коллегой.", "2023-11-08") ==
        V{"met person:hakan-fidan person:sergey-lavrov 2023-11-06", "visited person:hakan-fidan state:RUS 2023-11-06"});
}

TEST_CASE("Russian: a denied meeting makes no edge") {
  CHECK(edges("ru", "В МИД опровергли сообщения о том, что Сергей Лавров встретился с Энтони Блинкеном.", "2023-11-08").empty());
}
