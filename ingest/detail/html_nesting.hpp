#pragma once
// How deep the elements of an HTML page nest, estimated from its tags before parsing it. gumbo
// takes time quadratic in the depth (each start tag searches the stack of open elements) and
// frees its tree recursively: 100,000 nested <div>s took 90 s and then overflowed the stack.

#include <cstddef>
#include <string_view>

namespace parley::ingest::detail {

// The deepest nesting of `html`'s elements, counting every start tag that is not void and whose
// end tag is required, less the matching end tags; stops counting once past `limit`. Never less
// than the depth of gumbo's tree for the elements counted, so a page within the limit is safe to
// parse; a tag soup may be counted deeper than it parses.
std::size_t html_nesting_depth(std::string_view html, std::size_t limit);

}  // namespace parley::ingest::detail
