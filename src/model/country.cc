#include "model/country.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/ascii.h"
#include "model/country_table.h"

namespace vigil::model {
namespace {

// ASCII letters for U+00C0..U+00FF ('_' = no letter): "Côte" -> "Cote", "Türkiye" -> "Turkiye".
constexpr std::string_view kLatin1Letters =
    "AAAAAAACEEEEIIIIDNOOOOO_OUUUUYTs"
    "aaaaaaaceeeeiiiidnooooo_ouuuuyty";

// The ASCII letter for one UTF-8 encoded Latin letter with a diacritic, or 0.
char fold_latin(unsigned char lead, unsigned char next) {
  const unsigned code = ((lead & 0x1FU) << 6U) | (next & 0x3FU);
  if (code >= 0xC0 && code <= 0xFF) {
    const char c = kLatin1Letters[code - 0xC0];
    return c == '_' ? 0 : c;
  }
  return 0;
}

// Lower-case ASCII words of a name, diacritics folded; other characters separate words.
std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words(1);
  for (size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    char letter = 0;
    if (std::isalnum(c) != 0) {
      letter = static_cast<char>(std::tolower(c));
    } else if (c >= 0xC0 && c < 0xE0 && i + 1 < name.size()) {
      letter =
          static_cast<char>(std::tolower(fold_latin(c, static_cast<unsigned char>(name[++i]))));
    }
    if (letter != 0) {
      words.back() += letter;
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// The words as an unordered set without filler words, so that list conventions meet:
// "Korea, North" = "North Korea", "Congo, Democratic Republic of the" = "Democratic Republic
// of the Congo", "Bosnia-Herzegovina" = "Bosnia and Herzegovina", "St. Lucia" = "Saint Lucia".
std::string key_of(std::string_view name) {
  std::vector<std::string> words = words_of(name);
  std::erase_if(words, [](const std::string& w) { return w == "the" || w == "of" || w == "and"; });
  for (std::string& w : words) {
    if (w == "st") w = "saint";
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string key;
  for (const std::string& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

bool is_code_shaped(std::string_view text) {
  return (text.size() == 2 || text.size() == 3) &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::string_view kRegionPrefix = "Region:";

class CountryIndex {
 public:
  CountryIndex() {
    for (const detail::CountryRecord& record : detail::country_records()) {
      by_code_.emplace(record.alpha2, record.alpha2);
      by_code_.emplace(record.alpha3, record.alpha2);
      names_.emplace(record.alpha2, record.name);
      for (std::string_view name : {record.name, record.iso_name, record.official_name}) {
        if (!name.empty()) by_key_.emplace(key_of(name), record.alpha2);
      }
    }
    for (const detail::CountrySpelling& spelling : detail::country_spellings()) {
      by_key_.emplace(key_of(spelling.spelling), spelling.alpha2);
    }
  }

  [[nodiscard]] std::optional<std::string> find(std::string_view name) const {
    name = trim(name);
    if (is_code_shaped(name)) {
      if (const auto it = by_code_.find(upper(name)); it != by_code_.end()) {
        return std::string(it->second);
      }
    }
    const std::string key = key_of(name);
    if (const auto it = by_key_.find(key); it != by_key_.end() && !key.empty()) {
      return std::string(it->second);
    }
    // OFAC's "Region: Russia" names the country itself when no spelling covers the region.
    if (name.starts_with(kRegionPrefix)) return find(name.substr(kRegionPrefix.size()));
    return std::nullopt;
  }

  [[nodiscard]] std::string_view name(std::string_view alpha2) const {
    const auto it = names_.find(upper(alpha2));
    return it == names_.end() ? std::string_view() : it->second;
  }

 private:
  std::unordered_map<std::string, std::string_view> by_code_;  // "IR", "IRN" -> "IR"
  std::unordered_map<std::string, std::string_view> by_key_;   // key_of(name) -> alpha-2
  std::unordered_map<std::string, std::string_view> names_;    // alpha-2 -> short name
};

const CountryIndex& index() {
  static const CountryIndex kIndex;
  return kIndex;
}

}  // namespace

std::optional<std::string> country_code(std::string_view name) { return index().find(name); }

std::string_view country_name(std::string_view alpha2) { return index().name(alpha2); }

}  // namespace vigil::model
