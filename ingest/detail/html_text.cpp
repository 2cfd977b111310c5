#include "ingest/detail/html_text.hpp"

#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gumbo.h>

#include "ingest/detail/html_nesting.hpp"

namespace parley::ingest::detail {

namespace {

const char* attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

void end_line(std::string& out, const char* ending) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty()) return;
  const std::size_t want = std::strlen(ending);
  std::size_t have = 0;
  while (have < out.size() && out[out.size() - 1 - have] == '\n') ++have;
  for (; have < want; ++have) out.push_back('\n');
}

// Visits the tree under `root` depth first, with a stack of its own rather than recursion (a page
// may nest deeply): enter(node) returns whether to go into the node's children, which only an
// element has; leave(node) follows the children of each node entered.
template <class Enter, class Leave>
void walk(const GumboNode* root, Enter&& enter, Leave&& leave) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack;
  if (enter(root)) stack.emplace_back(root, 0);
  while (!stack.empty()) {
    const GumboNode* node = stack.back().first;
    const GumboVector& children = node->v.element.children;
    if (stack.back().second == children.length) {
      leave(node);
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[stack.back().second++]);
    if (enter(child)) stack.emplace_back(child, 0);
  }
}

void collect_text(const GumboNode* root, std::string& out) {
  auto enter = [&out](const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      for (const char* p = node->v.text.text; *p; ++p) {
        const char c = *p;
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
          if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
        } else {
          out.push_back(c);
        }
      }
      return false;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return false;
    switch (node->v.element.tag) {
      case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
      case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
        return false;
      default:
        break;
    }
    if (is_block(node->v.element.tag)) end_line(out, "\n");
    return true;
  };
  auto leave = [&out](const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (is_block(tag)) end_line(out, tag == GUMBO_TAG_P || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) ? "\n\n" : "\n");
  };
  walk(root, enter, leave);
}

void collect_meta(const GumboNode* root, HtmlDocument& doc, std::string& title_tag) {
  auto enter = [&](const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return false;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_HTML) {
      if (const char* lang = attr(e, "lang")) doc.lang = std::string(lang).substr(0, 2);
    } else if (e.tag == GUMBO_TAG_TITLE && e.children.length > 0) {
      std::string t;
      collect_text(node, t);
      title_tag = t;
    } else if (e.tag == GUMBO_TAG_META) {
      const char* key = attr(e, "property");
      if (!key) key = attr(e, "name");
      if (!key) key = attr(e, "itemprop");
      const char* content = attr(e, "content");
      if (key && content) {
        const std::string k(key);
        if (k == "og:title" && doc.title.empty()) doc.title = content;
        if (k == "og:url" && doc.url.empty()) doc.url = content;
        if (doc.published.empty() && (k == "article:published_time" || k == "datePublished" || k == "date" ||
                                      k == "pubdate" || k == "DC.date" || k == "dc.date" || k == "publish-date")) {
          doc.published = content;
        }
      }
    } else if (e.tag == GUMBO_TAG_LINK) {
      const char* rel = attr(e, "rel");
      const char* href = attr(e, "href");
      if (rel && href && std::string(rel) == "canonical" && doc.url.empty()) doc.url = href;
    } else if (e.tag == GUMBO_TAG_TIME && doc.published.empty()) {
      if (const char* dt = attr(e, "datetime")) doc.published = dt;
    }
    return true;
  };
  walk(root, enter, [](const GumboNode*) {});
}

const GumboNode* find_body(const GumboNode* root) {
  const GumboNode* body = nullptr;
  walk(
      root,
      [&body](const GumboNode* node) {
        if (body || node->type != GUMBO_NODE_ELEMENT) return false;
        if (node->v.element.tag == GUMBO_TAG_BODY) body = node;
        return body == nullptr;
      },
      [](const GumboNode*) {});
  return body;
}

}  // namespace

HtmlDocument extract_html(std::string_view html) {
  HtmlDocument doc;
  if (html_nesting_depth(html, kMaxHtmlDepth) > kMaxHtmlDepth) {
    doc.refused = "HTML elements nest over " + std::to_string(kMaxHtmlDepth) + " deep: not an article page";
    return doc;
  }
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  std::string title_tag;
  collect_meta(output->root, doc, title_tag);
  if (doc.title.empty()) doc.title = title_tag;
  const GumboNode* body = find_body(output->root);
  collect_text(body ? body : output->root, doc.text);
  while (!doc.text.empty() && (doc.text.back() == '\n' || doc.text.back() == ' ')) doc.text.pop_back();
  return doc;
}

}  // namespace parley::ingest::detail
