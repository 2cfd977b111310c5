// libFuzzer target: the HTML text extractor (gumbo) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/detail/html_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto doc = parley::ingest::detail::extract_html(std::string_view(reinterpret_cast<const char*>(data), size));
  (void)doc;
  return 0;
}
