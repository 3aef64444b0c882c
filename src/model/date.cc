#include "vigil/date.h"

#include <cstdio>

namespace vigil {

std::string PartialDate::to_iso() const {
  if (year == 0) return {};
  char buffer[16];
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

std::string DateValue::to_string() const {
  std::string out = circa ? "~" : "";
  out += from.to_iso();
  if (is_range()) out += "/" + to.to_iso();
  return out;
}

// PLACEHOLDER: replaced by the full parser (owner: sources helper).
std::optional<DateValue> parse_date(std::string_view) { return std::nullopt; }

}  // namespace vigil
