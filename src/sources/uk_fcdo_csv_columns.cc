#include "sources/uk_fcdo_csv_columns.h"

#include <string_view>

#include "model/ascii.h"

namespace vigil::sources::uk_fcdo {
namespace {

using model::lower;
using model::trim;

// The headers as the published file writes them (compared without case).
constexpr std::array<std::string_view, static_cast<size_t>(Column::kCount)> kCompoundHeaders = {
    "Unique ID",
    "Designation Type",
    "Name 1",
    "Name 2",
    "Name 3",
    "Name 4",
    "Name 5",
    "Name 6",
    "Name type",
    "Alias strength",
    "Name non-latin script",
    "Non-latin script language",
    "Address Line 1",
    "Address Line 2",
    "Address Line 3",
    "Address Line 4",
    "Address Line 5",
    "Address Line 6",
    "Address Postal Code",
    "Address Country",
    "Passport number",
    "Passport additional information",
    "National Identifier number",
    "National Identifier additional information",
    "Town of birth",
    "Country of birth",
};

constexpr std::array<std::pair<std::string_view, Fact>, 31> kFactHeaders = {{
    {"Last Updated", Fact::kLastUpdated},
    {"OFSI Group ID", Fact::kOfsiGroupId},
    {"UN Reference Number", Fact::kUnReference},
    {"Title", Fact::kTitle},
    {"Regime Name", Fact::kRegime},
    {"Designation source", Fact::kDesignationSource},
    {"Sanctions Imposed", Fact::kSanctionsImposed},
    {"Other Information", Fact::kOtherInformation},
    {"UK Statement of Reasons", Fact::kStatementOfReasons},
    {"Phone number", Fact::kPhone},
    {"Website", Fact::kWebsite},
    {"Email address", Fact::kEmail},
    {"Date Designated", Fact::kDateDesignated},
    {"D.O.B", Fact::kBirthDate},
    {"Nationality(/ies)", Fact::kNationality},
    {"Position", Fact::kPosition},
    {"Gender", Fact::kGender},
    {"Type of entity", Fact::kTypeOfEntity},
    {"Subsidiaries", Fact::kSubsidiary},
    {"Parent company", Fact::kParentCompany},
    {"Business registration number (s)", Fact::kBusinessRegistration},
    {"IMO number", Fact::kImo},
    {"Current owner/operator (s)", Fact::kOwnerOperator},
    {"Previous owner/operator (s)", Fact::kPreviousOwnerOperator},
    {"Current believed flag of ship", Fact::kFlag},
    {"Previous flags", Fact::kPreviousFlag},
    {"Type of ship", Fact::kTypeOfShip},
    {"Tonnage of ship", Fact::kTonnage},
    {"Length of ship", Fact::kLength},
    {"Year Built", Fact::kYearBuilt},
    {"Hull identification number (HIN)", Fact::kHullIdentification},
}};

constexpr std::array<Column, 4> kRequired = {Column::kUniqueId, Column::kDesignationType,
                                             Column::kName6, Column::kNameType};

bool same_header(const std::string& cell, std::string_view header) {
  return lower(trim(cell)) == lower(header);
}

}  // namespace

std::optional<Columns> Columns::read(const std::vector<std::string>& header) {
  Columns columns;
  columns.width_ = header.size();
  for (size_t at = 0; at < header.size(); ++at) {
    for (size_t column = 0; column < kCompoundHeaders.size(); ++column) {
      if (same_header(header[at], kCompoundHeaders[column])) columns.compound_[column] = at;
    }
    for (const auto& [name, fact] : kFactHeaders) {
      if (same_header(header[at], name)) columns.facts_.emplace_back(fact, at);
    }
  }
  for (Column column : kRequired) {
    if (!columns.compound_[static_cast<size_t>(column)]) return std::nullopt;
  }
  return columns;
}

std::string Columns::text(const CsvRecord& row, Column column) const {
  const std::optional<size_t> at = compound_[static_cast<size_t>(column)];
  if (!at || *at >= row.fields.size()) return {};
  return std::string(trim(row.fields[*at]));
}

}  // namespace vigil::sources::uk_fcdo
