#include "sources/ofac_date_span.h"

#include <charconv>
#include <tuple>

namespace vigil::sources {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

bool is_full_date(const PartialDate& date) {
  return date.year > 0 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

bool is_month_start(const PartialDate& date) { return date.day == 1; }
bool is_month_end(const PartialDate& date) {
  return date.day == days_in_month(date.year, date.month);
}
bool is_year_start(const PartialDate& date) { return date.month == 1 && date.day == 1; }
bool is_year_end(const PartialDate& date) { return date.month == 12 && date.day == 31; }

std::optional<int> number_at(std::string_view text, size_t at, size_t length) {
  int value = 0;
  const char* begin = text.data() + at;
  const auto [end, error] = std::from_chars(begin, begin + length, value);
  if (error != std::errc() || end != begin + length) return std::nullopt;
  return value;
}

}  // namespace

std::optional<PartialDate> parse_iso_day(std::string_view text) {
  if (const size_t time = text.find('T'); time != std::string_view::npos)
    text = text.substr(0, time);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const std::optional<int> year = number_at(text, 0, 4);
  const std::optional<int> month = number_at(text, 5, 2);
  const std::optional<int> day = number_at(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  const PartialDate date{static_cast<int16_t>(*year), static_cast<int8_t>(*month),
                         static_cast<int8_t>(*day)};
  if (!is_full_date(date)) return std::nullopt;
  return date;
}

std::optional<DateValue> date_of_span(PartialDate first, PartialDate last, bool approximate) {
  if (!is_full_date(first) || !is_full_date(last)) return std::nullopt;
  if (std::tie(last.year, last.month, last.day) < std::tie(first.year, first.month, first.day)) {
    return std::nullopt;
  }
  DateValue value{first, last, approximate, {}};
  if (first == last) return value;
  if (is_year_start(first) && is_year_end(last)) {
    value.from = PartialDate{first.year, 0, 0};
    value.to = PartialDate{last.year, 0, 0};
  } else if (is_month_start(first) && is_month_end(last)) {
    value.from = PartialDate{first.year, first.month, 0};
    value.to = PartialDate{last.year, last.month, 0};
  }
  return value;
}

}  // namespace vigil::sources
