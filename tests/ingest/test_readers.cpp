#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "ingest/readers.hpp"
#include "support/temp_dir.hpp"

using namespace parley::ingest;
using parley::test::TempDir;

namespace {

struct Collected {
  std::vector<InputArticle> articles;
  std::vector<Problem> problems;
};

Collected read(const std::string& path, ReadOptions options = {}) {
  Collected c;
  read_path(path, options, [&](InputArticle&& a) { c.articles.push_back(std::move(a)); },
            [&](Problem&& p) { c.problems.push_back(std::move(p)); });
  return c;
}

void write(const std::filesystem::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary) << content;
}

}  // namespace

TEST_CASE("JSON Lines records give articles with their fields") {
  TempDir dir;
  write(dir / "a.jsonl",
        "{\"id\":\"x1\",\"text\":\"Lavrov met Wang Yi.\",\"published\":\"2023-11-03\",\"lang\":\"en\",\"title\":\"T\","
        "\"url\":\"https://example.org/1\",\"source\":\"S\"}\n"
        "\n"
        "{\"text\":\"no id here\",\"published\":\"2023-11-03T08:00:00Z\"}\n");
  const auto c = read((dir / "a.jsonl").string());
  REQUIRE(c.problems.empty());
  REQUIRE(c.articles.size() == 2);
  REQUIRE(c.articles[0].id == "x1");
  REQUIRE(c.articles[0].published.iso() == "2023-11-03");
  REQUIRE(c.articles[0].url == "https://example.org/1");
  REQUIRE(c.articles[0].line == 1);
  REQUIRE(c.articles[1].id.empty());
  REQUIRE(c.articles[1].published.iso() == "2023-11-03");
  REQUIRE(c.articles[1].line == 3);
}

TEST_CASE("bad JSON Lines records are reported with file and line, good ones still read") {
  TempDir dir;
  write(dir / "bad.jsonl",
        "{\"id\":\"ok1\",\"text\":\"fine\"}\n"
        "{not json}\n"
        "{\"id\":\"no-text\"}\n"
        "{\"id\":\"bad-date\",\"text\":\"x\",\"published\":\"2023-02-30\"}\n"
        "[1,2,3]\n"
        "{\"id\":\"utf\",\"text\":\"\xC3\x28\"}\n"
        "{\"id\":\"empty\",\"text\":\"   \"}\n"
        "{\"id\":\"ok2\",\"text\":\"also fine\"}\n");
  const auto c = read((dir / "bad.jsonl").string());
  REQUIRE(c.articles.size() == 2);
  REQUIRE(c.articles[1].id == "ok2");
  REQUIRE(c.problems.size() == 6);
  REQUIRE(c.problems[0].line == 2);
  REQUIRE_THAT(c.problems[0].to_string(), Catch::Contains("bad.jsonl:2: not JSON"));
  REQUIRE_THAT(c.problems[1].message, Catch::Contains("no \"text\""));
  REQUIRE_THAT(c.problems[2].message, Catch::Contains("2023-02-30"));
  REQUIRE_THAT(c.problems[3].message, Catch::Contains("not a JSON object"));
  REQUIRE_THAT(c.problems[4].message, Catch::Contains("invalid UTF-8"));
  REQUIRE_THAT(c.problems[5].message, Catch::Contains("empty"));
}

TEST_CASE("a JSON number beyond double is a bad record, not the end of the file (fuzzer finding)") {
  TempDir dir;
  write(dir / "num.jsonl",
        "3e3773333\n"
        "{\"id\":\"big\",\"text\":\"x\",\"views\":1e999}\n"
        "{\"id\":\"ok\",\"text\":\"fine\"}\n");
  const auto c = read((dir / "num.jsonl").string());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "ok");
  REQUIRE(c.problems.size() == 2);
  CHECK(c.problems[0].line == 1);
  CHECK(c.problems[1].line == 2);
  CHECK_THAT(c.problems[0].message, Catch::Contains("number overflow"));
}

TEST_CASE("an over-long line is skipped without being kept in memory, the next one is read") {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(300000, 'a') + "\"}\n{\"id\":\"small\",\"text\":\"b\"}\n";
  std::istringstream in(big);
  ReadOptions o;
  o.max_article_bytes = 100000;
  std::vector<InputArticle> got;
  std::vector<Problem> problems;
  read_jsonl(in, "mem", o, [&](InputArticle&& a) { got.push_back(std::move(a)); }, [&](Problem&& p) { problems.push_back(p); });
  REQUIRE(got.size() == 1);
  REQUIRE(got[0].id == "small");
  REQUIRE(problems.size() == 1);
  REQUIRE(problems[0].line == 1);
  REQUIRE_THAT(problems[0].message, Catch::Contains("over the article limit"));
}

TEST_CASE("a text file is one article with the given date and language") {
  TempDir dir;
  write(dir / "one.txt", "\xEF\xBB\xBFSergey Lavrov met Wang Yi in Beijing.\n");
  ReadOptions o;
  o.published = parley::graph::Date::parse_iso("2024-04-09");
  o.lang = "en";
  const auto c = read((dir / "one.txt").string(), o);
  REQUIRE(c.articles.size() == 1);
  REQUIRE(c.articles[0].text.rfind("Sergey", 0) == 0);  // BOM dropped
  REQUIRE(c.articles[0].published.iso() == "2024-04-09");
  REQUIRE(c.articles[0].lang == "en");
}

TEST_CASE("empty, binary, invalid and missing files are reported") {
  TempDir dir;
  write(dir / "empty.txt", "");
  write(dir / "bin.txt", std::string("ab\0cd", 5));
  write(dir / "latin1.txt", "caf\xE9");
  write(dir / "empty.jsonl", "\n\n");
  REQUIRE_THAT(read((dir / "empty.txt").string()).problems.at(0).message, Catch::Contains("empty"));
  REQUIRE_THAT(read((dir / "bin.txt").string()).problems.at(0).message, Catch::Contains("binary"));
  REQUIRE_THAT(read((dir / "latin1.txt").string()).problems.at(0).message, Catch::Contains("invalid UTF-8 at byte 3"));
  REQUIRE_THAT(read((dir / "empty.jsonl").string()).problems.at(0).message, Catch::Contains("empty"));
  REQUIRE_THAT(read((dir / "nope.jsonl").string()).problems.at(0).message, Catch::Contains("no such file"));
  write(dir / "notes.md", "x");
  REQUIRE_THAT(read((dir / "notes.md").string()).problems.at(0).message, Catch::Contains("unknown file type"));
}

TEST_CASE("a directory is read recursively in sorted order, skipping other files") {
  TempDir dir;
  std::filesystem::create_directories(dir / "sub");
  write(dir / "b.txt", "second article");
  write(dir / "sub" / "c.jsonl", "{\"id\":\"third\",\"text\":\"third article\"}\n");
  write(dir / "a.txt", "first article");
  write(dir / "README.md", "not an article");
  const auto c = read(dir.path().string());
  REQUIRE(c.problems.empty());
  REQUIRE(c.articles.size() == 3);
  REQUIRE(c.articles[0].text == "first article");
  REQUIRE(c.articles[2].id == "third");
  TempDir none;
  write(none / "x.md", "y");
  REQUIRE_THAT(read(none.path().string()).problems.at(0).message, Catch::Contains("no articles"));
}

TEST_CASE("an HTML page gives its body text, title, date and language") {
  TempDir dir;
  write(dir / "p.html",
        "<html lang=\"en-GB\"><head><title>Site title</title>"
        "<meta property=\"og:title\" content=\"Ministers meet\">"
        "<meta property=\"article:published_time\" content=\"2023-06-19T10:00:00Z\">"
        "<script>var x = 1;</script></head><body><nav>Home | News</nav>"
        "<h1>Ministers meet</h1><p>Blinken met Wang Yi in Beijing.</p><p>They talked.</p></body></html>");
  const auto c = read((dir / "p.html").string());
  REQUIRE(c.problems.empty());
  REQUIRE(c.articles.size() == 1);
  const auto& a = c.articles[0];
  REQUIRE(a.title == "Ministers meet");
  REQUIRE(a.published.iso() == "2023-06-19");
  REQUIRE(a.lang == "en");
  REQUIRE_THAT(a.text, Catch::Contains("Blinken met Wang Yi in Beijing.\n\nThey talked."));
  REQUIRE_THAT(a.text, !Catch::Contains("var x"));
  REQUIRE_THAT(a.text, !Catch::Contains("Home | News"));
}
