#include <catch2/catch.hpp>

#include "support/edge_strings.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {
// Edges from one article with the built-in knowledge base and lexicons.
std::vector<std::string> edges(const std::string& lang, const std::string& text, const std::string& published) {
  return test::builtin_edges(lang, text, published);
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

TEST_CASE("Arabic: names and places joined to a proclitic ('و', 'ب', 'ل') are matched and marked") {
  // "ب" + place: where the meeting was; the guest from abroad visited.
  CHECK(edges("ar", "التقى الرئيس المصري عبد الفتاح السيسي أمس بالرياض ولي العهد السعودي محمد بن سلمان.", "2023-04-04") ==
        V{"met person:abdel-fattah-el-sisi person:mohammed-bin-salman 2023-04-03",
          "visited person:abdel-fattah-el-sisi state:SAU 2023-04-03"});
  // "ل" + place after a visit noun: the destination.
  CHECK(edges("ar", "اختتم رئيس الوزراء العراقي محمد شياع السوداني أمس زيارة رسمية لطهران.", "2023-04-04") ==
        V{"visited person:mohammed-shia-al-sudani state:IRN 2023-04-03"});
}

TEST_CASE("Arabic: a verb-first visit takes its destination after the subject, without a preposition") {
  CHECK(edges("ar", "وصل وزير الخارجية العراقي فؤاد حسين، اليوم الأحد، العاصمة السعودية الرياض.", "2023-04-02") ==
        V{"visited person:fuad-hussein state:SAU 2023-04-02"});
}

TEST_CASE("Arabic: 'ل' before a verbal noun is a purpose, not an event") {
  CHECK(edges("ar", "سيتوجه وزير الخارجية العراقي فؤاد حسين إلى أنقرة لبحث العلاقات مع نظيره التركي.", "2023-04-02").empty());
}

TEST_CASE("one trip told on two days is one visit, dated to its first day") {
  CHECK(edges("en", "Recep Tayyip Erdogan arrived in Qatar on Sunday for a two-day visit. On Monday, Erdogan toured Qatar's new port during his visit to Qatar.",
              "2023-07-18") == V{"visited person:recep-tayyip-erdogan state:QAT 2023-07-16"});
}

TEST_CASE("Arabic: 'المسؤولان' (the two officials) are the last pair, whatever their offices") {
  CHECK(edges("ar", "التقى وزير الخارجية المغربي ناصر بوريطة اليوم الأحد بنظيره الروسي سيرغي لافروف. وأجرى المسؤولان مباحثات في مدينة سوتشي.",
              "2024-11-10") == V{"met person:nasser-bourita person:sergey-lavrov 2024-11-10", "visited person:nasser-bourita state:RUS 2024-11-10"});
}

TEST_CASE("Arabic: '؛' ends a clause, so the one who invited is no participant") {
  CHECK(edges("ar", "وصل الرئيس المصري عبد الفتاح السيسي أمس إلى باريس تلبية لدعوة من الرئيس الفرنسي إيمانويل ماكرون؛ والتقى بوزير الخارجية الفرنسي جان إيف لودريان.",
              "2020-12-07") == V{"met person:abdel-fattah-el-sisi person:jean-yves-le-drian 2020-12-06", "visited person:abdel-fattah-el-sisi state:FRA 2020-12-06"});
}

TEST_CASE("Russian: an undated headline call is the call the text dates, and a conversation is that call") {
  CHECK(edges("ru", "Путин позвонил Токаеву. В понедельник, 6 марта, состоялся телефонный разговор Владимира Путина с Касым-Жомартом Токаевым. "
                    "В ходе беседы Путин и Токаев обсудили вопросы энергетики.",
              "2023-03-07") == V{"called person:kassym-jomart-tokayev person:vladimir-putin 2023-03-06"});
}

TEST_CASE("a dateline abroad is where the day's meeting was; one at home says nothing") {
  CHECK(edges("en", "CAIRO, May 29 - Russian Foreign Minister Sergey Lavrov met his Egyptian counterpart Sameh Shoukry.", "2017-05-29") ==
        V{"met person:sameh-shoukry person:sergey-lavrov 2017-05-29", "visited person:sergey-lavrov state:EGY 2017-05-29"});
  CHECK(edges("en", "MOSCOW, May 29 - Russian Foreign Minister Sergey Lavrov met his Egyptian counterpart Sameh Shoukry.", "2017-05-29") ==
        V{"met person:sameh-shoukry person:sergey-lavrov 2017-05-29"});
}

TEST_CASE("someone who held no office on the day makes no contact") {
  CHECK(edges("en", "Nursultan Nazarbayev spoke by phone with Uzbek President Shavkat Mirziyoyev on Friday.", "2023-04-24").empty());
  CHECK(edges("en", "Nursultan Nazarbayev spoke by phone with Uzbek President Shavkat Mirziyoyev on Friday.", "2018-04-24") ==
        V{"called person:nursultan-nazarbayev person:shavkat-mirziyoyev 2018-04-20"});
}

TEST_CASE("a subjectless headline belongs to the official the story names first") {
  CHECK(edges("ru", "Телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом. "
                    "В.Путин и Р.Эрдоган обсудили ситуацию в регионе.",
              "2023-03-07") == V{"called person:recep-tayyip-erdogan person:vladimir-putin 2023-03-07"});
}

TEST_CASE("a former title is not its holder on the day") {
  CHECK(edges("en", "Uzbek President Shavkat Mirziyoyev met the former president of Kazakhstan on Friday.", "2023-04-24").empty());
  CHECK(edges("ru", "Президент Узбекистана Шавкат Мирзиёев в пятницу встретился с первым президентом Казахстана.", "2023-04-24").empty());
  CHECK(edges("ar", "التقى الرئيس الأوزبكي شوكت ميرضيائيف يوم الجمعة رئيس كازاخستان السابق.", "2023-04-24").empty());
}

TEST_CASE("Russian: what the leaders agreed to do has not happened") {
  CHECK(edges("ru", "Президенты России и Франции договорились провести встречу в ближайшее время.", "2009-02-17").empty());
}

TEST_CASE("'the meeting ... between A and B' names both participants, across a relative clause") {
  CHECK(edges("en", "The meeting, which took place in Indonesia on Saturday, between Wang Yi and Antony Blinken lasted five hours.", "2022-07-10") ==
        V{"met person:antony-blinken person:wang-yi 2022-07-09", "visited person:antony-blinken state:IDN 2022-07-09",
          "visited person:wang-yi state:IDN 2022-07-09"});
}

TEST_CASE("Arabic: rivals of one state meeting abroad is a contact; at home it is not") {
  CHECK(edges("ar", "جرى اللقاء أمس في باريس بين رئيس المجلس الرئاسي الليبي فايز السراج والمشير خليفة حفتر.", "2017-07-26") ==
        V{"met person:fayez-al-sarraj person:khalifa-haftar 2017-07-25", "visited person:fayez-al-sarraj state:FRA 2017-07-25",
          "visited person:khalifa-haftar state:FRA 2017-07-25"});
  CHECK(edges("ar", "جرى اللقاء أمس في طرابلس بين رئيس المجلس الرئاسي الليبي فايز السراج والمشير خليفة حفتر.", "2017-07-26").empty());
}

TEST_CASE("'the Saudi minister' is the Saudi minister the article named, a foreign minister included") {
  CHECK(edges("en", "Saudi Foreign Minister Faisal bin Farhan arrived in Beijing on Thursday. Chinese Foreign Minister Qin Gang received the Saudi minister.", "2023-04-07") ==
        V{"met person:faisal-bin-farhan-al-saud person:qin-gang 2023-04-06", "visited person:faisal-bin-farhan-al-saud state:CHN 2023-04-06"});
}

TEST_CASE("Arabic: a name joined by 'ل' to the title before it is whose the title is, not a participant") {
  // Putin's special envoy, unnamed, met Assad: Putin took no part, so there is no Putin-Assad meeting.
  CHECK(edges("ar", "التقى المبعوث الخاص لبوتين أمس في دمشق الرئيس السوري بشار الأسد.", "2023-05-02").empty());
  CHECK(edges("ar", "التقى الرئيس الروسي فلاديمير بوتين أمس في موسكو الرئيس السوري بشار الأسد.", "2023-05-02") ==
        V{"met person:bashar-al-assad person:vladimir-putin 2023-05-01", "visited person:bashar-al-assad state:RUS 2023-05-01"});
}

TEST_CASE("'the ministers' are the last pair of foreign ministers; Russian 'а' opens another clause") {
  CHECK(edges("ru", "Лавров и Блинкен провели телефонный разговор в пятницу. Последний раз министры встречались лично 21 января в Женеве.", "2022-07-29") ==
        V{"called person:antony-blinken person:sergey-lavrov 2022-07-29", "met person:antony-blinken person:sergey-lavrov 2022-01-21",
          "visited person:antony-blinken state:CHE 2022-01-21", "visited person:sergey-lavrov state:CHE 2022-01-21"});
  CHECK(edges("ru", "31 августа Хакан Фидан провел в Москве переговоры с Сергеем Лавровым, а 2 августа Путин и Эрдоган поговорили по телефону.", "2023-09-04") ==
        V{"called person:recep-tayyip-erdogan person:vladimir-putin 2023-08-02", "met person:hakan-fidan person:sergey-lavrov 2023-08-31",
          "visited person:hakan-fidan state:RUS 2023-08-31"});
}
