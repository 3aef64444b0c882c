// Dates as sanctions lists state them: often partial ("1961", "Mar 1945"), sometimes
// approximate ("circa 1951") or a range ("1960 to 1961").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vigil {

// A calendar date of which the month and day may be unknown (0).
struct PartialDate {
  int16_t year = 0;  // 0 = unknown
  int8_t month = 0;  // 1..12, 0 = unknown
  int8_t day = 0;    // 1..31, 0 = unknown

  [[nodiscard]] bool empty() const { return year == 0; }
  // ISO 8601 with only the known parts: "1961", "1945-03", "1948-12-10".
  [[nodiscard]] std::string to_iso() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// One stated date: exact, partial, a closed range or "circa". `from == to` unless a range.
struct DateValue {
  PartialDate from;
  PartialDate to;
  bool circa = false;
  std::string original;  // the text as the list gave it

  [[nodiscard]] bool is_range() const { return !(from == to); }
  // "1961", "1960/1961" (range), "~1951" (circa).
  [[nodiscard]] std::string to_string() const;
  friend bool operator==(const DateValue& a, const DateValue& b) {
    return a.from == b.from && a.to == b.to && a.circa == b.circa;
  }
};

// Parses the date spellings found in official lists: "10 Dec 1948", "Dec 1948", "1948",
// "circa 1951", "1960 to 1961", "between 1960 and 1962", "1962-05-01", "1962-05", "05/01/1962"
// (US order, as OFAC writes it), "01.05.1962", "1962/05/01". Returns nullopt when not a date.
std::optional<DateValue> parse_date(std::string_view text);

}  // namespace vigil
