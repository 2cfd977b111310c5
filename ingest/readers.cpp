#include "ingest/readers.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <streambuf>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/utf8.h>

#include "ingest/detail/html_text.hpp"

namespace parley::ingest {

namespace fs = std::filesystem;

std::string Problem::to_string() const {
  return line ? file + ":" + std::to_string(line) + ": " + message : file + ": " + message;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(at);
  }
  return std::nullopt;
}

namespace {

std::string human_bytes(std::size_t n) {
  if (n >= (1u << 20)) return std::to_string(n >> 20) + " MiB";
  if (n >= 1024) return std::to_string(n >> 10) + " KiB";
  return std::to_string(n) + " bytes";
}

// Reads one line into `line`; a line longer than `limit` is consumed but not kept (`too_long` is
// set and `length` tells its size). Returns false at end of input with nothing read.
bool read_bounded_line(std::istream& in, std::size_t limit, std::string& line, bool& too_long, std::size_t& length) {
  line.clear();
  too_long = false;
  length = 0;
  char buf[1 << 16];
  bool any = false;
  while (true) {
    in.getline(buf, sizeof buf);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0 && !in) return any;
    any = true;
    // gcount includes the newline when one ended the line (neither failbit, for a full buffer, nor
    // eofbit, for a last line without a newline, whose last byte was once dropped here).
    const bool newline = !in.fail() && !in.eof();
    const std::size_t chars = newline ? got - 1 : got;
    length += chars;
    if (!too_long && length <= limit) {
      line.append(buf, chars);
    } else if (!too_long) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();
    }
    if (newline || in.eof()) return true;
    in.clear();  // a buffer-long chunk of a longer line: keep reading it
  }
}

std::optional<std::string> string_field(const nlohmann::json& j, const char* key, std::string& error) {
  if (!j.contains(key) || j.at(key).is_null()) return std::nullopt;
  if (!j.at(key).is_string()) {
    error = std::string("field \"") + key + "\" is not a string";
    return std::nullopt;
  }
  auto value = j.at(key).get<std::string>();
  // A "\u0000" escape: no article has one, and the store joins key parts with NUL bytes.
  if (value.find('\0') != std::string::npos) {
    error = std::string("field \"") + key + "\" contains a NUL character (\\u0000)";
    return std::nullopt;
  }
  return value;
}

// Fills an InputArticle from one JSON record; returns the problem message or "".
std::string article_from_json(const nlohmann::json& j, const ReadOptions& options, InputArticle& a) {
  if (!j.is_object()) return "record is not a JSON object";
  std::string error;
  auto text = string_field(j, "text", error);
  if (!error.empty()) return error;
  if (!text) return "record has no \"text\"";
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) return "record has an empty \"text\"";
  a.text = std::move(*text);
  if (auto v = string_field(j, "id", error)) a.id = *v;
  if (j.contains("id") && j.at("id").is_number_integer()) a.id = std::to_string(j.at("id").get<long long>());
  if (auto v = string_field(j, "url", error)) a.url = *v;
  if (auto v = string_field(j, "title", error)) a.title = *v;
  if (auto v = string_field(j, "lang", error)) a.lang = *v;
  if (auto v = string_field(j, "source", error)) a.source = *v;
  if (auto v = string_field(j, "published", error)) {
    // Accept a full timestamp ("2023-11-03T18:20:00Z") by its date part.
    const std::string day = v->substr(0, std::min<std::size_t>(v->size(), 10));
    auto d = graph::Date::parse_iso(day);
    if (!d || (v->size() > 10 && (*v)[10] != 'T' && (*v)[10] != ' ')) {
      // At most 40 bytes of it: the value may be anything, of any length.
      return "\"published\" is not a real ISO date: \"" + v->substr(0, 40) + (v->size() > 40 ? "...\"" : "\"");
    }
    a.published = *d;
  } else if (options.published) {
    a.published = *options.published;
  }
  if (!error.empty()) return error;
  if (a.lang.empty()) a.lang = options.lang;
  return "";
}

std::optional<std::string> slurp(const fs::path& path, const ReadOptions& options, const ProblemSink& on_problem) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    on_problem({path.string(), 0, "cannot read: " + ec.message()});
    return std::nullopt;
  }
  if (size > options.max_article_bytes) {
    on_problem({path.string(), 0, "file is " + human_bytes(size) + ", over the article limit of " +
                                      human_bytes(options.max_article_bytes)});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_problem({path.string(), 0, "cannot open for reading"});
    return std::nullopt;
  }
  std::string data(size, '\0');
  in.read(data.data(), static_cast<std::streamsize>(size));
  data.resize(static_cast<std::size_t>(in.gcount()));
  return data;
}

// Checks a whole-file article; returns false (after reporting) when it is not usable text.
bool usable_text(const std::string& file, const std::string& data, const ProblemSink& on_problem) {
  if (data.find_first_not_of(" \t\r\n") == std::string::npos) {
    on_problem({file, 0, "empty file"});
    return false;
  }
  // The whole file, not only its start: a NUL byte deep in a text is as wrong as one at the top.
  if (const auto nul = data.find('\0'); nul != std::string::npos) {
    on_problem({file, 0, "binary file, not an article (NUL byte at byte " + std::to_string(nul) + ")"});
    return false;
  }
  if (auto bad = find_invalid_utf8(data)) {
    on_problem({file, 0, "invalid UTF-8 at byte " + std::to_string(*bad)});
    return false;
  }
  return true;
}

std::size_t read_text_file(const fs::path& path, const ReadOptions& options, const ArticleSink& on_article,
                           const ProblemSink& on_problem) {
  auto data = slurp(path, options, on_problem);
  if (!data || !usable_text(path.string(), *data, on_problem)) return 0;
  if (data->size() >= 3 && data->compare(0, 3, "\xEF\xBB\xBF") == 0) data->erase(0, 3);  // BOM
  InputArticle a;
  a.text = std::move(*data);
  a.lang = options.lang;
  if (options.published) a.published = *options.published;
  a.file = path.string();
  on_article(std::move(a));
  return 1;
}

std::size_t read_html_file(const fs::path& path, const ReadOptions& options, const ArticleSink& on_article,
                           const ProblemSink& on_problem) {
  auto data = slurp(path, options, on_problem);
  if (!data || !usable_text(path.string(), *data, on_problem)) return 0;
  detail::HtmlDocument doc = detail::extract_html(*data);
  if (!doc.refused.empty()) {
    on_problem({path.string(), 0, doc.refused});
    return 0;
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    on_problem({path.string(), 0, "HTML page has no text"});
    return 0;
  }
  InputArticle a;
  a.text = std::move(doc.text);
  a.title = std::move(doc.title);
  a.url = std::move(doc.url);
  a.lang = !options.lang.empty() ? options.lang : doc.lang;
  if (options.published) {
    a.published = *options.published;
  } else if (auto d = graph::Date::parse_iso(doc.published.substr(0, std::min<std::size_t>(10, doc.published.size())))) {
    a.published = *d;
  }
  a.file = path.string();
  on_article(std::move(a));
  return 1;
}

std::size_t read_jsonl_file(const fs::path& path, const ReadOptions& options, const ArticleSink& on_article,
                            const ProblemSink& on_problem) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_problem({path.string(), 0, "cannot open for reading"});
    return 0;
  }
  return read_jsonl(in, path.string(), options, on_article, on_problem);
}

enum class Kind { kJsonl, kText, kHtml, kOther };

Kind kind_of(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::kJsonl;
  if (ext == ".txt") return Kind::kText;
  if (ext == ".html" || ext == ".htm") return Kind::kHtml;
  return Kind::kOther;
}

std::size_t read_file(const fs::path& path, Kind kind, const ReadOptions& options, const ArticleSink& on_article,
                      const ProblemSink& on_problem) {
  switch (kind) {
    case Kind::kJsonl: return read_jsonl_file(path, options, on_article, on_problem);
    case Kind::kText: return read_text_file(path, options, on_article, on_problem);
    case Kind::kHtml: return read_html_file(path, options, on_article, on_problem);
    case Kind::kOther: break;
  }
  on_problem({path.string(), 0, "unknown file type (expected .jsonl, .txt, .html or a directory)"});
  return 0;
}

}  // namespace

std::size_t read_jsonl(std::istream& in, const std::string& name, const ReadOptions& options,
                       const ArticleSink& on_article, const ProblemSink& on_problem) {
  std::size_t delivered = 0, line_no = 0, records = 0;
  std::string line;
  bool too_long = false;
  std::size_t length = 0;
  while (read_bounded_line(in, options.max_article_bytes, line, too_long, length)) {
    ++line_no;
    if (too_long) {
      ++records;
      on_problem({name, line_no, "record is " + human_bytes(length) + ", over the article limit of " +
                                     human_bytes(options.max_article_bytes) + "; skipped"});
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ++records;
    if (line.find('\0') != std::string::npos) {
      on_problem({name, line_no, "binary data (NUL byte), not a JSON record"});
      continue;
    }
    if (auto bad = find_invalid_utf8(line)) {
      on_problem({name, line_no, "invalid UTF-8 at byte " + std::to_string(*bad) + " of the line"});
      continue;
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      // parse_error, and out_of_range for a number beyond double ("3e3773333", found by fuzzing):
      // either way this line is bad and the next ones are read.
      on_problem({name, line_no, std::string("not JSON: ") + e.what()});
      continue;
    }
    InputArticle a;
    if (auto error = article_from_json(j, options, a); !error.empty()) {
      on_problem({name, line_no, error});
      continue;
    }
    a.file = name;
    a.line = line_no;
    on_article(std::move(a));
    ++delivered;
  }
  if (in.bad()) on_problem({name, line_no, "read error"});
  if (records == 0) on_problem({name, 0, "empty file: no JSON records"});
  return delivered;
}

namespace {

// A stream buffer over a descriptor it does not own, filled with read(2) in 64 KiB blocks.
class DescriptorReadBuf : public std::streambuf {
 public:
  explicit DescriptorReadBuf(int fd) : fd_(fd) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n = 0;
    do {
      n = ::read(fd_, buffer_.data(), buffer_.size());
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace

std::size_t read_path(const std::string& path, const ReadOptions& options, const ArticleSink& on_article,
                      const ProblemSink& on_problem) {
  if (path == "-") {
    // std::cin, tied to C stdio, reads a byte per call: a 1 GB line took two minutes. Blocks read
    // from descriptor 0 itself still hand over each line as it comes. (Reopening /dev/stdin would
    // be a file stream too, but on a FIFO the reopen waits for a writer that may be gone: a hang.)
    DescriptorReadBuf buffer(STDIN_FILENO);
    std::istream in(&buffer);
    return read_jsonl(in, "<stdin>", options, on_article, on_problem);
  }
  const fs::path p(path);
  std::error_code ec;
  const auto status = fs::status(p, ec);
  if (ec || !fs::exists(status)) {
    on_problem({path, 0, "no such file or directory"});
    return 0;
  }
  if (fs::is_directory(status)) {
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file() && kind_of(it->path()) != Kind::kOther) files.push_back(it->path());
    }
    if (ec) on_problem({path, 0, "cannot list directory: " + ec.message()});
    if (files.empty()) {
      on_problem({path, 0, "directory has no articles (.jsonl, .txt, .html files)"});
      return 0;
    }
    std::sort(files.begin(), files.end());
    std::size_t n = 0;
    for (const auto& f : files) n += read_file(f, kind_of(f), options, on_article, on_problem);
    return n;
  }
  return read_file(p, kind_of(p), options, on_article, on_problem);
}

}  // namespace parley::ingest
