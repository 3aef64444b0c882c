// The grammar of OFAC's legacy-CSV remarks column: "; "-separated facts, each opened by a key
// ("DOB", "POB", "nationality", "Passport", "Linked To:", "a.k.a.", "Vessel Flag"...), with
// "alt." marking an alternative value. Every fact becomes a model field; a fact no rule knows
// is kept as a "remark" property, never dropped. See shared/reference/ofac_remarks.md for the
// keys and their counts in the real files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources {

// Splits remarks into facts at "; " outside parentheses and quotes, without the final ".".
std::vector<std::string> split_remarks(std::string_view remarks);

// Adds every fact of `remarks` to `entity` (names, dates, places, countries, gender,
// identifiers, relations, properties). `entity.remarks` is not touched.
void apply_ofac_remarks(std::string_view remarks, Entity& entity);

}  // namespace vigil::sources
