// What a Screener holds once built: the entities, the name and identifier indexes, the
// dataset/program catalog (the similar tokens of each list token are searched when first
// needed, so they are neither built nor stored). Screener::Impl is built on it;
// the compiled snapshot writes it and reads it back (write / read) without re-indexing.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/identifier_index.h"
#include "index/name_index.h"
#include "model/binary_io.h"
#include "party/party_groups.h"
#include "screen/entity_filter.h"
#include "vigil/dataset.h"
#include "vigil/entity.h"
#include "vigil/result.h"

namespace vigil::screen {

// The kind a list name is indexed as: a single-name-token alias of a person (or of an entity of
// unknown type) is a weak alias whether or not its list marks it so, as OFAC's lists do with
// their quoted a.k.a.s ("Martin", "Abu Ali"): weak aliases are treated alike in every list.
NameKind indexed_name_kind(NameKind kind, Schema schema, const std::vector<std::string>& tokens);

struct ScreenerState {
  std::vector<DatasetInfo> datasets;
  std::vector<std::shared_ptr<const Entity>> entities;
  std::unordered_map<std::string, uint32_t> entity_by_id;
  index::NameIndex index;
  index::IdentifierIndex identifiers;
  EntityCatalog catalog;       // datasets and programs, for query filters
  party::PartyGroups parties;  // the records of one party on several lists, grouped
  // names_begin[e] .. names_begin[e + 1]: the index's name ids of entity e.
  std::vector<uint32_t> names_begin;
  // Takes the parsed entities of every dataset and builds the indexes over them: names are
  // normalised on every core, then indexed in a fixed order (the same index whatever the
  // thread timing).
  static ScreenerState build(std::vector<ParseOutput>& outputs);
  // entity_by_id from the entities (the first of equal ids wins, as when built).
  void index_entity_ids();

  // The state as the compiled snapshot stores it, section by section. read() decodes the
  // entities on every core and refuses damaged or inconsistent bytes with an error.
  void write(model::BinaryWriter& out) const;
  static Result<ScreenerState> read(model::BinaryReader& in);

 private:
  // Empty when the sections agree with each other (every name of the index belongs to an
  // entity that has it, the offsets cover their arrays), else what does not.
  [[nodiscard]] std::string inconsistency() const;
};

}  // namespace vigil::screen
