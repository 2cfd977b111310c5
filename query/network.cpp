#include "query/network.hpp"

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "query/detail/boost_graph.hpp"
#include "query/detail/csr_graph.hpp"

namespace parley::query {

namespace detail {
// The Boost views of a network, built on first use: most networks need one of them at most, and
// an adjacency_list of a million links costs a million allocations.
struct LazyGraphs {
  std::once_flag boost_once, csr_once;
  std::unique_ptr<BoostGraph> boost;
  std::unique_ptr<CsrGraph> csr;
};
}  // namespace detail

namespace {

using FindActor = std::function<const graph::Actor*(const graph::ActorId&)>;

// The actor standing for `a` at the level: itself, or the state it serves (the window's node for
// that state when it has one, else a node whose label is the code, kept in `made`); nullptr when
// the level leaves it out.
const graph::Actor* at_level(const graph::Actor& a, Level level, const FindActor& find,
                             std::map<graph::ActorId, graph::Actor>& made) {
  if (level == Level::kOfficial || a.kind != graph::ActorKind::kOfficial) {
    if (level == Level::kState && a.kind == graph::ActorKind::kOrganization) return nullptr;
    return &a;
  }
  if (!a.state) return nullptr;
  const auto id = graph::ActorId::for_state(*a.state);
  if (const auto* node = find(id)) return node;
  auto [it, fresh] = made.try_emplace(id);
  if (fresh) {  // a state no edge of the window names: its code is its label
    it->second.id = id;
    it->second.kind = graph::ActorKind::kState;
    it->second.label = a.state->str();
    it->second.state = a.state;
  }
  return &it->second;
}

}  // namespace

// Adds vertices and links in order of first use, so that both ways of building a network number
// them alike.
class Network::Builder {
 public:
  explicit Builder(Network& n) : n_(n) {}

  Vertex vertex(const graph::Actor& a) {
    auto [it, fresh] = n_.index_.try_emplace(a.id, n_.actors_.size());
    if (fresh) {
      n_.actors_.push_back(a);
      n_.incidence_.emplace_back();
    }
    return it->second;
  }

  // The link between two distinct vertices, made on first use.
  Link& link(Vertex va, Vertex vb) {
    if (vb < va) std::swap(va, vb);
    auto [it, fresh] = link_index_.try_emplace((static_cast<std::uint64_t>(va) << 32) | vb, n_.links_.size());
    if (fresh) {
      n_.links_.push_back({va, vb, {}, 0});
      n_.incidence_[va].push_back(it->second);
      n_.incidence_[vb].push_back(it->second);
    }
    return n_.links_[it->second];
  }

  void reserve_links(std::size_t count) { link_index_.reserve(count); }

 private:
  Network& n_;
  std::unordered_map<std::uint64_t, std::size_t> link_index_;
};

Network::Network() : graphs_(std::make_shared<detail::LazyGraphs>()) {}

std::optional<Network::Vertex> Network::vertex_of(const graph::ActorId& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

const detail::BoostGraph& Network::boost() const {
  std::call_once(graphs_->boost_once, [this] {
    auto bg = std::make_unique<detail::BoostGraph>();
    bg->graph = detail::Graph(actors_.size());
    for (std::size_t i = 0; i < links_.size(); ++i) {
      boost::add_edge(links_[i].a, links_[i].b, detail::WeightProperty(links_[i].weight(), i), bg->graph);
    }
    graphs_->boost = std::move(bg);
  });
  return *graphs_->boost;
}

const detail::CsrGraph& Network::csr() const {
  std::call_once(graphs_->csr_once, [this] { graphs_->csr = std::make_unique<detail::CsrGraph>(detail::make_csr(*this)); });
  return *graphs_->csr;
}

Network Network::from_window(GraphWindow window, Level level) {
  Network n;
  n.window_ = std::move(window);
  std::map<graph::ActorId, const graph::Actor*> nodes;
  for (const auto& a : n.window_.nodes) nodes.emplace(a.id, &a);
  const FindActor find = [&nodes](const graph::ActorId& id) -> const graph::Actor* {
    auto it = nodes.find(id);
    return it == nodes.end() ? nullptr : it->second;
  };
  std::map<graph::ActorId, graph::Actor> made;
  Builder build(n);
  for (const auto& inter : n.window_.edges) {
    const auto* src = find(inter.source);
    const auto* dst = find(inter.target);
    if (!src || !dst) continue;
    const auto* a = at_level(*src, level, find, made);
    const auto* b = at_level(*dst, level, find, made);
    if (!a || !b || a->id == b->id) continue;  // contacts within one state vanish at the state level
    const Vertex va = build.vertex(*a);  // a before b: the numbering follows first use
    const Vertex vb = build.vertex(*b);
    auto& link = build.link(va, vb);
    link.interactions.push_back(&inter);
    ++link.count;
  }
  return n;
}

Network Network::load(const graph::Store& store, const NetworkFilter& filter) {
  return from_window(load_window(store, filter.window), filter.level);
}

namespace {
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
}  // namespace

Network Network::load_counts(const graph::Store& store, const NetworkFilter& filter) {
  // Pass 1, the index: each endpoint becomes a slot number (one per distinct id, looked up by the
  // id's text: no ActorId, no record per entry), each accepted entry a pair of slots.
  std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> slot_of;
  std::vector<graph::ActorId> ids;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  auto slot = [&](std::string_view id) {
    auto it = slot_of.find(id);
    if (it != slot_of.end()) return it->second;
    const auto s = static_cast<std::uint32_t>(ids.size());
    ids.emplace_back(std::string(id));
    slot_of.emplace(std::string(id), s);
    return s;
  };
  store.for_each_ref(filter.window.dates, [&](const graph::InteractionRef& r) {
    if (filter.window.accepts(r.type)) edges.emplace_back(slot(r.source), slot(r.target));
    return true;
  });

  // Pass 2, the actors: every endpoint's record, then its actor at the level, as from_window sees
  // them (a state's own node only when the window names that state).
  std::vector<graph::Actor> actors;
  actors.reserve(ids.size());
  for (const auto& id : ids) actors.push_back(actor_node(store, id));
  const FindActor find = [&](const graph::ActorId& id) -> const graph::Actor* {
    auto it = slot_of.find(id.str());
    return it == slot_of.end() ? nullptr : &actors[it->second];
  };
  std::map<graph::ActorId, graph::Actor> made;
  std::vector<const graph::Actor*> level_actor(ids.size());
  for (std::size_t s = 0; s < ids.size(); ++s) level_actor[s] = at_level(actors[s], filter.level, find, made);

  // Pass 3, the links, in the index's (date, id) order like from_window's.
  Network n;
  Builder build(n);
  build.reserve_links(edges.size() / 4);
  constexpr auto kNone = static_cast<Vertex>(-1);
  std::vector<Vertex> vertex(ids.size(), kNone);  // a slot's vertex, once it has one
  auto vertex_of_slot = [&](std::uint32_t s) {
    if (vertex[s] == kNone) vertex[s] = build.vertex(*level_actor[s]);
    return vertex[s];
  };
  for (const auto& [s, t] : edges) {
    const auto* a = level_actor[s];
    const auto* b = level_actor[t];
    if (!a || !b || a == b || a->id == b->id) continue;
    const Vertex va = vertex_of_slot(s);
    const Vertex vb = vertex_of_slot(t);
    ++build.link(va, vb).count;
  }
  return n;
}

}  // namespace parley::query
