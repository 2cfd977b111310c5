#include <catch2/catch.hpp>

#include "ingest/rule_extractor.hpp"
#include "support/edge_strings.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {
// Edges from one article with the built-in knowledge base and lexicons.
std::vector<std::string> edges(const std::string& lang, const std::string& text, const std::string& published) {
  static const RuleExtractor extractor(KnowledgeBase::builtin());
  return test::edge_strings(extractor, lang, text, published);
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
