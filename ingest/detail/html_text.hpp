#pragma once
// Text and metadata of an HTML page, through the gumbo HTML5 parser.

#include <cstddef>
#include <string>
#include <string_view>

namespace parley::ingest::detail {

struct HtmlDocument {
  std::string text;       // visible text of <body>; block elements end a line, <p> a paragraph
  std::string title;      // og:title, else <title>
  std::string published;  // article:published_time, datePublished, date, pubdate, DC.date (as given)
  std::string url;        // og:url or <link rel=canonical>
  std::string lang;       // <html lang>
  std::string refused;    // why the page was not parsed (all else is empty), or ""
};

// Pages whose elements nest deeper (by html_nesting_depth) are refused unparsed: gumbo's time grows
// with the square of the depth. News pages nest a few dozen deep.
inline constexpr std::size_t kMaxHtmlDepth = 1000;

HtmlDocument extract_html(std::string_view html);

}  // namespace parley::ingest::detail
