#pragma once
// A minimal CBOR writer (RFC 8949) for the records ingest writes for every article. Building an
// nlohmann::json tree to serialise it cost about a hundred heap allocations per interaction; this
// appends the bytes directly. It writes exactly what nlohmann::json::to_cbor writes for the same
// values (shortest heads, a double as float32 when that is exact), so stored records do not
// depend on which writer made them: tests/graph/test_record_codec.cpp compares the two.
// Maps must be written with their keys in sorted order, as nlohmann's objects keep them.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>

namespace parley::graph::detail {

class CborWriter {
 public:
  explicit CborWriter(std::string& out) : out_(out) {}

  void map(std::uint64_t entries) { head(5, entries); }
  void array(std::uint64_t items) { head(4, items); }
  void text(std::string_view s) {
    head(3, s.size());
    out_.append(s);
  }
  void unsigned_int(std::uint64_t v) { head(0, v); }
  void null() { out_.push_back(static_cast<char>(0xF6)); }
  void text_or_null(bool present, std::string_view s) { present ? text(s) : null(); }

  void number(double v) {
    if (std::isnan(v)) return bytes({0xF9, 0x7E, 0x00});
    if (std::isinf(v)) return bytes({0xF9, static_cast<unsigned char>(std::signbit(v) ? 0xFC : 0x7C), 0x00});
    const bool fits_float = v >= static_cast<double>(std::numeric_limits<float>::lowest()) &&
                            v <= static_cast<double>(std::numeric_limits<float>::max()) &&
                            static_cast<double>(static_cast<float>(v)) == v;
    if (fits_float) {
      const float f = static_cast<float>(v);
      std::uint32_t bits = 0;
      std::memcpy(&bits, &f, sizeof bits);
      out_.push_back(static_cast<char>(0xFA));
      big_endian(bits, 4);
    } else {
      std::uint64_t bits = 0;
      std::memcpy(&bits, &v, sizeof bits);
      out_.push_back(static_cast<char>(0xFB));
      big_endian(bits, 8);
    }
  }

 private:
  // A data item's head: the major type and the shortest form of its argument.
  void head(unsigned major, std::uint64_t v) {
    const auto type = static_cast<unsigned char>(major << 5);
    if (v < 24) {
      out_.push_back(static_cast<char>(type | v));
    } else if (v <= 0xFF) {
      out_.push_back(static_cast<char>(type | 24));
      big_endian(v, 1);
    } else if (v <= 0xFFFF) {
      out_.push_back(static_cast<char>(type | 25));
      big_endian(v, 2);
    } else if (v <= 0xFFFFFFFF) {
      out_.push_back(static_cast<char>(type | 26));
      big_endian(v, 4);
    } else {
      out_.push_back(static_cast<char>(type | 27));
      big_endian(v, 8);
    }
  }
  void big_endian(std::uint64_t v, int width) {
    for (int i = width - 1; i >= 0; --i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  void bytes(std::initializer_list<unsigned char> b) {
    for (unsigned char c : b) out_.push_back(static_cast<char>(c));
  }

  std::string& out_;
};

}  // namespace parley::graph::detail
