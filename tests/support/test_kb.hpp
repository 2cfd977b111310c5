#pragma once
// A small knowledge base written for the tests (real offices and dates), so that extraction tests
// do not move when the shipped knowledge base grows.

#include <memory>

#include "ingest/kb.hpp"

namespace parley::test {

inline std::shared_ptr<const ingest::KnowledgeBase> test_kb() {
  static const auto kb = [] {
    auto k = std::make_shared<ingest::KnowledgeBase>();
    k->add_document(R"({"states": [
      {"code": "IRN", "iso2": "IR", "label": "Iran", "names": {"en": ["Iran"], "fa": ["ایران", "جمهوری اسلامی ایران"]},
       "adjectives": {"en": ["Iranian"], "fa": ["ایرانی"]},
       "cities": [{"label": "Tehran", "capital": true, "names": {"en": ["Tehran"], "fa": ["تهران"]}}]},
      {"code": "RUS", "iso2": "RU", "label": "Russia", "names": {"en": ["Russia"], "fa": ["روسیه"]},
       "adjectives": {"en": ["Russian"], "fa": ["روس", "روسی"]},
       "cities": [{"label": "Moscow", "capital": true, "names": {"en": ["Moscow"], "fa": ["مسکو"]}}]},
      {"code": "QAT", "iso2": "QA", "label": "Qatar", "names": {"en": ["Qatar"], "fa": ["قطر"]},
       "adjectives": {"en": ["Qatari"], "fa": ["قطری"]},
       "cities": [{"label": "Doha", "capital": true, "names": {"en": ["Doha"], "fa": ["دوحه"]}}]},
      {"code": "SYR", "iso2": "SY", "label": "Syria", "names": {"en": ["Syria"], "fa": ["سوریه"]},
       "adjectives": {"en": ["Syrian"], "fa": ["سوری"]}, "cities": []},
      {"code": "TUR", "iso2": "TR", "label": "Turkey", "names": {"en": ["Turkey"], "fa": ["ترکیه"]},
       "adjectives": {"en": ["Turkish"], "fa": ["ترک"]}, "cities": []},
      {"code": "CHN", "iso2": "CN", "label": "China", "names": {"en": ["China"], "fa": ["چین"]},
       "adjectives": {"en": ["Chinese"], "fa": ["چینی"]},
       "cities": [{"label": "Beijing", "capital": true, "names": {"en": ["Beijing"], "fa": ["پکن"]}}]},
      {"code": "USA", "iso2": "US", "label": "United States", "names": {"en": ["United States", "U.S."], "fa": ["آمریکا"]},
       "adjectives": {"en": ["American", "U.S."], "fa": ["آمریکایی"]},
       "cities": [{"label": "Washington", "capital": true, "names": {"en": ["Washington"], "fa": ["واشنگتن"]}}]},
      {"code": "OMN", "iso2": "OM", "label": "Oman", "names": {"en": ["Oman"], "fa": ["عمان"]},
       "adjectives": {"en": ["Omani"], "fa": ["عمانی"]}, "cities": []}
    ]})", "test states", graph::ActorSource::kKb);
    k->add_document(R"({"officials": [
      {"id": "person:hossein-amir-abdollahian", "label": "Hossein Amir-Abdollahian", "state": "IRN",
       "names": {"en": ["Hossein Amir-Abdollahian"], "fa": ["حسین امیرعبداللهیان"]},
       "short": {"en": ["Amir-Abdollahian"], "fa": ["امیرعبداللهیان"]},
       "roles": [{"role": "foreign_minister", "state": "IRN", "from": "2021-08-25", "to": "2024-05-19"}]},
      {"id": "person:sergey-lavrov", "label": "Sergey Lavrov", "state": "RUS",
       "names": {"en": ["Sergey Lavrov"], "fa": ["سرگئی لاوروف"]}, "short": {"en": ["Lavrov"], "fa": ["لاوروف"]},
       "roles": [{"role": "foreign_minister", "state": "RUS", "from": "2004-03-09", "to": null}]},
      {"id": "person:mohammed-bin-abdulrahman-al-thani", "label": "Mohammed bin Abdulrahman Al Thani", "state": "QAT",
       "names": {"en": ["Mohammed bin Abdulrahman Al Thani"], "fa": ["محمد بن عبدالرحمن آل ثانی"]},
       "roles": [{"role": "foreign_minister", "state": "QAT", "from": "2016-01-27", "to": null}]},
      {"id": "person:faisal-mekdad", "label": "Faisal Mekdad", "state": "SYR",
       "names": {"en": ["Faisal Mekdad"], "fa": ["فیصل مقداد"]}, "short": {"en": ["Mekdad"], "fa": ["مقداد"]},
       "roles": [{"role": "foreign_minister", "state": "SYR", "from": "2020-11-22", "to": "2024-09-23"}]},
      {"id": "person:wang-yi", "label": "Wang Yi", "state": "CHN", "names": {"en": ["Wang Yi"], "fa": ["وانگ یی"]},
       "roles": [{"role": "foreign_minister", "state": "CHN", "from": "2013-03-16", "to": "2022-12-30"},
                 {"role": "other", "state": "CHN", "from": "2023-01-01", "to": null},
                 {"role": "foreign_minister", "state": "CHN", "from": "2023-07-25", "to": null}]},
      {"id": "person:qin-gang", "label": "Qin Gang", "state": "CHN", "names": {"en": ["Qin Gang"], "fa": ["چین گانگ"]},
       "roles": [{"role": "foreign_minister", "state": "CHN", "from": "2022-12-30", "to": "2023-07-25"}]},
      {"id": "person:antony-blinken", "label": "Antony Blinken", "state": "USA",
       "names": {"en": ["Antony Blinken"], "fa": ["آنتونی بلینکن"]}, "short": {"en": ["Blinken"], "fa": ["بلینکن"]},
       "roles": [{"role": "foreign_minister", "state": "USA", "from": "2021-01-26", "to": "2025-01-20"}]}
    ]})", "test officials", graph::ActorSource::kKb);
    return std::shared_ptr<const ingest::KnowledgeBase>(k);
  }();
  return kb;
}

}  // namespace parley::test
