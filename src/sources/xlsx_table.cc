#include "sources/xlsx_table.h"

#include <algorithm>

#include "sources/list_text.h"

namespace vigil::sources::xlsx {
namespace {

bool row_has_headers(const Row& row, std::span<const std::string_view> headers) {
  const ColumnMap columns(row);
  return columns.missing(headers).empty();
}

}  // namespace

std::string cell_text(const Row& row, size_t column) {
  return std::string(trim_spaces(row.at(column).text));
}

std::optional<size_t> find_header_row(const Sheet& sheet,
                                      std::span<const std::string_view> headers) {
  for (size_t i = 0; i < sheet.rows.size(); ++i) {
    if (row_has_headers(sheet.rows[i], headers)) return i;
  }
  return std::nullopt;
}

bool has_header_row(std::string_view bytes, std::span<const std::string_view> headers,
                    size_t within_rows) {
  if (!is_xlsx(bytes)) return false;
  SheetRequest request;
  request.max_rows = within_rows;
  const Result<Sheet> head = read_sheet(bytes, {}, request);
  return head.ok() && find_header_row(*head, headers).has_value();
}

std::string quoted_headers(std::span<const std::string_view> headers) {
  std::string text;
  for (std::string_view header : headers) {
    text += (text.empty() ? "'" : ", '") + std::string(header) + "'";
  }
  return text;
}

ColumnMap::ColumnMap(const Row& header) {
  for (size_t column = 0; column < header.cells.size(); ++column) {
    std::string text = cell_text(header, column);
    if (!text.empty()) columns_.emplace_back(std::move(text), column);
  }
}

std::optional<size_t> ColumnMap::find(std::string_view header) const {
  const auto at = std::find_if(columns_.begin(), columns_.end(),
                               [header](const auto& column) { return column.first == header; });
  if (at == columns_.end()) return std::nullopt;
  return at->second;
}

std::vector<std::string_view> ColumnMap::missing(std::span<const std::string_view> required) const {
  std::vector<std::string_view> out;
  for (std::string_view header : required) {
    if (!find(header)) out.push_back(header);
  }
  return out;
}

void RowDiagnostics::warn(const Row& row, std::string message) {
  add(Diagnostic::Severity::kWarning, row, std::move(message));
}

void RowDiagnostics::skip_row(const Row& row, std::string message) {
  ++skipped_;
  add(Diagnostic::Severity::kSkippedRecord, row, std::move(message));
}

void RowDiagnostics::add(Diagnostic::Severity severity, const Row& row, std::string message) {
  out_.push_back(
      Diagnostic{severity, std::move(message),
                 Location{std::string(file_path_), 0,
                          std::string(sheet_name_) + " row " + std::to_string(row.number)}});
}

}  // namespace vigil::sources::xlsx
