#include "graph/hash.hpp"

#include <cstdint>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace parley::graph {

namespace {

// 16 lower-case hex digits, most significant first (what "%016llx" prints, without printf's
// format parsing: every interaction id of an ingest goes through here, several times).
void append_hex(std::string& out, std::uint64_t v) {
  constexpr char kDigits[] = "0123456789abcdef";
  const std::size_t at = out.size();
  out.resize(at + 16);
  for (int i = 15; i >= 0; --i) {
    out[at + static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    v >>= 4;
  }
}

}  // namespace

std::string hash_hex64(std::string_view data) {
  std::string out;
  append_hex(out, XXH3_64bits(data.data(), data.size()));
  return out;
}

std::string hash_hex128(std::string_view data) {
  const XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
  std::string out;
  out.reserve(32);
  append_hex(out, h.high64);
  append_hex(out, h.low64);
  return out;
}

}  // namespace parley::graph
