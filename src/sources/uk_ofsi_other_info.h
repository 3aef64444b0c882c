// The labelled facts OFSI writes into a ConList row's "Other Information" cell:
// "(UK Sanctions List Ref):RUS0716. (UK Statement of Reasons):... (Gender):Male
// (IMO number):7408873 (Flag of ship):North Korea ...". Each known label becomes a field of
// the entity; the cell itself is kept verbatim as the remarks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::uk_ofsi {

struct LabelledValue {
  std::string_view label;  // "Gender", without the parentheses and colon
  std::string value;       // the text up to the next known label, trimmed
};

// The known labels' values, in the order the text states them.
std::vector<LabelledValue> labelled_values(std::string_view text);

// Adds the facts of one Other Information cell to the entity: references, gender, phone,
// email, website, registration numbers, entity type, parent company, ship details. Returns
// the Statement of Reasons, empty when the cell has none.
std::string read_other_information(std::string_view text, Entity& entity);

}  // namespace vigil::sources::uk_ofsi
