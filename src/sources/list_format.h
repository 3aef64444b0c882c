// Which official format a list file is in, decided from its content, never its name.
#pragma once

#include <optional>
#include <string_view>

namespace vigil::sources {

enum class ListFormat {
  kOfacCsvPrimary,
  kOfacCsvAlias,
  kOfacCsvAddress,
  kOfacCsvComments,
  kOfacXml,
  kUnXml,
  kCaSemaXml,        // Canada Consolidated Autonomous Sanctions List (SEMA)
  kUsCslCsv,         // US Consolidated Screening List CSV, plain or gzipped
  kEuFsfXml,         // EU Financial Sanctions Files XML 1.1
  kEuFsfCsv,         // the same list as FSF CSV 1.1 (';'-separated)
  kUkFcdoXml,        // UK Sanctions List (FCDO) XML, UK-Sanctions-List.xml
  kUkFcdoCsv,        // the same list as its CSV, UK-Sanctions-List.csv
  kFtmJson,          // FollowTheMoney JSON lines (OpenSanctions)
  kOwnListCsv,       // a user's own list or allow list, CSV (docs/own-lists.md)
  kOwnListJson,      // the same as JSON lines
  kUkOfsiXlsx,       // UK OFSI Consolidated List (ConList.xlsx)
  kAuDfatXlsx,       // Australia DFAT Consolidated List XLSX
  kOfacEnhancedXml,  // OFAC Enhanced XML, bare or zipped (CONS_ENHANCED.ZIP)
  kOfacAdvancedXml,  // OFAC SDN_ADVANCED.XML
};

// nullopt when the bytes are in no format we read.
std::optional<ListFormat> detect_list_format(std::string_view bytes);

// Why detect_list_format found no format, for the error a user sees: a damaged ZIP archive,
// a workbook whose header matches no list, or simply an unknown format.
std::string unrecognised_format_reason(std::string_view bytes);

// The stable id recorded in SourceFile::format: "ofac_csv_primary", "ofac_xml", "un_xml",
// "ca_sema_xml", "us_csl_csv", "eu_fsf_xml", "eu_fsf_csv", "uk_fcdo_xml", "uk_fcdo_csv",
// "ftm_json", "own_list_csv", "own_list_json", "uk_ofsi_xlsx", "au_dfat_xlsx",
// "ofac_enhanced_xml", "ofac_advanced_xml"...
std::string_view format_id(ListFormat format);

// True for the four files of an OFAC legacy CSV set, which are parsed together.
bool is_ofac_csv(ListFormat format);

// Files a dataset directory may hold beside its lists and that are never read as lists:
// hidden files, vigil-dataset.json, README and NOTE files, and *.md, *.txt. Other JSON files
// are read: FollowTheMoney exports and own lists are JSON lines, often named *.json.
bool is_ignored_file_name(std::string_view file_name);

}  // namespace vigil::sources
