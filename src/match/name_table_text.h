// Reads the text of one name-part table (data/names/*.tsv). A table is UTF-8 text: lines
// starting with '#' are comments, blank lines are skipped, every other line is one row of
// tab-separated fields whose last field is a comma-separated list of spellings. Every spelling
// is in the matcher's normalised form (lower-case ASCII letters and digits; a phrase is words
// separated by single spaces), so a table entry can never silently fail to match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/result.h"

namespace vigil::match {

struct TableRow {
  long line = 0;                       // 1-based line in the file
  std::vector<std::string> fields;     // the fields before the last, as written
  std::vector<std::string> spellings;  // the last field, split on commas and trimmed
};

// The rows of `text`, each with exactly `leading_fields` fields before its spellings (which may
// not be empty). Fails on the first malformed line, naming `path` and the line: a wrong number
// of fields, an empty field or spelling, a spelling not in normalised form, or a spelling twice
// in one row.
Result<std::vector<TableRow>> parse_table_rows(std::string_view path, std::string_view text,
                                               size_t leading_fields);

// True when `spelling` is in normalised form: one or more words of [a-z0-9], single spaces.
bool is_normalised_spelling(std::string_view spelling);

}  // namespace vigil::match
