// One <sanctionEntity> of the EU Financial Sanctions Files (FSF XML 1.1), read into the entity
// model.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::eu_fsf {

// Reads an entry. REQUIRES: `logical_id` is the entry's non-empty logicalId. The primary name is
// the first strong name in the Latin script (else the first name); content_hash is left to the
// caller.
Entity read_entry(const pugi::xml_node& entry, std::string_view dataset_id,
                  std::string_view logical_id, xml::DiagnosticSink& diagnostics);

}  // namespace vigil::sources::eu_fsf
