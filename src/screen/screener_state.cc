#include "screen/screener_state.h"

#include <tbb/parallel_for.h>

#include <atomic>

#include "model/entity_codec.h"

namespace vigil::screen {
namespace {

// Entities as one blob with an offset per entity, so that they decode in parallel.
// The offsets come before the records, so each record is encoded twice (once to measure it):
// the records then stream to `out` instead of being held whole in memory.
void write_entities(model::BinaryWriter& out,
                    const std::vector<std::shared_ptr<const Entity>>& entities) {
  std::vector<uint64_t> offsets;
  offsets.reserve(entities.size() + 1);
  offsets.push_back(0);
  for (const auto& entity : entities) {
    model::BinaryWriter record;
    model::write_entity(record, *entity);
    offsets.push_back(offsets.back() + record.bytes().size());
  }
  out.put_array(offsets);
  out.put<uint64_t>(offsets.back());
  for (const auto& entity : entities) model::write_entity(out, *entity);
}

Result<std::vector<std::shared_ptr<const Entity>>> read_entities(model::BinaryReader& in) {
  std::vector<uint64_t> offsets;
  uint64_t size = 0;
  std::string_view blob;
  if (!in.get_array(offsets) || !in.get_count(size, 1) || !in.get_view(size, blob)) {
    return in.error("entities");
  }
  if (offsets.empty() || offsets.front() != 0 || offsets.back() != blob.size()) {
    return make_error(ErrorCode::kMalformed, "entities: the offsets do not cover the records");
  }
  for (size_t i = 0; i + 1 < offsets.size(); ++i) {
    if (offsets[i] > offsets[i + 1]) {
      return make_error(ErrorCode::kMalformed, "entities: the offsets are out of order");
    }
  }
  std::vector<std::shared_ptr<const Entity>> entities(offsets.size() - 1);
  std::atomic<size_t> first_bad{entities.size()};
  tbb::parallel_for(size_t{0}, entities.size(), [&](size_t i) {
    model::BinaryReader record(blob.substr(offsets[i], offsets[i + 1] - offsets[i]));
    auto entity = std::make_shared<Entity>();
    if (!model::read_entity(record, *entity) || !record.at_end()) {
      size_t seen = first_bad.load();
      while (i < seen && !first_bad.compare_exchange_weak(seen, i)) {
      }
      return;
    }
    entities[i] = std::move(entity);
  });
  if (first_bad.load() < entities.size()) {
    return make_error(ErrorCode::kMalformed,
                      "entities: record " + std::to_string(first_bad.load()) + " is damaged");
  }
  return entities;
}

bool valid_offsets(const std::vector<uint32_t>& begin, size_t count, size_t size) {
  if (begin.size() != count + 1 || begin.front() != 0 || begin.back() != size) return false;
  for (size_t i = 0; i < count; ++i) {
    if (begin[i] > begin[i + 1]) return false;
  }
  return true;
}

}  // namespace

void ScreenerState::index_entity_ids() {
  entity_by_id.clear();
  entity_by_id.reserve(entities.size());
  for (uint32_t e = 0; e < entities.size(); ++e) entity_by_id.emplace(entities[e]->id, e);
}

void ScreenerState::write(model::BinaryWriter& out) const {
  out.put<uint64_t>(datasets.size());
  for (const DatasetInfo& info : datasets) model::write_dataset_info(out, info);
  write_entities(out, entities);
  index.write(out);
  identifiers.write(out);
  catalog.write(out);
  out.put_array(names_begin);
  parties.write(out);
}

Result<ScreenerState> ScreenerState::read(model::BinaryReader& in) {
  ScreenerState state;
  uint64_t count = 0;
  if (!in.get_count(count, 1)) return in.error("datasets");
  state.datasets.resize(count);
  for (DatasetInfo& info : state.datasets) {
    if (!model::read_dataset_info(in, info)) return in.error("datasets");
  }
  auto entities = read_entities(in);
  if (!entities.ok()) return entities.error();
  state.entities = std::move(entities.value());
  auto name_index = index::NameIndex::read(in);
  if (!name_index.ok()) return name_index.error();
  state.index = std::move(name_index.value());
  const auto valid_hit = [&state](const index::IdentifierIndex::Hit& hit) {
    return hit.entity < state.entities.size() &&
           hit.identifier < state.entities[hit.entity]->identifiers.size();
  };
  auto identifiers = index::IdentifierIndex::read(in, valid_hit);
  if (!identifiers.ok()) return identifiers.error();
  state.identifiers = std::move(identifiers.value());
  auto catalog = EntityCatalog::read(in);
  if (!catalog.ok()) return catalog.error();
  state.catalog = std::move(catalog.value());
  if (!in.get_array(state.names_begin)) return in.error("screener arrays");
  auto parties = party::PartyGroups::read(in, state.entities.size());
  if (!parties.ok()) return parties.error();
  state.parties = std::move(parties.value());
  if (const std::string why = state.inconsistency(); !why.empty()) {
    return make_error(ErrorCode::kMalformed, "screener state is inconsistent: " + why);
  }
  state.index_entity_ids();
  return state;
}

std::string ScreenerState::inconsistency() const {
  if (catalog.entity_count() != entities.size()) return "catalog size";
  if (!valid_offsets(names_begin, entities.size(), index.name_count())) return "name offsets";
  for (uint32_t e = 0; e < entities.size(); ++e) {
    for (uint32_t n = names_begin[e]; n < names_begin[e + 1]; ++n) {
      const index::NameRecord& record = index.name(n);
      if (record.entity != e || record.name_in_entity >= entities[e]->names.size()) {
        return "name " + std::to_string(n) + "'s entity";
      }
    }
  }
  return {};
}

}  // namespace vigil::screen
