#include "sources/uk_ofsi_columns.h"

namespace vigil::sources::uk_ofsi {
namespace {

// The header of each Column, in enum order.
constexpr std::array<std::string_view, kColumnCount> kHeaders = {
    "Name 1",
    "Name 2",
    "Name 3",
    "Name 4",
    "Name 5",
    "Name 6",
    "Title",
    "Name Non-Latin Script",
    "Non-Latin Script Type",
    "Non-Latin Script Language",
    "DOB",
    "Town of Birth",
    "Country of Birth",
    "Nationality",
    "Passport Number",
    "Passport Details",
    "National Identification Number",
    "National Identification Details",
    "Position",
    "Address 1",
    "Address 2",
    "Address 3",
    "Address 4",
    "Address 5",
    "Address 6",
    "Post/Zip Code",
    "Country",
    "Other Information",
    "Group Type",
    "Alias Type",
    "Alias Quality",
    "Regime",
    "Listed On",
    "UK Sanctions List Date Designated",
    "Last Updated",
    "Group ID",
};

}  // namespace

Columns::Columns(const xlsx::Row& header) {
  const xlsx::ColumnMap map(header);
  for (size_t i = 0; i < kColumnCount; ++i) index_[i] = map.find(kHeaders[i]);
  missing_ = map.missing(kRequiredHeaders);
}

std::string Columns::text(const xlsx::Row& row, Column column) const {
  const std::optional<size_t> index = index_[static_cast<size_t>(column)];
  return index ? xlsx::cell_text(row, *index) : std::string();
}

}  // namespace vigil::sources::uk_ofsi
