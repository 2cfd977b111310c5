// The depth estimate that guards the HTML parser: never under gumbo's depth, rarely over it.

#include <catch2/catch.hpp>

#include "ingest/detail/html_nesting.hpp"

using parley::ingest::detail::html_nesting_depth;

TEST_CASE("nesting counts elements whose end tag is required, less those closed") {
  REQUIRE(html_nesting_depth("<div><div><span>x</span></div></div><div></div>", 100) == 3);
  REQUIRE(html_nesting_depth("<DIV><Div></div></DIV>", 100) == 2);
  REQUIRE(html_nesting_depth("<div/><div/><div/>", 100) == 3);  // "/>" closes no HTML element
}

TEST_CASE("void elements, elements the parser closes itself, comments and script text do not count") {
  REQUIRE(html_nesting_depth("<p>a<p>b<li>c<br><img src=x><td>d<html><body>", 100) == 0);
  REQUIRE(html_nesting_depth("<!-- <div><div> --><script>if (a<b) { '<div>' }</script><style>div>p{}</style>", 100) == 0);
  REQUIRE(html_nesting_depth("a < b and <3 and <!DOCTYPE html>", 100) == 0);
}

TEST_CASE("stray end tags and quotes do not hide depth") {
  REQUIRE(html_nesting_depth("</span></span></span><div><div>", 100) == 2);
  REQUIRE(html_nesting_depth("<div title=\"a > <div>\"><div x'><div>'>", 100) == 3);
}

TEST_CASE("counting stops past the limit") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<b>";
  REQUIRE(html_nesting_depth(deep, 50) == 51);
}
