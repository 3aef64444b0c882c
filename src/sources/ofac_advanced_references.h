// The look-up tables of an OFAC SDN_ADVANCED XML document: every reference value set by ID
// (alias types, party subtypes, feature types, countries, programs...), the locations, and the
// identity documents of each identity. Parties refer to all of them by ID only.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::ofac_advanced {

struct AdvancedDocument {
  std::string type;  // the IDRegDocType's name, "Passport"
  std::string number;
  std::string country;  // ISO alpha-2 of the issuing country, else its name
  std::string issued;   // ISO date
  std::string expires;
  std::string note;  // issuing authority, validity other than "Valid"
};

class AdvancedReferences {
 public:
  // Reads <ReferenceValueSets>, <Locations> and <IDRegDocuments> under the root.
  explicit AdvancedReferences(const pugi::xml_node& root);

  // The text of value `id` in the set named `set` ("AliasTypeValues"); empty when unknown.
  [[nodiscard]] std::string_view value(std::string_view set, std::string_view id) const;
  // An attribute of that value ("ISO2" of a Country, "ScriptCode" of a Script).
  [[nodiscard]] std::string_view attribute(std::string_view set, std::string_view id,
                                           std::string_view name) const;
  // The ISO alpha-2 code of a CountryValues id; empty when unknown.
  [[nodiscard]] std::string country_code(std::string_view id) const;
  [[nodiscard]] const Address* location(std::string_view id) const;
  [[nodiscard]] const std::vector<AdvancedDocument>* documents(std::string_view identity) const;

 private:
  void read_location(const pugi::xml_node& node);
  void read_document(const pugi::xml_node& node);

  std::unordered_map<std::string, pugi::xml_node> values_;  // "<set>/<id>" -> element
  std::unordered_map<std::string, Address> locations_;
  std::unordered_map<std::string, std::vector<AdvancedDocument>> documents_;
};

// The ISO date of an element holding <Year>, <Month> and <Day> (<DateOfIssue>, an entry event's
// <Date>); empty unless all three are there.
std::string iso_day_of(const pugi::xml_node& node);

// A <DatePeriod> as a date: Start/From to End/To (or Start/To), "circa" when Start says
// Approximate; nullopt when it states no full date.
std::optional<DateValue> date_of_period(const pugi::xml_node& period);

}  // namespace vigil::sources::ofac_advanced
