#include "sources/csv_reader.h"

#include <array>

#include "text/normalise.h"

namespace vigil::sources {

CsvReader::CsvReader(std::string_view bytes, char separator)
    : bytes_(bytes), separator_(separator) {
  if (bytes_.starts_with("\xEF\xBB\xBF")) bytes_.remove_prefix(3);
  while (!bytes_.empty() && bytes_.back() == '\x1A') bytes_.remove_suffix(1);
}

void CsvReader::skip_blank_lines() {
  while (at_ < bytes_.size() && (bytes_[at_] == '\n' || bytes_[at_] == '\r')) {
    if (bytes_[at_] == '\n') ++line_;
    ++at_;
  }
}

bool CsvReader::read_record(CsvRecord& record, bool quotes_are_text) {
  record.fields.clear();
  std::string field;
  bool quoted = false;
  bool field_started = false;
  while (at_ < bytes_.size()) {
    const char c = bytes_[at_++];
    if (quoted) {
      if (c != '"') {
        if (c == '\n') ++line_;
        field += c;
      } else if (at_ < bytes_.size() && bytes_[at_] == '"') {
        field += '"';  // "" is one quote inside a quoted field
        ++at_;
      } else {
        quoted = false;
      }
      continue;
    }
    if (c == '"' && !field_started && !quotes_are_text) {
      quoted = true;
      field_started = true;
    } else if (c == separator_) {
      record.fields.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\r' && at_ < bytes_.size() && bytes_[at_] == '\n') {
      continue;  // the \n ends the record
    } else if (c == '\n') {
      ++line_;
      break;
    } else {
      // A quote inside an unquoted field, or after a closing quote, is kept as text
      // (lenient, as spreadsheets are).
      field += c;
      field_started = true;
    }
  }
  record.fields.push_back(std::move(field));
  return !quoted;
}

bool CsvReader::next(CsvRecord& record) {
  skip_blank_lines();
  if (at_ >= bytes_.size()) return false;
  const size_t start = at_;
  record.line = line_;
  if (read_record(record, false)) return true;
  problem_ = "unterminated quoted field opened in the record starting on line " +
             std::to_string(record.line) + "; that record was read as plain text";
  at_ = start;
  line_ = record.line;
  read_record(record, true);  // as plain text, a quote cannot stay open
  return true;
}

std::vector<CsvRecord> read_csv(std::string_view bytes, std::string* problem) {
  CsvReader reader(bytes);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record)) records.push_back(record);
  if (problem != nullptr) *problem = reader.problem();
  return records;
}

std::string to_utf8(std::string_view field, bool* converted) {
  if (converted != nullptr) *converted = false;
  if (text::is_valid_utf8(field)) return std::string(field);
  if (converted != nullptr) *converted = true;
  // Windows-1252's 0x80..0x9F; other bytes are Latin-1.
  static constexpr std::array<char16_t, 32> kHigh = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  for (char c : field) {
    const auto u = static_cast<unsigned char>(c);
    const char32_t code = u < 0x80 ? u : (u < 0xA0 ? kHigh[u - 0x80] : u);
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

}  // namespace vigil::sources
