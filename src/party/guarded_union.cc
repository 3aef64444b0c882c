#include "party/guarded_union.h"

#include <algorithm>
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
      next_(entities.size()),
      size_(entities.size(), 1),
      schema_(entities.size()) {
  std::iota(parent_.begin(), parent_.end(), 0U);
  std::iota(next_.begin(), next_.end(), 0U);
  for (uint32_t e = 0; e < entities.size(); ++e) schema_[e] = entities[e]->schema;
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

std::vector<uint32_t> GuardedUnion::members(uint32_t entity) const {
  std::vector<uint32_t> members = {entity};
  for (uint32_t e = next_[entity]; e != entity; e = next_[e]) members.push_back(e);
  std::sort(members.begin(), members.end());
  return members;
}

bool GuardedUnion::lists_clash(uint32_t root_a, uint32_t root_b) const {
  uint32_t a = root_a;
  do {
    uint32_t b = root_b;
    do {
      if (entities_[a]->dataset == entities_[b]->dataset && !directly_linked(a, b)) return true;
      b = next_[b];
    } while (b != root_b);
    a = next_[a];
  } while (a != root_a);
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
  if (size_[root_a] < size_[root_b]) std::swap(root_a, root_b);
  parent_[root_b] = root_a;
  size_[root_a] += size_[root_b];
  std::swap(next_[root_a], next_[root_b]);  // splices the two rings into one
  if (schema_[root_a] == Schema::kUnknown) schema_[root_a] = schema_[root_b];
  return JoinOutcome::kJoined;
}

}  // namespace vigil::party
