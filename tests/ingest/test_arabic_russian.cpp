// Arabic and Russian, sentence by sentence: each trigger family, each modality that blocks an
// edge, and each date form, in sentences written for these tests (real officials and offices).
#include <catch2/catch.hpp>

#include "support/edge_strings.hpp"

using namespace parley;
using namespace parley::ingest;

namespace {
std::vector<std::string> edges(const std::string& lang, const std::string& text, const std::string& published) {
  return test::builtin_edges(lang, text, published);
}
using V = std::vector<std::string>;
const std::string kFaisal = "person:faisal-bin-farhan-al-saud";
const std::string kLavrov = "person:sergey-lavrov";
const std::string kFidan = "person:hakan-fidan";
}  // namespace

TEST_CASE("Arabic trigger families: a call made, a call received, a meeting, a reception, a visit") {
  CHECK(edges("ar", "أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا اليوم مع نظيره الروسي سيرغي لافروف.", "2023-10-02") ==
        V{"called " + kFaisal + " " + kLavrov + " 2023-10-02"});
  CHECK(edges("ar", "تلقى وزير الخارجية التركي هاكان فيدان أمس مكالمة هاتفية من وزير الخارجية الروسي سيرغي لافروف.", "2023-10-02") ==
        V{"called " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ar", "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم الأحد وزير الخارجية التركي هاكان فيدان.", "2023-10-03") ==
        V{"met " + kFaisal + " " + kFidan + " 2023-10-01", "visited " + kFidan + " state:SAU 2023-10-01"});
  CHECK(edges("ar", "وصل وزير الخارجية الروسي سيرغي لافروف أمس إلى أنقرة في زيارة رسمية.", "2023-10-03") ==
        V{"visited " + kLavrov + " state:TUR 2023-10-02"});
}

TEST_CASE("Arabic modality: future, planned, invited, denied, negated and hypothetical events make no edge") {
  const std::string p = "2023-10-03";
  CHECK(edges("ar", "سيلتقي وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في موسكو.", p).empty());
  CHECK(edges("ar", "من المقرر أن يزور وزير الخارجية الروسي سيرغي لافروف أنقرة الأسبوع المقبل.", p).empty());
  CHECK(edges("ar", "دعا وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف إلى زيارة أنقرة.", p).empty());
  CHECK(edges("ar", "نفت وزارة الخارجية أن يكون الوزير هاكان فيدان قد التقى سيرغي لافروف في موسكو.", p).empty());
  CHECK(edges("ar", "لم يلتق وزير الخارجية التركي هاكان فيدان نظيره الروسي سيرغي لافروف خلال الزيارة.", p).empty());
  CHECK(edges("ar", "إذا التقى وزير الخارجية التركي هاكان فيدان نظيره الروسي فسيبحثان ملف الحبوب.", p).empty());
}

TEST_CASE("Arabic dates: Hijri, Gulf and Levantine month names, figures, weekdays and relative days") {
  const std::string subject = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان ";
  CHECK(edges("ar", subject + "في 16 ربيع الأول 1445 هـ.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ar", subject + "في الأول من أكتوبر.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ar", subject + "في الأول من تشرين الأول.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ar", subject + "بتاريخ 2023/10/01.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ar", subject + "يوم الأحد.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ar", subject + "أول أمس.", "2023-10-03") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
}

TEST_CASE("Russian trigger families: a call, a meeting, a reception, a visit, with case endings") {
  CHECK(edges("ru", "Сергей Лавров провел телефонный разговор с министром иностранных дел Турции Хаканом Фиданом в понедельник.", "2023-10-03") ==
        V{"called " + kFidan + " " + kLavrov + " 2023-10-02"});
  CHECK(edges("ru", "Вчера в Москве Лавров встретился с турецким коллегой.", "2023-10-03") ==
        V{"met " + kFidan + " " + kLavrov + " 2023-10-02", "visited " + kFidan + " state:RUS 2023-10-02"});
  CHECK(edges("ru", "Хакан Фидан принял Сергея Лаврова в Анкаре 2 октября.", "2023-10-03") ==
        V{"met " + kFidan + " " + kLavrov + " 2023-10-02", "visited " + kLavrov + " state:TUR 2023-10-02"});
  CHECK(edges("ru", "Министр иностранных дел России прибыл в Анкару 2 октября с рабочим визитом.", "2023-10-03") ==
        V{"visited " + kLavrov + " state:TUR 2023-10-02"});
}

TEST_CASE("Russian modality: future, planned, invited, denied and negated events make no edge") {
  const std::string p = "2023-10-03";
  CHECK(edges("ru", "Сергей Лавров посетит Анкару на следующей неделе.", p).empty());
  CHECK(edges("ru", "Запланирована встреча Сергея Лаврова с Хаканом Фиданом в Москве.", p).empty());
  CHECK(edges("ru", "Хакан Фидан пригласил Сергея Лаврова посетить Анкару.", p).empty());
  CHECK(edges("ru", "В МИД опровергли, что Сергей Лавров разговаривал по телефону с Хаканом Фиданом.", p).empty());
  CHECK(edges("ru", "Сергей Лавров не встретился с Хаканом Фиданом в Москве.", p).empty());
}

TEST_CASE("Russian dates: genitive months, figures, weekdays and relative days") {
  const std::string subject = "Сергей Лавров встретился с Хаканом Фиданом ";
  CHECK(edges("ru", subject + "1 октября.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ru", subject + "01.10.2023.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ru", subject + "в воскресенье.", "2023-10-05") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
  CHECK(edges("ru", subject + "позавчера.", "2023-10-03") == V{"met " + kFidan + " " + kLavrov + " 2023-10-01"});
}
