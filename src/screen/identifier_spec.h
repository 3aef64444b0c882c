// Identifiers written on a command line or in a batch CSV column: "TYPE:VALUE" or
// "TYPE:VALUE:CC", e.g. "passport:D1017310:IQ", "imo:9116412", "email:info@example.com".
// TYPE is an identifier type or synonym (parse_identifier_type); CC, the issuing country, is
// two letters after the last ':' (never read from a website, whose value may hold ':').
#pragma once

#include <string_view>
#include <vector>

#include "vigil/result.h"
#include "vigil/screener.h"

namespace vigil::screen {

Result<QueryIdentifier> parse_identifier_spec(std::string_view spec);

// Specs separated by ';' (empty parts ignored), as in the batch CSV's `identifiers` column.
Result<std::vector<QueryIdentifier>> parse_identifier_specs(std::string_view specs);

}  // namespace vigil::screen
