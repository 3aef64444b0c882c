#include "party/birth_dates.h"

#include <array>

namespace vigil::party {
namespace {

// The widest range of birth years compared ("1960 to 1961" is one party's uncertainty; "1950
// to 1960" says too little).
constexpr int kMaxBirthRangeYears = 2;

// The two points agree at the precision of the less precise: the common part, else nullopt.
std::optional<PartialDate> common_point(const PartialDate& left, const PartialDate& right) {
  if (left.empty() || left.year != right.year) return std::nullopt;
  PartialDate common{left.year, 0, 0};
  if (left.month == 0 || right.month == 0) return common;
  if (left.month != right.month) return std::nullopt;
  common.month = left.month;
  if (left.day == 0 || right.day == 0) return common;
  if (left.day != right.day) return std::nullopt;
  common.day = left.day;
  return common;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// A range of days that covers whole years or one whole month, as lists write a year or a
// month they know ("01 Jan 1973 to 31 Dec 1973" is 1973), at that precision; any other date
// as it is.
DateValue at_written_precision(const DateValue& date) {
  if (!date.is_range() || date.from.day != 1 || date.to.day == 0) return date;
  DateValue out = date;
  if (date.from.month == 1 && date.to.month == 12 && date.to.day == 31) {
    out.from = PartialDate{date.from.year, 0, 0};
    out.to = PartialDate{date.to.year, 0, 0};
    return out;
  }
  const bool one_month = date.from.year == date.to.year && date.from.month == date.to.month &&
                         date.to.day == days_in_month(date.to.year, date.to.month);
  if (!one_month) return date;
  out.from.day = 0;
  out.to = out.from;
  return out;
}

// A range of whole years no wider than kMaxBirthRangeYears ("1960 to 1961").
bool is_narrow_year_range(const DateValue& date) {
  return date.is_range() && date.from.month == 0 && date.to.month == 0 && !date.from.empty() &&
         date.to.year - date.from.year <= kMaxBirthRangeYears;
}

// Two stated birth dates agree: points at their common precision, a point inside a narrow
// year range, or the same narrow range. Circa dates and wide ranges never agree.
bool dates_agree(const DateValue& left, const DateValue& right) {
  if (left.circa || right.circa) return false;
  if (!left.is_range() && !right.is_range()) return common_point(left.from, right.from).has_value();
  if (left.is_range() && right.is_range()) return is_narrow_year_range(left) && left == right;
  const DateValue& range = left.is_range() ? left : right;
  const DateValue& point = left.is_range() ? right : left;
  return is_narrow_year_range(range) && !point.from.empty() && point.from.year >= range.from.year &&
         point.from.year <= range.to.year;
}

// What two agreeing dates have in common, as evidence: "1961", "1961-05-12",
// "1961 (within 1960/1961)", "1960/1961". REQUIRES: dates_agree(left, right).
std::string common_date(const DateValue& left, const DateValue& right) {
  if (!left.is_range() && !right.is_range()) return common_point(left.from, right.from)->to_iso();
  if (left.is_range() && right.is_range()) return left.to_string();
  const DateValue& range = left.is_range() ? left : right;
  const DateValue& point = left.is_range() ? right : left;
  return point.from.to_iso() + " (within " + range.to_string() + ")";
}

// A date dates_agree compares: neither circa nor a wide range.
bool comparable(const DateValue& date) {
  return !date.circa && !date.from.empty() && (!date.is_range() || is_narrow_year_range(date));
}

}  // namespace

std::optional<std::string> shared_birth_date(const Entity& a, const Entity& b) {
  for (const DateValue& written_left : a.birth_dates) {
    const DateValue left = at_written_precision(written_left);
    for (const DateValue& written_right : b.birth_dates) {
      const DateValue right = at_written_precision(written_right);
      if (dates_agree(left, right)) return common_date(left, right);
    }
  }
  return std::nullopt;
}

bool birth_dates_exclude(const Entity& a, const Entity& b) {
  if (a.birth_dates.empty() || b.birth_dates.empty()) return false;
  for (const DateValue& written_left : a.birth_dates) {
    const DateValue left = at_written_precision(written_left);
    for (const DateValue& written_right : b.birth_dates) {
      const DateValue right = at_written_precision(written_right);
      if (!comparable(left) || !comparable(right) || dates_agree(left, right)) return false;
    }
  }
  return true;
}

}  // namespace vigil::party
