#pragma once
// The article's interactions, once every sentence is read: adding one merges it into an equal
// one, and the article-level passes settle what single sentences could not (a talk that was the
// phone call, a headline's undated contact, one trip told over several days, former officials).

#include <vector>

#include "graph/interaction.hpp"
#include "ingest/detail/resolution.hpp"
#include "ingest/extractor.hpp"

namespace parley::ingest::detail {

// Appends `inter`, or merges its mentions into the interaction with the same id.
void add_interaction(std::vector<graph::Interaction>& out, graph::Interaction inter);

// Runs the article-level passes, in order, over the article's interactions.
void settle_article(const ArticleContext& ctx, Extraction& out);

}  // namespace parley::ingest::detail
