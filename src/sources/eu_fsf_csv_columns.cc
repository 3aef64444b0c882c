#include "sources/eu_fsf_csv_columns.h"

#include <array>

#include "model/ascii.h"

namespace vigil::sources::eu_fsf_csv {
namespace {

using K = CellKind;

// The columns as the FSF CSV 1.1 header names them. Each section (names, addresses, birth dates,
// identifications, citizenships) has its own logicalId, which tells a repeated row of one
// element from a second element with the same values.
constexpr std::array<ColumnTarget, 73> kColumns = {{
    {"Entity_LogicalId", "sanctionEntity", "logicalId", K::kText},
    {"Entity_EU_ReferenceNumber", "sanctionEntity", "euReferenceNumber", K::kText},
    {"Entity_UnitedNationId", "sanctionEntity", "unitedNationId", K::kText},
    {"Entity_DesignationDate", "sanctionEntity", "designationDate", K::kDate},
    {"Entity_DesignationDetails", "sanctionEntity", "designationDetails", K::kText},
    {"Entity_Remark", "sanctionEntity", "remark", K::kChildText},
    {"Entity_SubjectType", "subjectType", "code", K::kSubjectType},
    {"Entity_SubjectType_ClassificationCode", "subjectType", "code", K::kSubjectType},
    {"Entity_Regulation_Type", "regulation", "regulationType", K::kText},
    {"Entity_Regulation_OrganisationType", "regulation", "organisationType", K::kText},
    {"Entity_Regulation_PublicationDate", "regulation", "publicationDate", K::kDate},
    {"Entity_Regulation_EntryIntoForceDate", "regulation", "entryIntoForceDate", K::kDate},
    {"Entity_Regulation_NumberTitle", "regulation", "numberTitle", K::kText},
    {"Entity_Regulation_Programme", "regulation", "programme", K::kText},
    {"Entity_Regulation_PublicationUrl", "regulation", "publicationUrl", K::kChildText},
    {"NameAlias_LastName", "nameAlias", "lastName", K::kText},
    {"NameAlias_FirstName", "nameAlias", "firstName", K::kText},
    {"NameAlias_MiddleName", "nameAlias", "middleName", K::kText},
    {"NameAlias_WholeName", "nameAlias", "wholeName", K::kText},
    {"NameAlias_NameLanguage", "nameAlias", "nameLanguage", K::kText},
    {"NameAlias_Gender", "nameAlias", "gender", K::kText},
    {"NameAlias_Title", "nameAlias", "title", K::kText},
    {"NameAlias_Function", "nameAlias", "function", K::kText},
    {"NameAlias_LogicalId", "nameAlias", "logicalId", K::kId},
    {"NameAlias_Remark", "nameAlias", "remark", K::kChildText},
    {"Address_City", "address", "city", K::kText},
    {"Address_Street", "address", "street", K::kText},
    {"Address_PoBox", "address", "poBox", K::kText},
    {"Address_ZipCode", "address", "zipCode", K::kText},
    {"Address_Region", "address", "region", K::kText},
    {"Address_Place", "address", "place", K::kText},
    {"Address_AsAtListingTime", "address", "asAtListingTime", K::kFlag},
    {"Address_ContactInfo", "address", "contactInfo", K::kContactInfo},
    {"Address_CountryIso2Code", "address", "countryIso2Code", K::kText},
    {"Address_CountryDescription", "address", "countryDescription", K::kText},
    {"Address_LogicalId", "address", "logicalId", K::kId},
    {"Address_Remark", "address", "remark", K::kChildText},
    {"BirthDate_BirthDate", "birthdate", "birthdate", K::kDate},
    {"BirthDate_Day", "birthdate", "dayOfMonth", K::kText},
    {"BirthDate_Month", "birthdate", "monthOfYear", K::kText},
    {"BirthDate_Year", "birthdate", "year", K::kText},
    {"BirthDate_YearRangeFrom", "birthdate", "yearRangeFrom", K::kText},
    {"BirthDate_YearRangeTo", "birthdate", "yearRangeTo", K::kText},
    {"BirthDate_Circa", "birthdate", "circa", K::kFlag},
    {"BirthDate_CalendarType", "birthdate", "calendarType", K::kText},
    {"BirthDate_ZipCode", "birthdate", "zipCode", K::kText},
    {"BirthDate_Region", "birthdate", "region", K::kText},
    {"BirthDate_Place", "birthdate", "place", K::kText},
    {"BirthDate_City", "birthdate", "city", K::kText},
    {"BirthDate_CountryIso2Code", "birthdate", "countryIso2Code", K::kText},
    {"BirthDate_CountryDescription", "birthdate", "countryDescription", K::kText},
    {"BirthDate_LogicalId", "birthdate", "logicalId", K::kId},
    {"BirthDate_Remark", "birthdate", "remark", K::kChildText},
    {"Identification_Number", "identification", "number", K::kText},
    {"Identification_Diplomatic", "identification", "diplomatic", K::kFlag},
    {"Identification_KnownExpired", "identification", "knownExpired", K::kFlag},
    {"Identification_KnownFalse", "identification", "knownFalse", K::kFlag},
    {"Identification_ReportedLost", "identification", "reportedLost", K::kFlag},
    {"Identification_RevokedByIssuer", "identification", "revokedByIssuer", K::kFlag},
    {"Identification_IssuedBy", "identification", "issuedBy", K::kText},
    {"Identification_IssuedDate", "identification", "issueDate", K::kDate},
    {"Identification_LatinNumber", "identification", "latinNumber", K::kText},
    {"Identification_TypeCode", "identification", "identificationTypeCode", K::kText},
    {"Identification_TypeDescription", "identification", "identificationTypeDescription", K::kText},
    {"Identification_CountryIso2Code", "identification", "countryIso2Code", K::kText},
    {"Identification_CountryDescription", "identification", "countryDescription", K::kText},
    {"Identification_LogicalId", "identification", "logicalId", K::kId},
    {"Identification_Remark", "identification", "remark", K::kChildText},
    {"Citizenship_Region", "citizenship", "region", K::kText},
    {"Citizenship_CountryIso2Code", "citizenship", "countryIso2Code", K::kText},
    {"Citizenship_CountryDescription", "citizenship", "countryDescription", K::kText},
    {"Citizenship_LogicalId", "citizenship", "logicalId", K::kId},
    {"Citizenship_Remark", "citizenship", "remark", K::kChildText},
}};

constexpr std::array<std::string_view, 2> kRequiredColumns = {kLogicalIdColumn,
                                                              "NameAlias_WholeName"};

std::string_view header_name(const std::string& name) { return model::trim(name); }

}  // namespace

std::span<const ColumnTarget> column_targets() { return kColumns; }

std::vector<std::string_view> missing_required_columns(const std::vector<std::string>& names) {
  std::vector<std::string_view> missing;
  for (std::string_view required : kRequiredColumns) {
    bool found = false;
    for (const std::string& name : names) found = found || header_name(name) == required;
    if (!found) missing.push_back(required);
  }
  return missing;
}

std::optional<Header> read_header(const std::vector<std::string>& names) {
  if (!missing_required_columns(names).empty()) return std::nullopt;
  Header header;
  header.width = names.size();
  for (size_t at = 0; at < names.size(); ++at) {
    const std::string_view name = header_name(names[at]);
    if (name == kGenerationDateColumn) header.generation_date = at;
    if (name == kLogicalIdColumn) header.logical_id = at;
    for (const ColumnTarget& target : kColumns) {
      if (target.column == name) header.columns.push_back(HeaderColumn{&target, at});
    }
  }
  return header;
}

}  // namespace vigil::sources::eu_fsf_csv
