#include "bench/templates.hpp"

namespace parley::bench {

namespace {

using graph::EdgeType;
constexpr auto kCalled = EdgeType::kCalled;
constexpr auto kMet = EdgeType::kMet;
constexpr auto kVisited = EdgeType::kVisited;

// ---------------------------------------------------------------------------------------------
// English

const std::vector<Template> kEnglishEvents = {
    {"en.call.spoke", kCalled, {}, "{A} spoke by phone with {B} {D} about {T}."},
    {"en.call.conversation", kCalled, {}, "{A} held a telephone conversation with {B} {D}, the foreign ministry said in a statement."},
    {"en.call.received", kCalled, {}, "{A} received a phone call from {B} {D}, during which the two sides reviewed {T}."},
    {"en.call.fronted", kCalled, {}, "{D}, {A} and {B} talked by phone about {T}."},
    {"en.call.discussed", kCalled, {}, "{A} and {B} discussed {T} in a phone call {D}, according to officials."},
    {"en.met.met", kMet, {}, "{A} met {B} {D} to discuss {T}."},
    {"en.met.talks", kMet, {}, "{A} held talks with {B} {D} on the sidelines of a regional conference."},
    {"en.met.received", kMet, {}, "{A} received {B} {D}, and the two sides exchanged views on {T}."},
    {"en.met.city", kMet, {}, "{A} met {B} in {CITY} {D}, state media reported."},
    {"en.met.fronted", kMet, {}, "{D}, {A} sat down with {B} for talks on {T}."},
    {"en.visit.arrived", kVisited, {}, "{A} arrived in {CITY} {D} for a two-day official visit."},
    {"en.visit.travelled", kVisited, {}, "{A} travelled to {STATE} {D} at the head of a political and economic delegation."},
    {"en.visit.paid", kVisited, {}, "{A} paid an official visit to {STATE} {D}."},
    {"en.pronoun", kMet, kCalled, "{A} met {B} {D}. He also spoke by phone with {C} {D2}."},
};

const std::vector<Template> kEnglishNonEvents = {
    {"en.non.will", kVisited, {}, "{A} will travel to {STATE} next week for talks with {B}."},
    {"en.non.expected", kMet, {}, "{A} is expected to meet {B} in {CITY} later this month."},
    {"en.non.invited", kVisited, {}, "{A} invited {B} to visit {STATE} at an early date."},
    {"en.non.denied", kMet, {}, "The foreign ministry of {STATE} denied reports that {A} had met {B} {D}."},
    {"en.non.negated", kMet, {}, "{A} did not meet {B} during the conference, a spokesperson said."},
    {"en.non.plans", kVisited, {}, "{A} plans to visit {STATE} before the end of the year, officials said."},
    {"en.non.hypothetical", kMet, {}, "Analysts said {A} could meet {B} if the ceasefire holds."},
    {"en.non.postponed", kMet, {}, "A planned meeting between {A} and {B} was postponed at the last minute."},
};

const std::vector<Template> kEnglishNoise = {
    {"en.noise", kMet, {}, "The national currency traded at {N} per dollar on the open market, up {P} percent from the previous session."},
    {"en.noise", kMet, {}, "Oil prices rose by {P} percent as traders weighed concerns about supply."},
    {"en.noise", kMet, {}, "Forecasters expect heavy rain in the north of {STATE} over the coming days."},
    {"en.noise", kMet, {}, "Officials in {CITY} said {N} new housing units would be completed by the end of the year."},
    {"en.noise", kMet, {}, "The central bank kept its benchmark interest rate unchanged at {P} percent."},
    {"en.noise", kMet, {}, "Local media said the ceasefire largely held overnight."},
    {"en.noise", kMet, {}, "\"We are committed to dialogue and to the sovereignty of every nation,\" {X} told reporters."},
    {"en.noise", kMet, {}, "{X} said the government would continue to support stability in the region."},
    {"en.noise", kMet, {}, "The football federation said the national team will play {N2} friendly matches before the tournament."},
    {"en.noise", kMet, {}, "A film festival in {CITY} drew more than {N} spectators, the organisers said."},
    {"en.noise", kMet, {}, "Exports of farm products reached {N} million dollars in the first half of the year."},
    {"en.noise", kMet, {}, "The health ministry reported {N} new cases of seasonal influenza this week."},
    {"en.noise", kMet, {}, "Traffic police said {N} people were injured in road accidents during the holiday."},
    {"en.noise", kMet, {}, "A spokesperson for the ministry declined to comment on the matter."},
    {"en.noise", kMet, {}, "Lawmakers approved the draft budget after {N2} hours of debate."},
    {"en.noise", kMet, {}, "Experts warned that water reserves behind the main dams had fallen to {P} percent of capacity."},
    {"en.noise", kMet, {}, "The stock exchange index closed {P} percent higher at {N} points."},
    {"en.noise", kMet, {}, "Schools in {CITY} will reopen on Saturday after a {N2}-day closure due to air pollution."},
    {"en.noise", kMet, {}, "The report gave no further details."},
    {"en.noise", kMet, {}, "Diplomatic sources said the two countries are working on a new trade agreement."},
    {"en.noise", kMet, {}, "Ties between {STATE} and {STATE2} have expanded in recent years, especially in energy and transport."},
    {"en.noise", kMet, {}, "The statement stressed the need for a political solution to the crisis."},
    {"en.noise", kMet, {}, "Economists expect inflation to ease to about {P} percent by the end of the year."},
    {"en.noise", kMet, {}, "The ministry said {N} tonnes of humanitarian aid had been delivered so far."},
    {"en.noise", kMet, {}, "Airlines resumed flights between {CITY} and {CITY2} after a {N2}-week suspension."},
    {"en.noise", kMet, {}, "{X} stressed that sanctions had failed to change the course of the country."},
    {"en.noise", kMet, {}, "Customs data showed imports of machinery grew {P} percent year on year."},
    {"en.noise", kMet, {}, "Rescue teams were still searching for {N2} people missing after the floods."},
};

const std::vector<std::string_view> kEnglishTopics = {
    "bilateral relations",
    "regional developments",
    "trade and energy cooperation",
    "the latest developments in the region",
    "the humanitarian situation",
    "security cooperation",
    "border security",
    "the expansion of economic ties",
    "water and climate issues",
    "the return of refugees",
    "a new round of negotiations",
};

// ---------------------------------------------------------------------------------------------
// Persian

const std::vector<Template> kPersianEvents = {
    {"fa.call.rayzani", kCalled, {}, "{A} {D} در گفتگوی تلفنی با {B} درباره {T} رایزنی کرد."},
    {"fa.call.talked", kCalled, {}, "{A} و {B} {D} تلفنی گفتگو کردند."},
    {"fa.call.reviewed", kCalled, {}, "{A} {D} در تماس تلفنی با {B}، {T} را بررسی کرد."},
    {"fa.call.placed", kCalled, {}, "{B} {D} با {A} تماس تلفنی گرفت و درباره {T} گفتگو کرد."},
    {"fa.call.zwnj", kCalled, {}, "{A} {D} در گفت‌وگوی تلفنی با {B} بر ضرورت ادامه رایزنی‌ها تاکید کرد."},
    {"fa.met.didar", kMet, {}, "{A} {D} با {B} دیدار و گفتگو کرد."},
    {"fa.met.sidelines", kMet, {}, "{A} و {B} {D} در حاشیه نشست منطقه‌ای با یکدیگر دیدار کردند."},
    {"fa.met.received", kMet, {}, "{A} {D} {B} را به حضور پذیرفت."},
    {"fa.met.city", kMet, {}, "{A} {D} در {CITY} با {B} دیدار کرد."},
    {"fa.met.negotiated", kMet, {}, "{A} {D} با {B} درباره {T} مذاکره کرد."},
    {"fa.visit.arrived", kVisited, {}, "{A} {D} وارد {CITY} شد."},
    {"fa.visit.left", kVisited, {}, "{A} {D} برای سفری دو روزه عازم {STATE} شد."},
    {"fa.visit.trip", kVisited, {}, "{A} {D} در سفری رسمی به {CITY} رفت."},
    {"fa.visit.travelled", kVisited, {}, "{A} {D} به {STATE} سفر کرد."},
    {"fa.pronoun", kMet, kCalled, "{A} {D} با {B} دیدار کرد. وی همچنین {D2} با {C} تلفنی گفتگو کرد."},
};

const std::vector<Template> kPersianNonEvents = {
    {"fa.non.future", kVisited, {}, "{A} هفته آینده به {STATE} سفر خواهد کرد."},
    {"fa.non.planned", kMet, {}, "قرار است {A} و {B} در روزهای آینده در {CITY} دیدار کنند."},
    {"fa.non.invited", kVisited, {}, "{A} از {B} برای سفر به {STATE} دعوت کرد."},
    {"fa.non.denied", kMet, {}, "سخنگوی وزارت امور خارجه {STATE} خبر دیدار {A} با {B} را تکذیب کرد."},
    {"fa.non.negated", kMet, {}, "{A} در این سفر با {B} دیدار نکرد."},
    {"fa.non.cancelled", kVisited, {}, "سفر {A} به {STATE} که برای این هفته برنامه‌ریزی شده بود، لغو شد."},
    {"fa.non.hypothetical", kVisited, {}, "در صورت موافقت طرفین، {A} ممکن است ماه آینده به {STATE} سفر کند."},
    {"fa.non.will_meet", kMet, {}, "{A} فردا با {B} دیدار خواهد کرد."},
};

const std::vector<Template> kPersianNoise = {
    {"fa.noise", kMet, {}, "نرخ دلار در بازار آزاد امروز به {N} تومان رسید."},
    {"fa.noise", kMet, {}, "بانک مرکزی اعلام کرد نرخ تورم نقطه به نقطه به {P} درصد کاهش یافته است."},
    {"fa.noise", kMet, {}, "سازمان هواشناسی برای روزهای آینده در استان‌های شمالی بارش باران پیش‌بینی کرده است."},
    {"fa.noise", kMet, {}, "به گفته مسئولان، {N} واحد مسکونی تا پایان سال در {CITY} تکمیل می‌شود."},
    {"fa.noise", kMet, {}, "شاخص کل بورس با {P} درصد افزایش به {N} واحد رسید."},
    {"fa.noise", kMet, {}, "{X} در جمع خبرنگاران گفت: «ما به گفتگو و احترام متقابل پایبند هستیم.»"},
    {"fa.noise", kMet, {}, "{X} تاکید کرد که کشورش از ثبات و امنیت منطقه حمایت می‌کند."},
    {"fa.noise", kMet, {}, "تیم ملی فوتبال در ادامه آماده‌سازی خود {N2} بازی دوستانه برگزار می‌کند."},
    {"fa.noise", kMet, {}, "جشنواره فیلم {CITY} امسال بیش از {N} تماشاگر داشت."},
    {"fa.noise", kMet, {}, "صادرات محصولات کشاورزی در شش ماه نخست سال به {N} میلیون دلار رسید."},
    {"fa.noise", kMet, {}, "وزارت بهداشت از شناسایی {N} مورد جدید آنفلوانزای فصلی در هفته جاری خبر داد."},
    {"fa.noise", kMet, {}, "پلیس راهور اعلام کرد در تعطیلات اخیر {N} نفر در حوادث رانندگی مصدوم شدند."},
    {"fa.noise", kMet, {}, "سخنگوی وزارتخانه از اظهار نظر درباره این موضوع خودداری کرد."},
    {"fa.noise", kMet, {}, "نمایندگان پس از {N2} ساعت بحث کلیات لایحه بودجه را تصویب کردند."},
    {"fa.noise", kMet, {}, "کارشناسان هشدار دادند که ذخایر آب سدهای اصلی به {P} درصد ظرفیت کاهش یافته است."},
    {"fa.noise", kMet, {}, "منابع دیپلماتیک از تلاش دو کشور برای نهایی کردن یک توافق تجاری جدید خبر دادند."},
    {"fa.noise", kMet, {}, "روابط {STATE} و {STATE2} در سال‌های اخیر به‌ویژه در حوزه انرژی و حمل و نقل گسترش یافته است."},
    {"fa.noise", kMet, {}, "در این بیانیه بر ضرورت راه‌حل سیاسی برای پایان بحران تاکید شده است."},
    {"fa.noise", kMet, {}, "پروازهای {CITY} به {CITY2} پس از {N2} هفته توقف از سر گرفته شد."},
    {"fa.noise", kMet, {}, "مدارس {CITY} به دلیل آلودگی هوا تا پایان هفته تعطیل است."},
    {"fa.noise", kMet, {}, "تاکنون {N} تن کمک انسانی به مناطق آسیب‌دیده ارسال شده است."},
    {"fa.noise", kMet, {}, "قیمت جهانی نفت امروز با {P} درصد افزایش همراه بود."},
    {"fa.noise", kMet, {}, "این گزارش جزئیات بیشتری ارائه نکرده است."},
    {"fa.noise", kMet, {}, "{X} افزود که تحریم‌ها نتوانسته است مسیر کشور را تغییر دهد."},
    {"fa.noise", kMet, {}, "بر اساس آمار گمرک، واردات ماشین‌آلات {P} درصد رشد داشته است."},
    {"fa.noise", kMet, {}, "گروه‌های امداد همچنان در جستجوی {N2} مفقود سیل هستند."},
};

const std::vector<std::string_view> kPersianTopics = {
    "روابط دوجانبه",
    "تحولات منطقه",
    "همکاری‌های اقتصادی و انرژی",
    "آخرین تحولات منطقه",
    "وضعیت انسانی",
    "همکاری‌های امنیتی",
    "امنیت مرزها",
    "گسترش روابط تجاری",
    "مسائل آب و محیط زیست",
    "بازگشت پناهجویان",
    "برنامه هسته‌ای",
};

}  // namespace

const std::vector<Template>& templates(std::string_view lang, SentenceKind kind) {
  const bool fa = lang == "fa";
  switch (kind) {
    case SentenceKind::kEvent: return fa ? kPersianEvents : kEnglishEvents;
    case SentenceKind::kNonEvent: return fa ? kPersianNonEvents : kEnglishNonEvents;
    case SentenceKind::kNoise: break;
  }
  return fa ? kPersianNoise : kEnglishNoise;
}

const std::vector<std::string_view>& topics(std::string_view lang) { return lang == "fa" ? kPersianTopics : kEnglishTopics; }

}  // namespace parley::bench
