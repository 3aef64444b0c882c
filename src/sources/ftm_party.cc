#include "sources/ftm_party.h"

#include <algorithm>
#include <array>

#include "model/ascii.h"
#include "model/country.h"
#include "sources/entity_support.h"
#include "sources/ftm_schema.h"

namespace vigil::sources {
namespace {

using model::lower;

// FtM properties read as a whole before the property loop (names, name parts, remarks), or
// kept for the links (addressEntity).
constexpr std::array<std::string_view, 14> kReadAsAWhole = {
    "name",      "alias",      "abbreviation", "weakAlias",    "previousName",
    "firstName", "middleName", "secondName",   "lastName",     "fatherName",
    "notes",     "summary",    "description",  "addressEntity"};

constexpr std::array<std::string_view, 3> kRemarkProperties = {"notes", "summary", "description"};

// Country-valued properties and the Vigil field they go to.
enum class CountryField : uint8_t { kNationality, kCitizenship, kCountry };
struct CountryProperty {
  std::string_view property;
  CountryField field;
};
constexpr std::array<CountryProperty, 6> kCountryProperties = {{
    {"nationality", CountryField::kNationality},
    {"citizenship", CountryField::kCitizenship},
    {"country", CountryField::kCountry},
    {"jurisdiction", CountryField::kCountry},
    {"mainCountry", CountryField::kCountry},
    {"birthCountry", CountryField::kCountry},
}};

struct PartyReader {
  const FtmRecord& record;
  FtmParty& party;
  FtmReport& report;

  Entity& entity() const { return party.entity; }

  void warn(std::string message) const {
    report.diagnostics.warn(record.line, record.id, std::move(message));
  }

  void add_name(const std::string& full, NameKind kind) const {
    if (model::trim(full).empty()) return;
    Name name;
    name.full = std::string(model::trim(full));
    name.script = dominant_script(name.full);
    name.kind = kind == NameKind::kAlias ? alias_kind(name.script) : kind;
    for (const Name& known : entity().names) {
      if (known.full == name.full && known.kind == name.kind) return;
    }
    entity().names.push_back(std::move(name));
  }

  // The first "name" is the primary one; the others are aliases (OpenSanctions merges the
  // names several lists give a party into "name").
  void read_names() const {
    bool first = true;
    for (const std::string& value : record.values("name")) {
      add_name(value, first ? NameKind::kPrimary : NameKind::kAlias);
      first = false;
    }
    for (const std::string& value : record.values("alias")) add_name(value, NameKind::kAlias);
    for (const std::string& value : record.values("abbreviation"))
      add_name(value, NameKind::kAlias);
    for (const std::string& value : record.values("weakAlias"))
      add_name(value, NameKind::kWeakAlias);
    for (const std::string& value : record.values("previousName"))
      add_name(value, NameKind::kFormer);
  }

  // Name parts are properties of the party, not of a name: they are given to the primary name
  // when each is stated once (several first names belong to several names, unknown which).
  std::string single(std::string_view property) const {
    const std::vector<std::string>& values = record.values(property);
    return values.size() == 1 ? std::string(model::trim(values.front())) : std::string();
  }

  void read_name_parts() const {
    NameParts parts;
    parts.given = single("firstName");
    parts.middle = single("middleName");
    if (parts.middle.empty()) parts.middle = single("secondName");
    parts.family = single("lastName");
    parts.patronymic = single("fatherName");
    if (entity().names.empty()) {
      std::string full;
      for (const std::string* part :
           {&parts.given, &parts.middle, &parts.patronymic, &parts.family}) {
        if (part->empty()) continue;
        if (!full.empty()) full += ' ';
        full += *part;
      }
      add_name(full, NameKind::kPrimary);
    }
    if (entity().names.empty() || entity().names.front().kind != NameKind::kPrimary) return;
    entity().names.front().parts = std::move(parts);
  }

  void read_remarks() const {
    for (std::string_view property : kRemarkProperties) {
      for (const std::string& value : record.values(property)) {
        if (value.empty()) continue;
        if (!entity().remarks.empty()) entity().remarks += '\n';
        entity().remarks += value;
      }
    }
  }

  void read_birth_date(const std::string& value) const {
    if (std::optional<DateValue> date = parse_ftm_date(value)) {
      add_birth_date(entity(), std::move(*date));
      return;
    }
    add_property(entity(), "birth_date", value);
    warn("birthDate '" + value + "' is not a date; kept as text");
  }

  void read_country(CountryField field, std::string_view property, const std::string& value) const {
    const std::string code = ftm_country(value);
    if (code.empty()) {
      add_property(entity(), std::string(property), value);
      return;
    }
    switch (field) {
      case CountryField::kNationality: append_unique(entity().nationalities, code); break;
      case CountryField::kCitizenship: append_unique(entity().citizenships, code); break;
      case CountryField::kCountry: append_unique(entity().countries, code); break;
    }
  }

  void read_gender(const std::string& value) const {
    const std::optional<Gender> gender = parse_gender(value);
    if (!gender || *gender == Gender::kUnknown) {
      add_property(entity(), "gender", value);
      return;
    }
    entity().gender = *gender;
  }

  void read_birth_place(const std::string& value) const {
    append_unique(entity().birth_places, value);
  }

  void read_identifier(const FtmIdentifierProperty& rule, const std::string& value) const {
    IdentifierType type = rule.type;
    // An aircraft's registration number is its tail mark.
    if (type == IdentifierType::kRegistration && entity().schema == Schema::kAircraft) {
      type = IdentifierType::kAircraftTail;
    }
    // The same number under a generic and a specific property (registrationNumber, ogrnCode)
    // is one identifier with the specific label.
    for (Identifier& known : entity().identifiers) {
      if (known.type != type || known.value != value) continue;
      if (known.label.empty()) known.label = std::string(rule.label);
      return;
    }
    entity().identifiers.push_back(make_identifier(type, std::string(rule.label), value));
  }

  // Vessel flags are countries in FtM; Vigil keeps the flag's name and code as properties.
  void read_flag(const std::string& value) const {
    const std::string code = ftm_country(value);
    const std::string_view name = code.empty() ? std::string_view() : model::country_name(code);
    add_property(entity(), "vessel_flag", name.empty() ? value : std::string(name));
    add_property(entity(), "vessel_flag_code", code);
  }

  void read_past_flag(const std::string& value) const {
    const std::string code = ftm_country(value);
    const std::string_view name = code.empty() ? std::string_view() : model::country_name(code);
    add_property(entity(), "vessel_flag_former", name.empty() ? value : std::string(name));
  }

  // The "type" of a vehicle says what kind of ship or aircraft it is.
  void read_type(const std::string& value) const {
    std::string key = "type";
    if (entity().schema == Schema::kVessel) key = "vessel_type";
    if (entity().schema == Schema::kAircraft) key = "aircraft_type";
    add_property(entity(), std::move(key), value);
  }

  void read_address(const std::string& value) const {
    if (model::trim(value).empty()) return;
    Address address;
    address.street = std::string(model::trim(value));
    entity().addresses.push_back(std::move(address));
  }

  void read_program(const std::string& value) const {
    Sanction sanction;
    sanction.program = value;
    entity().sanctions.push_back(std::move(sanction));
  }

  bool read_by_table(const FtmProperty& property) const {
    for (const FtmIdentifierProperty& rule : ftm_identifier_properties()) {
      if (rule.property != property.name) continue;
      for (const std::string& value : property.values) read_identifier(rule, value);
      return true;
    }
    for (const CountryProperty& rule : kCountryProperties) {
      if (rule.property != property.name) continue;
      for (const std::string& value : property.values) {
        read_country(rule.field, rule.property, value);
      }
      return true;
    }
    for (const FtmPropertyKey& rule : ftm_property_keys()) {
      if (rule.property != property.name) continue;
      for (const std::string& value : property.values) {
        add_property(entity(), std::string(rule.key), value);
      }
      return true;
    }
    return false;
  }

  void read_property(const FtmProperty& property) const {
    using ValueReader = void (PartyReader::*)(const std::string&) const;
    static constexpr std::array<std::pair<std::string_view, ValueReader>, 8> kValueReaders = {{
        {"birthDate", &PartyReader::read_birth_date},
        {"birthPlace", &PartyReader::read_birth_place},
        {"gender", &PartyReader::read_gender},
        {"program", &PartyReader::read_program},
        {"flag", &PartyReader::read_flag},
        {"pastFlags", &PartyReader::read_past_flag},
        {"type", &PartyReader::read_type},
        {"address", &PartyReader::read_address},
    }};
    const std::string_view name = property.name;
    if (name == "addressEntity") party.address_ids = property.values;
    for (const auto& [property_name, reader] : kValueReaders) {
      if (property_name != name) continue;
      for (const std::string& value : property.values) (this->*reader)(value);
      return;
    }
    if (std::find(kReadAsAWhole.begin(), kReadAsAWhole.end(), name) != kReadAsAWhole.end()) return;
    if (!read_by_table(property)) report.unread(record, property);
  }
};

}  // namespace

std::optional<DateValue> parse_ftm_date(std::string_view value) {
  value = model::trim(value);
  value = value.substr(0, value.find('T'));  // "1970-05-12T00:00:00" -> "1970-05-12"
  if (value.empty()) return std::nullopt;
  return parse_date(value);
}

std::string ftm_country(std::string_view code) {
  // FtM's codes for countries that no longer exist, and its "global" code.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kHistoric = {{
      {"suhh", "Soviet Union"},
      {"csxx", "Serbia and Montenegro"},
      {"yucs", "Yugoslavia"},
      {"ddde", "Germany"},
      {"zz", ""},
  }};
  std::string text = lower(model::trim(code));
  for (const auto& [historic, name] : kHistoric) {
    if (text == historic) text = name;
  }
  // A region of a country ("ge-ab", Abkhazia) is screened as the country.
  if (text.size() > 3 && text[2] == '-') text.resize(2);
  return country_code_or_empty(text);
}

FtmParty read_ftm_party(const FtmRecord& record, Schema schema, std::string_view dataset_id,
                        FtmReport& report) {
  FtmParty party;
  party.line = record.line;
  Entity& entity = party.entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = record.id;
  entity.id = entity.dataset + ":" + record.id;
  entity.schema = schema;
  const PartyReader reader{record, party, report};
  reader.read_names();
  reader.read_name_parts();
  reader.read_remarks();
  for (const FtmProperty& property : record.properties) reader.read_property(property);
  for (const std::string& dataset : record.datasets) {
    add_property(entity, "source_dataset", dataset);
  }
  if (record.target.has_value() && !*record.target) add_property(entity, "ftm_target", "false");
  return party;
}

}  // namespace vigil::sources
