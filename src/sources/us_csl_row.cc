#include "sources/us_csl_row.h"

#include <array>
#include <optional>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/ofac_names.h"
#include "sources/ofac_programs.h"
#include "sources/us_csl_fields.h"

namespace vigil::sources::us_csl {
namespace {

using model::trim;

// Listing dates before this are typing errors ("0097-06-30" for 1997-06-30).
constexpr int kEarliestListing = 1900;

constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "_id",
    "source",
    "entity_number",
    "type",
    "programs",
    "name",
    "title",
    "addresses",
    "federal_register_notice",
    "start_date",
    "end_date",
    "standard_order",
    "license_requirement",
    "license_policy",
    "call_sign",
    "vessel_type",
    "gross_tonnage",
    "gross_registered_tonnage",
    "vessel_flag",
    "vessel_owner",
    "remarks",
    "source_list_url",
    "alt_names",
    "citizenships",
    "dates_of_birth",
    "nationalities",
    "places_of_birth",
    "source_information_url",
    "ids",
};

// Cells kept as properties under their column name.
constexpr std::array<Column, 8> kPropertyColumns = {
    kFederalRegisterNotice, kEndDate,       kStandardOrder,        kLicenseRequirement,
    kLicensePolicy,         kSourceListUrl, kSourceInformationUrl, kEntityNumber,
};

// Treasury rows spell a person's name OFAC's way ("'ABBAS, Rim"); other lists write names in
// natural order and do not say whether a party is a person.
Name make_name(std::string_view written, Schema schema, NameKind kind) {
  Name name = make_ofac_name(normalise_spaces(written), schema, kind);
  name.script = dominant_script(name.full);
  return name;
}

void add_names(const CslRow& row, Entity& entity) {
  Name primary = make_name(row[kName], entity.schema, NameKind::kPrimary);
  if (primary.full.empty()) return;
  entity.names.push_back(std::move(primary));
  for (std::string alias : split_values(row[kAltNames])) {
    // The Entity List writes its last alias as "and X".
    if (alias.starts_with("and ")) alias.erase(0, 4);
    Name name = make_name(alias, entity.schema, NameKind::kAlias);
    if (name.full.empty() || name.full == entity.names.front().full) continue;
    entity.names.push_back(std::move(name));
  }
}

// The listing date as an ISO date. A cell holding something else ("0097-06-30") is kept as
// property "start_date" with a warning.
std::string listing_date(const CslRow& row, Entity& entity, std::vector<std::string>& warnings) {
  const std::string& text = row[kStartDate];
  if (text.empty()) return {};
  const std::optional<DateValue> date = parse_date(text);
  if (date && !date->is_range() && date->from.day != 0 && date->from.year >= kEarliestListing) {
    return date->from.to_iso();
  }
  warnings.push_back("unrecognised start_date '" + text + "' kept as text");
  add_property(entity, "start_date", text);
  return {};
}

void add_sanctions(const CslRow& row, const CslList& list, Entity& entity,
                   std::vector<std::string>& warnings) {
  std::vector<std::string> programs = split_values(row[kPrograms]);
  if (programs.empty()) programs.push_back(list.code);  // the export lists name no programme
  const std::string listed_on = listing_date(row, entity, warnings);
  for (std::string& program : programs) {
    std::string legal_basis = ofac_legal_basis(program);
    entity.sanctions.push_back(
        Sanction{list.agency, std::move(program), std::move(legal_basis), listed_on, {}});
  }
}

void add_vessel_facts(const CslRow& row, Entity& entity) {
  if (!row[kCallSign].empty()) {
    entity.identifiers.push_back(
        make_identifier(IdentifierType::kCallSign, "Call Sign", row[kCallSign]));
  }
  add_property(entity, "vessel_type", row[kVesselType]);
  add_property(entity, "vessel_flag", row[kVesselFlag]);
  append_unique(entity.countries, country_code_or_empty(row[kVesselFlag]));
  add_property(entity, "vessel_tonnage", row[kGrossTonnage]);
  add_property(entity, "vessel_grt", row[kGrossRegisteredTonnage]);
  const std::string& owner = row[kVesselOwner];
  add_property(entity, "vessel_owner", owner);
  if (!owner.empty()) entity.relations.push_back(Relation{RelationKind::kOwnedBy, {}, owner, {}});
}

void add_remarks(const CslRow& row, Entity& entity) {
  entity.remarks = row[kRemarks];
  for (std::string& name : linked_to_names(entity.remarks)) {
    entity.relations.push_back(Relation{RelationKind::kLinkedTo, {}, std::move(name), {}});
  }
}

}  // namespace

std::string_view column_name(Column column) { return kColumnNames[column]; }

CslList csl_list(std::string_view source) {
  const size_t dash = source.rfind(" - ");
  const std::string_view name = trim(source.substr(0, dash));
  CslList list;
  if (dash != std::string_view::npos) list.agency = std::string(trim(source.substr(dash + 3)));
  const size_t open = name.rfind('(');
  const size_t close = name.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) {
    list.code = std::string(name);
    return list;
  }
  std::string_view code = trim(name.substr(open + 1, close - open - 1));
  if (code.ends_with(" List")) code.remove_suffix(5);
  list.code = std::string(code);
  return list;
}

Entity make_csl_entity(const CslRow& row, std::string_view dataset_id, std::string_view source_id,
                       std::vector<std::string>& warnings) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(source_id);
  entity.id = entity.dataset + ":" + entity.source_id;
  entity.schema = parse_schema(row[kType]).value_or(Schema::kUnknown);
  if (entity.schema == Schema::kUnknown && !row[kType].empty()) {
    warnings.push_back("unknown type '" + row[kType] + "'");
  }
  add_names(row, entity);
  const CslList list = csl_list(row[kSource]);
  add_property(entity, "list", list.code);
  add_sanctions(row, list, entity, warnings);
  add_addresses(row[kAddresses], entity);
  add_ids(row[kIds], entity);
  add_birth_dates(row[kDatesOfBirth], entity, warnings);
  for (const std::string& place : split_values(row[kPlacesOfBirth])) {
    append_unique(entity.birth_places, place);
  }
  add_countries(row[kNationalities], entity.nationalities, "nationality", entity);
  add_countries(row[kCitizenships], entity.citizenships, "citizenship", entity);
  add_property(entity, "position", row[kTitle]);
  add_vessel_facts(row, entity);
  add_remarks(row, entity);
  for (Column column : kPropertyColumns) {
    if (column == kEntityNumber && row[kEntityNumber] == row[kId]) continue;
    add_property(entity, std::string(column_name(column)), row[column]);
  }
  return entity;
}

}  // namespace vigil::sources::us_csl
