#include "vigil/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace vigil {

std::string PartialDate::to_iso() const {
  if (year == 0) return {};
  char buffer[32];
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

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.front())) != 0)) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.back())) != 0 ||
                           text.back() == '.' || text.back() == ',')) {
    text.remove_suffix(1);
  }
  return text;
}

std::string lower(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string w = lower(word);
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w.starts_with(kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// A valid partial date from numbers (0 = unknown month or day).
std::optional<PartialDate> make_date(int year, int month, int day) {
  constexpr int kMinYear = 1000;
  constexpr int kMaxYear = 2999;
  if (year < kMinYear || year > kMaxYear || month < 0 || month > 12 || day < 0) return {};
  if (day > 0) {
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 0 || day > kDays[month - 1] || (month == 2 && day == 29 && !leap(year))) {
      return {};
    }
  }
  return PartialDate{static_cast<int16_t>(year), static_cast<int8_t>(month),
                     static_cast<int8_t>(day)};
}

std::vector<std::string_view> split_any(std::string_view text, std::string_view separators) {
  std::vector<std::string_view> parts;
  size_t at = 0;
  while (at <= text.size()) {
    const size_t end = std::min(text.find_first_of(separators, at), text.size());
    if (end > at) parts.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return parts;
}

// One date without range or circa words.
std::optional<PartialDate> parse_single(std::string_view text) {
  text = trim(text);
  if (text.empty()) return {};
  if (all_digits(text) && text.size() == 4) return make_date(to_int(text), 0, 0);
  // Words: "10 Dec 1948", "Dec 1948", "December 10, 1948".
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; })) {
    const auto words = split_any(text, " ,");
    int day = 0, month = 0, year = 0;
    for (std::string_view w : words) {
      if (all_digits(w) && w.size() == 4) {
        year = to_int(w);
      } else if (all_digits(w) && w.size() <= 2) {
        day = to_int(w);
      } else if (const int m = month_number(w); m != 0 && month == 0) {
        month = m;
      } else {
        return {};
      }
    }
    return make_date(year, month, day);
  }
  // Numbers: "1962-05-01", "1962-05", "1962/05/01", "05/01/1962" (US), "01.05.1962" (day first).
  const bool dotted = text.find('.') != std::string_view::npos;
  const auto parts = split_any(text, "-/.");
  if (parts.empty() || parts.size() > 3) return {};
  for (std::string_view p : parts) {
    if (!all_digits(p)) return {};
  }
  if (parts[0].size() == 4) {
    return make_date(to_int(parts[0]), parts.size() > 1 ? to_int(parts[1]) : 0,
                     parts.size() > 2 ? to_int(parts[2]) : 0);
  }
  if (parts.size() == 3 && parts[2].size() == 4) {
    return dotted ? make_date(to_int(parts[2]), to_int(parts[1]), to_int(parts[0]))
                  : make_date(to_int(parts[2]), to_int(parts[0]), to_int(parts[1]));
  }
  if (parts.size() == 2 && parts[1].size() == 4)
    return make_date(to_int(parts[1]), to_int(parts[0]), 0);
  return {};
}

}  // namespace

std::optional<DateValue> parse_date(std::string_view text) {
  DateValue value;
  value.original = std::string(trim(text));
  std::string rest = lower(value.original);
  for (std::string_view word :
       {"circa ", "approximately ", "approx. ", "approx ", "about ", "ca. ", "c. "}) {
    if (rest.starts_with(word)) {
      value.circa = true;
      rest.erase(0, word.size());
      break;
    }
  }
  if (rest.starts_with("between ")) rest.erase(0, 8);
  for (std::string_view separator : {" to ", " and ", " - ", " – "}) {
    const size_t at = rest.find(separator);
    if (at == std::string::npos) continue;
    const auto from = parse_single(std::string_view(rest).substr(0, at));
    const auto to = parse_single(std::string_view(rest).substr(at + separator.size()));
    if (!from || !to || to->year < from->year) return std::nullopt;
    value.from = *from;
    value.to = *to;
    return value;
  }
  const auto single = parse_single(rest);
  if (!single) return std::nullopt;
  value.from = *single;
  value.to = *single;
  return value;
}

}  // namespace vigil
