#include "sources/xlsx_cells.h"

#include <charconv>
#include <cmath>
#include <unordered_map>

#include "sources/xml_support.h"

namespace vigil::sources::xlsx {
namespace {

using xml::local_name;

constexpr size_t kEscapeSize = 7;  // "_xHHHH_"

std::optional<unsigned> hex_value(std::string_view digits) {
  unsigned value = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

void append_utf8(std::string& out, unsigned code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

bool is_number_format_letter(char c, char letter) {
  return c == letter || c == static_cast<char>(letter - 'a' + 'A');
}

// Which of the date letters d, m, y the first section of a format code uses, outside quoted
// text, escaped characters and [bracketed] colours, locales and elapsed-time markers.
struct FormatLetters {
  bool day = false;
  bool month = false;
  bool year = false;
};

FormatLetters format_letters(std::string_view code) {
  FormatLetters letters;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '\\') {
      ++i;
    } else if (c == '"') {
      const size_t end = code.find('"', i + 1);
      i = end == std::string_view::npos ? code.size() : end;
    } else if (c == '[') {
      const size_t end = code.find(']', i + 1);
      i = end == std::string_view::npos ? code.size() : end;
    } else {
      letters.day = letters.day || is_number_format_letter(c, 'd');
      letters.month = letters.month || is_number_format_letter(c, 'm');
      letters.year = letters.year || is_number_format_letter(c, 'y');
    }
  }
  return letters;
}

DatePrecision builtin_date_precision(unsigned format_id) {
  constexpr unsigned kMonthYear = 17;  // "mmm-yy"
  if (format_id == kMonthYear) return DatePrecision::kMonth;
  // 14..16 and 22 everywhere; 27..31, 36 and 50..58 in East Asian locales.
  const bool day = (format_id >= 14 && format_id <= 16) || format_id == 22 ||
                   (format_id >= 27 && format_id <= 31) || format_id == 36 ||
                   (format_id >= 50 && format_id <= 58);
  return day ? DatePrecision::kDay : DatePrecision::kNone;
}

// 1970-01-01 plus `days`, by Howard Hinnant's civil_from_days.
PartialDate civil_from_days(long days) {
  constexpr long kDaysToEraStart = 719'468;
  constexpr long kDaysPerEra = 146'097;
  days += kDaysToEraStart;
  const long era = (days >= 0 ? days : days - (kDaysPerEra - 1)) / kDaysPerEra;
  const long day_of_era = days - era * kDaysPerEra;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long shifted_month = (5 * day_of_year + 2) / 153;
  const long day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const long month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  const long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return PartialDate{static_cast<int16_t>(year), static_cast<int8_t>(month),
                     static_cast<int8_t>(day)};
}

}  // namespace

std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;  // text before this is in `out`
  for (size_t at = text.find("_x"); at != std::string_view::npos; at = text.find("_x", at + 1)) {
    if (at + kEscapeSize > text.size() || text[at + kEscapeSize - 1] != '_') continue;
    const std::optional<unsigned> code_point = hex_value(text.substr(at + 2, 4));
    if (!code_point) continue;
    out.append(text.substr(copied, at - copied));
    append_utf8(out, *code_point);
    copied = at + kEscapeSize;
    at = copied - 1;
  }
  out.append(text.substr(copied));
  return out;
}

std::string string_item_text(const pugi::xml_node& item) {
  std::string text;
  for (const pugi::xml_node& part : item.children()) {
    const std::string_view name = local_name(part);
    if (name == "t") text += part.text().get();
    if (name != "r") continue;
    for (const pugi::xml_node& run_part : part.children()) {
      if (local_name(run_part) == "t") text += run_part.text().get();
    }
  }
  return decode_escapes(text);
}

std::vector<std::string> read_shared_strings(const pugi::xml_document& part) {
  std::vector<std::string> strings;
  for (const pugi::xml_node& item : part.document_element().children()) {
    if (local_name(item) == "si") strings.push_back(string_item_text(item));
  }
  return strings;
}

DatePrecision date_precision(unsigned format_id, std::string_view format_code) {
  if (format_code.empty()) return builtin_date_precision(format_id);
  const FormatLetters letters = format_letters(format_code);
  if (letters.day && (letters.month || letters.year)) return DatePrecision::kDay;
  if (letters.year) return letters.month ? DatePrecision::kMonth : DatePrecision::kYear;
  return DatePrecision::kNone;  // "m" alone may be minutes
}

std::vector<DatePrecision> read_cell_formats(const pugi::xml_document& part) {
  const pugi::xml_node root = part.document_element();
  std::unordered_map<unsigned, std::string> codes;
  for (const pugi::xml_node& format : xml::child(root, "numFmts").children()) {
    if (local_name(format) != "numFmt") continue;
    codes[format.attribute("numFmtId").as_uint()] = format.attribute("formatCode").value();
  }
  std::vector<DatePrecision> formats;
  for (const pugi::xml_node& xf : xml::child(root, "cellXfs").children()) {
    if (local_name(xf) != "xf") continue;
    const unsigned id = xf.attribute("numFmtId").as_uint();
    const auto code = codes.find(id);
    formats.push_back(date_precision(id, code == codes.end() ? std::string_view() : code->second));
  }
  return formats;
}

std::optional<size_t> column_index(std::string_view reference) {
  size_t column = 0;
  size_t letters = 0;
  for (char c : reference) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<size_t>(c - 'A' + 1);
    if (column > kMaxColumns) return std::nullopt;
    ++letters;
  }
  if (letters == 0) return std::nullopt;
  for (char c : reference.substr(letters)) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return column - 1;
}

std::string column_name(size_t column) {
  std::string name;
  for (size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::optional<PartialDate> serial_date(double serial, bool date1904) {
  constexpr double kLastSerial = 2'958'465;  // 9999-12-31
  constexpr long kExcelLeapDay = 60;         // 1900-02-29, which never was
  constexpr long kDays1900 = -25'569;        // 1899-12-30 from 1970-01-01
  constexpr long kDays1904 = -24'107;        // 1904-01-01
  if (!(serial >= 0) || serial > kLastSerial) return std::nullopt;
  const auto days = static_cast<long>(std::floor(serial));
  if (date1904) return civil_from_days(kDays1904 + days);
  if (days < 1 || days == kExcelLeapDay) return std::nullopt;
  // Before the phantom leap day Excel's count is one ahead of the calendar's.
  return civil_from_days(kDays1900 + days + (days < kExcelLeapDay ? 1 : 0));
}

std::optional<double> cell_number(const Cell& cell) {
  if (cell.type != CellType::kNumber) return std::nullopt;
  double value = 0;
  const char* end = cell.text.data() + cell.text.size();
  const auto [stop, error] = std::from_chars(cell.text.data(), end, value);
  if (error != std::errc() || stop != end) return std::nullopt;
  return value;
}

std::optional<PartialDate> cell_date(const Cell& cell, bool date1904) {
  if (cell.date_format == DatePrecision::kNone) return std::nullopt;
  const std::optional<double> number = cell_number(cell);
  if (!number) return std::nullopt;
  std::optional<PartialDate> date = serial_date(*number, date1904);
  if (!date) return std::nullopt;
  if (cell.date_format != DatePrecision::kDay) date->day = 0;
  if (cell.date_format == DatePrecision::kYear) date->month = 0;
  return date;
}

const Cell& Row::at(size_t column) const {
  static const Cell kEmptyCell;
  return column < cells.size() ? cells[column] : kEmptyCell;
}

bool Row::blank() const {
  for (const Cell& cell : cells) {
    if (!cell.text.empty()) return false;
  }
  return true;
}

}  // namespace vigil::sources::xlsx
