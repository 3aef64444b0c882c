// One <INDIVIDUAL> or <ENTITY> record of the UN Consolidated List, read into the entity model.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::un_xml {

// Reads a record. REQUIRES: `data_id` is the record's non-empty <DATAID>. content_hash is left
// to the caller.
Entity read_entry(const pugi::xml_node& record, std::string_view dataset_id,
                  std::string_view data_id, xml::DiagnosticSink& diagnostics);

}  // namespace vigil::sources::un_xml
