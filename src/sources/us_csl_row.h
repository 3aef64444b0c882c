// One row of the US Consolidated Screening List CSV (trade.gov), read into the entity model.
// The CSL merges the export screening lists of Commerce (Entity List, Denied Persons, Unverified,
// Military End User), State (ITAR debarred, nonproliferation) and Treasury (SDN and the
// non-SDN lists); each row names its list in the `source` column.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::us_csl {

// The columns of the published CSV, found by their header names.
enum Column : size_t {
  kId,
  kSource,
  kEntityNumber,
  kType,
  kPrograms,
  kName,
  kTitle,
  kAddresses,
  kFederalRegisterNotice,
  kStartDate,
  kEndDate,
  kStandardOrder,
  kLicenseRequirement,
  kLicensePolicy,
  kCallSign,
  kVesselType,
  kGrossTonnage,
  kGrossRegisteredTonnage,
  kVesselFlag,
  kVesselOwner,
  kRemarks,
  kSourceListUrl,
  kAltNames,
  kCitizenships,
  kDatesOfBirth,
  kNationalities,
  kPlacesOfBirth,
  kSourceInformationUrl,
  kIds,
  kColumnCount,
};

// The header name of a column ("_id", "alt_names"...).
std::string_view column_name(Column column);

// A row's values by column, trimmed, UTF-8; empty for a column the file lacks.
struct CslRow {
  std::array<std::string, kColumnCount> values;
  [[nodiscard]] const std::string& operator[](Column column) const { return values[column]; }
};

// The list a row belongs to, from its `source` cell: "Entity List (EL) - Bureau of Industry and
// Security" -> {"EL", "Bureau of Industry and Security"}; "Non-SDN Menu-Based Sanctions List
// (NS-MBS List) - Treasury Department" -> {"NS-MBS", ...}.
struct CslList {
  std::string code;    // the abbreviation in parentheses, else the list's whole name
  std::string agency;  // the part after " - "
};
CslList csl_list(std::string_view source);

// The row's entity, with id "<dataset>:<source_id>" and the list code as property "list".
// Values that could not be read (an unrecognised date) are kept as properties and described in
// `warnings`.
Entity make_csl_entity(const CslRow& row, std::string_view dataset_id, std::string_view source_id,
                       std::vector<std::string>& warnings);

}  // namespace vigil::sources::us_csl
