#pragma once
// Small helpers the benchmark programs share: command-line arguments, a scratch folder, and this
// process's memory from /proc.

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace parley::bench {

// The whole of `s` as a number of T.
template <class T>
bool parse_number(std::string_view s, T& value) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && p == s.data() + s.size();
}

// The whole of `s` as a number of T above zero (counts, sizes, rates).
template <class T>
bool parse_positive(std::string_view s, T& value) {
  return parse_number(s, value) && value > 0;
}

// What an option's handler did: a flag alone, an option that took the next argument as its value
// (`taken(ok)` says whether that value was good), or an argument it does not know.
enum class Arg { kFlag, kValue, kBad };
inline Arg taken(bool ok) { return ok ? Arg::kValue : Arg::kBad; }

// Walks argv: "--help"/"-h" prints `usage` and exits 0; every other argument goes to
// handle(option, next argument or ""). An unknown argument, a bad value or a missing one prints
// "PROGRAM: bad argument 'X'" and the usage, and returns false.
template <class Handle>
bool parse_arguments(int argc, char** argv, std::string_view program, std::string_view usage, Handle&& handle) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      std::exit(0);
    }
    const bool has_value = i + 1 < argc;
    const Arg what = handle(arg, has_value ? std::string_view(argv[i + 1]) : std::string_view());
    if (what == Arg::kFlag) continue;
    if (what == Arg::kValue && has_value) {
      ++i;
      continue;
    }
    std::cerr << program << ": bad argument '" << arg << "'\n" << usage;
    return false;
  }
  return true;
}

// A field of /proc/self/status in KiB: "VmRSS:" (now) or "VmHWM:" (peak); 0 where there is no /proc.
inline long status_kib(std::string_view field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(field.size()));
  }
  return 0;
}

// Writes `text` to `file`, creating its folder; throws std::runtime_error when it cannot.
inline void write_text_file(const std::filesystem::path& file, const std::string& text) {
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!(out << text)) throw std::runtime_error("cannot write " + file.string());
}

// Writes a benchmark's JSON results (already dumped) to `file` and says where they are.
inline void write_results(const std::filesystem::path& file, const std::string& json) {
  write_text_file(file, json + "\n");
  std::cout << "results written to " << file.string() << "\n";
}

// Resets this process's peak RSS (VmHWM) to its current RSS, so that the next status_kib("VmHWM:")
// is the peak of what ran since (Linux 4.0+: clear_refs value 5). False where that is not possible.
inline bool reset_peak_rss() {
  std::ofstream clear("/proc/self/clear_refs");
  return static_cast<bool>(clear << "5" << std::flush);
}

// A scratch folder under the system's temporary folder, named by `prefix` and the process id,
// removed on every way out.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& prefix) {
    path_ = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace parley::bench
