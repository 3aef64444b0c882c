// The multi-valued cells of a US Consolidated Screening List row: values separated by "; ",
// addresses as comma-separated parts ending with a country code, and identifiers written as
// "[country, ][expiry date, ][issue date, ]number, type". Internal to us_csl_row.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::us_csl {

// "a; b;; c " -> {"a", "b", "c"}.
std::vector<std::string> split_values(std::string_view cell);

// "Unit 705, Minsk, BY; SY" -> two addresses; the trailing ISO code is the country.
void add_addresses(std::string_view cell, Entity& entity);

// "IR, E1910843, Passport; Male, Gender; ..." -> identifiers, gender and facts, the way OFAC's
// own id list is read (apply_ofac_id).
void add_ids(std::string_view cell, Entity& entity);

// "1967; 1966", "circa 1966", "1960 to 1961"; an unreadable date is kept as property
// "birth_date" and described in `warnings`.
void add_birth_dates(std::string_view cell, Entity& entity, std::vector<std::string>& warnings);

// "SY; IQ" -> ISO codes appended to `codes`; an unknown value is kept as property `key`.
void add_countries(std::string_view cell, std::vector<std::string>& codes, std::string_view key,
                   Entity& entity);

}  // namespace vigil::sources::us_csl
