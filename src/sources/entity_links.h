// Points relations that name another party of the same list ("Linked To: IRANIAN MINISTRY OF
// INTELLIGENCE AND SECURITY") at that party's entity id.
#pragma once

#include <cstddef>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources {

struct LinkCounts {
  size_t resolved = 0;
  size_t unresolved = 0;  // no entity has the name
  size_t ambiguous = 0;   // several entities have it; left unresolved rather than guessed
};

// Sets `target_id` of every relation whose `target_name` equals a name of exactly one other
// entity: primary names first, then strong aliases and former names. Names compare without
// case, repeated spaces or trailing periods, in natural ("Ajmal RAHMANI") and OFAC
// ("RAHMANI, Ajmal") order. Relations already resolved are left alone.
LinkCounts resolve_relations(std::vector<Entity>& entities);

}  // namespace vigil::sources
