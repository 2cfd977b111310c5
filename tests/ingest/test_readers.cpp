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

TEST_CASE("overlong and surrogate UTF-8 are invalid UTF-8, on their line; the good records are read") {
  TempDir dir;
  const std::string good = "{\"id\":\"g\",\"text\":\"Lavrov met Wang Yi.\"}\n";
  write(dir / "a.jsonl", "{\"id\":\"o\",\"text\":\"a\xC0\xAF b\"}\n" + good + "{\"id\":\"s\",\"text\":\"a\xED\xA0\x80 b\"}\n");
  const auto c = read((dir / "a.jsonl").string());
  REQUIRE(c.articles.size() == 1);
  REQUIRE(c.problems.size() == 2);
  REQUIRE(c.problems[0].to_string() == (dir / "a.jsonl").string() + ":1: invalid UTF-8 at byte 19 of the line");
  REQUIRE(c.problems[1].to_string() == (dir / "a.jsonl").string() + ":3: invalid UTF-8 at byte 19 of the line");
  write(dir / "o.txt", "Lavrov \xC0\xAF met Wang Yi.");
  REQUIRE_THAT(read((dir / "o.txt").string()).problems.at(0).message, Catch::Contains("invalid UTF-8 at byte 7"));
}

TEST_CASE("a NUL byte anywhere in a text file makes it binary, with where") {
  TempDir dir;
  write(dir / "late.txt", std::string(20000, 'a') + std::string(1, '\0') + "b");
  const auto c = read((dir / "late.txt").string());
  REQUIRE(c.articles.empty());
  REQUIRE_THAT(c.problems.at(0).message, Catch::Contains("binary file") && Catch::Contains("NUL byte at byte 20000"));
}

TEST_CASE("a \\u0000 escape in a JSON field refuses the record, not the file") {
  TempDir dir;
  write(dir / "a.jsonl", "{\"id\":\"x\\u0000y\",\"text\":\"Lavrov met Wang Yi.\"}\n"
                         "{\"id\":\"z\",\"text\":\"Lavrov\\u0000 met Wang Yi.\"}\n"
                         "{\"id\":\"g\",\"text\":\"Lavrov met Wang Yi.\"}\n");
  const auto c = read((dir / "a.jsonl").string());
  REQUIRE(c.articles.size() == 1);
  REQUIRE(c.articles[0].id == "g");
  REQUIRE(c.problems.size() == 2);
  REQUIRE(c.problems[0].line == 1);
  REQUIRE_THAT(c.problems[0].message, Catch::Contains("field \"id\" contains a NUL character"));
  REQUIRE_THAT(c.problems[1].message, Catch::Contains("field \"text\" contains a NUL character"));
}

TEST_CASE("an over-long unreal published date is quoted short") {
  TempDir dir;
  write(dir / "a.jsonl", "{\"text\":\"x\",\"published\":\"" + std::string(100000, '9') + "\"}\n");
  const auto c = read((dir / "a.jsonl").string());
  REQUIRE(c.problems.at(0).message.size() < 100);
  REQUIRE_THAT(c.problems.at(0).message, Catch::Contains("not a real ISO date"));
}

TEST_CASE("an HTML page nested too deep is refused before parsing, in little time") {
  TempDir dir;
  auto nested = [](int depth, const std::string& open) {
    std::string s = "<html><body>" + open;
    for (int i = 0; i < depth; ++i) s += "<div>";
    s += "Lavrov met Wang Yi.";
    for (int i = 0; i < depth; ++i) s += "</div>";
    return s + "</body></html>";
  };
  write(dir / "bomb.html", nested(100000, ""));
  // A quote that is no attribute value's must not hide the tags after it.
  write(dir / "quote.html", nested(100000, "<div x'>"));
  write(dir / "fine.html", nested(500, ""));
  for (const char* name : {"bomb.html", "quote.html"}) {
    const auto c = read((dir / name).string());
    REQUIRE(c.articles.empty());
    REQUIRE_THAT(c.problems.at(0).message, Catch::Contains("nest over 1000 deep"));
  }
  const auto fine = read((dir / "fine.html").string());
  REQUIRE(fine.problems.empty());
  REQUIRE(fine.articles.at(0).text == "Lavrov met Wang Yi.");
}

TEST_CASE("a last record without a newline is read whole") {
  TempDir dir;
  write(dir / "a.jsonl", "{\"id\":\"a\",\"text\":\"Lavrov met Wang Yi.\"}\n{\"id\":\"b\",\"text\":\"Wang Yi met Lavrov.\"}");
  const auto c = read((dir / "a.jsonl").string());
  REQUIRE(c.problems.empty());
  REQUIRE(c.articles.size() == 2);
  REQUIRE(c.articles[1].text == "Wang Yi met Lavrov.");
  std::istringstream in("{\"text\":\"" + std::string(200000, 'x') + "\"}");  // over several buffers
  std::vector<InputArticle> got;
  read_jsonl(in, "s", {}, [&](InputArticle&& a) { got.push_back(std::move(a)); }, [](Problem&&) {});
  REQUIRE(got.size() == 1);
  REQUIRE(got[0].text.size() == 200000);
}
