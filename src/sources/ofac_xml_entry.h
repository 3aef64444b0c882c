// One <sdnEntry> of an OFAC XML publication, read into the entity model.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::ofac_xml {

// Reads an entry. REQUIRES: `uid` is the entry's non-empty <uid>. Fields that cannot be read
// (an unparseable date) are kept as text properties and reported to `diagnostics`.
// content_hash is left to the caller.
Entity read_entry(const pugi::xml_node& entry, std::string_view dataset_id, std::string_view uid,
                  xml::DiagnosticSink& diagnostics);

}  // namespace vigil::sources::ofac_xml
