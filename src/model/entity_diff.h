// What changed between two versions of the lists: entities added, removed and changed, with the
// sections of each changed entity that differ. The basis for re-screening only what changed.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "vigil/entity.h"

namespace vigil::model {

struct ChangedEntity {
  const Entity* before = nullptr;
  const Entity* after = nullptr;
  std::vector<EntitySection> sections;  // in kEntitySections order
};

struct EntityDiff {
  std::vector<const Entity*> added;    // in the new version only, by id
  std::vector<const Entity*> removed;  // in the old version only, by id
  std::vector<ChangedEntity> changed;  // in both with different content, by id
  size_t unchanged = 0;
};

// Entities are matched by id ("ofac_sdn:39017"). An id found twice in one version is compared
// once, by its first occurrence. The entities must outlive the diff.
EntityDiff diff_entities(std::span<const Entity* const> before,
                         std::span<const Entity* const> after);

}  // namespace vigil::model
