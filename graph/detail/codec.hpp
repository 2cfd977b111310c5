#pragma once
// Encoding of stored values: CBOR of each type's one JSON conversion. Compact, self-describing,
// and readable by any CBOR tool when a database has to be inspected by hand.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "graph/errors.hpp"

namespace parley::graph::detail {

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

}  // namespace parley::graph::detail
