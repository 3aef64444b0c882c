#include "sources/list_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "model/ascii.h"
#include "sources/au_dfat.h"
#include "sources/ca_sema_xml.h"
#include "sources/eu_fsf_csv.h"
#include "sources/eu_fsf_xml.h"
#include "sources/ftm_json.h"
#include "sources/ofac_advanced_xml.h"
#include "sources/ofac_csv.h"
#include "sources/ofac_enhanced_xml.h"
#include "sources/ofac_xml.h"
#include "sources/own_list.h"
#include "sources/uk_fcdo_csv.h"
#include "sources/uk_fcdo_xml.h"
#include "sources/uk_ofsi.h"
#include "sources/un_xml.h"
#include "sources/us_csl_csv.h"
#include "sources/xlsx_reader.h"
#include "sources/zip_archive.h"

namespace vigil::sources {
namespace {

using model::lower;

ListFormat from_csv_kind(OfacCsvKind kind) {
  switch (kind) {
    case OfacCsvKind::kPrimary: return ListFormat::kOfacCsvPrimary;
    case OfacCsvKind::kAlias: return ListFormat::kOfacCsvAlias;
    case OfacCsvKind::kAddress: return ListFormat::kOfacCsvAddress;
    case OfacCsvKind::kComments: return ListFormat::kOfacCsvComments;
  }
  return ListFormat::kOfacCsvPrimary;
}

}  // namespace

std::optional<ListFormat> detect_list_format(std::string_view bytes) {
  if (has_zip_signature(bytes)) {
    if (is_uk_ofsi_xlsx(bytes)) return ListFormat::kUkOfsiXlsx;
    if (is_au_dfat_xlsx(bytes)) return ListFormat::kAuDfatXlsx;
    if (is_ofac_enhanced_xml(bytes)) return ListFormat::kOfacEnhancedXml;
    return std::nullopt;
  }
  if (is_ofac_xml(bytes)) return ListFormat::kOfacXml;
  if (is_ofac_enhanced_xml(bytes)) return ListFormat::kOfacEnhancedXml;
  if (is_ofac_advanced_xml(bytes)) return ListFormat::kOfacAdvancedXml;
  if (is_un_xml(bytes)) return ListFormat::kUnXml;
  if (is_ca_sema_xml(bytes)) return ListFormat::kCaSemaXml;
  if (is_eu_fsf_xml(bytes)) return ListFormat::kEuFsfXml;
  if (is_uk_fcdo_xml(bytes)) return ListFormat::kUkFcdoXml;
  if (is_eu_fsf_csv(bytes)) return ListFormat::kEuFsfCsv;
  if (is_uk_fcdo_csv(bytes)) return ListFormat::kUkFcdoCsv;
  if (is_us_csl_csv(bytes)) return ListFormat::kUsCslCsv;
  if (is_ftm_json(bytes)) return ListFormat::kFtmJson;
  if (is_own_list_json(bytes)) return ListFormat::kOwnListJson;
  if (const std::optional<OfacCsvKind> kind = detect_ofac_csv(bytes)) return from_csv_kind(*kind);
  if (is_own_list_csv(bytes)) return ListFormat::kOwnListCsv;
  return std::nullopt;
}

std::string unrecognised_format_reason(std::string_view bytes) {
  if (!has_zip_signature(bytes)) {
    return "unrecognised list format (not OFAC CSV, XML, Enhanced or Advanced XML, UN XML, "
           "Canada SEMA XML, US CSL CSV, EU FSF XML or CSV, UK Sanctions List XML or CSV, "
           "UK OFSI XLSX, DFAT XLSX, FollowTheMoney JSON or an own list; see "
           "docs/own-lists.md)";
  }
  const Result<ZipArchive> archive = ZipArchive::open(bytes, {});
  if (!archive.ok()) return archive.error().message;
  if (!xlsx::is_xlsx(bytes)) {
    return "a ZIP archive that is neither an XLSX workbook nor one OFAC Enhanced XML file";
  }
  const Result<xlsx::Sheet> head = xlsx::read_sheet(bytes, {}, xlsx::SheetRequest{{}, 5});
  if (!head.ok()) return "an XLSX workbook that cannot be read: " + head.error().to_string();
  return "an XLSX workbook whose first sheet has neither the UK OFSI ConList nor the DFAT "
         "Consolidated List header row";
}

std::string_view format_id(ListFormat format) {
  switch (format) {
    case ListFormat::kOfacCsvPrimary: return "ofac_csv_primary";
    case ListFormat::kOfacCsvAlias: return "ofac_csv_alias";
    case ListFormat::kOfacCsvAddress: return "ofac_csv_address";
    case ListFormat::kOfacCsvComments: return "ofac_csv_comments";
    case ListFormat::kOfacXml: return "ofac_xml";
    case ListFormat::kUnXml: return "un_xml";
    case ListFormat::kCaSemaXml: return "ca_sema_xml";
    case ListFormat::kUsCslCsv: return "us_csl_csv";
    case ListFormat::kEuFsfXml: return "eu_fsf_xml";
    case ListFormat::kEuFsfCsv: return "eu_fsf_csv";
    case ListFormat::kUkFcdoXml: return "uk_fcdo_xml";
    case ListFormat::kUkFcdoCsv: return "uk_fcdo_csv";
    case ListFormat::kFtmJson: return "ftm_json";
    case ListFormat::kOwnListCsv: return "own_list_csv";
    case ListFormat::kOwnListJson: return "own_list_json";
    case ListFormat::kUkOfsiXlsx: return "uk_ofsi_xlsx";
    case ListFormat::kAuDfatXlsx: return "au_dfat_xlsx";
    case ListFormat::kOfacEnhancedXml: return "ofac_enhanced_xml";
    case ListFormat::kOfacAdvancedXml: return "ofac_advanced_xml";
  }
  return "unknown";
}

bool is_ofac_csv(ListFormat format) {
  return format == ListFormat::kOfacCsvPrimary || format == ListFormat::kOfacCsvAlias ||
         format == ListFormat::kOfacCsvAddress || format == ListFormat::kOfacCsvComments;
}

bool is_ignored_file_name(std::string_view file_name) {
  static constexpr std::array<std::string_view, 3> kNoteStems = {"readme", "note", "notes"};
  static constexpr std::array<std::string_view, 2> kNoteExtensions = {".md", ".txt"};
  if (file_name.empty() || file_name.front() == '.') return true;
  const std::string name = lower(file_name);
  const std::string_view stem = std::string_view(name).substr(0, name.find('.'));
  if (std::find(kNoteStems.begin(), kNoteStems.end(), stem) != kNoteStems.end()) return true;
  return std::any_of(kNoteExtensions.begin(), kNoteExtensions.end(),
                     [&name](std::string_view extension) { return name.ends_with(extension); });
}

}  // namespace vigil::sources
