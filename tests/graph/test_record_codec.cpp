// The records ingest writes for every article are encoded by a CBOR writer of their own; they
// must be the very bytes nlohmann::json::to_cbor gives for the same record, which is what every
// reader decodes.

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/detail/codec.hpp"

using namespace parley::graph;

namespace {

std::string reference(const nlohmann::json& j) {
  std::string out;
  nlohmann::json::to_cbor(j, out);
  return out;
}

Interaction sample(double confidence) {
  Interaction i;
  i.type = EdgeType::kVisited;
  i.source = ActorId("person:someone-with-a-rather-long-identifier");
  i.target = ActorId("state:QAT");
  i.date = *Date::parse_iso("2023-11-03");
  i.location.city = "Doha";
  i.location.state = StateCode::parse("QAT");
  i.confidence = confidence;
  i.mentions.push_back({"a1", "A sentence that says so.", 0, 24, "en", "visited"});
  i.mentions.push_back({"a2", std::string(300, 'x'), 70000, 70300, "fa", std::string(30, 'y')});
  i.mentions.push_back({"a3", std::string(70000, 'z'), 5000000000ULL, 5000070000ULL, "ru", ""});
  return i;
}

}  // namespace

TEST_CASE("an interaction encodes to the bytes of its JSON conversion in CBOR") {
  for (double confidence : {1.0, 0.5, 0.85, 0.0, 1e-300, 1e300, std::numeric_limits<double>::infinity(), std::nan("")}) {
    const Interaction i = sample(confidence);
    CHECK(detail::encode(i) == reference(nlohmann::json(i)));
  }
  Interaction bare;
  bare.source = ActorId("person:a");
  bare.target = ActorId("person:b");
  bare.date = Date::unknown();
  CHECK(detail::encode(bare) == reference(nlohmann::json(bare)));
  const Interaction back = detail::decode<Interaction>(detail::encode(sample(0.85)), "interaction");
  CHECK(back.mentions == sample(0.85).mentions);
  CHECK(back.location == sample(0.85).location);
}

TEST_CASE("an article encodes to the bytes of its JSON conversion plus its interactions' ids") {
  Article a;
  a.id = "article-1";
  a.url = "https://example.org/news/1";
  a.title = "A title";
  a.published = *Date::parse_iso("2023-11-04");
  a.lang = "en";
  a.source = "Example Agency";
  a.content_hash = "0123456789abcdef0123456789abcdef";
  a.ingested_at = "2026-11-29T10:00:00Z";
  a.text = std::string(5000, 't');
  const std::vector<std::string> ids{"b-id", "a-id", "b-id"};  // stored sorted, once each
  nlohmann::json expected = a;
  expected["interactions"] = std::vector<std::string>{"a-id", "b-id"};
  CHECK(detail::encode_article(a, ids) == reference(expected));

  Article unknown_day;
  unknown_day.id = "article-2";
  unknown_day.published = Date::unknown();
  nlohmann::json expected_empty = unknown_day;
  expected_empty["interactions"] = std::vector<std::string>{};
  CHECK(detail::encode_article(unknown_day, {}) == reference(expected_empty));
}
