#include "sources/xlsx_reader.h"

#include <algorithm>
#include <pugixml.hpp>

#include "sources/xlsx_cells.h"
#include "sources/xlsx_rows.h"
#include "sources/xml_support.h"
#include "sources/zip_archive.h"
#include "text/normalise.h"

namespace vigil::sources::xlsx {
namespace {

using xml::local_name;

constexpr std::string_view kPackageRelationships = "_rels/.rels";
constexpr std::string_view kDefaultWorkbook = "xl/workbook.xml";
// Relationship types end with these words whatever the schema version in front of them.
constexpr std::string_view kOfficeDocumentType = "/officeDocument";
constexpr std::string_view kSharedStringsType = "/sharedStrings";
constexpr std::string_view kStylesType = "/styles";

struct Relationship {
  std::string id;
  std::string type;
  std::string target;  // the part's path inside the archive, resolved
};

struct SheetEntry {
  std::string name;
  std::string relationship_id;
};

std::string directory_of(std::string_view part) {
  const size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string relationships_part_of(std::string_view part) {
  const std::string directory = directory_of(part);
  return directory + "_rels/" + std::string(part.substr(directory.size())) + ".rels";
}

// A relationship target as an archive path: "/xl/a.xml" is absolute, "worksheets/../a.xml"
// is relative to the source part's directory.
std::string resolve_target(std::string_view directory, std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1))
                                               : std::string(directory) + std::string(target);
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= joined.size()) {
    const size_t end = std::min(joined.find('/', start), joined.size());
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string path;
  for (const std::string& segment : segments) path += (path.empty() ? "" : "/") + segment;
  return path;
}

// The relationship id attribute ("r:id") of a <sheet>, whatever its namespace prefix.
std::string relationship_id_of(const pugi::xml_node& sheet) {
  for (const pugi::xml_attribute& attribute : sheet.attributes()) {
    const std::string_view name = attribute.name();
    if (name.ends_with(":id")) return attribute.value();
  }
  return {};
}

bool is_true(std::string_view value) { return value == "1" || value == "true"; }

// The parts of one workbook, read from its archive with the file's name in every error.
class WorkbookReader {
 public:
  WorkbookReader(std::string_view file_path, ZipArchive& archive)
      : file_path_(file_path), archive_(archive) {}

  // Loads a whole part into `document`.
  std::optional<Error> load(const std::string& part, pugi::xml_document& document) {
    Result<std::string> bytes = archive_.extract(part, kMaxPartBytes);
    if (!bytes.ok()) return bytes.error();
    const pugi::xml_parse_result result = document.load_buffer(
        bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
        pugi::encoding_auto);
    if (result) return std::nullopt;
    const long line = xml::LineIndex(*bytes).line_of(result.offset);
    return make_error(ErrorCode::kMalformed, std::string("malformed XML: ") + result.description(),
                      Location{std::string(file_path_), 0, part + " line " + std::to_string(line)});
  }

  // The workbook part named by the package relationships, else the usual path.
  std::string workbook_part() {
    pugi::xml_document document;
    if (archive_.find(kPackageRelationships) != nullptr &&
        !load(std::string(kPackageRelationships), document)) {
      for (const Relationship& relationship : relationships(document, "")) {
        if (relationship.type.ends_with(kOfficeDocumentType)) return relationship.target;
      }
    }
    return std::string(kDefaultWorkbook);
  }

  static std::vector<Relationship> relationships(const pugi::xml_document& document,
                                                 std::string_view directory) {
    std::vector<Relationship> out;
    for (const pugi::xml_node& node : document.document_element().children()) {
      if (local_name(node) != "Relationship") continue;
      out.push_back(Relationship{node.attribute("Id").value(), node.attribute("Type").value(),
                                 resolve_target(directory, node.attribute("Target").value())});
    }
    return out;
  }

  Error error(ErrorCode code, std::string message, std::string part = {}) const {
    return make_error(code, std::move(message),
                      Location{std::string(file_path_), 0, std::move(part)});
  }

 private:
  std::string_view file_path_;
  ZipArchive& archive_;
};

const Relationship* find_relationship(const std::vector<Relationship>& relationships,
                                      std::string_view id, std::string_view type_suffix) {
  const auto at = std::find_if(relationships.begin(), relationships.end(), [&](const auto& r) {
    return id.empty() ? r.type.ends_with(type_suffix) : r.id == id;
  });
  return at == relationships.end() ? nullptr : &*at;
}

std::string sheet_names(const std::vector<SheetEntry>& sheets) {
  std::string names;
  for (const SheetEntry& sheet : sheets) names += (names.empty() ? "'" : ", '") + sheet.name + "'";
  return names;
}

// Chooses the requested sheet (or the first) and returns its part's path.
Result<std::string> sheet_part(const pugi::xml_document& workbook,
                               const std::vector<Relationship>& relationships,
                               const SheetRequest& request, const WorkbookReader& reader,
                               Sheet& sheet) {
  std::vector<SheetEntry> sheets;
  for (const pugi::xml_node& node : xml::child(workbook.document_element(), "sheets").children()) {
    if (local_name(node) != "sheet") continue;
    sheets.push_back(SheetEntry{node.attribute("name").value(), relationship_id_of(node)});
  }
  if (sheets.empty()) return reader.error(ErrorCode::kMalformed, "the workbook has no sheet");
  const auto chosen = std::find_if(sheets.begin(), sheets.end(), [&](const SheetEntry& entry) {
    return request.sheet_name.empty() || entry.name == request.sheet_name;
  });
  if (chosen == sheets.end()) {
    return reader.error(ErrorCode::kNotFound, "no sheet named '" + request.sheet_name +
                                                  "' (the workbook has " + sheet_names(sheets) +
                                                  ")");
  }
  const Relationship* target = chosen->relationship_id.empty()
                                   ? nullptr
                                   : find_relationship(relationships, chosen->relationship_id, {});
  if (target == nullptr) {
    return reader.error(ErrorCode::kMalformed,
                        "sheet '" + chosen->name + "' names no part of the workbook");
  }
  sheet.name = chosen->name;
  return target->target;
}

// The sheet XML is checked by expat as it is read; pugixml passes any bytes through.
std::optional<Error> check_utf8(const std::vector<std::string>& strings,
                                const WorkbookReader& reader, const std::string& part) {
  for (size_t i = 0; i < strings.size(); ++i) {
    if (!text::is_valid_utf8(strings[i])) {
      return reader.error(ErrorCode::kMalformed,
                          "shared string " + std::to_string(i) + " is not valid UTF-8", part);
    }
  }
  return std::nullopt;
}

}  // namespace

bool is_xlsx(std::string_view bytes) {
  if (!has_zip_signature(bytes)) return false;
  Result<ZipArchive> archive = ZipArchive::open(bytes, {});
  if (!archive.ok()) return false;
  const std::string workbook = WorkbookReader({}, *archive).workbook_part();
  return archive->find(workbook) != nullptr;
}

Result<Sheet> read_sheet(std::string_view bytes, std::string_view file_path,
                         const SheetRequest& request) {
  Result<ZipArchive> archive = ZipArchive::open(bytes, std::string(file_path));
  if (!archive.ok()) return archive.error();
  WorkbookReader reader(file_path, *archive);
  const std::string workbook_part = reader.workbook_part();
  if (archive->find(workbook_part) == nullptr) {
    return reader.error(ErrorCode::kFormat,
                        "a ZIP archive but not an XLSX workbook: no part " + workbook_part);
  }
  pugi::xml_document workbook;
  pugi::xml_document workbook_relationships;
  if (auto error = reader.load(workbook_part, workbook)) return *error;
  if (auto error = reader.load(relationships_part_of(workbook_part), workbook_relationships)) {
    return *error;
  }
  const std::vector<Relationship> relationships =
      WorkbookReader::relationships(workbook_relationships, directory_of(workbook_part));

  Sheet sheet;
  const pugi::xml_node properties = xml::child(workbook.document_element(), "workbookPr");
  sheet.date1904 = is_true(properties.attribute("date1904").value());
  Result<std::string> part = sheet_part(workbook, relationships, request, reader, sheet);
  if (!part.ok()) return part.error();

  std::vector<std::string> shared_strings;
  std::vector<DatePrecision> cell_formats;
  pugi::xml_document document;
  if (const Relationship* strings = find_relationship(relationships, {}, kSharedStringsType)) {
    if (auto error = reader.load(strings->target, document)) return *error;
    shared_strings = read_shared_strings(document);
    if (auto error = check_utf8(shared_strings, reader, strings->target)) return *error;
  }
  if (const Relationship* styles = find_relationship(relationships, {}, kStylesType)) {
    if (auto error = reader.load(styles->target, document)) return *error;
    cell_formats = read_cell_formats(document);
  }

  const bool head_only = request.max_rows != 0;
  Result<std::string> xml = head_only ? archive->extract_prefix(*part, kHeadBytes)
                                      : archive->extract(*part, kMaxPartBytes);
  if (!xml.ok()) return xml.error();
  const bool complete = !head_only || xml->size() < kHeadBytes;
  const SheetContext context{shared_strings, cell_formats, file_path, *part, request.max_rows};
  if (auto error = read_rows(*xml, complete, context, sheet)) return *error;
  return sheet;
}

}  // namespace vigil::sources::xlsx
