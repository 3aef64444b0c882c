#include "model/entity_diff.h"

#include <algorithm>

namespace vigil::model {
namespace {

std::vector<const EntitySummary*> sorted_by_id(std::span<const EntitySummary> entities) {
  std::vector<const EntitySummary*> out;
  out.reserve(entities.size());
  for (const EntitySummary& e : entities) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(),
                   [](const EntitySummary* a, const EntitySummary* b) { return a->id < b->id; });
  out.erase(
      std::unique(out.begin(), out.end(),
                  [](const EntitySummary* a, const EntitySummary* b) { return a->id == b->id; }),
      out.end());
  return out;
}

std::vector<EntitySection> changed_sections(const EntitySummary& before,
                                            const EntitySummary& after) {
  std::vector<EntitySection> out;
  for (size_t k = 0; k < kSectionCount; ++k) {
    if (before.section_hashes[k] != after.section_hashes[k]) out.push_back(kEntitySections[k]);
  }
  return out;
}

}  // namespace

EntitySummary summarise(const Entity& entity) {
  EntitySummary summary;
  summary.id = entity.id;
  const Name* primary = entity.primary_name();
  if (primary != nullptr) summary.caption = primary->full;
  summary.content_hash = compute_content_hash(entity);
  for (size_t k = 0; k < kSectionCount; ++k) {
    summary.section_hashes[k] = compute_section_hash(entity, kEntitySections[k]);
  }
  return summary;
}

EntityDiff diff_entities(std::span<const EntitySummary> before,
                         std::span<const EntitySummary> after) {
  const std::vector<const EntitySummary*> old_entities = sorted_by_id(before);
  const std::vector<const EntitySummary*> new_entities = sorted_by_id(after);
  EntityDiff diff;
  size_t i = 0, j = 0;
  while (i < old_entities.size() || j < new_entities.size()) {
    if (j == new_entities.size() ||
        (i < old_entities.size() && old_entities[i]->id < new_entities[j]->id)) {
      diff.removed.push_back(old_entities[i++]);
    } else if (i == old_entities.size() || new_entities[j]->id < old_entities[i]->id) {
      diff.added.push_back(new_entities[j++]);
    } else {
      const EntitySummary& a = *old_entities[i++];
      const EntitySummary& b = *new_entities[j++];
      if (a.content_hash == b.content_hash) {
        ++diff.unchanged;
      } else {
        diff.changed.push_back({&a, &b, changed_sections(a, b)});
      }
    }
  }
  return diff;
}

}  // namespace vigil::model
