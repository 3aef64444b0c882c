// The ISO 3166-1 country table and the other spellings official lists use for countries.
// Internal to the model; the lookup API is model/country.h.
#pragma once

#include <span>
#include <string_view>

namespace vigil::model::detail {

struct CountryRecord {
  std::string_view alpha2;
  std::string_view alpha3;
  std::string_view name;           // English short name as people write it ("Iran")
  std::string_view iso_name;       // ISO 3166-1 name when it differs ("Iran, Islamic Republic of")
  std::string_view official_name;  // formal name, when ISO states one
};

// A spelling that names a country: list conventions, former names, nationality adjectives.
struct CountrySpelling {
  std::string_view spelling;
  std::string_view alpha2;
};

// Every ISO 3166-1 country, plus Kosovo (XK, user-assigned, as the EU, UN and OFAC use it).
std::span<const CountryRecord> country_records();

std::span<const CountrySpelling> country_spellings();

}  // namespace vigil::model::detail
