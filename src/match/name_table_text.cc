#include "match/name_table_text.h"

#include <algorithm>

#include "model/ascii.h"

namespace vigil::match {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (true) {
    const size_t end = text.find(separator, at);
    out.push_back(text.substr(at, end == std::string_view::npos ? end : end - at));
    if (end == std::string_view::npos) return out;
    at = end + 1;
  }
}

Error malformed(std::string_view path, long line, std::string message) {
  return make_error(ErrorCode::kMalformed, std::move(message), {std::string(path), line, ""});
}

// The row of one non-comment line, or the reason it is malformed.
Result<TableRow> parse_row(std::string_view path, long number, std::string_view line,
                           size_t leading_fields) {
  const std::vector<std::string_view> fields = split(line, '\t');
  if (fields.size() != leading_fields + 1) {
    return malformed(path, number,
                     "expected " + std::to_string(leading_fields + 1) +
                         " tab-separated fields, found " + std::to_string(fields.size()));
  }
  TableRow row;
  row.line = number;
  for (size_t i = 0; i < leading_fields; ++i) {
    const std::string_view field = model::trim(fields[i]);
    if (field.empty())
      return malformed(path, number, "field " + std::to_string(i + 1) + " is empty");
    row.fields.emplace_back(field);
  }
  for (std::string_view part : split(fields.back(), ',')) {
    const std::string_view spelling = model::trim(part);
    if (!is_normalised_spelling(spelling)) {
      return malformed(path, number,
                       "spelling \"" + std::string(spelling) +
                           "\" is not in normalised form (lower-case ASCII letters and digits, "
                           "words separated by one space)");
    }
    if (std::find(row.spellings.begin(), row.spellings.end(), spelling) != row.spellings.end()) {
      return malformed(path, number, "spelling \"" + std::string(spelling) + "\" twice in one row");
    }
    row.spellings.emplace_back(spelling);
  }
  return row;
}

}  // namespace

bool is_normalised_spelling(std::string_view spelling) {
  if (spelling.empty() || spelling.front() == ' ' || spelling.back() == ' ') return false;
  char previous = 0;
  for (char c : spelling) {
    const bool word_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word_char && !(c == ' ' && previous != ' ')) return false;
    previous = c;
  }
  return true;
}

Result<std::vector<TableRow>> parse_table_rows(std::string_view path, std::string_view text,
                                               size_t leading_fields) {
  std::vector<TableRow> rows;
  long number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (model::trim(line).empty() || line.front() == '#') continue;
    Result<TableRow> row = parse_row(path, number, line, leading_fields);
    if (!row.ok()) return row.error();
    rows.push_back(std::move(row.value()));
  }
  return rows;
}

}  // namespace vigil::match
