#include "sources/list_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "model/ascii.h"

namespace vigil::sources {
namespace {

using model::trim;

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr int kEarliestBirthYear = 1900;

// The n-th marker (0-based) of a numbered or lettered enumeration: "(1)", "a)".
std::string marker(bool numbered, size_t n) {
  if (numbered) return "(" + std::to_string(n + 1) + ")";
  return std::string(1, static_cast<char>('a' + n)) + ")";
}

// Where the n-th marker starts at or after `from`; a letter marker must start a word.
size_t find_marker(std::string_view text, bool numbered, size_t n, size_t from) {
  const std::string wanted = marker(numbered, n);
  for (size_t at = text.find(wanted, from); at != std::string_view::npos;
       at = text.find(wanted, at + 1)) {
    if (numbered || at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n') return at;
  }
  return std::string_view::npos;
}

std::string clean_value(std::string_view value) {
  value = trim_spaces(value);
  while (!value.empty() && (value.back() == ',' || value.back() == ';')) {
    value.remove_suffix(1);
    value = trim_spaces(value);
  }
  return std::string(value);
}

constexpr size_t kLetterMarkers = 26;

}  // namespace

std::string_view trim_spaces(std::string_view text) {
  while (true) {
    const size_t before = text.size();
    text = trim(text);
    if (text.starts_with(kNoBreakSpace)) text.remove_prefix(kNoBreakSpace.size());
    if (text.ends_with(kNoBreakSpace)) text.remove_suffix(kNoBreakSpace.size());
    if (text.size() == before) return text;
  }
}

std::vector<std::string> enumerated_values(std::string_view text) {
  text = trim_spaces(text);
  std::vector<std::string> values;
  if (text.empty()) return values;
  const bool numbered = text.starts_with("(1)");
  if (!numbered && !text.starts_with("a)")) return {std::string(text)};
  size_t start = marker(numbered, 0).size();
  for (size_t n = 1;; ++n) {
    const size_t next = (!numbered && n >= kLetterMarkers) ? std::string_view::npos
                                                           : find_marker(text, numbered, n, start);
    std::string value = clean_value(text.substr(start, next - start));
    if (!value.empty()) values.push_back(std::move(value));
    if (next == std::string_view::npos) break;
    start = next + marker(numbered, n).size();
  }
  return values;
}

std::optional<DateValue> parse_day_first_date(std::string_view text) {
  text = trim_spaces(text);
  std::string dotted(text);
  // parse_date reads slashed dates in US order and dotted ones day first.
  std::replace(dotted.begin(), dotted.end(), '/', '.');
  std::optional<DateValue> date = parse_date(dotted);
  if (date) date->original = std::string(text);
  return date;
}

std::optional<DateValue> parse_day_first_birth_date(std::string_view text) {
  std::optional<DateValue> date = parse_day_first_date(text);
  if (!date || date->from.year < kEarliestBirthYear) return std::nullopt;
  return date;
}

std::string language_code(std::string_view language) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kLanguages = {{
      {"arabic", "ar"},  {"belarusian", "be"},    {"bosnian", "bs"},  {"bulgarian", "bg"},
      {"burmese", "my"}, {"chinese", "zh"},       {"georgian", "ka"}, {"greek", "el"},
      {"hebrew", "he"},  {"japanese", "ja"},      {"kazakh", "kk"},   {"korean", "ko"},
      {"persian", "fa"}, {"persian/farsi", "fa"}, {"farsi", "fa"},    {"romanian", "ro"},
      {"russian", "ru"}, {"serbian", "sr"},       {"spanish", "es"},  {"thai", "th"},
      {"turkish", "tr"}, {"ukrainian", "uk"},
  }};
  const std::string key = model::lower(language);
  for (const auto& [name, code] : kLanguages) {
    if (name == key) return std::string(code);
  }
  return {};
}

std::string join_non_empty(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

}  // namespace vigil::sources
