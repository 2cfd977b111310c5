#pragma once
// Encoding of stored values: CBOR of each type's one JSON conversion. Compact, self-describing,
// and readable by any CBOR tool when a database has to be inspected by hand.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/article.hpp"
#include "graph/errors.hpp"
#include "graph/interaction.hpp"

namespace parley::graph::detail {

// Any type with a JSON conversion.
template <class T>
std::string encode(const T& value) {
  const nlohmann::json j = value;
  std::string out;
  nlohmann::json::to_cbor(j, out);
  return out;
}

// Throws StoreError when the bytes are not a valid record (a corrupt value).
template <class T>
T decode(std::string_view bytes, std::string_view what) {
  try {
    return nlohmann::json::from_cbor(bytes).get<T>();
  } catch (const nlohmann::json::exception& e) {
    throw StoreError("corrupt " + std::string(what) + " record in the database: " + e.what());
  }
}

// The records written for every article, by a CBOR writer of their own instead of through a JSON
// tree (the same bytes; see record_codec.cpp). Chosen over the template for these types.
std::string encode(const Interaction& interaction);

// An article's stored value: the Article plus "interactions", the ids of the interactions its
// batch wrote (`interaction_ids`, stored sorted and once each), so that a consistency check can
// tell whether they are all there. Article's own JSON conversion ignores the extra field.
// Articles stored by a parley older than the field have none, and the check says it cannot verify
// them.
std::string encode_article(const Article& article, const std::vector<std::string>& interaction_ids);

}  // namespace parley::graph::detail
