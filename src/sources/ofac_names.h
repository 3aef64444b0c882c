// OFAC writes a person's name "FAMILY, Given Middle" (family name first, in capitals) in its
// primary, alias and remark fields; other parties' names are written as they are.
#pragma once

#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources {

// A model name from OFAC's spelling. For a person, "KHATIB, Esmail Seyed" becomes
// full = "Esmail Seyed KHATIB", family = "KHATIB", given = "Esmail", middle = "Seyed"; a
// person's name without a comma is kept whole as the family part ("MADURO MOROS"). Other
// schemas keep the name as written ("BANCO NACIONAL DE CUBA, S.A.").
Name make_ofac_name(std::string_view written, Schema schema, NameKind kind);

}  // namespace vigil::sources
