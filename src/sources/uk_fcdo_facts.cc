#include "sources/uk_fcdo_facts.h"

#include <algorithm>
#include <utility>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/list_text.h"

namespace vigil::sources::uk_fcdo {
namespace {

using model::lower;
using model::trim;

constexpr std::string_view kAuthority = "UK FCDO";

Schema schema_of(std::string_view designation_type) {
  const std::string type = lower(trim(designation_type));
  if (type == "individual") return Schema::kPerson;
  if (type == "entity") return Schema::kOrganization;
  if (type == "ship") return Schema::kVessel;
  return Schema::kUnknown;
}

// Facts kept as properties, by key.
struct PropertyFact {
  Fact fact;
  std::string_view key;
};
constexpr std::array<PropertyFact, 13> kPropertyFacts = {{
    {Fact::kOfsiGroupId, "ofsi_group_id"},
    {Fact::kUnReference, "un_id"},
    {Fact::kDesignationSource, "designation_source"},
    {Fact::kTitle, "title"},
    {Fact::kPosition, "position"},
    {Fact::kTypeOfEntity, "organization_type"},
    {Fact::kOwnerOperator, "vessel_owner"},
    {Fact::kPreviousOwnerOperator, "vessel_owner_former"},
    {Fact::kPreviousFlag, "vessel_flag_former"},
    {Fact::kTypeOfShip, "vessel_type"},
    {Fact::kTonnage, "vessel_tonnage"},
    {Fact::kLength, "vessel_length"},
    {Fact::kYearBuilt, "vessel_build_year"},
}};

struct IdentifierFact {
  Fact fact;
  IdentifierType type;
  std::string_view label;
};
constexpr std::array<IdentifierFact, 6> kIdentifierFacts = {{
    {Fact::kPhone, IdentifierType::kPhone, "Phone"},
    {Fact::kEmail, IdentifierType::kEmail, "Email"},
    {Fact::kWebsite, IdentifierType::kWebsite, "Website"},
    {Fact::kBusinessRegistration, IdentifierType::kRegistration, "Business registration number"},
    {Fact::kImo, IdentifierType::kImo, "IMO number"},
    {Fact::kHullIdentification, IdentifierType::kOther, "Hull identification number"},
}};

// "Primary Name", "Primary name variation", "Alias" (also written "ALias"), with the alias's
// strength; a former name where the type says so.
NameKind kind_of(std::string_view type, std::string_view strength) {
  const std::string name_type = lower(trim(type));
  if (name_type == "primary name") return NameKind::kPrimary;
  if (name_type.find("former") != std::string::npos || name_type == "fka") {
    return NameKind::kFormer;
  }
  if (lower(strength).find("low") != std::string::npos) return NameKind::kWeakAlias;
  return NameKind::kAlias;
}

// The issuing country a document's details start with: "Afghanistan passport", "Mali number",
// "Russian passport. Issued 2010"; empty when none.
std::string issuer_of(std::string_view details) {
  std::string_view head = details.substr(0, details.find_first_of(".,;("));
  const std::string text = lower(head);
  for (std::string_view word : {" passport", " number", " national", " identification", " id"}) {
    const size_t at = text.find(word);
    if (at != std::string::npos) head = head.substr(0, std::min(at, head.size()));
  }
  return country_code_or_empty(trim(head));
}

// Several email addresses are written in one value, separated by ';' or spaces.
std::vector<std::string_view> split_emails(std::string_view text) {
  std::vector<std::string_view> emails;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find_first_of("; ,", start), text.size());
    if (end > start) emails.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return emails;
}

}  // namespace

std::string iso_date(std::string_view text) {
  const std::optional<DateValue> date = parse_day_first_date(text);
  if (!date || date->is_range() || date->from.day == 0) return {};
  return date->from.to_iso();
}

DesignationBuilder::DesignationBuilder(std::string_view dataset_id, std::string_view unique_id,
                                       std::string_view designation_type) {
  entity_.dataset = std::string(dataset_id);
  entity_.source_id = std::string(unique_id);
  entity_.id = entity_.dataset + ":" + entity_.source_id;
  entity_.schema = schema_of(designation_type);
}

bool DesignationBuilder::is_new(Fact fact, std::string_view value) {
  return !value.empty() && seen_.emplace(fact, std::string(value)).second;
}

void DesignationBuilder::add(Fact fact, std::string_view raw) {
  const std::string value = normalise_spaces(raw);
  if (!is_new(fact, value)) return;
  for (const IdentifierFact& known : kIdentifierFacts) {
    if (known.fact != fact) continue;
    if (fact != Fact::kEmail) return add_identifier(known.type, std::string(known.label), value);
    for (std::string_view email : split_emails(value)) {
      add_identifier(known.type, std::string(known.label), email);
    }
    return;
  }
  for (const PropertyFact& known : kPropertyFacts) {
    if (known.fact == fact) add_property(entity_, std::string(known.key), value);
  }
  switch (fact) {
    case Fact::kTitle: titles_.push_back(value); break;
    case Fact::kRegime: regimes_.push_back(value); break;
    case Fact::kStatementOfReasons: reasons_ = value; break;
    case Fact::kDateDesignated: date_designated_ = value; break;
    case Fact::kOtherInformation:
      entity_.remarks += (entity_.remarks.empty() ? "" : "\n") + std::string(trim(raw));
      break;
    case Fact::kLastUpdated: {
      const std::string iso = iso_date(value);
      add_property(entity_, "last_updated", iso.empty() ? value : iso);
      break;
    }
    case Fact::kSanctionsImposed:
      for (const std::string& measure : enumerated_values(value)) {
        size_t start = 0;
        while (start <= measure.size()) {
          const size_t end = std::min(measure.find('|', start), measure.size());
          add_unique_property(entity_, "sanctions_imposed",
                              std::string(trim(measure.substr(start, end - start))));
          start = end + 1;
        }
      }
      break;
    case Fact::kGender:
      if (entity_.gender == Gender::kUnknown) {
        entity_.gender = parse_gender(value).value_or(Gender::kUnknown);
      }
      break;
    case Fact::kBirthDate: add_birth_date(value); break;
    case Fact::kNationality: add_nationality(value); break;
    case Fact::kFlag:
      add_property(entity_, "vessel_flag", value);
      add_property(entity_, "vessel_flag_code", country_code_or_empty(value));
      break;
    case Fact::kParentCompany: add_relation(RelationKind::kOwnedBy, value); break;
    case Fact::kSubsidiary: add_relation(RelationKind::kLinkedTo, value); break;
    default: break;
  }
}

void DesignationBuilder::add_identifier(IdentifierType type, std::string label,
                                        std::string_view value) {
  Identifier identifier = make_identifier(type, std::move(label), std::string(value));
  for (const Identifier& known : entity_.identifiers) {
    if (known.type == type && known.normalised == identifier.normalised) return;
  }
  entity_.identifiers.push_back(std::move(identifier));
}

void DesignationBuilder::add_relation(RelationKind kind, std::string_view name) {
  Relation relation;
  relation.kind = kind;
  relation.target_name = std::string(name);
  entity_.relations.push_back(std::move(relation));
}

// "dd/mm/1945" is a year whose day and month the list does not know.
void DesignationBuilder::add_birth_date(std::string_view text) {
  std::string date_text(text);
  for (std::string_view unknown : {"dd", "DD", "mm", "MM"}) {
    for (size_t at = date_text.find(unknown); at != std::string::npos;
         at = date_text.find(unknown)) {
      date_text.replace(at, unknown.size(), "00");
    }
  }
  std::optional<DateValue> date = parse_day_first_birth_date(date_text);
  if (!date) {
    warnings_.push_back("unrecognised date of birth '" + std::string(text) + "' kept as text");
    add_property(entity_, "birth_date", std::string(text));
    return;
  }
  date->original = std::string(text);
  vigil::sources::add_birth_date(entity_, std::move(*date));
}

void DesignationBuilder::add_nationality(std::string_view text) {
  const std::string code = country_code_or_empty(text);
  if (code.empty()) {
    add_property(entity_, "nationality", std::string(text));
    return;
  }
  append_unique(entity_.nationalities, code);
}

void DesignationBuilder::add_name(const NameFields& fields) {
  std::vector<std::string> parts;
  for (const std::string& part : fields.parts) parts.push_back(normalise_spaces(part));
  Name name;
  name.full = join_non_empty(parts, " ");
  if (name.full.empty()) return;
  for (const Name& known : entity_.names) {
    if (known.full == name.full) return;
  }
  name.kind = kind_of(fields.type, fields.strength);
  if (name.kind == NameKind::kPrimary && entity_.primary_name() != nullptr &&
      entity_.primary_name()->kind == NameKind::kPrimary) {
    name.kind = NameKind::kAlias;  // a second primary name is a variation of the first
  }
  name.script = dominant_script(name.full);
  if (entity_.schema == Schema::kPerson) {
    name.parts.given = parts[0];
    name.parts.middle = join_non_empty({parts[1], parts[2], parts[3], parts[4]}, " ");
    name.parts.family = parts[5];
  }
  entity_.names.push_back(std::move(name));
}

void DesignationBuilder::add_non_latin_name(const NonLatinNameFields& fields) {
  Name name;
  name.full = normalise_spaces(fields.name);
  if (name.full.empty()) return;
  for (const Name& known : entity_.names) {
    if (known.full == name.full) return;
  }
  name.kind = NameKind::kNativeScript;
  name.script = dominant_script(name.full);
  name.language = language_code(trim(fields.language));
  entity_.names.push_back(std::move(name));
}

void DesignationBuilder::add_address(const AddressFields& fields) {
  Address address;
  std::vector<std::string> street;
  for (size_t line = 0; line + 1 < fields.lines.size(); ++line) {
    street.push_back(normalise_spaces(fields.lines[line]));
  }
  address.street = join_non_empty(street, ", ");
  address.city = normalise_spaces(fields.lines.back());
  address.postal_code = normalise_spaces(fields.postal_code);
  address.country_name = normalise_spaces(fields.country);
  address.country = country_code_or_empty(address.country_name);
  const std::string line = address.to_string();
  if (line.empty()) return;
  for (const Address& known : entity_.addresses) {
    if (known.to_string() == line) return;
  }
  append_unique(entity_.countries, address.country);
  entity_.addresses.push_back(std::move(address));
}

void DesignationBuilder::add_document(Document document, std::string_view number,
                                      std::string_view details) {
  const bool passport = document == Document::kPassport;
  Identifier identifier =
      make_identifier(passport ? IdentifierType::kPassport : IdentifierType::kNationalId,
                      passport ? "Passport" : "National identifier", normalise_spaces(number));
  if (identifier.value.empty()) return;
  for (const Identifier& known : entity_.identifiers) {
    if (known.type == identifier.type && known.normalised == identifier.normalised) return;
  }
  identifier.note = normalise_spaces(details);
  identifier.country = issuer_of(identifier.note);
  entity_.identifiers.push_back(std::move(identifier));
}

void DesignationBuilder::add_birth_place(std::string_view town, std::string_view country) {
  append_unique(entity_.birth_places,
                join_non_empty({normalise_spaces(town), normalise_spaces(country)}, ", "));
}

Entity DesignationBuilder::finish() {
  std::vector<Name>& names = entity_.names;
  // Latin names first, as the XML lists them; the CSV states a native name on each row.
  std::stable_partition(names.begin(), names.end(),
                        [](const Name& name) { return name.kind != NameKind::kNativeScript; });
  auto primary = std::find_if(names.begin(), names.end(),
                              [](const Name& name) { return name.kind == NameKind::kPrimary; });
  if (primary == names.end()) {
    primary = std::find_if(names.begin(), names.end(),
                           [](const Name& name) { return name.kind != NameKind::kNativeScript; });
    if (primary != names.end()) primary->kind = NameKind::kPrimary;
  }
  if (primary != names.end()) std::rotate(names.begin(), primary, primary + 1);
  if (!titles_.empty() && entity_.schema == Schema::kPerson) {
    for (Name& name : names) {
      if (name.kind != NameKind::kNativeScript) name.parts.title = titles_.front();
    }
  }
  const std::string listed_on = iso_date(date_designated_);
  if (listed_on.empty() && !date_designated_.empty()) {
    warnings_.push_back("unrecognised Date Designated '" + date_designated_ + "'");
  }
  for (const std::string& regime : regimes_) {
    entity_.sanctions.push_back(Sanction{std::string(kAuthority), regime, {}, listed_on, reasons_});
  }
  std::stable_sort(entity_.identifiers.begin(), entity_.identifiers.end(),
                   [](const Identifier& a, const Identifier& b) { return a.type < b.type; });
  std::stable_sort(entity_.relations.begin(), entity_.relations.end(),
                   [](const Relation& a, const Relation& b) { return a.kind < b.kind; });
  std::stable_sort(entity_.properties.begin(), entity_.properties.end(),
                   [](const Property& a, const Property& b) { return a.key < b.key; });
  return std::move(entity_);
}

}  // namespace vigil::sources::uk_fcdo
