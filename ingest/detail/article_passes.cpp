#include "ingest/detail/article_passes.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

namespace parley::ingest::detail {

using graph::ActorId;
using graph::Date;
using graph::EdgeType;

void add_interaction(std::vector<graph::Interaction>& out, graph::Interaction inter) {
  inter.canonicalize();
  const std::string id = inter.id();
  for (auto& have : out) {
    if (have.id() == id) {
      have.absorb(inter);
      return;
    }
  }
  out.push_back(std::move(inter));
}

namespace {

// A talk told with a generic verb between two officials the article also reports on the phone
// was that call ("A and B spoke by phone ... A talked with B about ..."): re-type it. Not a talk
// with a place ("held talks in Sochi"), nor one on another day than the call.
void reconcile_generic_talks(const ArticleContext& ctx, Extraction& out) {
  if (ctx.generic_talks.empty()) return;
  std::set<std::tuple<std::string, std::string, std::string>> called;
  for (const auto& i : out.interactions) {
    if (i.type == EdgeType::kCalled) called.emplace(i.source.str(), i.target.str(), i.date.iso());
  }
  auto undated = [&](const graph::Interaction& i) {
    return std::all_of(i.mentions.begin(), i.mentions.end(), [&](const graph::Mention& m) {
      return ctx.undated_mentions.count({m.start, m.end, m.trigger}) > 0;
    });
  };
  auto call_of = [&](const graph::Interaction& i) {
    if (called.count({i.source.str(), i.target.str(), i.date.iso()})) return true;
    return undated(i) && std::any_of(called.begin(), called.end(), [&](const auto& c) {
      return std::get<0>(c) == i.source.str() && std::get<1>(c) == i.target.str();
    });
  };
  std::vector<graph::Interaction> kept;
  std::vector<graph::Interaction> retyped;
  for (auto& i : out.interactions) {
    if (i.type == EdgeType::kMet && ctx.generic_talks.count(i.id()) && i.location.empty() && call_of(i)) {
      i.type = EdgeType::kCalled;
      i.location = {};
      retyped.push_back(std::move(i));
    } else {
      kept.push_back(std::move(i));
    }
  }
  out.interactions = std::move(kept);
  for (auto& i : retyped) add_interaction(out.interactions, std::move(i));
}

// A contact the text gave no date ("Trump called Sisi", in a headline) is the one it dates
// elsewhere in the article ("the call took place on Monday evening"): the same two actors and
// type within the week before publication. Merged into it, with its mentions.
void merge_undated_repeats(const ArticleContext& ctx, Extraction& out) {
  constexpr int kWeek = 7;
  // Dated by the publication day for want of a date, or a call or meeting left without one ("the
  // leaders met in Russia in the end"): either is the dated contact of the same two. An undated
  // visit may well be another trip ("had toured four countries of the region, Qatar among them").
  auto undated = [&](const graph::Interaction& i) {
    return (!i.date.known() && i.type != EdgeType::kVisited) || (!i.mentions.empty() && std::all_of(i.mentions.begin(), i.mentions.end(), [&](const graph::Mention& m) {
                                 return ctx.undated_mentions.count({m.start, m.end, m.trigger}) > 0;
                               }));
  };
  auto& all = out.interactions;
  std::vector<bool> merged(all.size(), false);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!undated(all[i])) continue;
    for (std::size_t j = 0; j < all.size(); ++j) {
      const auto& dated = all[j];
      // Either way round: a headline may make the callee the caller.
      const bool same_pair = (dated.source == all[i].source && dated.target == all[i].target) ||
                             (dated.source == all[i].target && dated.target == all[i].source);
      if (j == i || merged[j] || dated.type != all[i].type || !same_pair ||
          dated.date.precision() != graph::DatePrecision::kDay || undated(dated) ||
          (all[i].date.known() && (!(dated.date < all[i].date) || all[i].date > dated.date.plus_days(kWeek)))) {
        continue;
      }
      for (auto& m : all[i].mentions) all[j].mentions.push_back(std::move(m));
      merged[i] = true;
      break;
    }
  }
  std::vector<graph::Interaction> kept;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!merged[i]) kept.push_back(std::move(all[i]));
  }
  all = std::move(kept);
}

// A contact needs officials: someone the knowledge base knows to have held no office on the
// event's day (a former president, "Elbasy" after he gave up his last post) makes none.
void drop_former_officials(const ArticleContext& ctx, Extraction& out) {
  auto former = [&](const ActorId& id, const Date& date) {
    const Official* o = official_of(ctx.kb, id);
    if (!o || o->actor.roles.empty() || !date.known()) return false;
    return std::none_of(o->actor.roles.begin(), o->actor.roles.end(), [&](const graph::RoleSpan& r) { return r.held_on(date); });
  };
  std::erase_if(out.interactions, [&](const graph::Interaction& i) { return former(i.source, i.date) || former(i.target, i.date); });
}

// One trip, told day by day ("arrived on Sunday ... on arrival, the president was received"): the
// visits of one traveller to one state within a week of each other in one article are one visit,
// dated to its first day, with all their mentions.
void merge_trip_days(Extraction& out) {
  constexpr int kTripDays = 7;
  std::vector<graph::Interaction> kept;
  std::vector<std::size_t> order(out.interactions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto& all = out.interactions;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return all[a].date < all[b].date; });
  std::vector<bool> merged(all.size(), false);
  for (std::size_t x = 0; x < order.size(); ++x) {
    auto& first = all[order[x]];
    if (merged[order[x]] || first.type != EdgeType::kVisited || first.date.precision() != graph::DatePrecision::kDay) continue;
    for (std::size_t y = x + 1; y < order.size(); ++y) {
      auto& later = all[order[y]];
      if (merged[order[y]] || later.type != EdgeType::kVisited || later.date.precision() != graph::DatePrecision::kDay ||
          later.source != first.source || later.target != first.target || later.date > first.date.plus_days(kTripDays)) {
        continue;
      }
      for (auto& m : later.mentions) first.mentions.push_back(std::move(m));
      if (first.location.empty()) first.location = later.location;
      merged[order[y]] = true;
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!merged[i]) kept.push_back(std::move(all[i]));
  }
  all = std::move(kept);
}

}  // namespace

void settle_article(const ArticleContext& ctx, Extraction& out) {
  reconcile_generic_talks(ctx, out);
  merge_undated_repeats(ctx, out);
  merge_trip_days(out);
  drop_former_officials(ctx, out);
}

}  // namespace parley::ingest::detail
