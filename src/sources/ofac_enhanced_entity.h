// One <entity> of an OFAC Enhanced XML publication, read into the entity model.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::ofac_enhanced {

// ISO alpha-2 codes of the file's COUNTRY reference values, by refId.
using CountryCodes = std::unordered_map<std::string, std::string>;

// Reads an entity. REQUIRES: `id` is the entity's non-empty id attribute. Relations carry the
// related entity's id ("<dataset>:<entityId>") as the file gives it; the caller clears those
// that point outside the file. content_hash is left to the caller.
Entity read_entity(const pugi::xml_node& node, std::string_view dataset_id, std::string_view id,
                   const CountryCodes& countries, xml::DiagnosticSink& diagnostics);

}  // namespace vigil::sources::ofac_enhanced
