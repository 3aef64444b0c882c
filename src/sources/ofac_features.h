// OFAC's structured XML publications (Enhanced and Advanced) state most facts as "features":
// a type label ("Birthdate", "Vessel Flag", "Website") and a value. The labels are those of the
// legacy idList, so both formats put each fact where the legacy parsers put it.
#pragma once

#include <optional>
#include <string>

#include "vigil/entity.h"

namespace vigil::sources {

struct OfacFeature {
  std::string type;                // the feature type's label, "Birthdate", "Place of Birth"
  std::string value;               // the value as text (a looked-up value by its name)
  std::string country;             // ISO alpha-2 when the value is a country the file coded
  std::optional<DateValue> date;   // for date features, read from the file's structured date
  std::optional<Address> address;  // for location features (an address or a place of birth)
  std::string comment;
};

// Puts the feature where it belongs: a birth date (kept as text when it has no date), a place
// of birth, a nationality or citizenship, the gender, a position, vessel facts (flag, type,
// owner, tonnage), an address, or else what the legacy idList makes of the same label
// (apply_ofac_id: identifiers, properties, notices).
void apply_ofac_feature(const OfacFeature& feature, Entity& entity);

}  // namespace vigil::sources
