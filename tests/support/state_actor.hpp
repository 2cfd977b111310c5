#pragma once
// A state's actor record, for tests that need a state node with its own label.

#include "graph/actor.hpp"

namespace parley::test {

inline graph::Actor state_actor(const char* code, const char* label) {
  graph::Actor s;
  s.state = graph::StateCode::parse(code);
  s.id = graph::ActorId::for_state(*s.state);
  s.kind = graph::ActorKind::kState;
  s.label = label;
  return s;
}

}  // namespace parley::test
