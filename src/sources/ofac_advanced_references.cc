#include "sources/ofac_advanced_references.h"

#include <charconv>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/ofac_date_span.h"
#include "sources/xml_support.h"

namespace vigil::sources::ofac_advanced {
namespace {

using xml::child;
using xml::child_text;
using xml::local_name;

std::string key_of(std::string_view set, std::string_view id) {
  std::string key(set);
  key += '/';
  key += id;
  return key;
}

template <typename Number>
Number number_of(const pugi::xml_node& node, std::string_view name) {
  const std::string text = child_text(node, name);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return 0;
  return static_cast<Number>(value);
}

// <From>/<To>: <Year>, <Month>, <Day>.
PartialDate day_of(const pugi::xml_node& node) {
  return PartialDate{number_of<int16_t>(node, "Year"), number_of<int8_t>(node, "Month"),
                     number_of<int8_t>(node, "Day")};
}

}  // namespace

std::string iso_day_of(const pugi::xml_node& node) {
  const PartialDate day = day_of(node);
  if (day.year <= 0 || day.month <= 0 || day.day <= 0) return {};
  return day.to_iso();
}

std::optional<DateValue> date_of_period(const pugi::xml_node& period) {
  const pugi::xml_node start = child(period, "Start");
  const pugi::xml_node end = child(period, "End");
  const PartialDate first = day_of(child(start, "From"));
  const PartialDate last = day_of(child(end ? end : start, "To"));
  const bool approximate = std::string_view(start.attribute("Approximate").value()) == "true";
  return date_of_span(first, last, approximate);
}

AdvancedReferences::AdvancedReferences(const pugi::xml_node& root) {
  for (const pugi::xml_node& set : child(root, "ReferenceValueSets").children()) {
    for (const pugi::xml_node& value : set.children()) {
      const std::string_view id = value.attribute("ID").value();
      if (!id.empty()) values_.emplace(key_of(local_name(set), id), value);
    }
  }
  for (const pugi::xml_node& node : child(root, "Locations").children()) {
    if (local_name(node) == "Location") read_location(node);
  }
  for (const pugi::xml_node& node : child(root, "IDRegDocuments").children()) {
    if (local_name(node) == "IDRegDocument") read_document(node);
  }
}

std::string_view AdvancedReferences::value(std::string_view set, std::string_view id) const {
  const auto found = values_.find(key_of(set, id));
  if (found == values_.end()) return {};
  return model::trim(found->second.text().get());  // some values wrap onto several lines
}

std::string_view AdvancedReferences::attribute(std::string_view set, std::string_view id,
                                               std::string_view name) const {
  const auto found = values_.find(key_of(set, id));
  if (found == values_.end()) return {};
  return found->second.attribute(std::string(name).c_str()).value();
}

std::string AdvancedReferences::country_code(std::string_view id) const {
  const std::string_view iso2 = attribute("CountryValues", id, "ISO2");
  if (iso2.size() == 2) return std::string(iso2);
  return country_code_or_empty(value("CountryValues", id));
}

const Address* AdvancedReferences::location(std::string_view id) const {
  const auto found = locations_.find(std::string(id));
  return found == locations_.end() ? nullptr : &found->second;
}

const std::vector<AdvancedDocument>* AdvancedReferences::documents(
    std::string_view identity) const {
  const auto found = documents_.find(std::string(identity));
  return found == documents_.end() ? nullptr : &found->second;
}

void AdvancedReferences::read_location(const pugi::xml_node& node) {
  Address address;
  const std::string country_id = child(node, "LocationCountry").attribute("CountryID").value();
  address.country = country_code(country_id);
  address.country_name = std::string(value("CountryValues", country_id));
  for (const pugi::xml_node& part : node.children()) {
    if (local_name(part) != "LocationPart") continue;
    const std::string_view type =
        value("LocPartTypeValues", part.attribute("LocPartTypeID").value());
    std::string text = child_text(child(part, "LocationPartValue"), "Value");
    if (type.starts_with("ADDRESS") && !text.empty()) {
      address.street += (address.street.empty() ? "" : ", ") + text;
    }
    if (type == "CITY") address.city = std::move(text);
    if (type == "STATE/PROVINCE" || type == "REGION") address.region = std::move(text);
    if (type == "POSTAL CODE") address.postal_code = std::move(text);
  }
  locations_.emplace(node.attribute("ID").value(), std::move(address));
}

void AdvancedReferences::read_document(const pugi::xml_node& node) {
  AdvancedDocument document;
  document.type =
      std::string(value("IDRegDocTypeValues", node.attribute("IDRegDocTypeID").value()));
  document.number = child_text(node, "IDRegistrationNo");
  const std::string country_id = node.attribute("IssuedBy-CountryID").value();
  document.country = country_code(country_id);
  if (document.country.empty()) document.country = std::string(value("CountryValues", country_id));
  document.note = child_text(node, "IssuingAuthority");
  const std::string_view validity = value("ValidityValues", node.attribute("ValidityID").value());
  if (!validity.empty() && validity != "Valid") {
    document.note += (document.note.empty() ? "" : "; ") + std::string(validity);
  }
  for (const pugi::xml_node& date : node.children()) {
    if (local_name(date) != "DocumentDate") continue;
    const std::optional<DateValue> when = date_of_period(child(date, "DatePeriod"));
    if (!when) continue;
    const std::string_view type =
        value("IDRegDocDateTypeValues", date.attribute("IDRegDocDateTypeID").value());
    if (type == "Issue Date") document.issued = when->from.to_iso();
    if (type == "Expiration Date") document.expires = when->from.to_iso();
  }
  documents_[node.attribute("IdentityID").value()].push_back(std::move(document));
}

}  // namespace vigil::sources::ofac_advanced
