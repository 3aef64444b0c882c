// The parties of the loaded lists: every entity in exactly one group, the records of one
// party on several lists in one group, each member with the links (rule and evidence) that
// put it there. Built by group_parties (party_grouping.h); immutable once built, safe for
// concurrent readers.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "model/binary_io.h"
#include "party/party_link.h"
#include "vigil/result.h"

namespace vigil::party {

struct PartyGroup {
  // "party:" + the entity id of the most authoritative member: "party:ofac_sdn:39017". Stable
  // while that record stays listed; a record listed alone is its own group, "party:<its id>".
  std::string id;
  // Entity indices, most authoritative first (party_facts.h authority_rank, then entity id).
  std::vector<uint32_t> members;
  // Every accepted link between two members, ordered by rule, then (first, second). The
  // links with `joined` set connect all members (members.size() - 1 of them); the others
  // confirm what earlier links found.
  std::vector<PartyLink> links;
};

// What the grouping did, for `vigil party --stats` and docs/matching.md.
struct GroupingStats {
  static constexpr size_t kRuleCount = static_cast<size_t>(kLastLinkRule) + 1;
  size_t entities = 0;
  size_t groups = 0;
  size_t multi_member_groups = 0;                  // groups of two records or more
  size_t grouped_records = 0;                      // records in those groups
  std::array<size_t, kRuleCount> joins_by_rule{};  // links that joined two groups
  std::array<size_t, kRuleCount> links_by_rule{};  // accepted links (joining or confirming)
  size_t refused_schema = 0;        // a person with an organisation, a vessel with a company...
  size_t refused_unknown_name = 0;  // a record of unknown type whose names do not agree
  size_t refused_same_list = 0;     // would put two records of one list in one group
  size_t ambiguous_keys = 0;        // a key one list holds twice: not used for that list
  size_t too_common_keys = 0;       // a key held by too many records: not used
  double seconds = 0;               // wall time of group_parties
};

class PartyGroups {
 public:
  PartyGroups() = default;
  // REQUIRES: every entity index below `entity_count` is a member of exactly one group.
  PartyGroups(std::vector<PartyGroup> groups, size_t entity_count);

  [[nodiscard]] size_t entity_count() const { return group_of_.size(); }
  [[nodiscard]] size_t group_count() const { return groups_.size(); }
  [[nodiscard]] const PartyGroup& group(size_t index) const { return groups_[index]; }
  // The index of the group of entity `entity`. REQUIRES: entity < entity_count().
  [[nodiscard]] size_t group_of(uint32_t entity) const { return group_of_[entity]; }
  [[nodiscard]] const std::vector<PartyGroup>& groups() const { return groups_; }

  // For the compiled snapshot. read() refuses damaged bytes and groups that do not cover
  // entities 0 .. entity_count - 1 exactly once, or links to a record outside their group.
  void write(model::BinaryWriter& out) const;
  static Result<PartyGroups> read(model::BinaryReader& in, size_t entity_count);

 private:
  std::vector<PartyGroup> groups_;
  std::vector<uint32_t> group_of_;  // entity index -> group index
};

}  // namespace vigil::party
