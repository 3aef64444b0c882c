// Names written family name first, as OFAC writes a person's name ("KHATIB, Esmail Seyed") and
// as compliance teams copy it from a list.
#pragma once

#include <string_view>

#include "vigil/entity.h"

namespace vigil::model {

// For a person, "KHATIB, Esmail Seyed" becomes full = "Esmail Seyed KHATIB", family = "KHATIB",
// given = "Esmail", middle = "Seyed"; a person's name without a comma is kept whole as the family
// part ("MADURO MOROS"). Other schemas keep the name as written ("BANCO NACIONAL DE CUBA, S.A.").
// Kind, script and language are left for the caller.
Name name_from_family_first(std::string_view written, Schema schema);

}  // namespace vigil::model
