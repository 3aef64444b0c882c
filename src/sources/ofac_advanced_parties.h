// One <DistinctParty> of an OFAC SDN_ADVANCED XML document, read into the entity model with
// its reference values resolved by ID.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "sources/ofac_advanced_references.h"
#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::ofac_advanced {

// Reads the party's profile: type, names (each alias in each script, with its name parts),
// features (birth dates, places, nationalities, vessel facts, addresses...), identity
// documents, remarks. REQUIRES: `fixed_ref` is the party's non-empty FixedRef. Sanctions and
// relations come from other parts of the document (see ofac_advanced_xml).
Entity read_party(const pugi::xml_node& party, std::string_view dataset_id,
                  std::string_view fixed_ref, const AdvancedReferences& references,
                  xml::DiagnosticSink& diagnostics);

}  // namespace vigil::sources::ofac_advanced
