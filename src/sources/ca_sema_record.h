// One <record> of Canada's Consolidated Autonomous Sanctions List (sema-lsi.xml), read into the
// entity model: a person (<LastName>, <GivenName>), an organisation (<EntityOrShip>) or a ship
// (<EntityOrShip> with <ShipIMONumber>).
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::ca_sema {

// The record's stable identifier: its regime, schedule and item, which together are unique in
// the list ("russia-1-part-1-8"); empty when the record has no <Item>.
std::string record_source_id(const pugi::xml_node& record);

// Reads a record. REQUIRES: `source_id` is record_source_id(record) and not empty. An entity
// without a name is returned without one; content_hash is left to the caller.
Entity read_record(const pugi::xml_node& record, std::string_view dataset_id,
                   std::string_view source_id, xml::DiagnosticSink& diagnostics);

}  // namespace vigil::sources::ca_sema
