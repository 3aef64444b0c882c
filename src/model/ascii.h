// Small ASCII string helpers shared by the parsers and front ends (list files and their
// labels are ASCII where these are used; other bytes pass through unchanged).
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace vigil::model {

// Without leading and trailing ASCII white space.
inline std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// The ASCII digits of `text`, in order ("+98 (21) 880" -> "9821880").
inline std::string digits_of(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

// ASCII letters lower-cased.
inline std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace vigil::model
