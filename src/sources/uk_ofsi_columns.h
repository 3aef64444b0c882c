// The columns of the UK OFSI Consolidated List workbook, found by their header text so that a
// reordered or extended sheet still reads.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sources/xlsx_table.h"

namespace vigil::sources::uk_ofsi {

enum class Column : uint8_t {
  kName1,
  kName2,
  kName3,
  kName4,
  kName5,
  kName6,  // Name 6 is the family or entity name
  kTitle,
  kNonLatinName,
  kNonLatinType,
  kNonLatinLanguage,
  kBirthDate,
  kTownOfBirth,
  kCountryOfBirth,
  kNationality,
  kPassportNumber,
  kPassportDetails,
  kNationalIdNumber,
  kNationalIdDetails,
  kPosition,
  kAddress1,
  kAddress2,
  kAddress3,
  kAddress4,
  kAddress5,
  kAddress6,
  kPostCode,
  kCountry,
  kOtherInformation,
  kGroupType,
  kAliasType,
  kAliasQuality,
  kRegime,
  kListedOn,
  kDateDesignated,
  kLastUpdated,
  kGroupId,
};
constexpr size_t kColumnCount = static_cast<size_t>(Column::kGroupId) + 1;

// The headers every ConList has; detection and parsing require them.
constexpr std::array<std::string_view, 5> kRequiredHeaders = {"Name 6", "Group Type", "Alias Type",
                                                              "Regime", "Group ID"};

class Columns {
 public:
  // REQUIRES: `header` is the sheet's header row.
  explicit Columns(const xlsx::Row& header);

  // The cell's trimmed text; empty when the sheet has no such column.
  [[nodiscard]] std::string text(const xlsx::Row& row, Column column) const;

  // The required headers the header row lacks.
  [[nodiscard]] const std::vector<std::string_view>& missing() const { return missing_; }

 private:
  std::array<std::optional<size_t>, kColumnCount> index_{};
  std::vector<std::string_view> missing_;
};

}  // namespace vigil::sources::uk_ofsi
