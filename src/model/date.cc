#include "vigil/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "model/ascii.h"

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

// No spelling of a date or a date range is longer; longer text is refused before any work.
constexpr size_t kLongestDate = 64;
// Years outside this span are typing errors or another calendar, not a Gregorian date.
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2999;

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Without surrounding spaces and trailing punctuation: "03 May 1938." -> "03 May 1938".
std::string_view trim_date_text(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && (is_space(text.back()) || text.back() == '.' || text.back() == ',')) {
    text.remove_suffix(1);
  }
  return text;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// REQUIRES: all_digits(digits) and digits.size() <= 4.
int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// 1..12 for a month name or a prefix of one at least three letters long ("Dec", "Sept",
// "December"), else 0.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  constexpr size_t kShortest = 3;
  const std::string w = model::lower(word);
  if (w.size() < kShortest) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].starts_with(w)) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

// A real calendar date from numbers, 0 meaning an unknown month or day.
std::optional<PartialDate> make_date(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 0 || month > 12 || day < 0) return {};
  if (day > 0 && (month == 0 || day > days_in_month(year, month))) return {};
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

// "10th" -> "10": the ordinal suffix of a day number.
std::string_view without_ordinal(std::string_view word) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix) &&
        all_digits(word.substr(0, word.size() - suffix.size()))) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

// "10 Dec 1948", "Dec 1948", "December 10, 1948", "10-DEC-1948": each part stated once.
std::optional<PartialDate> parse_words(std::string_view text) {
  int day = 0;
  int month = 0;
  int year = 0;
  for (std::string_view word : split_any(text, " ,-./")) {
    word = without_ordinal(word);
    if (all_digits(word) && word.size() == 4 && year == 0) {
      year = to_int(word);
    } else if (all_digits(word) && word.size() <= 2 && day == 0) {
      day = to_int(word);
    } else if (const int m = month_number(word); m != 0 && month == 0) {
      month = m;
    } else {
      return {};
    }
  }
  if (day != 0 && month == 0) return {};
  return make_date(year, month, day);
}

// "1962-05-01", "1962-05", "1962/05/01", "19620501", "05/01/1962" (US order, as OFAC writes
// it), "01.05.1962" and "01-05-1962" (day first, as European lists write it), "05/1962".
std::optional<PartialDate> parse_numbers(std::string_view text) {
  constexpr size_t kCompactIsoSize = 8;
  if (all_digits(text) && text.size() == kCompactIsoSize) {
    return make_date(to_int(text.substr(0, 4)), to_int(text.substr(4, 2)),
                     to_int(text.substr(6, 2)));
  }
  const auto parts = split_any(text, "-/.");
  if (parts.empty() || parts.size() > 3) return {};
  for (std::string_view p : parts) {
    if (!all_digits(p) || p.size() > 4) return {};
  }
  const auto number = [&parts](size_t i) { return i < parts.size() ? to_int(parts[i]) : 0; };
  if (parts[0].size() == 4) return make_date(number(0), number(1), number(2));
  if (parts.back().size() != 4 || parts[0].size() > 2) return {};
  if (parts.size() == 2) return make_date(number(1), number(0), 0);
  if (parts[1].size() > 2) return {};
  const bool us_order = text.find('/') != std::string_view::npos;
  return us_order ? make_date(number(2), number(0), number(1))
                  : make_date(number(2), number(1), number(0));
}

// The date without a time of day: "1962-05-01T00:00:00Z" -> "1962-05-01".
std::string_view without_time(std::string_view text) {
  const size_t t = text.find_first_of("tT");
  if (t >= 8 && t != std::string_view::npos && is_digit(text[t - 1])) return text.substr(0, t);
  if (text.size() > 4 && (text.back() == 'z' || text.back() == 'Z') &&
      is_digit(text[text.size() - 2])) {
    return text.substr(0, text.size() - 1);
  }
  return text;
}

// One date, without range or approximation words.
std::optional<PartialDate> parse_single(std::string_view text) {
  text = trim_date_text(without_time(trim_date_text(text)));
  if (text.empty()) return {};
  if (std::any_of(text.begin(), text.end(), is_alpha)) return parse_words(text);
  return parse_numbers(text);
}

// Removes a leading word ("circa ", "~") from `text`; true when one was there.
bool strip_prefix(std::string& text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text.starts_with(word)) {
      text.erase(0, word.size());
      while (!text.empty() && is_space(text.front())) text.erase(0, 1);
      return true;
    }
  }
  return false;
}

bool strip_circa(std::string& text) {
  return strip_prefix(text, {"~", "circa ", "circa", "approximately ", "approx. ", "approx ",
                             "about ", "around ", "ca. ", "ca ", "c. ", "abt. ", "abt "});
}

// `to` does not end before `from` starts, comparing the parts both state.
bool in_order(const PartialDate& from, const PartialDate& to) {
  if (from.year != to.year) return from.year < to.year;
  if (from.month == 0 || to.month == 0 || from.month != to.month) {
    return from.month == 0 || to.month == 0 || from.month < to.month;
  }
  return from.day == 0 || to.day == 0 || from.day <= to.day;
}

// "1960 to 1961", "1960 and 1962" (after "between"), "1979-1982", "1960/1961" (ISO 8601
// intervals, what to_string writes). Tries each separator position until both sides are dates.
std::optional<std::pair<PartialDate, PartialDate>> parse_range(std::string_view text) {
  for (std::string_view separator :
       {" to ", " and ", " - ", " \xE2\x80\x93 ", "\xE2\x80\x93", " until ", "-", "/"}) {
    for (size_t at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, at + 1)) {
      std::string to_text(text.substr(at + separator.size()));
      strip_circa(to_text);
      const auto from = parse_single(text.substr(0, at));
      const auto to = parse_single(to_text);
      if (!from || !to) continue;
      if (!in_order(*from, *to)) return std::nullopt;
      return std::pair{*from, *to};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateValue> parse_date(std::string_view text) {
  text = trim_date_text(text);
  if (text.size() > kLongestDate) return std::nullopt;
  DateValue value;
  value.original = std::string(text);
  std::string rest = model::lower(value.original);
  value.circa = strip_circa(rest);
  strip_prefix(rest, {"between ", "from "});
  if (const auto single = parse_single(rest)) {
    value.from = value.to = *single;
    return value;
  }
  const auto range = parse_range(rest);
  if (!range) return std::nullopt;
  value.from = range->first;
  value.to = range->second;
  return value;
}

}  // namespace vigil
