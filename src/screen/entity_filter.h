// Which entities a query may return, by dataset ("only ofac_sdn and un_sc", "all but us_csl")
// and by sanctions program ("only IRAN-HR", "all but SDGT"). Built once per screener; a
// query's filter is resolved against it and checked per candidate.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/binary_io.h"
#include "vigil/entity.h"
#include "vigil/query.h"
#include "vigil/result.h"

namespace vigil::screen {

class EntityCatalog;

// A resolved filter. Default-constructed, it allows everything.
class EntityFilter {
 public:
  EntityFilter() = default;
  [[nodiscard]] bool allows_all() const { return catalog_ == nullptr; }
  [[nodiscard]] bool allows(uint32_t entity) const;

 private:
  friend class EntityCatalog;
  const EntityCatalog* catalog_ = nullptr;
  std::vector<bool> dataset_allowed_;   // by dataset number
  std::vector<bool> program_included_;  // by program number; empty: no include list
  std::vector<bool> program_excluded_;  // by program number; empty: no exclude list
};

class EntityCatalog {
 public:
  EntityCatalog() = default;
  explicit EntityCatalog(const std::vector<std::shared_ptr<const Entity>>& entities);

  // Dataset ids and programs are matched case-insensitively; a name no loaded entity carries
  // is an error that names it and what is loaded, never a silently empty result.
  [[nodiscard]] Result<EntityFilter> resolve(const ListSelection& lists) const;
  [[nodiscard]] size_t entity_count() const { return dataset_of_.size(); }

  // The catalog for the compiled snapshot; read() checks every stored number and range.
  void write(model::BinaryWriter& out) const;
  static Result<EntityCatalog> read(model::BinaryReader& in);

 private:
  friend class EntityFilter;
  Result<std::vector<bool>> flags(const std::vector<std::string>& names,
                                  const std::unordered_map<std::string, uint32_t>& known,
                                  std::string_view what) const;

  std::unordered_map<std::string, uint32_t> dataset_numbers_;  // lower-case id -> number
  std::unordered_map<std::string, uint32_t> program_numbers_;  // lower-case program -> number
  std::vector<std::string> dataset_names_;
  std::vector<std::string> program_names_;
  std::vector<uint32_t> dataset_of_;      // by entity
  std::vector<uint32_t> programs_begin_;  // by entity, into programs_
  std::vector<uint32_t> programs_;
};

}  // namespace vigil::screen
