// The <names> of an OFAC Enhanced XML entity: each name with its alias type and quality, and
// each translation of it (the Latin primary one, others in their original script).
#pragma once

#include <pugixml.hpp>

#include "vigil/entity.h"

namespace vigil::sources::ofac_enhanced {

// Appends the entity's names: the primary name first as the file orders them, "A.K.A." and
// "N.K.A." as aliases (weak when the file marks them low quality), "F.K.A." as former names,
// translations in another script as original-script names. Name parts (first, middle, last,
// patronymic) fill NameParts where the file states them. Empty names are left out.
void read_names(const pugi::xml_node& names, Entity& entity);

}  // namespace vigil::sources::ofac_enhanced
