#include "model/entity_diff.h"

#include <algorithm>

namespace vigil::model {
namespace {

std::vector<const Entity*> sorted_by_id(std::span<const Entity* const> entities) {
  std::vector<const Entity*> out(entities.begin(), entities.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const Entity* a, const Entity* b) { return a->id < b->id; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Entity* a, const Entity* b) { return a->id == b->id; }),
            out.end());
  return out;
}

uint64_t content_of(const Entity& entity) {
  return entity.content_hash != 0 ? entity.content_hash : compute_content_hash(entity);
}

std::vector<EntitySection> changed_sections(const Entity& before, const Entity& after) {
  std::vector<EntitySection> out;
  for (const EntitySection section : kEntitySections) {
    if (compute_section_hash(before, section) != compute_section_hash(after, section)) {
      out.push_back(section);
    }
  }
  return out;
}

}  // namespace

EntityDiff diff_entities(std::span<const Entity* const> before,
                         std::span<const Entity* const> after) {
  const std::vector<const Entity*> old_entities = sorted_by_id(before);
  const std::vector<const Entity*> new_entities = sorted_by_id(after);
  EntityDiff diff;
  size_t i = 0, j = 0;
  while (i < old_entities.size() || j < new_entities.size()) {
    if (j == new_entities.size() ||
        (i < old_entities.size() && old_entities[i]->id < new_entities[j]->id)) {
      diff.removed.push_back(old_entities[i++]);
    } else if (i == old_entities.size() || new_entities[j]->id < old_entities[i]->id) {
      diff.added.push_back(new_entities[j++]);
    } else {
      const Entity& a = *old_entities[i++];
      const Entity& b = *new_entities[j++];
      if (content_of(a) == content_of(b)) {
        ++diff.unchanged;
      } else {
        diff.changed.push_back({&a, &b, changed_sections(a, b)});
      }
    }
  }
  return diff;
}

}  // namespace vigil::model
