#include "match/digit_letters.h"

#include <algorithm>
#include <cctype>

namespace vigil::match {
namespace {

// A word written with digits has at least this many letters ("1st", "4x4", "h2o" are codes).
constexpr size_t kMinLetters = 3;

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// The letter a digit is written for, or 0.
char letter_of(char digit) {
  switch (digit) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    default: return 0;
  }
}

// Every digit stands alone, is not last, and is a letter's look-alike.
bool written_with_digits(std::string_view token) {
  const auto letters = static_cast<size_t>(
      std::count_if(token.begin(), token.end(), [](char c) { return !is_digit(c); }));
  if (letters < kMinLetters || letters == token.size() || is_digit(token.back())) return false;
  for (size_t i = 0; i < token.size(); ++i) {
    if (!is_digit(token[i])) continue;
    if (letter_of(token[i]) == 0 || is_digit(token[i + 1])) return false;
  }
  return true;
}

}  // namespace

std::string digits_as_letters(std::string_view token) {
  std::string out(token);
  if (!written_with_digits(token)) return out;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!is_digit(token[i])) continue;
    const bool beside_vowel =
        (i > 0 && is_vowel(token[i - 1])) || (i + 1 < token.size() && is_vowel(token[i + 1]));
    out[i] = token[i] == '1' && beside_vowel ? 'l' : letter_of(token[i]);
  }
  return out;
}

}  // namespace vigil::match
