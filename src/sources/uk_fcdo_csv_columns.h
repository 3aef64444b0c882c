// The columns of the UK Sanctions List CSV (FCDO), found by their header text so that a
// reordered or extended file still reads: the columns of the compound facts (names, addresses,
// documents, birth places) and those that state one fact each.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sources/csv_reader.h"
#include "sources/uk_fcdo_facts.h"

namespace vigil::sources::uk_fcdo {

enum class Column : uint8_t {
  kUniqueId,
  kDesignationType,
  kName1,  // Name 1..Name 5 follow in order, then Name 6
  kName2,
  kName3,
  kName4,
  kName5,
  kName6,
  kNameType,
  kAliasStrength,
  kNonLatinName,
  kNonLatinLanguage,
  kAddress1,  // Address Line 1..6 follow in order
  kAddress2,
  kAddress3,
  kAddress4,
  kAddress5,
  kAddress6,
  kPostalCode,
  kAddressCountry,
  kPassportNumber,
  kPassportDetails,
  kNationalIdNumber,
  kNationalIdDetails,
  kTownOfBirth,
  kCountryOfBirth,
  kCount,
};

class Columns {
 public:
  // nullopt unless the row has the Unique ID, Designation Type, Name 6 and Name type columns.
  static std::optional<Columns> read(const std::vector<std::string>& header);

  // The cell of a column, trimmed; empty when the file has no such column.
  [[nodiscard]] std::string text(const CsvRecord& row, Column column) const;
  // The columns that state one fact each, with their cell index.
  [[nodiscard]] const std::vector<std::pair<Fact, size_t>>& facts() const { return facts_; }
  [[nodiscard]] size_t width() const { return width_; }

 private:
  std::array<std::optional<size_t>, static_cast<size_t>(Column::kCount)> compound_;
  std::vector<std::pair<Fact, size_t>> facts_;
  size_t width_ = 0;
};

}  // namespace vigil::sources::uk_fcdo
