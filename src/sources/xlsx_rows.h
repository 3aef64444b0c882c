// A worksheet part's rows of cells, read by streaming its XML (expat) rather than building a
// tree: a large sheet costs little memory, and a look at its first rows stops early.
// Used by the XLSX reader only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sources/xlsx_reader.h"

namespace vigil::sources::xlsx {

struct SheetContext {
  const std::vector<std::string>& shared_strings;
  const std::vector<DatePrecision>& cell_formats;  // by style index
  std::string_view file_path;                      // for errors and diagnostics
  std::string_view part;                           // "xl/worksheets/sheet1.xml"
  size_t max_rows = 0;                             // 0: all
};

// Reads the rows of the worksheet XML into `sheet`, stopping after context.max_rows rows.
// With `complete` false the XML is only the start of the part: its end stops the reading
// without error, and a row it cuts short is left out. Malformed XML is an error naming the
// part and line; a bad row or cell is skipped with a diagnostic naming the cell ("Data!B7").
std::optional<Error> read_rows(std::string_view xml, bool complete, const SheetContext& context,
                               Sheet& sheet);

}  // namespace vigil::sources::xlsx
