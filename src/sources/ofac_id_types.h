// OFAC's idList mixes identifiers (passports, registration numbers, wallets) with facts about
// the entity (gender, establishment date, directive notices). This reads one entry of it.
#pragma once

#include <string>
#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources {

// One <id> (XML) or one "<label> <number>" item as OFAC publishes it.
struct OfacId {
  std::string type;     // idType, e.g. "Passport", "Digital Currency Address - XBT"
  std::string number;   // idNumber
  std::string country;  // idCountry as written
  std::string issued;
  std::string expires;
};

// Puts the id where it belongs: an identifier (typed, with the issuer's country code), a
// property with a stable key, the gender, or a country of registration. Unknown id types become
// identifiers of type kOther that keep OFAC's label. Empty numbers are ignored.
void apply_ofac_id(const OfacId& id, Entity& entity);

// The identifier type for an OFAC label; kOther when the label is not an identifier we know.
IdentifierType ofac_identifier_type(std::string_view label);

}  // namespace vigil::sources
