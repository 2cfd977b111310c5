#include <catch2/catch.hpp>

#include "graph/errors.hpp"
#include "graph/store.hpp"
#include "graph/store_merge.hpp"
#include "support/meeting.hpp"
#include "support/old_schema.hpp"
#include "support/temp_dir.hpp"

using namespace parley::graph;
using parley::test::meeting;
using parley::test::TempDir;

namespace {

Actor person(const char* id, const char* label, ActorSource source = ActorSource::kKb) {
  Actor a;
  a.id = ActorId(id);
  a.label = label;
  a.source = source;
  return a;
}

// An article stating one meeting, with the meeting's actors and a name key for each.
ArticleRecord article_with(const std::string& id, Interaction inter) {
  ArticleRecord r;
  r.article.id = id;
  r.article.content_hash = "hash of " + id;
  r.article.text = "text of " + id;
  for (const ActorId* a : {&inter.source, &inter.target}) {
    r.actors.push_back(share(person(a->str().c_str(), a->str().c_str()), {"name of " + a->str()}));
  }
  r.interactions.push_back(std::move(inter));
  return r;
}

std::unique_ptr<Store> fresh(const TempDir& dir, const std::string& name) {
  return Store::open(dir / name, Store::Mode::kReadWrite);
}

}  // namespace

TEST_CASE("merging copies each article with its share of the interactions, once") {
  TempDir dir;
  auto shard = fresh(dir, "shard");
  shard->put_article(article_with("a1", meeting("person:a", "person:b", "2023-11-03", "a1")));
  shard->put_article(article_with("a2", meeting("person:b", "person:a", "2023-11-03", "a2")));
  shard->put_article(article_with("a3", meeting("person:a", "person:c", "2023-11-04", "a3")));
  auto target = fresh(dir, "target");
  target->put_article(article_with("a3", meeting("person:a", "person:c", "2023-11-04", "a3")));

  const auto counts = merge_store(*shard, *target);
  CHECK(counts.articles == 3);
  CHECK(counts.stored == 2);
  CHECK(counts.already_stored == 1);
  CHECK(counts.interactions == 2);
  const auto ab = target->interaction(meeting("person:a", "person:b", "2023-11-03", "").id());
  REQUIRE(ab);
  REQUIRE(ab->mentions.size() == 2);
  CHECK(ab->mentions[0].article == "a1");
  CHECK(ab->mentions[1].article == "a2");
  CHECK(target->actors_named("name of person:b") == std::vector<ActorId>{ActorId("person:b")});
  const auto ac = target->interaction(meeting("person:a", "person:c", "2023-11-04", "").id());
  REQUIRE(ac);
  CHECK(ac->mentions.size() == 1);

  const auto again = merge_store(*shard, *target);
  CHECK(again.stored == 0);
  CHECK(again.already_stored == 3);
  CHECK(target->interaction(ab->id())->mentions.size() == 2);
}

TEST_CASE("a merged interaction keeps the first shard's location and the highest confidence") {
  TempDir dir;
  auto without_city = meeting("person:a", "person:b", "2023-11-03", "s1");
  without_city.confidence = 0.9;
  auto in_ankara = meeting("person:a", "person:b", "2023-11-03", "s2");
  in_ankara.location.city = "Ankara";
  in_ankara.confidence = 0.5;
  auto in_istanbul = meeting("person:a", "person:b", "2023-11-03", "s3");
  in_istanbul.location.city = "Istanbul";
  in_istanbul.confidence = 0.7;
  {
    auto s1 = fresh(dir, "s1");
    s1->put_article(article_with("s1", without_city));
    auto s2 = fresh(dir, "s2");
    s2->put_article(article_with("s2", in_ankara));
    auto s3 = fresh(dir, "s3");
    s3->put_article(article_with("s3", in_istanbul));
  }
  merge_shards(dir / "target", {dir / "s1", dir / "s2", dir / "s3"});
  auto target = Store::open(dir / "target", Store::Mode::kReadOnly);
  const auto merged = target->interaction(without_city.id());
  REQUIRE(merged);
  CHECK(merged->location.city == "Ankara");
  CHECK(merged->confidence == 0.9);
  CHECK(merged->mentions.size() == 3);
}

TEST_CASE("actors no article refers to are added when the target lacks them, never replaced") {
  TempDir dir;
  auto shard = fresh(dir, "shard");
  shard->put_actors({person("person:imported", "Imported", ActorSource::kUser), person("person:kept", "Shard's")},
                    {{"imported", ActorId("person:imported")}});
  auto target = fresh(dir, "target");
  target->put_actors({person("person:kept", "Target's")}, {});
  const auto counts = merge_store(*shard, *target);
  CHECK(counts.actors_added == 1);
  REQUIRE(target->actor(ActorId("person:imported")));
  CHECK(target->actor(ActorId("person:imported"))->source == ActorSource::kUser);
  CHECK(target->actors_named("imported") == std::vector<ActorId>{ActorId("person:imported")});
  CHECK(target->actor(ActorId("person:kept"))->label == "Target's");
}

TEST_CASE("merging checks every shard before it writes the target") {
  TempDir dir;
  { fresh(dir, "good")->put_article(article_with("g1", meeting("person:a", "person:b", "2023-11-03", "g1"))); }
  { fresh(dir, "old"); }
  parley::test::set_schema_version(dir / "old", "0");
  REQUIRE_THROWS_AS(merge_shards(dir / "target", {dir / "good", dir / "old"}), parley::SchemaMismatchError);
  REQUIRE_THROWS_WITH(merge_shards(dir / "target", {dir / "good", dir / "old"}),
                      Catch::Contains("shard '" + (dir / "old").string() + "'") && Catch::Contains("schema version 0"));
  REQUIRE_THROWS_WITH(merge_shards(dir / "target", {dir / "good", dir / "missing"}), Catch::Contains("does not exist"));
  CHECK_FALSE(std::filesystem::exists(dir / "target"));
  REQUIRE_THROWS_WITH(merge_shards(dir / "good", {dir / "good"}), Catch::Contains("is the target database itself"));
}
