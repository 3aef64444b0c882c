// The columns of the EU Financial Sanctions Files CSV 1.1 that we read, each with the element and
// attribute of FSF XML 1.1 that holds the same fact, so that one reader serves both formats.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources::eu_fsf_csv {

// How a cell is written into its element.
enum class CellKind : uint8_t {
  kText,         // an attribute, as written
  kDate,         // an attribute; a day-first date ("23/02/2022") is written as an ISO date
  kFlag,         // an attribute, "true" or "false" ("1", "true", "yes" read as true)
  kId,           // the element's logicalId: tells repeated rows of one element apart
  kChildText,    // the text of a child element (<remark>, <publicationUrl>)
  kSubjectType,  // "person"/"enterprise" or its one-letter classification code
  kContactInfo,  // an address's phone, fax, email and website, "KEY: value" lines
};

struct ColumnTarget {
  std::string_view column;     // the CSV header, "NameAlias_WholeName"
  std::string_view element;    // the FSF XML element, "nameAlias"
  std::string_view attribute;  // its attribute, or the child element for kChildText
  CellKind kind = CellKind::kText;
};

// Every column we read; the others (the regulation summaries of names, addresses...) are not
// facts about the party.
std::span<const ColumnTarget> column_targets();

// The element every row repeats: the entry itself.
inline constexpr std::string_view kEntryElement = "sanctionEntity";
inline constexpr std::string_view kLogicalIdColumn = "Entity_LogicalId";
inline constexpr std::string_view kGenerationDateColumn = "fileGenerationDate";

// A header row: where each column we read is.
struct HeaderColumn {
  const ColumnTarget* target;
  size_t index;
};
struct Header {
  std::vector<HeaderColumn> columns;
  size_t logical_id = 0;
  std::optional<size_t> generation_date;
  size_t width = 0;  // the number of cells of the header row
};

// The columns without which a file is not the FSF CSV.
std::vector<std::string_view> missing_required_columns(const std::vector<std::string>& names);

// nullopt when a required column is missing.
std::optional<Header> read_header(const std::vector<std::string>& names);

}  // namespace vigil::sources::eu_fsf_csv
