#pragma once
// Text and metadata of an HTML page, through the gumbo HTML5 parser.

#include <string>
#include <string_view>

namespace parley::ingest::detail {

struct HtmlDocument {
  std::string text;       // visible text of <body>; block elements end a line, <p> a paragraph
  std::string title;      // og:title, else <title>
  std::string published;  // article:published_time, datePublished, date, pubdate, DC.date (as given)
  std::string url;        // og:url or <link rel=canonical>
  std::string lang;       // <html lang>
};

HtmlDocument extract_html(std::string_view html);

}  // namespace parley::ingest::detail
