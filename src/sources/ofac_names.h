// OFAC writes a person's name "FAMILY, Given Middle" (family name first, in capitals) in its
// primary, alias and remark fields; other parties' names are written as they are.
#pragma once

#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources {

// A model name from OFAC's spelling (model::name_from_family_first), in Latin script.
Name make_ofac_name(std::string_view written, Schema schema, NameKind kind);

}  // namespace vigil::sources
