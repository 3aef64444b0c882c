// What changed between two versions of the lists: entities added, removed and changed, with the
// sections of each changed entity that differ. The basis for re-screening only what changed.
// Works on summaries (id, caption, hashes), which a version store keeps for every version.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "vigil/entity.h"

namespace vigil::model {

inline constexpr size_t kSectionCount = std::size(kEntitySections);

struct EntitySummary {
  std::string id;
  std::string caption;  // the primary name
  uint64_t content_hash = 0;
  std::array<uint64_t, kSectionCount> section_hashes{};  // in kEntitySections order
};

EntitySummary summarise(const Entity& entity);

struct ChangedEntity {
  const EntitySummary* before = nullptr;
  const EntitySummary* after = nullptr;
  std::vector<EntitySection> sections;  // in kEntitySections order
};

struct EntityDiff {
  std::vector<const EntitySummary*> added;    // in the new version only, by id
  std::vector<const EntitySummary*> removed;  // in the old version only, by id
  std::vector<ChangedEntity> changed;         // in both with different content, by id
  size_t unchanged = 0;
};

// Entities are matched by id ("ofac_sdn:39017"). An id found twice in one version is compared
// once, by its first occurrence. The summaries must outlive the diff.
EntityDiff diff_entities(std::span<const EntitySummary> before,
                         std::span<const EntitySummary> after);

}  // namespace vigil::model
