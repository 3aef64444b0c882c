// Identifiers written on a command line or in a batch CSV column, as query identifiers. The
// grammar ("TYPE:VALUE" or "TYPE:VALUE:CC") is model::parse_identifier_spec's.
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
