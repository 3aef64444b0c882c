#include "sources/ofac_xml_entry.h"

#include <array>
#include <cctype>
#include <string>
#include <tuple>

#include "sources/entity_support.h"
#include "sources/ofac_id_types.h"
#include "sources/ofac_programs.h"

namespace vigil::sources::ofac_xml {
namespace {

using xml::child_text;
using xml::local_name;

struct Context {
  Entity& entity;
  xml::DiagnosticSink& diagnostics;
};

std::string join(std::string_view first, std::string_view second, std::string_view separator) {
  if (first.empty()) return std::string(second);
  if (second.empty()) return std::string(first);
  std::string out(first);
  out += separator;
  out += second;
  return out;
}

Schema schema_of(std::string_view sdn_type) {
  if (sdn_type == "Individual") return Schema::kPerson;
  if (sdn_type == "Entity") return Schema::kOrganization;
  if (sdn_type == "Vessel") return Schema::kVessel;
  if (sdn_type == "Aircraft") return Schema::kAircraft;
  return Schema::kUnknown;
}

// A person's weak alias often comes as "ZAHAR, Mahmoud" in lastName alone: family name, comma,
// given names. Organisation names keep their commas ("VTB BANK, PJSC").
void split_inverted_name(std::string& first, std::string& last) {
  const size_t comma = last.find(", ");
  if (!first.empty() || comma == std::string::npos ||
      last.find(',', comma + 1) != std::string::npos) {
    return;
  }
  first = last.substr(comma + 2);
  last.resize(comma);
}

// OFAC writes a person's given names in firstName and the family name in lastName; an
// organisation, vessel or aircraft has its whole name in lastName.
Name make_name(const pugi::xml_node& node, Schema schema, NameKind kind) {
  std::string first = child_text(node, "firstName");
  std::string last = child_text(node, "lastName");
  if (schema == Schema::kPerson) split_inverted_name(first, last);
  Name name;
  name.kind = kind;
  name.full = join(first, last, " ");
  name.script = dominant_script(name.full);
  if (schema == Schema::kPerson && !first.empty()) {
    std::tie(name.parts.given, name.parts.middle) = split_given_names(first);
    name.parts.family = last;
  }
  return name;
}

NameKind aka_kind(const pugi::xml_node& aka) {
  if (child_text(aka, "type") == "f.k.a.") return NameKind::kFormer;
  if (child_text(aka, "category") == "weak") return NameKind::kWeakAlias;
  return NameKind::kAlias;
}

void read_akas(const pugi::xml_node& list, Context& context) {
  for (const pugi::xml_node& aka : list.children()) {
    if (local_name(aka) != "aka") continue;
    Name name = make_name(aka, context.entity.schema, aka_kind(aka));
    if (name.full.empty()) continue;
    context.entity.names.push_back(std::move(name));
  }
}

// The program's legal basis from OFAC's program table, shared with the CSV parser so that both
// formats agree; a program the table lacks still names its order when it carries one
// ("RUSSIA-EO14024" -> "E.O. 14024").
std::string legal_basis_of(std::string_view program) {
  const std::string_view known = ofac_program_legal_basis(program);
  if (!known.empty()) return std::string(known);
  const size_t at = program.find("EO");
  if (at == std::string_view::npos) return {};
  size_t end = at + 2;
  while (end < program.size() && std::isdigit(static_cast<unsigned char>(program[end]))) ++end;
  if (end == at + 2) return {};
  return "E.O. " + std::string(program.substr(at + 2, end - at - 2));
}

void read_programs(const pugi::xml_node& list, Context& context) {
  for (const pugi::xml_node& node : list.children()) {
    const std::string program = xml::text(node);
    if (local_name(node) != "program" || program.empty()) continue;
    context.entity.sanctions.push_back(Sanction{"OFAC", program, legal_basis_of(program), {}, {}});
  }
}

void read_ids(const pugi::xml_node& list, Context& context) {
  for (const pugi::xml_node& node : list.children()) {
    if (local_name(node) != "id") continue;
    const OfacId id{child_text(node, "idType"), child_text(node, "idNumber"),
                    child_text(node, "idCountry"), child_text(node, "issueDate"),
                    child_text(node, "expirationDate")};
    apply_ofac_id(id, context.entity);
  }
}

void read_addresses(const pugi::xml_node& list, Context& context) {
  for (const pugi::xml_node& node : list.children()) {
    if (local_name(node) != "address") continue;
    Address address;
    address.street = join(join(child_text(node, "address1"), child_text(node, "address2"), ", "),
                          child_text(node, "address3"), ", ");
    address.city = child_text(node, "city");
    address.region = child_text(node, "stateOrProvince");
    address.postal_code = child_text(node, "postalCode");
    address.country_name = child_text(node, "country");
    address.country = country_code_or_empty(address.country_name);
    if (address.to_string().empty()) continue;
    append_unique(context.entity.countries, address.country);
    context.entity.addresses.push_back(std::move(address));
  }
}

// nationalityList / citizenshipList: items with a <country>; unknown names are kept as text.
void read_countries(const pugi::xml_node& list, std::vector<std::string>& codes,
                    std::string_view property_key, Context& context) {
  for (const pugi::xml_node& item : list.children()) {
    const std::string name = child_text(item, "country");
    const std::string code = country_code_or_empty(name);
    if (code.empty()) {
      add_property(context.entity, std::string(property_key), name);
    } else {
      append_unique(codes, code);
    }
  }
}

void read_nationalities(const pugi::xml_node& list, Context& context) {
  read_countries(list, context.entity.nationalities, "nationality", context);
}

void read_citizenships(const pugi::xml_node& list, Context& context) {
  read_countries(list, context.entity.citizenships, "citizenship", context);
}

void read_birth_dates(const pugi::xml_node& list, Context& context) {
  for (const pugi::xml_node& item : list.children()) {
    const std::string text = child_text(item, "dateOfBirth");
    if (text.empty()) continue;
    std::optional<DateValue> date = parse_date(text);
    if (!date) {
      context.diagnostics.warn(item, "unrecognised date of birth '" + text + "' kept as text");
      add_property(context.entity, "birth_date", text);
      continue;
    }
    if (date->original.empty()) date->original = text;
    add_birth_date(context.entity, std::move(*date));
  }
}

void read_birth_places(const pugi::xml_node& list, Context& context) {
  for (const pugi::xml_node& item : list.children()) {
    append_unique(context.entity.birth_places, child_text(item, "placeOfBirth"));
  }
}

void read_vessel(const pugi::xml_node& info, Context& context) {
  Entity& entity = context.entity;
  const std::string call_sign = child_text(info, "callSign");
  if (!call_sign.empty()) {
    entity.identifiers.push_back(
        make_identifier(IdentifierType::kCallSign, "Call Sign", call_sign));
  }
  add_property(entity, "vessel_type", child_text(info, "vesselType"));
  const std::string flag = child_text(info, "vesselFlag");
  add_property(entity, "vessel_flag", flag);
  append_unique(entity.countries, country_code_or_empty(flag));
  const std::string owner = child_text(info, "vesselOwner");
  add_property(entity, "vessel_owner", owner);
  if (!owner.empty()) entity.relations.push_back(Relation{RelationKind::kOwnedBy, {}, owner, {}});
  add_property(entity, "vessel_tonnage", child_text(info, "tonnage"));
  add_property(entity, "vessel_grt", child_text(info, "grossRegisteredTonnage"));
}

void read_remarks(const pugi::xml_node& node, Context& context) {
  context.entity.remarks = xml::raw_text(node);
  for (std::string& name : linked_to_names(context.entity.remarks)) {
    context.entity.relations.push_back(Relation{RelationKind::kLinkedTo, {}, std::move(name), {}});
  }
}

void read_position(const pugi::xml_node& node, Context& context) {
  add_property(context.entity, "position", xml::text(node));
}

struct FieldReader {
  std::string_view element;
  void (*read)(const pugi::xml_node&, Context&);
};

constexpr std::array<FieldReader, 11> kFieldReaders = {{
    {"programList", read_programs},
    {"idList", read_ids},
    {"akaList", read_akas},
    {"addressList", read_addresses},
    {"nationalityList", read_nationalities},
    {"citizenshipList", read_citizenships},
    {"dateOfBirthList", read_birth_dates},
    {"placeOfBirthList", read_birth_places},
    {"vesselInfo", read_vessel},
    {"remarks", read_remarks},
    {"title", read_position},
}};

}  // namespace

Entity read_entry(const pugi::xml_node& entry, std::string_view dataset_id, std::string_view uid,
                  xml::DiagnosticSink& diagnostics) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(uid);
  entity.id = entity.dataset + ":" + entity.source_id;
  const std::string sdn_type = child_text(entry, "sdnType");
  entity.schema = schema_of(sdn_type);
  if (entity.schema == Schema::kUnknown) {
    diagnostics.warn(entry, "unknown sdnType '" + sdn_type + "'");
  }
  Name primary = make_name(entry, entity.schema, NameKind::kPrimary);
  if (!primary.full.empty()) entity.names.push_back(std::move(primary));

  Context context{entity, diagnostics};
  for (const pugi::xml_node& node : entry.children()) {
    const std::string_view name = local_name(node);
    for (const FieldReader& reader : kFieldReaders) {
      if (reader.element == name) reader.read(node, context);
    }
  }
  return entity;
}

}  // namespace vigil::sources::ofac_xml
