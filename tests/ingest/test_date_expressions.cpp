#include <catch2/catch.hpp>

#include <map>

#include "ingest/date_expressions.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/normalizer.hpp"

using namespace parley::ingest;
using parley::graph::Date;

namespace {

// The dates found in one sentence, as "ISO/kind" strings, against a publication day.
std::vector<std::string> dates(const std::string& lang, const std::string& sentence, const std::string& published) {
  static std::map<std::string, std::unique_ptr<Gazetteer>> gazetteers;
  auto& gaz = gazetteers[lang];
  if (!gaz) gaz = std::make_unique<Gazetteer>(Lexicon::builtin(lang), std::make_shared<KnowledgeBase>());
  const std::string text = Normalizer::instance().key(sentence);
  std::vector<TaggedMatch> kept, cues;
  select_matches(gaz->find(text, 0, text.size()), kept, cues);
  std::vector<std::string> out;
  for (const auto& d : find_dates(text, 0, text.size(), kept, *Date::parse_iso(published), gaz->lexicon())) {
    out.push_back(d.date.iso() + "/" + d.kind);
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Solar Hijri day and month, with and without year") {
  CHECK(dates("fa", "وزیران ۱۲ آبان ماه گفتگو کردند", "2023-11-03") == V{"2023-11-03/calendar"});
  CHECK(dates("fa", "این دیدار ۱۸ مهر ماه انجام شد", "2023-11-03") == V{"2023-10-10/calendar"});
  CHECK(dates("fa", "روز ۲۶ مرداد ۱۴۰۲ به ریاض رفت", "2023-09-01") == V{"2023-08-17/calendar"});
  CHECK(dates("fa", "در ۱ فروردین ۱۴۰۳ آغاز شد", "2024-04-01") == V{"2024-03-20/calendar"});
  CHECK(dates("fa", "در ۱۵ خرداد ۱۳۹۸ دیدار کردند", "2023-01-01") == V{"2019-06-05/calendar"});
  CHECK(dates("fa", "۵ اسفند دیدار کردند", "2024-01-10") == V{"2023-02-24/calendar"});  // nearest past Esfand
  CHECK(dates("fa", "در ۳۰ دی نشستی برگزار شد", "2024-01-25") == V{"2024-01-20/calendar"});
}

TEST_CASE("Solar Hijri ordinal days and day lists") {
  CHECK(dates("fa", "اول آبان ماه سالجاری در تهران دیدار کردند", "2023-11-03") == V{"2023-10-23/calendar"});
  CHECK(dates("fa", "روزهای نهم و دهم آبان به قطر رفت", "2023-11-03") == V{"2023-10-31/calendar"});
  CHECK(dates("fa", "بیستم بهمن سفر کرد", "2024-02-15") == V{"2024-02-09/calendar"});
  CHECK(dates("fa", "در سوم تیر ماه امسال", "2024-07-01") == V{"2024-06-23/calendar"});
  CHECK(dates("fa", "بیست و یکم شهریور", "2023-09-20") == V{"2023-09-12/calendar"});
}

TEST_CASE("Gregorian dates written in Persian") {
  CHECK(dates("fa", "روز ۳ نوامبر ۲۰۲۳ گفتگو کردند", "2023-11-05") == V{"2023-11-03/calendar"});
  CHECK(dates("fa", "در ۱۴ فوریه با شی دیدار کرد", "2023-02-16") == V{"2023-02-14/calendar"});
  CHECK(dates("fa", "در ۲۰ مارس ۲۰۲۳", "2023-03-21") == V{"2023-03-20/calendar"});
  CHECK(dates("fa", "۱ ژانویه", "2024-01-05") == V{"2024-01-01/calendar"});
}

TEST_CASE("Gregorian dates in English, day first and month first") {
  CHECK(dates("en", "They met on 3 November 2023 in Moscow.", "2023-11-05") == V{"2023-11-03/calendar"});
  CHECK(dates("en", "They met on November 3, 2023.", "2023-11-05") == V{"2023-11-03/calendar"});
  CHECK(dates("en", "The ministers spoke on Nov. 3.", "2023-11-05") == V{"2023-11-03/calendar"});
  CHECK(dates("en", "He arrived on June 18.", "2023-06-19") == V{"2023-06-18/calendar"});
  CHECK(dates("en", "On 9 December the two leaders met.", "2024-01-03") == V{"2023-12-09/calendar"});
  CHECK(dates("en", "Talks were held on Sept. 12, 2019.", "2020-01-01") == V{"2019-09-12/calendar"});
  CHECK(dates("en", "On February 29, 2024 they spoke.", "2024-03-02") == V{"2024-02-29/calendar"});
}

TEST_CASE("a month without a day has month precision") {
  CHECK(dates("en", "They last met in September.", "2023-03-21") == V{"2022-09/month"});
  CHECK(dates("en", "They met in November 2022 in Bali.", "2023-06-19") == V{"2022-11/month"});
  CHECK(dates("fa", "در ماه آبان گفتگو کرده بودند", "2023-12-01") == V{"2023-10/month"});
}

TEST_CASE("Hijri dates") {
  CHECK(dates("en", "They met on 1 Ramadan 1445.", "2024-03-20") == V{"2024-03-11/calendar"});
  CHECK(dates("fa", "در ۱ رمضان ۱۴۴۵ دیدار کردند", "2024-03-20") == V{"2024-03-11/calendar"});
  CHECK(dates("fa", "در ۱ شوال", "2023-04-25") == V{"2023-04-21/calendar"});
}

TEST_CASE("relative days resolve against the publication day") {
  CHECK(dates("fa", "امروز با همتای خود گفتگو کرد", "2023-11-03") == V{"2023-11-03/relative"});
  CHECK(dates("fa", "امشب تلفنی گفتگو کرد", "2023-11-03") == V{"2023-11-03/relative"});
  CHECK(dates("fa", "دیروز وارد تهران شد", "2023-11-03") == V{"2023-11-02/relative"});
  CHECK(dates("fa", "روز گذشته در ریاض دیدار کرد", "2023-08-18") == V{"2023-08-17/relative"});
  CHECK(dates("fa", "هفته گذشته سفر کرد", "2023-11-03") == V{"2023-10-27/relative"});
  CHECK(dates("en", "The two spoke yesterday.", "2023-11-03") == V{"2023-11-02/relative"});
  CHECK(dates("en", "They will speak again tonight.", "2023-11-03") == V{"2023-11-03/relative"});
  CHECK(dates("en", "He travelled there last week.", "2023-11-03") == V{"2023-10-27/relative"});
  CHECK(dates("en", "They met this morning.", "2023-11-03") == V{"2023-11-03/relative"});
}

TEST_CASE("weekdays are the latest such day up to the publication day") {
  CHECK(dates("fa", "روز چهارشنبه به تهران سفر کرد", "2023-11-03") == V{"2023-11-01/weekday"});
  CHECK(dates("fa", "روز جمعه گفتگو کردند", "2023-11-03") == V{"2023-11-03/weekday"});
  CHECK(dates("fa", "روز سه شنبه وارد دوحه شد", "2023-11-03") == V{"2023-10-31/weekday"});
  CHECK(dates("fa", "شنبه دیدار کردند", "2023-11-03") == V{"2023-10-28/weekday"});
  CHECK(dates("en", "On Monday, Putin met Xi.", "2023-03-21") == V{"2023-03-20/weekday"});
  CHECK(dates("en", "On Sunday he met Qin Gang.", "2023-06-19") == V{"2023-06-18/weekday"});
}

TEST_CASE("a weekday beside an explicit date only confirms it") {
  CHECK(dates("fa", "امشب (جمعه) ۱۲ آبان ماه گفتگو کرد", "2023-11-03") == V{"2023-11-03/relative", "2023-11-03/calendar"});
  CHECK(dates("en", "On Tuesday, March 21, they signed.", "2023-03-22") == V{"2023-03-21/calendar"});
}

TEST_CASE("bare years have year precision; Solar Hijri years map to Gregorian") {
  CHECK(dates("en", "Xi visited Tehran in 2016.", "2023-02-16") == V{"2016/year"});
  CHECK(dates("fa", "در سال ۱۳۹۴ به تهران آمد", "2023-02-16") == V{"2015/year"});
}

TEST_CASE("numbers that are no dates are ignored") {
  CHECK(dates("fa", "نشست ۳+۳ در تهران", "2023-11-03").empty());
  CHECK(dates("en", "At 12:30 the 20 documents were signed.", "2023-11-03").empty());
  CHECK(dates("en", "They met on 31 November.", "2023-12-05").empty());  // no such day
  CHECK(dates("fa", "کد خبر: ۱۴۲۹۰۳۵", "2023-11-03").empty());
}

TEST_CASE("a month name alone is a date only beside 'month', a year, or after 'in'") {
  CHECK(dates("fa", "به گزارش خبرگزاری مهر، وزیران دیدار کردند", "2023-11-11").empty());
  CHECK(dates("fa", "در مهر ماه دیدار کردند", "2023-11-11") == V{"2023-09/month"});
  CHECK(dates("en", "Officials may meet again.", "2023-11-11").empty());
  CHECK(dates("en", "They met in May.", "2023-11-11") == V{"2023-05/month"});
}

TEST_CASE("a list of dates shares the year written after its last date") {
  CHECK(dates("fa", "آخرین سفر ۳۰ آذر و اول دی ماه ۱۳۹۳ بوده است", "2020-02-16") == V{"2014-12-21/calendar", "2014-12-22/calendar"});
  CHECK(dates("en", "He was there on 30 November and 1 December 2014.", "2020-02-16") == V{"2014-11-30/calendar", "2014-12-01/calendar"});
}

TEST_CASE("dates in figures: year first or last, day first unless the language writes month first") {
  CHECK(dates("ar", "وصل الوزير يوم 2021/03/14 إلى عمّان", "2021-03-20") == V{"2021-03-14/numeric"});
  CHECK(dates("ar", "عمّان 9-3-2021 (بترا) استقبل الملك ضيفه", "2021-03-20") == V{"2021-03-09/numeric"});
  CHECK(dates("ru", "Встреча прошла 04.05.2022 в Москве.", "2022-05-10") == V{"2022-05-04/numeric"});
  CHECK(dates("en", "The call took place on 5/4/2022.", "2022-05-10") == V{"2022-05-04/numeric"});
  CHECK(dates("en", "The call took place on 25/4/2022.", "2022-05-10") == V{"2022-04-25/numeric"});  // 25 is no month
  CHECK(dates("fa", "دیدار در تاریخ ۱۴۰۱/۰۲/۱۴ انجام شد", "2022-05-10") == V{"2022-05-04/numeric"});
}

TEST_CASE("impossible dates in figures are no dates, and their numbers are no years") {
  CHECK(dates("fa", "در تاریخ ۱۴۰۲/۱۳/۴۰ دیدار کردند", "2023-11-03").empty());
  CHECK(dates("en", "They spoke on 31/2/2023.", "2023-03-03").empty());
  CHECK(dates("en", "Case 12.05.2023.4 was filed.", "2023-06-01").empty());  // a reference number, not a date
}

TEST_CASE("years of 1300-1500 are in the language's era calendar") {
  CHECK(dates("ar", "في عام 1434 هـ زار الرياض", "2020-01-01") == V{"2013/year"});  // Hijri 1434 is mostly 2013
  CHECK(dates("fa", "در سال ۱۴۰۰ به تهران آمد", "2023-01-01") == V{"2021/year"});
  CHECK(dates("en", "The 1450 delegates met in Geneva.", "2023-01-01").empty());
}

TEST_CASE("a date that bounds a period is kept as a bound, never an event's day") {
  CHECK(dates("ar", "أول زيارة إلى دمشق منذ اندلاع الأزمة عام 2011", "2023-05-01") == V{"2011/bound"});
  CHECK(dates("ar", "في زيارة تستمر حتى الخميس", "2023-05-01") == V{"2023-04-27/bound"});
  CHECK(dates("en", "The visit lasts until Thursday.", "2023-05-01") == V{"2023-04-27/bound"});
  CHECK(dates("en", "They met on Monday, in talks planned since 2019.", "2023-05-01") == V{"2023-05-01/weekday", "2019/bound"});
}

TEST_CASE("Arabic ordinal days, linked to the month by 'من', in Levantine and Gulf month names") {
  CHECK(dates("ar", "وصل في السادس من تشرين الثاني", "2023-11-08") == V{"2023-11-06/calendar"});
  CHECK(dates("ar", "التقيا في الحادي والعشرين من نوفمبر", "2023-11-28") == V{"2023-11-21/calendar"});
  CHECK(dates("ar", "كانت زيارته الأولى ناجحة", "2023-11-28").empty());  // an ordinal alone is no date
}

TEST_CASE("impossible days in the text give no date, and no day before year 1") {
  CHECK(dates("en", "They met on 31 February.", "2023-11-03").empty());
  CHECK(dates("en", "They met on 30 February 2023.", "2023-11-03").empty());
  // Day 40 is no day: what is left is the month, Mehr 1402 (which begins in September 2023).
  CHECK(dates("fa", "روز ۴۰ مهر ۱۴۰۲ دیدار کرد", "2023-11-03") == V{"2023-09/month"});
  CHECK(dates("fa", "روز ۳۱ اسفند ۱۴۰۲ دیدار کرد", "2024-03-30").empty());  // 1402 is not a leap year
  CHECK(dates("fa", "روز ۱ مهر ۹۹۹۹۹ دیدار کرد", "2023-11-03").empty());
  CHECK(dates("en", "The two spoke yesterday.", "0001-01-01").empty());
}
