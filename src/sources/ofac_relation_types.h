// OFAC's relationship types (Enhanced and Advanced XML share the table) in the model's terms.
#pragma once

#include <string_view>

#include "vigil/entity.h"

namespace vigil::sources {

// "Owned or Controlled By" -> kOwnedBy, "Associate Of" -> kAssociateOf, "Family member of" ->
// kFamily, "Leader or official of" and "Principal Executive Officer" -> kDirectorOf; every other
// type ("Acting for or on behalf of", "Providing support to"...) is kLinkedTo.
RelationKind ofac_relation_kind(std::string_view type);

}  // namespace vigil::sources
