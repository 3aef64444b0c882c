// A minimal reader of XLSX (Office Open XML) workbooks, enough for the lists published as
// spreadsheets: one sheet's rows of cells, with shared and inline strings, numbers, booleans,
// and which numbers the workbook formats as dates. No formulas are evaluated (their cached
// value is read), no formatting beyond dates is applied.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sources/input_file.h"
#include "vigil/date.h"
#include "vigil/result.h"

namespace vigil::sources::xlsx {

enum class CellType : uint8_t { kEmpty, kText, kNumber, kBoolean, kError };

// What a cell's number format shows of a date; kNone for numbers that are not dates.
enum class DatePrecision : uint8_t { kNone, kYear, kMonth, kDay };

struct Cell {
  CellType type = CellType::kEmpty;
  // Text as stored: the string, the number as written ("46058", "1.5"), "0"/"1" for a boolean,
  // the error code ("#N/A").
  std::string text;
  DatePrecision date_format = DatePrecision::kNone;  // numbers only
};

struct Row {
  long number = 0;          // the sheet's 1-based row number
  std::vector<Cell> cells;  // by column, A = 0; missing cells are kEmpty

  // The cell in this column, or an empty cell beyond the row's last cell.
  [[nodiscard]] const Cell& at(size_t column) const;
  [[nodiscard]] bool blank() const;  // no cell with text
};

struct Sheet {
  std::string name;
  std::vector<Row> rows;  // in sheet order; rows without cells are left out
  bool date1904 = false;  // the workbook counts date serials from 1904 (old Mac Excel)
  // Cells that could not be read (a bad shared-string index, a bad reference), each skipped.
  std::vector<Diagnostic> diagnostics;
};

struct SheetRequest {
  std::string sheet_name;  // empty: the workbook's first sheet
  // 0: every row. Otherwise at most this many rows, read from the start of the sheet only,
  // so a look at a large sheet's header stays cheap.
  size_t max_rows = 0;
};

// The part sizes the reader accepts; a larger part is refused as damaged or hostile.
constexpr uint64_t kMaxPartBytes = uint64_t{512} << 20;
// How much of a sheet a read with max_rows inflates at most.
constexpr uint64_t kHeadBytes = uint64_t{1} << 20;
// Excel's own limits.
constexpr long kMaxRows = 1'048'576;
constexpr size_t kMaxColumns = 16'384;

// True when the bytes are a ZIP archive holding a spreadsheet workbook.
bool is_xlsx(std::string_view bytes);

// Reads one sheet of the workbook in `bytes`; `file_path` names it in errors. A damaged
// archive, a missing part, a missing sheet or malformed XML is an error naming the file and
// the part; a bad cell is a diagnostic in the sheet.
Result<Sheet> read_sheet(std::string_view bytes, std::string_view file_path,
                         const SheetRequest& request);
inline Result<Sheet> read_sheet(const InputFile& file, const SheetRequest& request = {}) {
  return read_sheet(file.bytes, file.path, request);
}

// "A" -> 0, "AB12" -> 27: the column of a cell reference; nullopt when not a reference or
// beyond kMaxColumns.
std::optional<size_t> column_index(std::string_view reference);
// 0 -> "A", 27 -> "AB".
std::string column_name(size_t column);

// The calendar date of a date serial (whole days; the time of day is dropped). Follows
// Excel's 1900 leap-year bug. nullopt outside 1900..9999.
std::optional<PartialDate> serial_date(double serial, bool date1904);

// The date a number cell formatted as a date shows, at the precision of its format (a
// "mmm-yy" cell has no day). nullopt for any other cell.
std::optional<PartialDate> cell_date(const Cell& cell, bool date1904);

// The number a number cell holds; nullopt for other cells or unreadable text.
std::optional<double> cell_number(const Cell& cell);

}  // namespace vigil::sources::xlsx
