// One row of each file of an OFAC legacy CSV set, turned into model fields. Internal to the
// OFAC CSV parser (ofac_csv.h), which checks column counts and ent_nums before calling these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::detail {

// Column counts of the four files.
constexpr size_t kOfacPrimaryColumns = 12;
constexpr size_t kOfacAliasColumns = 5;
constexpr size_t kOfacAddressColumns = 6;
constexpr size_t kOfacCommentColumns = 2;

// The primary file's columns.
enum OfacPrimaryColumn : size_t {
  kEntNum,
  kName,
  kType,
  kPrograms,
  kTitle,
  kCallSign,
  kVesselType,
  kTonnage,
  kGrossTonnage,
  kVesselFlag,
  kVesselOwner,
  kRemarks,
};

// A field's value: trimmed, UTF-8, and empty where OFAC writes its null "-0-".
std::string ofac_value(std::string_view field);

// An ent_num: digits only, at most 11 of them.
bool is_ent_num(std::string_view field);

// "-0-" (an organisation), "individual", "vessel", "aircraft"; nullopt for anything else.
std::optional<Schema> ofac_schema(std::string_view type_field);

// "IFSR] [IRAN-HR] [CYBER2" -> {"IFSR", "IRAN-HR", "CYBER2"}.
std::vector<std::string> split_programs(std::string_view field);

// The entity of a primary row: id "<dataset>:<ent_num>", names, programs with their legal
// basis, the title and vessel columns, and every fact of `remarks` (the remarks column with
// any overflow already appended). REQUIRES: fields.size() == kOfacPrimaryColumns.
Entity make_ofac_entity(const std::vector<std::string>& fields, const std::string& dataset,
                        std::string remarks);

// Adds an alt.csv row's name (aka, nka -> alias; fka -> former). REQUIRES: 5 fields.
void add_ofac_alias(const std::vector<std::string>& fields, Entity& entity);

// Adds an add.csv row's address and its country. REQUIRES: 6 fields.
void add_ofac_address(const std::vector<std::string>& fields, Entity& entity);

// Removes repeated properties and identifiers (the columns and the remarks can state the same
// fact twice).
void drop_repeated_facts(Entity& entity);

}  // namespace vigil::sources::detail
