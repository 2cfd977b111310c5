#include <catch2/catch.hpp>

#include "ingest/rule_extractor.hpp"
#include "support/edge_strings.hpp"
#include "support/test_kb.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {

// "type source target date" for each interaction, sorted (called and met list their actors in id
// order, as the store does).
std::vector<std::string> edges(const std::string& lang, const std::string& text, const std::string& published) {
  static const RuleExtractor extractor(test::test_kb());
  return test::edge_strings(extractor, lang, text, published);
}

Extraction extract(const std::string& lang, const std::string& text, const std::string& published) {
  static const RuleExtractor extractor(test::test_kb());
  graph::Article a;
  a.id = "t";
  a.lang = lang;
  a.text = text;
  a.published = *graph::Date::parse_iso(published);
  return extractor.extract(a, true);
}

using V = std::vector<std::string>;
const std::string kAA = "person:hossein-amir-abdollahian";
const std::string kLavrov = "person:sergey-lavrov";

}  // namespace

TEST_CASE("Persian: a phone call between two named ministers, dated 'today'") {
  CHECK(edges("fa", "حسین امیرعبداللهیان وزیر امور خارجه ایران امروز با سرگئی لاوروف وزیر خارجه روسیه تلفنی گفتگو کرد.",
              "2023-11-03") == V{"called " + kAA + " " + kLavrov + " 2023-11-03"});
}

TEST_CASE("Persian: a counterpart named by nationality, dated by weekday") {
  CHECK(edges("fa", "امیرعبداللهیان روز چهارشنبه در گفتگوی تلفنی با همتای روس خود درباره غزه رایزنی کرد.", "2023-11-03") ==
        V{"called " + kAA + " " + kLavrov + " 2023-11-01"});
}

TEST_CASE("Persian: a plural title with two states is two people, each whoever held the office") {
  CHECK(edges("fa", "امیرعبداللهیان امروز همچنین با وزرای خارجه قطر و سوریه تلفنی گفتگو کرد.", "2023-11-03") ==
        V{"called person:faisal-mekdad " + kAA + " 2023-11-03",
          "called " + kAA + " person:mohammed-bin-abdulrahman-al-thani 2023-11-03"});
}

TEST_CASE("Persian: a periphrasis of the title resolves to the official already named") {
  CHECK(edges("fa",
              "حسین امیرعبداللهیان به دوحه رفت. رئیس دستگاه دیپلماسی جمهوری اسلامی ایران دیروز با فیصل مقداد دیدار کرد.",
              "2023-11-03") == V{"met person:faisal-mekdad " + kAA + " 2023-11-02", "visited " + kAA + " state:QAT 2023-11-03"});
}

TEST_CASE("Persian: future, denied and invited events make no edge") {
  CHECK(edges("fa", "لاوروف هفته آینده به تهران سفر خواهد کرد.", "2023-11-03").empty());
  CHECK(edges("fa", "وزارت خارجه روسیه خبر دیدار لاوروف با امیرعبداللهیان را تکذیب کرد.", "2023-11-03").empty());
  CHECK(edges("fa", "امیرعبداللهیان از لاوروف برای سفر به تهران دعوت کرد.", "2023-11-03").empty());
}

TEST_CASE("Persian: a trip to several states is a visit to each; pluperfect background has no date") {
  CHECK(edges("fa", "امیرعبداللهیان پیش از این سفری به قطر و ترکیه داشت.", "2023-11-03") ==
        V{"visited " + kAA + " state:QAT ?", "visited " + kAA + " state:TUR ?"});
}

TEST_CASE("Persian: a pronoun and a subjectless sentence continue the last subject, and its date") {
  CHECK(edges("fa", "امیرعبداللهیان دیروز وارد دوحه شد. وی در این سفر با محمد بن عبدالرحمن آل ثانی دیدار کرد.", "2023-11-03") ==
        V{"met " + kAA + " person:mohammed-bin-abdulrahman-al-thani 2023-11-02", "visited " + kAA + " state:QAT 2023-11-02"});
}

TEST_CASE("Persian: a meeting in one's own capital is no visit, in a foreign one it is") {
  CHECK(edges("fa", "امیرعبداللهیان و لاوروف ۱ آبان ۱۴۰۲ در تهران با یکدیگر دیدار کردند.", "2023-11-03") ==
        V{"met " + kAA + " " + kLavrov + " 2023-10-23", "visited " + kLavrov + " state:IRN 2023-10-23"});
}

TEST_CASE("English: titles before names, a foreign city, a weekday") {
  CHECK(edges("en", "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday.",
              "2023-06-19") == V{"met person:antony-blinken person:qin-gang 2023-06-18",
                                 "visited person:antony-blinken state:CHN 2023-06-18"});
}

TEST_CASE("English: a counterpart resolves to whoever held the office on the event date") {
  CHECK(edges("en", "Lavrov held talks with his Chinese counterpart on Monday.", "2023-04-11") ==
        V{"met person:qin-gang " + kLavrov + " 2023-04-10"});
  CHECK(edges("en", "Lavrov held talks with his Chinese counterpart on Monday.", "2023-09-19") ==
        V{"met " + kLavrov + " person:wang-yi 2023-09-18"});
}

TEST_CASE("English: a call received from someone is a call with them") {
  CHECK(edges("en", "Amir-Abdollahian received a phone call from Lavrov on Friday.", "2023-11-04") ==
        V{"called " + kAA + " " + kLavrov + " 2023-11-03"});
}

TEST_CASE("English: negated, planned, invited and hypothetical meetings make no edge") {
  CHECK(edges("en", "Blinken did not meet Qin Gang during the trip.", "2023-06-19").empty());
  CHECK(edges("en", "Blinken plans to meet Qin Gang in Washington.", "2023-06-19").empty());
  CHECK(edges("en", "Qin Gang invited Blinken to visit Beijing.", "2023-06-19").empty());
  CHECK(edges("en", "If Lavrov met Blinken, the talks would be short.", "2023-06-19").empty());
  CHECK(edges("en", "Lavrov will travel to Doha next week.", "2023-06-19").empty());
}

TEST_CASE("English: an office nobody in the knowledge base held becomes a placeholder, not a lost edge") {
  CHECK(edges("en", "Lavrov met the Omani foreign minister in Moscow yesterday.", "2023-06-19") ==
        V{"met " + kLavrov + " role:foreign_minister@OMN 2023-06-18", "visited role:foreign_minister@OMN state:RUS 2023-06-18"});
}

TEST_CASE("two sentences about one call make one interaction with two mentions at the right offsets") {
  const std::string text =
      "Amir-Abdollahian spoke by phone with Lavrov today. In the phone call with Lavrov, Amir-Abdollahian discussed Gaza.";
  const auto ex = extract("en", text, "2023-11-03");
  REQUIRE(ex.interactions.size() == 1);
  const auto& m = ex.interactions[0].mentions;
  REQUIRE(m.size() == 2);
  for (const auto& mention : m) REQUIRE(text.substr(mention.start, mention.end - mention.start) == mention.text);
  REQUIRE(m[0].text == "Amir-Abdollahian spoke by phone with Lavrov today.");
  REQUIRE(m[0].trigger == "spoke by phone");
}

TEST_CASE("the trace explains the edges made and the candidates rejected") {
  const auto ex = extract("en", "Blinken did not meet Qin Gang. Blinken met Lavrov today.", "2023-06-19");
  REQUIRE(ex.trace.size() == 2);
  REQUIRE(ex.trace[0].edges.empty());
  REQUIRE_THAT(ex.trace[0].rejected.at(0), Catch::Contains("negated"));
  REQUIRE(ex.trace[1].edges.size() == 1);
  REQUIRE_THAT(ex.trace[1].edges[0], Catch::Contains("2023-06-19"));
}

TEST_CASE("the actors of the edges come with the extraction, with their names for search") {
  const auto ex = extract("fa", "امیرعبداللهیان امروز با لاوروف تلفنی گفتگو کرد.", "2023-11-03");
  REQUIRE(ex.actors.size() == 2);
  REQUIRE(std::any_of(ex.actors.begin(), ex.actors.end(), [](const graph::SharedActor& a) {
    return std::find(a->names.begin(), a->names.end(), "lavrov") != a->names.end();
  }));
}

TEST_CASE("a language without a lexicon yields nothing rather than failing") {
  CHECK(edges("xx", "Lavrov met Blinken.", "2023-06-19").empty());
}

TEST_CASE("'this meeting' refers back to a meeting already told, it is no second one") {
  CHECK(edges("fa", "امیرعبداللهیان دیروز با لاوروف دیدار کرد. لاوروف در این دیدار با امیرعبداللهیان درباره غزه سخن گفت.",
              "2023-11-03") == V{"met " + kAA + " " + kLavrov + " 2023-11-02"});
}

TEST_CASE("'our president' is the president of the article's home state, not the last one named") {
  CHECK(edges("fa",
              "امیرعبداللهیان دیروز با محمد بن عبدالرحمن آل ثانی دیدار کرد. وزیر امور خارجه کشورمان امروز وارد دوحه شد.",
              "2023-11-03") == V{"met " + kAA + " person:mohammed-bin-abdulrahman-al-thani 2023-11-02",
                                 "visited " + kAA + " state:QAT 2023-11-03"});
}

TEST_CASE("a surname in lower case is a word, not a name") {
  CHECK(edges("en", "Blinken met lavrov today.", "2023-06-19").empty());
  CHECK(edges("en", "Blinken met Lavrov today.", "2023-06-19") == V{"met person:antony-blinken " + kLavrov + " 2023-06-19"});
}

TEST_CASE("'his counterpart from Spain' after a coordinated subject") {
  CHECK(edges("en", "Foreign Minister Lavrov and his counterpart from Qatar spoke by phone.", "2023-06-19") ==
        V{"called person:mohammed-bin-abdulrahman-al-thani " + kLavrov + " 2023-06-19"});
}

TEST_CASE("officials of the same state meeting is no diplomatic contact") {
  CHECK(edges("en", "Wang Yi met Qin Gang in Beijing today.", "2023-06-19").empty());
}

TEST_CASE("a meeting in a foreign state is a visit there, and later meetings of the story happened there too") {
  CHECK(edges("en",
              "Lavrov met Amir-Abdollahian on the sidelines of a meeting in Qatar on Monday. "
              "Lavrov also met Blinken on Monday.",
              "2023-06-20") == V{"met person:antony-blinken " + kLavrov + " 2023-06-19", "met " + kAA + " " + kLavrov + " 2023-06-19",
                                 "visited person:antony-blinken state:QAT 2023-06-19", "visited " + kAA + " state:QAT 2023-06-19",
                                 "visited " + kLavrov + " state:QAT 2023-06-19"});
}

TEST_CASE("Persian: a bare title coordinated with a title of a state is of that state") {
  CHECK(edges("fa", "لاوروف روز سه شنبه وارد دوحه شد و با رئیس جمهور و وزیر امور خارجه قطر دیدار کرد.", "2023-11-03") ==
        V{"met person:mohammed-bin-abdulrahman-al-thani " + kLavrov + " 2023-10-31",
          "met " + kLavrov + " role:head_of_state@QAT 2023-10-31", "visited " + kLavrov + " state:QAT 2023-10-31"});
}

TEST_CASE("Persian: 'this country' is the state last named; honorifics do not hide 'با'") {
  CHECK(edges("fa", "وزارت خارجه قطر اعلام کرد که وزیر خارجه این کشور با سرگئی لاوروف تماس تلفنی گرفت.", "2023-11-03") ==
        V{"called person:mohammed-bin-abdulrahman-al-thani " + kLavrov + " 2023-11-03"});
  CHECK(edges("fa", "وانگ یی امروز با دکتر سرگئی لاوروف و آنتونی بلینکن دیدار کرد.", "2023-11-03") ==
        V{"met person:antony-blinken person:wang-yi 2023-11-03", "met " + kLavrov + " person:wang-yi 2023-11-03"});
}

TEST_CASE("English: presence in a foreign city is a visit; a summit's city holds for its later meetings") {
  CHECK(edges("en", "Lavrov is in Doha for talks.", "2023-06-19") == V{"visited " + kLavrov + " state:QAT 2023-06-19"});
  CHECK(edges("en",
              "Leaders gathered at the summit in Doha today. Blinken held talks with Lavrov and Wang Yi.",
              "2023-09-19") == V{"met person:antony-blinken " + kLavrov + " 2023-09-19", "met person:antony-blinken person:wang-yi 2023-09-19",
                                 "visited person:antony-blinken state:QAT 2023-09-19", "visited " + kLavrov + " state:QAT 2023-09-19",
                                 "visited person:wang-yi state:QAT 2023-09-19"});
}

TEST_CASE("English: a headline 'to hold talks' is a plan") {
  CHECK(edges("en", "Lavrov to hold talks with Blinken", "2023-06-19").empty());
}

TEST_CASE("a trigger's participants stay in its clause") {
  CHECK(edges("en", "Lavrov spoke by phone with Amir-Abdollahian while Blinken was meeting with Qin Gang in Beijing today.",
              "2023-06-19") == V{"called " + kAA + " " + kLavrov + " 2023-06-19", "met person:antony-blinken person:qin-gang 2023-06-19",
                                 "visited person:antony-blinken state:CHN 2023-06-19"});
}

TEST_CASE("Persian: plans and denials reach across a long verb-final clause") {
  CHECK(edges("fa", "قرار است حسین امیرعبداللهیان و سرگئی لاوروف وزیر خارجه روسیه در روزهای آینده در مسکو دیدار کنند.",
              "2023-11-03").empty());
  CHECK(edges("fa", "وزارت خارجه خبر دیدار حسین امیرعبداللهیان با سرگئی لاوروف وزیر خارجه روسیه در مسکو را تکذیب کرد.",
              "2023-11-03").empty());
}

TEST_CASE("a summit's place is carried only to meetings sharing a participant or the day") {
  CHECK(edges("en", "Lavrov met Blinken in Doha on Monday. Wang Yi met Amir-Abdollahian on Friday.", "2023-06-24") ==
        V{"met person:antony-blinken " + kLavrov + " 2023-06-19", "met " + kAA + " person:wang-yi 2023-06-23",
          "visited person:antony-blinken state:QAT 2023-06-19", "visited " + kLavrov + " state:QAT 2023-06-19"});
}

TEST_CASE("Persian: a title after a title is its possessor; 'با وی' is the person just named") {
  CHECK(edges("fa", "فیصل مقداد مشاور وزیر امور خارجه روسیه نبود و سرگئی لاوروف امروز به صورت تلفنی با وی گفتگو کرد.", "2023-11-03") ==
        V{"called person:faisal-mekdad " + kLavrov + " 2023-11-03"});
}

TEST_CASE("Persian: in a list 'A title, B title' each title belongs to the name before it") {
  CHECK(edges("fa", "لاوروف امروز با فیصل مقداد وزیر خارجه سوریه، محمد بن عبدالرحمن آل ثانی وزیر خارجه قطر دیدار کرد.", "2023-11-03") ==
        V{"met person:faisal-mekdad " + kLavrov + " 2023-11-03", "met person:mohammed-bin-abdulrahman-al-thani " + kLavrov + " 2023-11-03"});
}

TEST_CASE("'با حضور' / 'attended by': guests from abroad visited where the event was") {
  CHECK(edges("fa", "افتتاحیه نشست در پکن روز جمعه با حضور سرگئی لاوروف و آنتونی بلینکن برگزار شد.", "2023-11-03") ==
        V{"visited person:antony-blinken state:CHN 2023-11-03", "visited " + kLavrov + " state:CHN 2023-11-03"});
  CHECK(edges("fa", "نشست آینده در پکن با حضور سرگئی لاوروف و آنتونی بلینکن برگزار خواهد شد.", "2023-11-03").empty());
}

TEST_CASE("a date in another clause dates something else: the speaker's day is not the meeting's") {
  CHECK(edges("en", "Lavrov met Blinken in Doha on Sunday. Speaking on Monday, he said: \"I had a good meeting with Blinken.\"",
              "2023-06-20") == V{"met person:antony-blinken " + kLavrov + " 2023-06-18", "visited person:antony-blinken state:QAT 2023-06-18",
                                 "visited " + kLavrov + " state:QAT 2023-06-18"});
}

TEST_CASE("a virtual meeting is a call, not a meeting in person") {
  CHECK(edges("en", "Lavrov held a virtual meeting with Wang Yi on Monday.", "2023-09-20") == V{"called " + kLavrov + " person:wang-yi 2023-09-18"});
}

TEST_CASE("'the two foreign ministers' are the last pair who both hold that office") {
  CHECK(edges("en",
              "Lavrov met Wang Yi on Monday. Wang Yi also met Amir-Abdollahian on Monday. "
              "The two foreign ministers had spoken by phone on 1 June.",
              "2023-09-19") == V{"called " + kAA + " person:wang-yi 2023-06-01", "met " + kAA + " person:wang-yi 2023-09-18",
                                 "met " + kLavrov + " person:wang-yi 2023-09-18"});
}

TEST_CASE("'later that day' is the day of the event just told") {
  CHECK(edges("en", "Lavrov arrived in Doha on Monday. Later that day he met Blinken.", "2023-09-21") ==
        V{"met person:antony-blinken " + kLavrov + " 2023-09-18", "visited " + kLavrov + " state:QAT 2023-09-18"});
}

TEST_CASE("an unknown name next to a title is learned as that office's holder, and found again") {
  const auto ex = extract("en",
                          "Omani Foreign Minister Badr Albusaidi met Lavrov in Moscow today. "
                          "Albusaidi also spoke by phone with Blinken.",
                          "2023-06-19");
  std::vector<std::string> got;
  for (const auto& i : ex.interactions) got.push_back(std::string(graph::to_string(i.type)) + " " + i.source.str() + " " + i.target.str());
  std::sort(got.begin(), got.end());
  CHECK(got == V{"called person:antony-blinken person:badr-albusaidi", "met person:badr-albusaidi " + kLavrov,
                 "visited person:badr-albusaidi state:RUS"});
  const auto learned = std::find_if(ex.actors.begin(), ex.actors.end(),
                                    [](const graph::SharedActor& a) { return a->actor.id.str() == "person:badr-albusaidi"; });
  REQUIRE(learned != ex.actors.end());
  CHECK((*learned)->actor.source == graph::ActorSource::kLearned);
  CHECK((*learned)->actor.state->str() == "OMN");
  CHECK((*learned)->actor.roles.at(0).role == graph::Role::kForeignMinister);
}

TEST_CASE("Persian: a quoted name next to a title is learned, with an id transliterated to ASCII") {
  const auto ex = extract("fa", "«بدر البوسعیدی» وزیر خارجه عمان امروز با سرگئی لاوروف دیدار کرد.", "2023-06-19");
  REQUIRE(ex.interactions.size() == 1);
  const auto& other = ex.interactions[0].source.str() == kLavrov ? ex.interactions[0].target : ex.interactions[0].source;
  CHECK(other.str().rfind("person:b", 0) == 0);
  CHECK(other.str().find_first_not_of("abcdefghijklmnopqrstuvwxyz-:") == std::string::npos);
}

TEST_CASE("another spelling of a known official next to the title resolves to that official") {
  CHECK(edges("en", "Qatari Foreign Minister Mohamed Al Thani met Lavrov in Moscow today.", "2023-06-19") ==
        V{"met person:mohammed-bin-abdulrahman-al-thani " + kLavrov + " 2023-06-19",
          "visited person:mohammed-bin-abdulrahman-al-thani state:RUS 2023-06-19"});
}

TEST_CASE("'arrived on Sunday and held talks the same day': the day the sentence named") {
  // The undated "began his Beijing visit" is the same trip: one visit, dated to its first day.
  CHECK(edges("en", "Blinken began his Beijing visit. He arrived on Sunday and held talks the same day with Qin Gang.", "2023-06-20") ==
        V{"met person:antony-blinken person:qin-gang 2023-06-18", "visited person:antony-blinken state:CHN 2023-06-18"});
}

TEST_CASE("a place right after 'trip to' is the destination; another state later in the clause is not") {
  const auto got = edges("en", "Lavrov arrived in Doha today. This is his first trip to Qatar since the start of China's plan.", "2023-06-19");
  CHECK(got == V{"visited " + kLavrov + " state:QAT 2023-06-19", "visited " + kLavrov + " state:QAT ?"});
}

TEST_CASE("bidi controls and zero-width characters inside a name do not hide the official") {
  const std::string en_tail = " met Chinese Foreign Minister Qin Gang in Beijing on Sunday.";
  const V clean = edges("en", "Russian Foreign Minister Sergey Lavrov" + en_tail, "2023-06-19");
  REQUIRE(clean == V{"met person:qin-gang " + kLavrov + " 2023-06-18", "visited " + kLavrov + " state:CHN 2023-06-18"});
  // RLO, FSI..PDI, zero-width space, zero-width joiner, a BOM inside the text.
  for (const char* name : {"Sergey \u202ELavrov", "\u2067Sergey Lavrov\u2069", "Ser\u200Bgey La\u200Bvrov",
                           "Sergey Lav\u200Drov", "\uFEFFSergey Lavrov"}) {
    INFO(name);
    CHECK(edges("en", "Russian Foreign Minister " + std::string(name) + en_tail, "2023-06-19") == clean);
  }
  const std::string fa_tail = " وزیر خارجه روسیه امروز با حسین امیرعبداللهیان وزیر امور خارجه ایران تلفنی گفتگو کرد.";
  const V fa_clean = edges("fa", "سرگئی لاوروف" + fa_tail, "2023-11-03");
  REQUIRE(fa_clean == V{"called " + kAA + " " + kLavrov + " 2023-11-03"});
  for (const char* name : {"سرگئی لاو\u200Dروف", "\u202Bسرگئی لاوروف\u202C", "سرگئی\u200B لاوروف"}) {
    INFO(name);
    CHECK(edges("fa", name + fa_tail, "2023-11-03") == fa_clean);
  }
}
