#include "ingest/search_keys.hpp"

#include <set>

#include "ingest/normalizer.hpp"

namespace parley::ingest {

std::vector<std::string> search_keys(const graph::Actor& actor) {
  std::set<std::string> keys;
  auto add = [&keys](const std::string& name) {
    const std::string k = Normalizer::instance().key(name);
    if (k.empty()) return;
    keys.insert(k);
    const auto space = k.rfind(' ');
    if (space != std::string::npos && k.size() - space > 4) keys.insert(k.substr(space + 1));
  };
  add(actor.label);
  for (const auto& [lang, names] : actor.names) {
    for (const auto& n : names) add(n);
  }
  for (const auto& a : actor.aliases) add(a);
  return {keys.begin(), keys.end()};
}

}  // namespace parley::ingest
