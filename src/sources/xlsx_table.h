// A sheet read as a table: the header row found by its texts, columns looked up by header,
// cell texts cleaned of the spaces spreadsheets leave around them. Shared by the XLSX list
// parsers; also how they recognise their files from content.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sources/xlsx_reader.h"

namespace vigil::sources::xlsx {

// The cell's text without leading and trailing white space, no-break spaces included.
std::string cell_text(const Row& row, size_t column);

// The index in sheet.rows of the first row that has each of `headers` as a cell's text, or
// nullopt.
std::optional<size_t> find_header_row(const Sheet& sheet,
                                      std::span<const std::string_view> headers);

// True when the bytes are an XLSX workbook whose first sheet has, in its first `within_rows`
// rows, a row with each of `headers`. Reads only the start of the sheet.
bool has_header_row(std::string_view bytes, std::span<const std::string_view> headers,
                    size_t within_rows);

// "'Name 6', 'Group ID'": headers for an error message.
std::string quoted_headers(std::span<const std::string_view> headers);

// The columns of a header row by their text.
class ColumnMap {
 public:
  explicit ColumnMap(const Row& header);

  // The column headed `header`, or nullopt.
  [[nodiscard]] std::optional<size_t> find(std::string_view header) const;
  // The headers of `required` that no column has, in order.
  [[nodiscard]] std::vector<std::string_view> missing(
      std::span<const std::string_view> required) const;

 private:
  std::vector<std::pair<std::string, size_t>> columns_;
};

// Collects a spreadsheet parser's diagnostics, each located at a sheet row ("Data row 7").
class RowDiagnostics {
 public:
  RowDiagnostics(std::string_view file_path, std::string_view sheet_name,
                 std::vector<Diagnostic>& out)
      : file_path_(file_path), sheet_name_(sheet_name), out_(out) {}

  void warn(const Row& row, std::string message);
  void skip_row(const Row& row, std::string message);
  [[nodiscard]] size_t skipped() const { return skipped_; }

 private:
  void add(Diagnostic::Severity severity, const Row& row, std::string message);

  std::string_view file_path_;
  std::string_view sheet_name_;
  std::vector<Diagnostic>& out_;
  size_t skipped_ = 0;
};

}  // namespace vigil::sources::xlsx
