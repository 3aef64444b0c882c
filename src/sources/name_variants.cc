#include "sources/name_variants.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "model/ascii.h"

namespace vigil::sources {
namespace {

using model::trim;

// An acronym has this many letters or digits at least and at most.
constexpr size_t kMinAcronym = 2;
constexpr size_t kMaxAcronym = 8;
// A mixed-case acronym ("GosNIIAS", "TsAGI") may be this long.
constexpr size_t kMaxMixedCaseAcronym = 10;

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min(text.find_first_of(" -", at), text.size());
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

// A word of the letters of a name: two letters or more, ASCII or not ("Armée").
bool is_name_word(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (is_alpha(c) || static_cast<unsigned char>(c) >= 0x80) ++letters;
  }
  return letters >= 2;
}

// Two words of two letters or more: "Hara Institute", not "S", "c", "A", "M", "24".
bool is_name_side(std::string_view side) {
  const std::vector<std::string_view> words = words_of(side);
  return std::count_if(words.begin(), words.end(), is_name_word) >= 2;
}

// "IRGC", "MODAFL", "IRGC RSSJO": capitals and digits, at least two capitals.
bool is_capital_acronym(std::string_view text) {
  const std::vector<std::string_view> words = words_of(text);
  if (words.empty() || words.size() > 2) return false;
  for (std::string_view word : words) {
    if (word.size() < kMinAcronym || word.size() > kMaxAcronym) return false;
    if (std::any_of(word.begin(), word.end(), [](char c) { return !is_upper(c) && !is_digit(c); }))
      return false;
    if (std::count_if(word.begin(), word.end(), is_upper) < 2) return false;
  }
  return true;
}

// "GosNIIAS", "TsAGI", "MZiK": one word, letters only, at least half of them capitals and at
// least two ("Belarus", "Kolomna" are words).
bool is_mixed_case_acronym(std::string_view word) {
  if (word.size() < kMinAcronym || word.size() > kMaxMixedCaseAcronym) return false;
  if (!std::all_of(word.begin(), word.end(), is_alpha)) return false;
  const auto capitals = static_cast<size_t>(std::count_if(word.begin(), word.end(), is_upper));
  return capitals >= 2 && 2 * capitals >= word.size();
}

// "Ecxir Trading Company" and "Etc", "FALAH-I-INSANIAT FOUNDATION" and "FIF": the acronym's
// letters are initials of the name's words, in order, starting with the first word's.
bool is_initials(std::string_view acronym, std::string_view name) {
  if (acronym.size() < kMinAcronym || acronym.size() > kMaxAcronym) return false;
  if (!std::all_of(acronym.begin(), acronym.end(), is_alpha)) return false;
  const std::vector<std::string_view> words = words_of(name);
  const auto initial = [](std::string_view word) {
    return std::tolower(static_cast<unsigned char>(word.front()));
  };
  if (words.empty() || initial(words.front()) != std::tolower(acronym.front())) return false;
  size_t next = 0;
  for (std::string_view word : words) {
    if (next < acronym.size() && initial(word) == std::tolower(acronym[next])) ++next;
  }
  return next == acronym.size();
}

bool has_lower_case(std::string_view text) {
  return std::any_of(text.begin(), text.end(), is_lower);
}

// Where the "/" outside parentheses is, when there is exactly one.
std::optional<size_t> single_slash_outside_parentheses(std::string_view text) {
  std::optional<size_t> slash;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')' && depth > 0) --depth;
    if (text[i] != '/' || depth > 0) continue;
    if (slash) return std::nullopt;
    slash = i;
  }
  return slash;
}

}  // namespace

std::vector<std::string> split_bilingual(std::string_view written) {
  const std::optional<size_t> slash = single_slash_outside_parentheses(written);
  if (!slash) return {};
  const std::string_view first = trim(written.substr(0, *slash));
  const std::string_view second = trim(written.substr(*slash + 1));
  if (!is_name_side(first) || !is_name_side(second)) return {};
  // "c/o", "A/S", "S/O", "24/7": the words that touch the slash are not names.
  if (!is_name_word(words_of(first).back()) || !is_name_word(words_of(second).front())) return {};
  return {std::string(first), std::string(second)};
}

std::vector<std::string> split_trailing_acronyms(std::string_view written) {
  std::vector<std::string> acronyms;
  std::string_view name = trim(written);
  while (name.ends_with(')')) {
    const size_t open = name.rfind('(');
    if (open == std::string_view::npos) break;
    const std::string_view inside = trim(name.substr(open + 1, name.size() - open - 2));
    const std::string_view before = trim(name.substr(0, open));
    // In a name written in capitals any word in parentheses is in capitals ("(UKRAINE)",
    // "(MARTYRS)"): only initials are an acronym there.
    const bool by_case =
        has_lower_case(before) && (is_capital_acronym(inside) || is_mixed_case_acronym(inside));
    const bool acronym = by_case || is_initials(inside, before);
    if (!acronym || before.empty()) break;
    acronyms.insert(acronyms.begin(), std::string(inside));
    name = before;
  }
  if (acronyms.empty()) return {};
  acronyms.insert(acronyms.begin(), std::string(name));
  return acronyms;
}

std::vector<std::string> split_trailing_also_known_as(std::string_view written) {
  const std::string_view name = trim(written);
  if (!name.ends_with(')')) return {};
  const std::string lowered = model::lower(name);
  for (std::string_view opening : {"(also known as ", "(a.k.a. ", "(a.k.a ", "(aka "}) {
    const size_t at = lowered.rfind(opening);
    if (at == std::string::npos || at == 0) continue;
    const std::string_view inside =
        trim(name.substr(at + opening.size(), name.size() - 1 - at - opening.size()));
    if (inside.empty()) return {};
    return {std::string(trim(name.substr(0, at))), std::string(inside)};
  }
  return {};
}

NameVariants split_name_variants(std::string_view written, bool bilingual) {
  NameVariants variants;
  std::vector<std::string> aka = split_trailing_also_known_as(written);
  if (!aka.empty()) {
    variants.also_known_as = std::move(aka[1]);
    written = aka[0];
  }
  std::vector<std::string> halves;
  if (bilingual) halves = split_bilingual(written);
  if (halves.empty()) halves.emplace_back(trim(written));
  for (size_t half = 0; half < halves.size(); ++half) {
    std::vector<std::string> parts = split_trailing_acronyms(halves[half]);
    if (parts.empty()) parts.push_back(halves[half]);
    (half == 0 ? variants.name : variants.second_half) = std::move(parts[0]);
    for (size_t k = 1; k < parts.size(); ++k) {
      const auto& acronyms = variants.acronyms;
      if (std::find(acronyms.begin(), acronyms.end(), parts[k]) == acronyms.end()) {
        variants.acronyms.push_back(std::move(parts[k]));
      }
    }
  }
  return variants;
}

}  // namespace vigil::sources
