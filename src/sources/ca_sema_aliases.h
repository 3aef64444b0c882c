// The Aliases cell of a Canada SEMA record: every alias of the party in one free-text field,
// written by hand. Separators vary from record to record (";", ",", "/", " or ", " and ", line
// breaks), some names carry their language ("Russian: ..."), and organisation names contain
// commas of their own ("Океан Электроники, ООО"). This turns the cell into one name per alias.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::sources::ca_sema {

struct SemaAlias {
  std::string name;
  std::string language;  // ISO 639-1 code from a "Russian:" label, else empty
};

// Splits the cell. For a person every comma separates names and " and " joins two names; for an
// organisation a comma before a bare legal form ("..., ООО") or before a word in lower case
// ("Министерство культуры, спорта и туризма") belongs to the name, and " and " separates only
// names in a non-Latin script. Unmatched parentheses are dropped; repeated names kept once.
std::vector<SemaAlias> split_sema_aliases(std::string_view cell, bool person);

}  // namespace vigil::sources::ca_sema
