// The union of groups behind party_grouping: union-find over entity indices that refuses a
// join which would put records of different types, or two records of one list that no link
// joins directly, in one group.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "party/link_rules.h"

namespace vigil::party {

enum class JoinOutcome : uint8_t {
  kJoined,          // two groups became one
  kAlreadyGrouped,  // both records were in one group already
  kRefusedSchema,   // the groups hold records of different types
  kRefusedSameList  // the groups hold two records of one list not directly linked
};

class GuardedUnion {
 public:
  // `direct_links`: every link that may be applied (any rule); a pair of records of one list
  // may share a group only when it is among them.
  GuardedUnion(EntityList entities, const std::vector<PartyLink>& direct_links);

  JoinOutcome join(uint32_t a, uint32_t b);
  [[nodiscard]] uint32_t root(uint32_t entity);
  // The members of the group of `entity`, ascending.
  [[nodiscard]] std::vector<uint32_t> members(uint32_t entity) const;

 private:
  [[nodiscard]] bool directly_linked(uint32_t a, uint32_t b) const;
  [[nodiscard]] bool lists_clash(uint32_t root_a, uint32_t root_b) const;

  EntityList entities_;
  std::unordered_set<uint64_t> direct_pairs_;
  std::vector<uint32_t> parent_;
  // Each group's members as a ring: next_[e] is the next member of e's group.
  std::vector<uint32_t> next_;
  std::vector<uint32_t> size_;  // per root
  std::vector<Schema> schema_;  // per root: the known type, or kUnknown
};

}  // namespace vigil::party
