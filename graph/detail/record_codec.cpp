#include <set>

#include "graph/detail/cbor_writer.hpp"
#include "graph/detail/codec.hpp"

namespace parley::graph::detail {

namespace {

// Keys in sorted order, as in Mention's JSON conversion (graph/interaction.cpp).
void write_mention(CborWriter& w, const Mention& m) {
  w.map(6);
  w.text("article"), w.text(m.article);
  w.text("end"), w.unsigned_int(m.end);
  w.text("lang"), w.text(m.lang);
  w.text("start"), w.unsigned_int(m.start);
  w.text("text"), w.text(m.text);
  w.text("trigger"), w.text(m.trigger);
}

std::size_t mentions_size(const Interaction& i) {
  std::size_t n = 0;
  for (const auto& m : i.mentions) n += m.article.size() + m.text.size() + m.lang.size() + m.trigger.size() + 64;
  return n;
}

}  // namespace

std::string encode(const Interaction& i) {
  std::string out;
  out.reserve(160 + i.source.str().size() + i.target.str().size() + i.location.city.size() + mentions_size(i));
  CborWriter w(out);
  // Keys in sorted order, as in Interaction's JSON conversion (graph/interaction.cpp).
  w.map(9);
  w.text("city"), w.text(i.location.city);
  w.text("confidence"), w.number(i.confidence);
  w.text("date"), w.text_or_null(i.date.known(), i.date.iso());
  w.text("date_precision"), w.text(to_string(i.date.precision()));
  w.text("location_state"), w.text_or_null(i.location.state.has_value(), i.location.state ? i.location.state->str() : std::string_view());
  w.text("mentions"), w.array(i.mentions.size());
  for (const auto& m : i.mentions) write_mention(w, m);
  w.text("source"), w.text(i.source.str());
  w.text("target"), w.text(i.target.str());
  w.text("type"), w.text(to_string(i.type));
  return out;
}

std::string encode_article(const Article& a, const std::vector<std::string>& interaction_ids) {
  const std::set<std::string> ids(interaction_ids.begin(), interaction_ids.end());
  std::string out;
  out.reserve(128 + a.id.size() + a.url.size() + a.title.size() + a.source.size() + a.content_hash.size() + a.text.size() +
              ids.size() * 18);
  CborWriter w(out);
  // Keys in sorted order, as in Article's JSON conversion (graph/article.cpp) plus "interactions".
  w.map(10);
  w.text("content_hash"), w.text(a.content_hash);
  w.text("id"), w.text(a.id);
  w.text("ingested_at"), w.text(a.ingested_at);
  w.text("interactions"), w.array(ids.size());
  for (const auto& id : ids) w.text(id);
  w.text("lang"), w.text(a.lang);
  w.text("published"), w.text_or_null(a.published.known(), a.published.iso());
  w.text("source"), w.text(a.source);
  w.text("text"), w.text(a.text);
  w.text("title"), w.text(a.title);
  w.text("url"), w.text(a.url);
  return out;
}

}  // namespace parley::graph::detail
