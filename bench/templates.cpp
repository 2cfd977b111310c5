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

// ---------------------------------------------------------------------------------------------
// Arabic (Modern Standard, as SPA, QNA, KUNA or WAM write it: the verb mostly first)

const std::vector<Template> kArabicEvents = {
    {"ar.call.made", kCalled, {}, "أجرى {A} {D} اتصالا هاتفيا مع {B}، تناول {T}."},
    {"ar.call.received", kCalled, {}, "تلقى {A} {D} اتصالا هاتفيا من {B}، جرى خلاله استعراض {T}."},
    {"ar.call.svo", kCalled, {}, "{A} أجرى مكالمة هاتفية مع {B} {D}، حسب بيان رسمي."},
    {"ar.call.both", kCalled, {}, "{D}، بحث {A} و{B} هاتفيا {T}."},
    {"ar.call.video", kCalled, {}, "عقد {A} و{B} {D} اجتماعا افتراضيا عبر تقنية الاتصال المرئي تناول {T}."},
    {"ar.met.met", kMet, {}, "التقى {A} {D} {B}، وجرى خلال اللقاء استعراض {T}."},
    {"ar.met.received", kMet, {}, "استقبل {A} {D} {B} في مقر الحكومة."},
    {"ar.met.city", kMet, {}, "التقى {A} و{B} {D} في {CITY}، حسبما أفادت وسائل إعلام رسمية."},
    {"ar.met.sidelines", kMet, {}, "عقد {A} و{B} {D} جلسة مباحثات على هامش مؤتمر إقليمي."},
    {"ar.met.svo", kMet, {}, "{A} اجتمع مع {B} {D} لمناقشة {T}."},
    {"ar.visit.arrived", kVisited, {}, "وصل {A} {D} إلى {CITY} في زيارة رسمية تستغرق يومين."},
    {"ar.visit.visited", kVisited, {}, "زار {A} {STATE} {D} على رأس وفد سياسي واقتصادي."},
    {"ar.visit.paid", kVisited, {}, "قام {A} {D} بزيارة رسمية إلى {STATE}."},
    {"ar.visit.headed", kVisited, {}, "{A} توجه {D} إلى {STATE} في زيارة عمل."},
    {"ar.pronoun", kMet, kCalled, "التقى {A} {D} {B}. كما أجرى {D2} اتصالا هاتفيا مع {C}."},
};

const std::vector<Template> kArabicNonEvents = {
    {"ar.non.future", kVisited, {}, "سيزور {A} {STATE} الأسبوع المقبل لإجراء محادثات مع {B}."},
    {"ar.non.will_meet", kMet, {}, "من المقرر أن يلتقي {A} و{B} في {CITY} خلال الأيام المقبلة."},
    {"ar.non.invited", kVisited, {}, "{A} وجه إلى {B} دعوة لزيارة {STATE} في أقرب فرصة."},
    {"ar.non.denied", kMet, {}, "نفت وزارة خارجية {STATE} الأنباء عن لقاء جمع {A} و{B} {D}."},
    {"ar.non.negated", kMet, {}, "{A} و{B} لم يلتقيا خلال المؤتمر، بحسب متحدث رسمي."},
    {"ar.non.plans", kVisited, {}, "يعتزم {A} زيارة {STATE} قبل نهاية العام، حسب مسؤولين."},
    {"ar.non.hypothetical", kMet, {}, "قال محللون إن {A} قد يلتقي {B} إذا صمدت الهدنة."},
    {"ar.non.cancelled", kVisited, {}, "ألغيت زيارة {A} إلى {STATE} التي كانت مقررة هذا الأسبوع."},
};

const std::vector<Template> kArabicNoise = {
    {"ar.noise", kMet, {}, "سجل سعر صرف العملة الوطنية {N} مقابل الدولار في السوق الموازية، بارتفاع نسبته {P} في المئة عن الجلسة السابقة."},
    {"ar.noise", kMet, {}, "ارتفعت أسعار النفط بنسبة {P} في المئة وسط مخاوف بشأن الإمدادات."},
    {"ar.noise", kMet, {}, "توقعت الأرصاد الجوية هطول أمطار غزيرة في شمال {STATE} خلال الأيام المقبلة."},
    {"ar.noise", kMet, {}, "قال مسؤولون في {CITY} إن {N} وحدة سكنية جديدة ستنجز بحلول نهاية العام."},
    {"ar.noise", kMet, {}, "أبقى البنك المركزي سعر الفائدة الرئيسي دون تغيير عند {P} في المئة."},
    {"ar.noise", kMet, {}, "ذكرت وسائل إعلام محلية أن وقف إطلاق النار صمد إلى حد كبير خلال الليل."},
    {"ar.noise", kMet, {}, "«نحن ملتزمون بالحوار وباحترام سيادة كل الدول»، قال {X} للصحفيين."},
    {"ar.noise", kMet, {}, "أكد {X} أن الحكومة ستواصل دعم الاستقرار في المنطقة."},
    {"ar.noise", kMet, {}, "أعلن الاتحاد الوطني لكرة القدم أن المنتخب سيخوض {N2} مباريات ودية قبل البطولة."},
    {"ar.noise", kMet, {}, "اجتذب مهرجان سينمائي في {CITY} أكثر من {N} متفرج، بحسب المنظمين."},
    {"ar.noise", kMet, {}, "بلغت صادرات المنتجات الزراعية {N} مليون دولار في النصف الأول من العام."},
    {"ar.noise", kMet, {}, "سجلت وزارة الصحة {N} إصابة جديدة بالإنفلونزا الموسمية هذا الأسبوع."},
    {"ar.noise", kMet, {}, "قالت شرطة المرور إن {N} شخصا أصيبوا في حوادث سير خلال العطلة."},
    {"ar.noise", kMet, {}, "امتنع متحدث باسم الوزارة عن التعليق على الموضوع."},
    {"ar.noise", kMet, {}, "أقر النواب مشروع الموازنة بعد نقاش استمر {N2} ساعة."},
    {"ar.noise", kMet, {}, "حذر خبراء من أن احتياطيات المياه في السدود الرئيسية تراجعت إلى {P} في المئة من طاقتها."},
    {"ar.noise", kMet, {}, "أغلق مؤشر البورصة مرتفعا بنسبة {P} في المئة عند {N} نقطة."},
    {"ar.noise", kMet, {}, "تستأنف المدارس في {CITY} الدراسة بعد إغلاق دام {N2} أيام بسبب تلوث الهواء."},
    {"ar.noise", kMet, {}, "ولم يقدم التقرير مزيدا من التفاصيل."},
    {"ar.noise", kMet, {}, "قالت مصادر دبلوماسية إن البلدين يعملان على اتفاق تجاري جديد."},
    {"ar.noise", kMet, {}, "توسعت العلاقات بين {STATE} و{STATE2} في السنوات الأخيرة، خصوصا في مجالي الطاقة والنقل."},
    {"ar.noise", kMet, {}, "شدد البيان على ضرورة التوصل إلى حل سياسي للأزمة."},
    {"ar.noise", kMet, {}, "يتوقع اقتصاديون تراجع التضخم إلى نحو {P} في المئة بحلول نهاية العام."},
    {"ar.noise", kMet, {}, "قالت الوزارة إن {N} طنا من المساعدات الإنسانية سلمت حتى الآن."},
    {"ar.noise", kMet, {}, "استأنفت شركات الطيران رحلاتها بين {CITY} و{CITY2} بعد توقف دام {N2} أسابيع."},
    {"ar.noise", kMet, {}, "شدد {X} على أن العقوبات فشلت في تغيير مسار البلاد."},
    {"ar.noise", kMet, {}, "أظهرت بيانات الجمارك نمو واردات الآلات بنسبة {P} في المئة على أساس سنوي."},
    {"ar.noise", kMet, {}, "لا تزال فرق الإنقاذ تبحث عن {N2} مفقودين بعد الفيضانات."},
};

const std::vector<std::string_view> kArabicTopics = {
    "العلاقات الثنائية",
    "التطورات الإقليمية",
    "التعاون في مجالي التجارة والطاقة",
    "آخر المستجدات في المنطقة",
    "الوضع الإنساني",
    "التعاون الأمني",
    "أمن الحدود",
    "سبل توسيع العلاقات الاقتصادية",
    "قضايا المياه والمناخ",
    "عودة اللاجئين",
    "الملف النووي",
};

// ---------------------------------------------------------------------------------------------
// Russian (TASS, RIA or Interfax style). Officials stay in the nominative: two of them are
// mostly joint subjects ("{A} и {B} провели переговоры"); {C_INS} is the full name in the
// instrumental ("с Сергеем Лавровым"), as the gazetteer's Russian name forms read it. No date
// opens a sentence: the segmenter keeps "... 24%. 3 августа ..." as one sentence. Places take the case forms of the
// roster: {IN_CITY} "в Москве", {TO_CITY} "в Москву", {TO_STATE} "в Египет", {IN_STATE},
// {STATE_GEN} "Египта", {STATE_ACC} "Египет" (with {IN_CITY2}, {STATE2_GEN} in noise).

const std::vector<Template> kRussianEvents = {
    {"ru.call.phone", kCalled, {}, "{A} и {B} {D} провели телефонный разговор, сообщила пресс-служба правительства."},
    {"ru.call.talked", kCalled, {}, "{A} и {B} поговорили по телефону {D}, говорится в сообщении министерства."},
    {"ru.call.exchanged", kCalled, {}, "{A} и {B} {D} обменялись мнениями по телефону по широкому кругу вопросов."},
    {"ru.call.discussed", kCalled, {}, "{A} и {B} {D} обсудили по телефону {T}."},
    {"ru.call.video", kCalled, {}, "{A} и {B} {D} провели переговоры в режиме видеоконференции."},
    {"ru.met.met", kMet, {}, "{A} и {B} встретились {D}, чтобы обсудить {T}."},
    {"ru.met.talks", kMet, {}, "{A} и {B} {D} провели переговоры на полях регионального форума."},
    {"ru.met.city", kMet, {}, "{A} и {B} провели встречу {IN_CITY} {D}, передает корреспондент агентства."},
    {"ru.met.fronted", kMet, {}, "{A} и {B} {D} провели двустороннюю встречу, обсудив {T}."},
    {"ru.met.consulted", kMet, {}, "{A} и {B} {D} провели консультации в здании министерства."},
    {"ru.visit.arrived", kVisited, {}, "{A} {D} прибыл {TO_CITY} с двухдневным официальным визитом."},
    {"ru.visit.paid", kVisited, {}, "{A} {D} совершил официальный визит {TO_STATE}."},
    {"ru.visit.visited", kVisited, {}, "{A} {D} посетил {STATE_ACC} во главе политической и экономической делегации."},
    {"ru.visit.stayed", kVisited, {}, "{A} {D} находился с рабочим визитом {IN_CITY}."},
    {"ru.pronoun", kVisited, kCalled, "{A} {D} прибыл {TO_STATE} с визитом. Он также {D2} провел телефонный разговор с {C_INS}."},
};

const std::vector<Template> kRussianNonEvents = {
    {"ru.non.future", kVisited, {}, "{A} на следующей неделе посетит {STATE_ACC} для переговоров."},
    {"ru.non.will_meet", kMet, {}, "{A} и {B} встретятся {IN_CITY} в ближайшие дни."},
    {"ru.non.planned", kVisited, {}, "{A} планирует посетить {STATE_ACC} до конца года, сообщили в министерстве."},
    {"ru.non.invited", kVisited, {}, "{A} заявил, что {B} приглашен с визитом {TO_STATE} в удобное для него время."},
    {"ru.non.denied", kMet, {}, "МИД {STATE_GEN} опроверг сообщения о том, что {A} и {B} встречались {D}."},
    {"ru.non.negated", kMet, {}, "{A} и {B} не встречались в ходе конференции, сообщил официальный представитель."},
    {"ru.non.hypothetical", kMet, {}, "Эксперты не исключают, что {A} и {B} могли бы встретиться, если перемирие сохранится."},
    {"ru.non.postponed", kMet, {}, "{A} и {B} отложили переговоры, запланированные на эту неделю."},
};

const std::vector<Template> kRussianNoise = {
    {"ru.noise", kMet, {}, "Курс национальной валюты на открытом рынке составил {N} за доллар, что на {P}% выше уровня предыдущих торгов."},
    {"ru.noise", kMet, {}, "Цены на нефть выросли на {P}% на фоне опасений трейдеров по поводу поставок."},
    {"ru.noise", kMet, {}, "Синоптики прогнозируют сильные дожди на севере {STATE_GEN} в ближайшие дни."},
    {"ru.noise", kMet, {}, "По словам местных властей, {IN_CITY} до конца года будет построено {N} новых квартир."},
    {"ru.noise", kMet, {}, "Центральный банк сохранил ключевую ставку на уровне {P}% годовых."},
    {"ru.noise", kMet, {}, "По данным местных СМИ, режим прекращения огня ночью в целом соблюдался."},
    {"ru.noise", kMet, {}, "«Мы привержены диалогу и уважаем суверенитет каждого государства», — заявил журналистам {X}."},
    {"ru.noise", kMet, {}, "{X} заявил, что правительство продолжит поддерживать стабильность в регионе."},
    {"ru.noise", kMet, {}, "Перед турниром национальная сборная по футболу сыграет {N2} товарищеских матчей."},
    {"ru.noise", kMet, {}, "Кинофестиваль {IN_CITY} собрал более {N} зрителей, сообщили организаторы."},
    {"ru.noise", kMet, {}, "Экспорт сельскохозяйственной продукции в первом полугодии достиг {N} млн долларов."},
    {"ru.noise", kMet, {}, "Минздрав сообщил о {N} новых случаях сезонного гриппа за неделю."},
    {"ru.noise", kMet, {}, "По данным ГИБДД, за праздничные дни в ДТП пострадали {N} человек."},
    {"ru.noise", kMet, {}, "Представитель ведомства воздержался от комментариев."},
    {"ru.noise", kMet, {}, "Депутаты одобрили проект бюджета после дебатов, продолжавшихся {N2} часов."},
    {"ru.noise", kMet, {}, "Эксперты предупредили, что запасы воды в крупнейших водохранилищах сократились до {P}% от их объема."},
    {"ru.noise", kMet, {}, "Индекс фондовой биржи вырос на {P}% и достиг отметки {N} пунктов."},
    {"ru.noise", kMet, {}, "Занятия в школах {IN_CITY} возобновятся после {N2}-дневного перерыва из-за загрязнения воздуха."},
    {"ru.noise", kMet, {}, "Других подробностей в сообщении не приводится."},
    {"ru.noise", kMet, {}, "Дипломатические источники сообщили, что две страны работают над новым торговым соглашением."},
    {"ru.noise", kMet, {}, "Товарооборот {STATE_GEN} и {STATE2_GEN} в последние годы заметно вырос, особенно в энергетике и транспорте."},
    {"ru.noise", kMet, {}, "В заявлении подчеркивается необходимость политического урегулирования кризиса."},
    {"ru.noise", kMet, {}, "Экономисты ожидают замедления инфляции примерно до {P}% к концу года."},
    {"ru.noise", kMet, {}, "Министерство сообщило, что к настоящему времени доставлено {N} т гуманитарной помощи."},
    {"ru.noise", kMet, {}, "Авиасообщение {IN_CITY2} возобновлено после {N2}-недельного перерыва."},
    {"ru.noise", kMet, {}, "{X} подчеркнул, что санкциям так и не удалось изменить курс страны."},
    {"ru.noise", kMet, {}, "Таможенная статистика показала рост импорта оборудования на {P}% в годовом выражении."},
    {"ru.noise", kMet, {}, "Спасатели продолжают поиски {N2} человек, пропавших без вести после наводнения."},
};

const std::vector<std::string_view> kRussianTopics = {
    "двусторонние отношения",
    "ситуацию в регионе",
    "торгово-экономическое сотрудничество",
    "последние события в регионе",
    "гуманитарную ситуацию",
    "сотрудничество в сфере безопасности",
    "безопасность границ",
    "расширение экономических связей",
    "вопросы водных ресурсов и климата",
    "возвращение беженцев",
    "энергетическое сотрудничество",
};

}  // namespace

const std::vector<Template>& templates(std::string_view lang, SentenceKind kind) {
  if (lang == "ar") {
    return kind == SentenceKind::kEvent ? kArabicEvents : kind == SentenceKind::kNonEvent ? kArabicNonEvents : kArabicNoise;
  }
  if (lang == "ru") {
    return kind == SentenceKind::kEvent ? kRussianEvents : kind == SentenceKind::kNonEvent ? kRussianNonEvents : kRussianNoise;
  }
  const bool fa = lang == "fa";
  switch (kind) {
    case SentenceKind::kEvent: return fa ? kPersianEvents : kEnglishEvents;
    case SentenceKind::kNonEvent: return fa ? kPersianNonEvents : kEnglishNonEvents;
    case SentenceKind::kNoise: break;
  }
  return fa ? kPersianNoise : kEnglishNoise;
}

const std::vector<std::string_view>& topics(std::string_view lang) {
  if (lang == "ar") return kArabicTopics;
  if (lang == "ru") return kRussianTopics;
  return lang == "fa" ? kPersianTopics : kEnglishTopics;
}

}  // namespace parley::bench
