// Identifiers written as text by people: "TYPE:VALUE" or "TYPE:VALUE:CC", e.g.
// "passport:D1017310:IQ", "imo:9116412", "email:info@example.com". TYPE is an identifier type
// or synonym (parse_identifier_type); CC, the issuing country, is two letters after the last
// ':' (never read from a website, whose value may hold ':'). Shared by the command line, the
// batch CSV column and users' own list files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"
#include "vigil/result.h"

namespace vigil::model {

struct IdentifierSpec {
  IdentifierType type = IdentifierType::kOther;
  std::string value;    // as written, trimmed
  std::string country;  // the two letters as written, empty when not given
};

Result<IdentifierSpec> parse_identifier_spec(std::string_view spec);

// Specs separated by ';' (empty parts ignored).
Result<std::vector<IdentifierSpec>> parse_identifier_specs(std::string_view specs);

}  // namespace vigil::model
