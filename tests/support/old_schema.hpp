#pragma once
// Rewrites a parley database with RocksDB itself as an older parley would have left it: another
// schema version, or version 2's by_actor layout (one key per entry), for tests of the refusal to
// read another layout and of the upgrade.

#include <filesystem>
#include <string>

#include "graph/detail/index_entry.hpp"
#include "support/raw_db.hpp"

namespace parley::test {

inline void set_schema_version(const std::filesystem::path& dir, const std::string& version) {
  RawDb(dir).put("meta", "schema_version", version);
}

// Turns a current database into a version 2 one: each packed by_actor value becomes one key per
// entry, actor \0 date-key \0 inter-id -> type-code role counterpart.
inline void downgrade_to_version_2(const std::filesystem::path& dir) {
  RawDb raw(dir);
  for (const auto& [key, value] : raw.entries("by_actor")) {
    const std::string actor = key.substr(0, key.find('\0'));
    graph::detail::ByActorEntries entries(actor, key, value);
    while (const auto r = entries.next()) {
      const bool source = r->source == actor;
      const std::string counterpart(source ? r->target : r->source);
      std::string old_value(1, graph::to_string(r->type)[0]);  // 'c', 'm' or 'v'
      old_value += source ? 's' : 't';
      raw.put("by_actor", key + '\0' + std::string(r->id), old_value + counterpart);
    }
    raw.remove("by_actor", key);
  }
  raw.put("meta", "schema_version", "2");
}

}  // namespace parley::test
