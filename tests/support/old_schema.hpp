#pragma once
// Rewrites a parley database's schema version with RocksDB itself, as an older parley would have
// left it: for tests of the refusal to read another layout.

#include <filesystem>
#include <string>

#include "support/raw_db.hpp"

namespace parley::test {

inline void set_schema_version(const std::filesystem::path& dir, const std::string& version) {
  RawDb(dir).put("meta", "schema_version", version);
}

}  // namespace parley::test
