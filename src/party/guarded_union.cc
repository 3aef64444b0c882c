#include "party/guarded_union.h"

#include <numeric>
#include <utility>

namespace vigil::party {
namespace {

uint64_t pair_key(uint32_t a, uint32_t b) {
  if (b < a) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

}  // namespace

GuardedUnion::GuardedUnion(EntityList entities, const std::vector<PartyLink>& direct_links)
    : entities_(entities),
      parent_(entities.size()),
      members_(entities.size()),
      schema_(entities.size()) {
  std::iota(parent_.begin(), parent_.end(), 0U);
  for (uint32_t e = 0; e < entities.size(); ++e) {
    members_[e] = {e};
    schema_[e] = entities[e]->schema;
  }
  direct_pairs_.reserve(direct_links.size());
  for (const PartyLink& link : direct_links)
    direct_pairs_.insert(pair_key(link.first, link.second));
}

uint32_t GuardedUnion::root(uint32_t entity) {
  while (parent_[entity] != entity) {
    parent_[entity] = parent_[parent_[entity]];  // path halving
    entity = parent_[entity];
  }
  return entity;
}

bool GuardedUnion::directly_linked(uint32_t a, uint32_t b) const {
  return direct_pairs_.contains(pair_key(a, b));
}

bool GuardedUnion::lists_clash(uint32_t root_a, uint32_t root_b) const {
  for (uint32_t a : members_[root_a]) {
    for (uint32_t b : members_[root_b]) {
      if (entities_[a]->dataset == entities_[b]->dataset && !directly_linked(a, b)) return true;
    }
  }
  return false;
}

JoinOutcome GuardedUnion::join(uint32_t a, uint32_t b) {
  uint32_t root_a = root(a);
  uint32_t root_b = root(b);
  if (root_a == root_b) return JoinOutcome::kAlreadyGrouped;
  const Schema schema_a = schema_[root_a];
  const Schema schema_b = schema_[root_b];
  if (schema_a != Schema::kUnknown && schema_b != Schema::kUnknown && schema_a != schema_b) {
    return JoinOutcome::kRefusedSchema;
  }
  if (lists_clash(root_a, root_b)) return JoinOutcome::kRefusedSameList;
  if (members_[root_a].size() < members_[root_b].size()) std::swap(root_a, root_b);
  parent_[root_b] = root_a;
  members_[root_a].insert(members_[root_a].end(), members_[root_b].begin(), members_[root_b].end());
  members_[root_b].clear();
  members_[root_b].shrink_to_fit();
  if (schema_[root_a] == Schema::kUnknown) schema_[root_a] = schema_[root_b];
  return JoinOutcome::kJoined;
}

}  // namespace vigil::party
