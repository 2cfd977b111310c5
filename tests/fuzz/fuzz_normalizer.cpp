// libFuzzer target: the normaliser on arbitrary bytes (invalid UTF-8 included). Its byte map must
// point inside the original text, since mention offsets are read through it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/normalizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& n = parley::ingest::Normalizer::instance();
  const auto norm = n.normalize(text);
  (void)n.key(text);
  (void)n.phrase_key(text);
  (void)n.compact_key(text);
  (void)norm;
  return 0;
}
