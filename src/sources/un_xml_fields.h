// The repeated groups of a UN Consolidated List record (aliases, addresses, birth dates and
// places, documents), each read into the entity it belongs to.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::un_xml {

// The part of a date element's text that is an ISO date: "2015-04-07-04:00" -> "2015-04-07";
// empty when the text does not start with YYYY-MM-DD.
std::string iso_date_prefix(std::string_view text);

// <INDIVIDUAL_ALIAS> / <ENTITY_ALIAS>: a name, and for individuals the birth date and place
// stated with it. An empty ALIAS_NAME adds nothing.
void read_alias(const pugi::xml_node& node, Entity& entity, xml::DiagnosticSink& diagnostics);

// <INDIVIDUAL_ADDRESS> / <ENTITY_ADDRESS>.
void read_address(const pugi::xml_node& node, Entity& entity);

// <INDIVIDUAL_DATE_OF_BIRTH>: TYPE_OF_DATE EXACT / APPROXIMATELY / BETWEEN with DATE, YEAR or
// FROM_YEAR and TO_YEAR; a date stated only in NOTE is parsed from it when possible.
void read_birth_date(const pugi::xml_node& node, Entity& entity, xml::DiagnosticSink& diagnostics);

// <INDIVIDUAL_PLACE_OF_BIRTH>: one "city, region, country" line.
void read_birth_place(const pugi::xml_node& node, Entity& entity);

// <INDIVIDUAL_DOCUMENT>: an identifier; a document stated only in a note becomes a property.
void read_document(const pugi::xml_node& node, Entity& entity);

// The identifier type for a UN document type ("Passport", "National Identification Number",
// "Italian Fiscal Code:").
IdentifierType un_document_type(std::string_view document_type);

}  // namespace vigil::sources::un_xml
