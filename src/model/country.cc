#include "model/country.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cctype>
#include <string>
#include <unordered_map>

namespace vigil::model {
namespace {

// Lower-case letters only: "Korea, North" -> "koreanorth", "Côte d'Ivoire" -> "ctedivoire"
// after the caller folds accents (list spellings are ASCII in practice).
std::string key_of(std::string_view name) {
  std::string key;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) key += static_cast<char>(std::tolower(u));
  }
  return key;
}

// The spellings official lists use that ICU's English names do not cover, and nationality
// adjectives. Each maps to an ISO 3166-1 alpha-2 code (XK for Kosovo, as the EU and UN use).
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"Korea, North", "KP"},
    {"North Korea", "KP"},
    {"Democratic People's Republic of Korea", "KP"},
    {"Korea, South", "KR"},
    {"South Korea", "KR"},
    {"Republic of Korea", "KR"},
    {"Burma", "MM"},
    {"Russia", "RU"},
    {"Russian Federation", "RU"},
    {"Iran", "IR"},
    {"Iran (Islamic Republic of)", "IR"},
    {"Islamic Republic of Iran", "IR"},
    {"Syria", "SY"},
    {"Syrian Arab Republic", "SY"},
    {"Congo, Democratic Republic of the", "CD"},
    {"Democratic Republic of the Congo", "CD"},
    {"Congo, Republic of the", "CG"},
    {"Republic of the Congo", "CG"},
    {"Congo", "CG"},
    {"Palestinian", "PS"},
    {"Palestine", "PS"},
    {"West Bank", "PS"},
    {"Gaza", "PS"},
    {"Gaza Strip", "PS"},
    {"State of Palestine", "PS"},
    {"Kosovo", "XK"},
    {"Region: Crimea", "UA"},
    {"Crimea", "UA"},
    {"Bosnia-Herzegovina", "BA"},
    {"Bosnia and Herzegovina", "BA"},
    {"North Macedonia, The Republic of", "MK"},
    {"Macedonia", "MK"},
    {"The former Yugoslav Republic of Macedonia", "MK"},
    {"Cote d Ivoire", "CI"},
    {"Cote d'Ivoire", "CI"},
    {"Ivory Coast", "CI"},
    {"Turkey", "TR"},
    {"Turkiye", "TR"},
    {"Libya", "LY"},
    {"Libyan Arab Jamahiriya", "LY"},
    {"United Republic of Tanzania", "TZ"},
    {"Tanzania", "TZ"},
    {"Viet Nam", "VN"},
    {"Vietnam", "VN"},
    {"Laos", "LA"},
    {"Lao People's Democratic Republic", "LA"},
    {"Bolivia", "BO"},
    {"Bolivia (Plurinational State of)", "BO"},
    {"Venezuela", "VE"},
    {"Venezuela (Bolivarian Republic of)", "VE"},
    {"Moldova", "MD"},
    {"Republic of Moldova", "MD"},
    {"Micronesia, Federated States of", "FM"},
    {"Micronesia (Federated States of)", "FM"},
    {"Brunei", "BN"},
    {"Cabo Verde", "CV"},
    {"Cape Verde", "CV"},
    {"Czech Republic", "CZ"},
    {"Czechia", "CZ"},
    {"Eswatini", "SZ"},
    {"Swaziland", "SZ"},
    {"The Gambia", "GM"},
    {"Gambia, The", "GM"},
    {"The Bahamas", "BS"},
    {"Bahamas, The", "BS"},
    {"Holy See", "VA"},
    {"Vatican City", "VA"},
    {"Hong Kong", "HK"},
    {"Macau", "MO"},
    {"Macao", "MO"},
    {"Taiwan", "TW"},
    {"Timor-Leste", "TL"},
    {"East Timor", "TL"},
    {"United States", "US"},
    {"United States of America", "US"},
    {"USA", "US"},
    {"United Kingdom", "GB"},
    {"UK", "GB"},
    {"United Kingdom of Great Britain and Northern Ireland", "GB"},
    {"Great Britain", "GB"},
    {"Netherlands Antilles", "AN"},
    {"Curacao", "CW"},
    {"Sint Maarten", "SX"},
    {"Saint Kitts and Nevis", "KN"},
    {"Saint Vincent and the Grenadines", "VC"},
    {"Saint Lucia", "LC"},
    {"Sao Tome and Principe", "ST"},
    {"Yugoslavia", "RS"},
    {"Serbia and Montenegro", "RS"},
    {"Soviet Union", "RU"},
    {"USSR", "RU"},
    {"Zaire", "CD"},
    {"Rhodesia", "ZW"},
    // Nationality adjectives, as lists and screeners write them.
    {"Iranian", "IR"},
    {"Iraqi", "IQ"},
    {"Syrian", "SY"},
    {"Afghan", "AF"},
    {"Afghanistani", "AF"},
    {"Yemeni", "YE"},
    {"Saudi", "SA"},
    {"Saudi Arabian", "SA"},
    {"Russian", "RU"},
    {"Lebanese", "LB"},
    {"Pakistani", "PK"},
    {"Egyptian", "EG"},
    {"Libyan", "LY"},
    {"Sudanese", "SD"},
    {"Somali", "SO"},
    {"Jordanian", "JO"},
    {"Kuwaiti", "KW"},
    {"Qatari", "QA"},
    {"Emirati", "AE"},
    {"Bahraini", "BH"},
    {"Omani", "OM"},
    {"Turkish", "TR"},
    {"Chinese", "CN"},
    {"North Korean", "KP"},
    {"South Korean", "KR"},
    {"Ukrainian", "UA"},
    {"Belarusian", "BY"},
    {"Venezuelan", "VE"},
    {"Cuban", "CU"},
    {"Mexican", "MX"},
    {"Colombian", "CO"},
    {"American", "US"},
    {"British", "GB"},
    {"French", "FR"},
    {"German", "DE"},
    {"Algerian", "DZ"},
    {"Moroccan", "MA"},
    {"Tunisian", "TN"},
    {"Malian", "ML"},
    {"Nigerian", "NG"},
    {"Kenyan", "KE"},
    {"Indian", "IN"},
    {"Indonesian", "ID"},
    {"Filipino", "PH"},
    {"Burmese", "MM"},
    {"Israeli", "IL"},
    {"Uzbek", "UZ"},
    {"Tajik", "TJ"},
    {"Kazakh", "KZ"},
    {"Azerbaijani", "AZ"},
    {"Georgian", "GE"},
    {"Armenian", "AM"},
    {"Serbian", "RS"},
    {"Bosnian", "BA"},
    {"Eritrean", "ER"},
    {"Ethiopian", "ET"},
    {"Rwandan", "RW"},
    {"Congolese", "CD"},
    {"Ugandan", "UG"},
    {"Zimbabwean", "ZW"},
    {"Nicaraguan", "NI"},
};

class CountryTable {
 public:
  CountryTable() {
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
      add_code(*code);
    }
    for (const auto& [name, code] : kAliases) by_key_.emplace(key_of(name), std::string(code));
    names_.emplace("XK", "Kosovo");
    by_key_.emplace("xk", "XK");
    by_key_.emplace("xkx", "XK");
  }

  [[nodiscard]] std::optional<std::string> find(std::string_view name) const {
    const auto it = by_key_.find(key_of(name));
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
  }

  [[nodiscard]] std::string_view name(std::string_view alpha2) const {
    const auto it = names_.find(std::string(alpha2));
    return it == names_.end() ? std::string_view() : std::string_view(it->second);
  }

 private:
  void add_code(const char* alpha2) {
    const icu::Locale locale("", alpha2);
    icu::UnicodeString display;
    locale.getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string english;
    display.toUTF8String(english);
    const std::string code(alpha2);
    names_.emplace(code, english);
    by_key_.emplace(key_of(code), code);
    const std::string alpha3 = locale.getISO3Country();
    if (!alpha3.empty()) by_key_.emplace(key_of(alpha3), code);
    // ICU's names carry accents ("Côte d’Ivoire"): keep the ASCII letters only.
    std::string ascii;
    for (char c : english) {
      if (static_cast<unsigned char>(c) < 0x80) ascii += c;
    }
    by_key_.emplace(key_of(ascii), code);
  }

  std::unordered_map<std::string, std::string> by_key_;
  std::unordered_map<std::string, std::string> names_;
};

const CountryTable& table() {
  static const CountryTable kTable;
  return kTable;
}

}  // namespace

std::optional<std::string> country_code(std::string_view name) { return table().find(name); }

std::string_view country_name(std::string_view alpha2) { return table().name(alpha2); }

}  // namespace vigil::model
