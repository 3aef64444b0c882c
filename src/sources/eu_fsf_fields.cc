#include "sources/eu_fsf_fields.h"

#include <array>
#include <initializer_list>
#include <optional>

#include "model/ascii.h"
#include "sources/entity_support.h"

namespace vigil::sources::eu_fsf {
namespace {

using model::lower;
using xml::local_name;

constexpr std::string_view kUnknownCountryCode = "00";

// Codes not here (other, birthcert, electionid, travelcardid, residentperm...) are kOther,
// labelled with their identificationTypeDescription.
struct DocumentType {
  std::string_view code;  // identificationTypeCode, lower case
  IdentifierType type;
};
constexpr std::array<DocumentType, 12> kDocumentTypes = {{
    {"passport", IdentifierType::kPassport},
    {"id", IdentifierType::kNationalId},
    {"nrn", IdentifierType::kNationalId},
    {"ssn", IdentifierType::kNationalId},
    {"nationcert", IdentifierType::kNationalId},
    {"fiscalcode", IdentifierType::kTaxId},
    {"taxid", IdentifierType::kTaxId},
    {"regnumber", IdentifierType::kRegistration},
    {"tradelic", IdentifierType::kRegistration},
    {"swiftbic", IdentifierType::kBic},
    {"imo", IdentifierType::kImo},
    {"drivinglicence", IdentifierType::kDriverLicense},
}};

struct ContactType {
  std::string_view key;  // contactInfo key, upper case
  IdentifierType type;
  std::string_view label;
};
constexpr std::array<ContactType, 4> kContactTypes = {{
    {"PHONE", IdentifierType::kPhone, "Phone"},
    {"FAX", IdentifierType::kPhone, "Fax"},
    {"EMAIL", IdentifierType::kEmail, "Email"},
    {"WEB", IdentifierType::kWebsite, "Website"},
}};

bool is_true(const pugi::xml_node& node, const char* name) {
  return lower(attribute(node, name)) == "true";
}

std::string join(std::initializer_list<std::string_view> parts, std::string_view separator) {
  std::string out;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// The remarks of an element (<remark> children), joined.
std::string remarks_of(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children()) {
    if (local_name(child) != "remark") continue;
    const std::string text = normalise_spaces(child.text().get());
    if (!text.empty()) out += (out.empty() ? "" : "; ") + text;
  }
  return out;
}

NameKind alias_kind(const pugi::xml_node& node, std::string_view script) {
  if (attribute(node, "strong") == "false") return NameKind::kWeakAlias;
  if (!script.empty() && script != "Latn") return NameKind::kNativeScript;
  return NameKind::kAlias;
}

// Adds a property unless the entity has it already (FSF repeats titles on every alias).
void add_new_property(Entity& entity, std::string key, std::string value) {
  for (const Property& known : entity.properties) {
    if (known.key == key && known.value == value) return;
  }
  add_property(entity, std::move(key), std::move(value));
}

void read_alias_facts(const pugi::xml_node& node, Entity& entity) {
  if (entity.gender == Gender::kUnknown) {
    entity.gender = parse_gender(attribute(node, "gender")).value_or(Gender::kUnknown);
  }
  add_new_property(entity, "title", attribute(node, "title"));
  add_new_property(entity, "position", attribute(node, "function"));
}

// countryDescription as written, unless it is the "UNKNOWN" of an unknown country.
std::string country_description(const pugi::xml_node& node) {
  std::string description = attribute(node, "countryDescription");
  return description == "UNKNOWN" ? std::string() : description;
}

std::optional<int> number_attribute(const pugi::xml_node& node, const char* name) {
  const pugi::xml_attribute value = node.attribute(name);
  if (value.empty() || std::string_view(value.value()).empty()) return std::nullopt;
  return value.as_int();
}

// The date a <birthdate> states, from its most precise attributes.
std::optional<DateValue> stated_birthdate(const pugi::xml_node& node) {
  const std::string full = attribute(node, "birthdate");
  if (!full.empty()) return parse_date(full);
  const std::optional<int> from = number_attribute(node, "yearRangeFrom");
  const std::optional<int> to = number_attribute(node, "yearRangeTo");
  if (from && to) return parse_date(std::to_string(*from) + " to " + std::to_string(*to));
  const std::optional<int> year = number_attribute(node, "year");
  if (!year) return std::nullopt;
  std::optional<DateValue> date = parse_date(std::to_string(*year));
  const std::optional<int> month = number_attribute(node, "monthOfYear");
  const std::optional<int> day = number_attribute(node, "dayOfMonth");
  if (date && month && *month >= 1 && *month <= 12) {
    date->from.month = static_cast<int8_t>(*month);
    if (day && *day >= 1 && *day <= 31) date->from.day = static_cast<int8_t>(*day);
    date->to = date->from;
  }
  return date;
}

// The attributes a <birthdate> was read from, as the list wrote them.
std::string birthdate_text(const pugi::xml_node& node) {
  const std::string full = attribute(node, "birthdate");
  if (!full.empty()) return full;
  const std::string range =
      join({attribute(node, "yearRangeFrom"), attribute(node, "yearRangeTo")}, " to ");
  if (!attribute(node, "yearRangeFrom").empty()) return range;
  return join(
      {attribute(node, "year"), attribute(node, "monthOfYear"), attribute(node, "dayOfMonth")},
      "-");
}

}  // namespace

std::string attribute(const pugi::xml_node& node, const char* name) {
  return normalise_spaces(node.attribute(name).value());
}

std::string country_of(const pugi::xml_node& node) {
  const std::string code = attribute(node, "countryIso2Code");
  if (!code.empty() && code != kUnknownCountryCode) {
    std::string resolved = country_code_or_empty(code);
    if (!resolved.empty()) return resolved;
  }
  const std::string description = attribute(node, "countryDescription");
  return description == "UNKNOWN" ? std::string() : country_code_or_empty(description);
}

void read_name_alias(const pugi::xml_node& node, Entity& entity) {
  Name name;
  name.parts.given = attribute(node, "firstName");
  name.parts.middle = attribute(node, "middleName");
  name.parts.family = attribute(node, "lastName");
  name.parts.title = attribute(node, "title");
  name.full = attribute(node, "wholeName");
  if (name.full.empty()) {
    name.full = join({name.parts.given, name.parts.middle, name.parts.family}, " ");
  }
  read_alias_facts(node, entity);
  if (name.full.empty()) return;
  name.script = dominant_script(name.full);
  name.language = lower(attribute(node, "nameLanguage"));
  name.kind = alias_kind(node, name.script);
  const std::string note = remarks_of(node);
  if (!note.empty()) add_property(entity, "alias_note", name.full + ": " + note);
  entity.names.push_back(std::move(name));
}

void read_birthdate(const pugi::xml_node& node, Entity& entity, xml::DiagnosticSink& diagnostics) {
  append_unique(entity.birth_places, join({attribute(node, "city"), attribute(node, "place"),
                                           attribute(node, "region"), country_description(node)},
                                          ", "));
  const std::string text = birthdate_text(node);
  if (text.empty()) return;
  const std::string calendar = attribute(node, "calendarType");
  std::optional<DateValue> date = stated_birthdate(node);
  if (!date || (!calendar.empty() && calendar != "GREGORIAN")) {
    diagnostics.warn(node, "birth date '" + text + "' (" +
                               (calendar.empty() ? "GREGORIAN" : calendar) +
                               ") not read as a Gregorian date; kept as text");
    add_property(entity, "birth_date", join({text, calendar}, " "));
    return;
  }
  date->circa = is_true(node, "circa");
  date->original = date->circa ? "circa " + text : text;
  add_birth_date(entity, std::move(*date));
}

void read_citizenship(const pugi::xml_node& node, Entity& entity) {
  const std::string code = country_of(node);
  if (!code.empty()) {
    append_unique(entity.citizenships, code);
    return;
  }
  add_property(entity, "citizenship", country_description(node));
}

void read_identification(const pugi::xml_node& node, Entity& entity) {
  const std::string code = attribute(node, "identificationTypeCode");
  IdentifierType type = IdentifierType::kOther;
  for (const DocumentType& known : kDocumentTypes) {
    if (known.code == lower(code)) type = known.type;
  }
  const std::string description = attribute(node, "identificationTypeDescription");
  std::string number = attribute(node, "number");
  const std::string latin_number = attribute(node, "latinNumber");
  if (number.empty()) number = latin_number;
  if (number.empty()) return;
  Identifier identifier = make_identifier(type, description.empty() ? code : description, number);
  identifier.country = country_of(node);
  identifier.issued = attribute(node, "issueDate");
  std::string flags;
  for (const char* flag :
       {"knownExpired", "knownFalse", "reportedLost", "revokedByIssuer", "diplomatic"}) {
    if (is_true(node, flag)) flags += (flags.empty() ? "" : ", ") + std::string(flag);
  }
  identifier.note = join({attribute(node, "issuedBy"), flags, remarks_of(node),
                          latin_number != number ? latin_number : ""},
                         "; ");
  entity.identifiers.push_back(std::move(identifier));
}

void read_address(const pugi::xml_node& node, Entity& entity) {
  Address address;
  address.street = join({attribute(node, "street"), attribute(node, "poBox")}, ", ");
  address.city = join({attribute(node, "city"), attribute(node, "place")}, ", ");
  address.region = attribute(node, "region");
  address.postal_code = attribute(node, "zipCode");
  address.country = country_of(node);
  address.country_name = country_description(node);
  address.note =
      join({remarks_of(node), is_true(node, "asAtListingTime") ? "as at listing time" : ""}, "; ");
  for (const pugi::xml_node& contact : node.children()) {
    if (local_name(contact) != "contactInfo") continue;
    const std::string key = attribute(contact, "key");
    const std::string value = attribute(contact, "value");
    for (const ContactType& known : kContactTypes) {
      if (known.key != key || value.empty()) continue;
      entity.identifiers.push_back(make_identifier(known.type, std::string(known.label), value));
    }
  }
  if (address.to_string().empty()) return;
  append_unique(entity.countries, address.country);
  entity.addresses.push_back(std::move(address));
}

}  // namespace vigil::sources::eu_fsf
