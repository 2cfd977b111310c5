// The packed by_actor values: reading entries back, the merge's sorted union, malformed values.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/detail/index_entry.hpp"
#include "graph/detail/keys.hpp"

using namespace parley::graph;
using parley::graph::detail::by_actor_entry;
using parley::graph::detail::by_actor_key;
using parley::graph::detail::ByActorEntries;
using parley::graph::detail::union_by_actor_values;

namespace {

// "id type source>target" for each entry of the value, in order; "malformed" ends a bad one.
std::vector<std::string> read(std::string_view actor, std::string_view date_key, std::string_view value) {
  const std::string key = by_actor_key(actor, date_key);
  ByActorEntries entries(actor, key, value);
  std::vector<std::string> out;
  while (const auto r = entries.next()) {
    out.push_back(std::string(r->id) + " " + std::string(to_string(r->type)) + " " + std::string(r->source) + ">" +
                  std::string(r->target) + " " + r->date.iso());
  }
  if (entries.malformed()) out.push_back("malformed");
  return out;
}

std::string merged(std::string_view a, std::string_view b) {
  std::string out;
  REQUIRE(union_by_actor_values(a, b, out));
  return out;
}

}  // namespace

TEST_CASE("a by_actor value lists the day's entries with the actor on its side") {
  const std::string value = by_actor_entry("0a", EdgeType::kCalled, true, "person:b") +
                            by_actor_entry("0b", EdgeType::kVisited, false, "person:c");
  CHECK(read("state:IRN", "2023-11-03", value) ==
        std::vector<std::string>{"0a called state:IRN>person:b 2023-11-03", "0b visited person:c>state:IRN 2023-11-03"});
  CHECK(read("person:a", "2023-11-00", by_actor_entry("0c", EdgeType::kMet, true, "person:z")) ==
        std::vector<std::string>{"0c met person:a>person:z 2023-11"});
}

TEST_CASE("merging by_actor values keeps each interaction once, in id order") {
  const auto a = by_actor_entry("11", EdgeType::kMet, true, "person:b");
  const auto b = by_actor_entry("22", EdgeType::kMet, true, "person:c");
  const auto c = by_actor_entry("33", EdgeType::kCalled, false, "person:d");
  CHECK(merged(c, a) == a + c);
  CHECK(merged(a + c, b) == a + b + c);
  CHECK(merged(b, a + c) == a + b + c);
  CHECK(merged(a + b, a) == a + b);  // a second article's report of the same meeting adds nothing
  CHECK(merged(a + b + c, a + b + c) == a + b + c);
  CHECK(merged("", b) == b);
}

TEST_CASE("a cut or garbled by_actor value is malformed, for reads and for merges") {
  const auto a = by_actor_entry("11", EdgeType::kMet, true, "person:b");
  std::string out;
  std::string bad_type = a, bad_role = a;
  bad_type[3] = 'q';  // after the id's length and the id "11"
  bad_role[4] = 'x';
  for (const std::string& bad : {a.substr(0, a.size() - 1), a.substr(0, 4), std::string("\0ms\x01x", 5), a + "zz",
                                 bad_type, bad_role, std::string("\xff\xff\xff\xff\xff", 5)}) {
    INFO(bad);
    CHECK(read("person:a", "2023-11-03", bad).back() == "malformed");
    CHECK_FALSE(union_by_actor_values(a, bad, out));
  }
  CHECK(read("person:a", "2023-1x-03", a) == std::vector<std::string>{"malformed"});  // not a date key
  CHECK(read("person:a", "2023-11-03", "") == std::vector<std::string>{"malformed"});
}
