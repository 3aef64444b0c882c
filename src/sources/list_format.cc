#include "sources/list_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "model/ascii.h"
#include "sources/au_dfat.h"
#include "sources/ofac_csv.h"
#include "sources/ofac_xml.h"
#include "sources/uk_ofsi.h"
#include "sources/un_xml.h"
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
    return std::nullopt;
  }
  if (is_ofac_xml(bytes)) return ListFormat::kOfacXml;
  if (is_un_xml(bytes)) return ListFormat::kUnXml;
  if (const std::optional<OfacCsvKind> kind = detect_ofac_csv(bytes)) return from_csv_kind(*kind);
  return std::nullopt;
}

std::string unrecognised_format_reason(std::string_view bytes) {
  if (!has_zip_signature(bytes)) {
    return "unrecognised list format (not OFAC CSV, OFAC XML, UN XML, UK OFSI XLSX or DFAT "
           "XLSX)";
  }
  const Result<ZipArchive> archive = ZipArchive::open(bytes, {});
  if (!archive.ok()) return archive.error().message;
  if (!xlsx::is_xlsx(bytes)) return "a ZIP archive that is not an XLSX workbook";
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
    case ListFormat::kUkOfsiXlsx: return "uk_ofsi_xlsx";
    case ListFormat::kAuDfatXlsx: return "au_dfat_xlsx";
  }
  return "unknown";
}

bool is_ofac_csv(ListFormat format) {
  switch (format) {
    case ListFormat::kOfacCsvPrimary:
    case ListFormat::kOfacCsvAlias:
    case ListFormat::kOfacCsvAddress:
    case ListFormat::kOfacCsvComments: return true;
    case ListFormat::kOfacXml:
    case ListFormat::kUnXml:
    case ListFormat::kUkOfsiXlsx:
    case ListFormat::kAuDfatXlsx: return false;
  }
  return false;
}

bool is_ignored_file_name(std::string_view file_name) {
  static constexpr std::array<std::string_view, 3> kNoteStems = {"readme", "note", "notes"};
  static constexpr std::array<std::string_view, 3> kNoteExtensions = {".md", ".txt", ".json"};
  if (file_name.empty() || file_name.front() == '.') return true;
  const std::string name = lower(file_name);
  const std::string_view stem = std::string_view(name).substr(0, name.find('.'));
  if (std::find(kNoteStems.begin(), kNoteStems.end(), stem) != kNoteStems.end()) return true;
  return std::any_of(kNoteExtensions.begin(), kNoteExtensions.end(),
                     [&name](std::string_view extension) { return name.ends_with(extension); });
}

}  // namespace vigil::sources
