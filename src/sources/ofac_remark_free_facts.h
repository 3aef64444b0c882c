// The facts of OFAC's remarks that open with no key: a bare website or email, a family tie
// ("wife of ..."), an identifier under a label the key table does not know yet, an honorific,
// a person's office, or else a remark. Internal to the remarks parser (ofac_remarks.h).
#pragma once

#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources::detail {

// Adds the fact where it belongs; nothing is dropped.
void add_free_fact(std::string_view fact, Entity& entity);

}  // namespace vigil::sources::detail
