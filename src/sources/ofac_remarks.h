// The grammar of OFAC's legacy-CSV remarks column: "; "-separated facts, each opened by a key
// ("DOB", "POB", "nationality", "Passport", "Linked To:", "a.k.a.", "Vessel Flag"...), with
// "alt." marking an alternative value and the last fact ending in ".". Every fact becomes a
// model field; a person's free fact that names no key is a "position", any other is kept as a
// "remark" property, never dropped. The key table (ofac_remark_rules.cc) was drawn from every
// fact of the 2021, 2024 SDN and 2025 consolidated files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources {

// Splits remarks into facts at ";" outside parentheses and quoted names, without the final ".".
// A parenthesis or quote that never closes does not swallow the facts after it.
std::vector<std::string> split_remarks(std::string_view remarks);

// Adds every fact of `remarks` to `entity`: names, birth dates and places, nationalities,
// citizenships, gender, identifiers, relations and properties. Reads `entity.schema` (a
// person's free facts are positions); `entity.remarks` is not touched. Never throws.
void apply_ofac_remarks(std::string_view remarks, Entity& entity);

// The executive orders a text cites, as "E.O. 13224": from "Executive Order 13224",
// "E.O. 13224" and "EO 14024". In order of first mention, without repeats.
std::vector<std::string> legal_bases_in(std::string_view text);

}  // namespace vigil::sources
