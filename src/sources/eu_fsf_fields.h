// The child elements of an EU Financial Sanctions Files <sanctionEntity> (FSF XML 1.1), each
// read into the entity it belongs to. Every fact is an attribute of its element.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "sources/xml_support.h"
#include "vigil/entity.h"

namespace vigil::sources::eu_fsf {

// An attribute's value, its spaces normalised; empty when absent.
std::string attribute(const pugi::xml_node& node, const char* name);

// The ISO code of an element's country: countryIso2Code unless it is the "00" of an unknown
// country, else countryDescription resolved; empty when neither is known.
std::string country_of(const pugi::xml_node& node);

// <nameAlias>: wholeName (or the parts joined) with firstName, middleName, lastName and title as
// parts; strong="false" makes a weak alias, a non-Latin script an original-script name, and
// nameLanguage the language. Also takes the gender, title and function it states.
void read_name_alias(const pugi::xml_node& node, Entity& entity);

// <birthdate>: a full date, a year with optional month and day, or a year range, circa="true"
// making it approximate; the city, place, region and country make the birth place. A date in
// another calendar than the Gregorian one is kept as text with a warning.
void read_birthdate(const pugi::xml_node& node, Entity& entity, xml::DiagnosticSink& diagnostics);

// <citizenship>: a citizenship, by ISO code.
void read_citizenship(const pugi::xml_node& node, Entity& entity);

// <identification>: an identifier typed from identificationTypeCode (passport, id, fiscalcode,
// regnumber, swiftbic, imo...), with its issuing country, issue date and status flags in note.
void read_identification(const pugi::xml_node& node, Entity& entity);

// <address>, with its <contactInfo> (phone, fax, email, website) as identifiers.
void read_address(const pugi::xml_node& node, Entity& entity);

}  // namespace vigil::sources::eu_fsf
