#pragma once
// Stable content hashes (xxHash3), the same on every machine and run: used for interaction ids
// and article content hashes, never for security.

#include <string>
#include <string_view>

namespace parley::graph {

// 16 lower-case hex digits of the 64-bit XXH3 hash of `data`.
std::string hash_hex64(std::string_view data);
// 32 lower-case hex digits of the 128-bit XXH3 hash of `data`.
std::string hash_hex128(std::string_view data);

}  // namespace parley::graph
