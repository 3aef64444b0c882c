// A careful RFC 4180 reader for the CSV files lists and users hand us: quoted fields with
// embedded commas, quotes and newlines, CRLF or LF, a UTF-8 byte-order mark, and the trailing
// 0x1A (DOS end-of-file) byte OFAC's legacy files end with. It never throws and never reads
// past its input: a quote left open at the end of the file is reported, and the record it
// opened is read again as plain text up to its line end, so the records after it survive.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources {

struct CsvRecord {
  std::vector<std::string> fields;
  long line = 0;  // 1-based line where the record starts
};

// Reads records one at a time from bytes the caller keeps alive. Not thread-safe.
class CsvReader {
 public:
  // `separator` is ',' for RFC 4180; the EU's files use ';'.
  explicit CsvReader(std::string_view bytes, char separator = ',');

  // Reads the next record; false at the end of the input. Blank lines are skipped.
  bool next(CsvRecord& record);

  // Set when the input ended inside a quoted field ("unterminated quoted field opened in the
  // record starting on line N"); empty otherwise.
  [[nodiscard]] const std::string& problem() const { return problem_; }

 private:
  void skip_blank_lines();
  // Reads one record from at_; false when the input ended inside a quoted field.
  bool read_record(CsvRecord& record, bool quotes_are_text);

  std::string_view bytes_;
  char separator_;
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
