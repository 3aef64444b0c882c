// A careful RFC 4180 reader for the CSV files lists and users hand us: quoted fields with
// embedded commas, quotes and newlines, CRLF or LF, a UTF-8 byte-order mark, and the trailing
// 0x1A (DOS end-of-file) byte OFAC's legacy files end with. It never throws: a quote left open
// at the end of the file is reported and the record kept as read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources {

struct CsvRecord {
  std::vector<std::string> fields;
  long line = 0;  // 1-based line where the record starts
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view bytes);

  // Reads the next record; false at the end of the input. Blank lines are skipped.
  bool next(CsvRecord& record);

  // Set when the input ended inside a quoted field ("unterminated quote opened on line N").
  [[nodiscard]] const std::string& problem() const { return problem_; }

 private:
  std::string_view bytes_;
  size_t at_ = 0;
  long line_ = 1;
  std::string problem_;
};

// Parses a whole CSV into records.
std::vector<CsvRecord> read_csv(std::string_view bytes, std::string* problem = nullptr);

// The field as UTF-8: unchanged when valid, else decoded as Windows-1252 (what older list
// files and spreadsheets produce). `converted` is set when a conversion happened.
std::string to_utf8(std::string_view field, bool* converted = nullptr);

}  // namespace vigil::sources
