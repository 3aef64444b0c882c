// One designated party of the Australian DFAT Consolidated List: the row of a numbered
// Reference ("12") and its lettered rows ("12a", "12b": aliases and original-script names),
// folded into one entity. The columns are found by their header text.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sources/xlsx_table.h"
#include "vigil/entity.h"

namespace vigil::sources::au_dfat {

enum class Column : uint8_t {
  kReference,
  kName,
  kType,
  kNameType,
  kAliasStrength,
  kBirthDate,
  kBirthPlace,
  kCitizenship,
  kAddress,
  kAdditionalInformation,
  kListingInformation,
  kImoNumber,
  kCommittees,
  kControlDate,
  kInstrument,
  kTargetedFinancialSanction,
  kTravelBan,
  kArmsEmbargo,
  kMaritimeRestriction,
};
constexpr size_t kColumnCount = static_cast<size_t>(Column::kMaritimeRestriction) + 1;

// The headers every DFAT list has; detection and parsing require them.
constexpr std::array<std::string_view, 5> kRequiredHeaders = {
    "Reference", "Name of Individual or Entity", "Type", "Name Type", "Committees"};

class Columns {
 public:
  // REQUIRES: `header` is the sheet's header row.
  explicit Columns(const xlsx::Row& header);

  // The cell's trimmed text; empty when the sheet has no such column.
  [[nodiscard]] std::string text(const xlsx::Row& row, Column column) const;
  // The cell itself; an empty cell when the sheet has no such column.
  [[nodiscard]] const xlsx::Cell& cell(const xlsx::Row& row, Column column) const;

 private:
  std::array<std::optional<size_t>, kColumnCount> index_{};
};

struct ReferenceContext {
  const Columns& columns;
  std::string_view dataset_id;
  bool date1904 = false;
  xlsx::RowDiagnostics& diagnostics;
};

// Reads the rows of one Reference number. REQUIRES: `rows` is not empty. content_hash is left
// to the caller.
Entity read_reference(std::span<const xlsx::Row* const> rows, std::string_view reference,
                      ReferenceContext& context);

}  // namespace vigil::sources::au_dfat
