#include "sources/ofac_enhanced_entity.h"

#include <array>
#include <string>

#include "sources/entity_support.h"
#include "sources/ofac_date_span.h"
#include "sources/ofac_enhanced_names.h"
#include "sources/ofac_features.h"
#include "sources/ofac_id_types.h"
#include "sources/ofac_programs.h"
#include "sources/ofac_relation_types.h"

namespace vigil::sources::ofac_enhanced {
namespace {

using xml::child;
using xml::child_text;
using xml::local_name;

struct Context {
  Entity& entity;
  const CountryCodes& countries;
  xml::DiagnosticSink& diagnostics;
};

Schema schema_of(std::string_view type) {
  if (type == "Individual") return Schema::kPerson;
  if (type == "Entity") return Schema::kOrganization;
  if (type == "Vessel") return Schema::kVessel;
  if (type == "Aircraft") return Schema::kAircraft;
  return Schema::kUnknown;
}

// The ISO code of a country element: its refId in the file's table, else its name.
std::string country_code_of(const pugi::xml_node& node, const Context& context) {
  const auto coded = context.countries.find(node.attribute("refId").value());
  if (coded != context.countries.end()) return coded->second;
  return country_code_or_empty(xml::text(node));
}

// The children of `list` named `item`, each passed to `read`.
template <typename Read>
void for_each_item(const pugi::xml_node& list, std::string_view item, Read read) {
  for (const pugi::xml_node& node : list.children()) {
    if (local_name(node) == item) read(node);
  }
}

// Programs are the sanctions; the lists an entity is on ("SDN List", "Non-SDN CMIC List") and
// the legal authorities are properties, the earliest list date is the listing date.
void read_sanctions(const pugi::xml_node& node, Context& context) {
  Entity& entity = context.entity;
  std::string listed_on;
  for_each_item(child(node, "sanctionsLists"), "sanctionsList", [&](const pugi::xml_node& list) {
    add_unique_property(entity, "sanctions_list", xml::text(list));
    const std::string date = list.attribute("datePublished").value();
    if (!date.empty() && (listed_on.empty() || date < listed_on)) listed_on = date;
  });
  for_each_item(child(node, "legalAuthorities"), "legalAuthority", [&](const pugi::xml_node& law) {
    add_unique_property(entity, "legal_authority", xml::text(law));
  });
  for_each_item(child(node, "sanctionsTypes"), "sanctionsType", [&](const pugi::xml_node& type) {
    add_unique_property(entity, "sanctions_type", xml::text(type));
  });
  for_each_item(child(node, "sanctionsPrograms"), "sanctionsProgram",
                [&](const pugi::xml_node& program_node) {
                  const std::string program = xml::text(program_node);
                  if (program.empty()) return;
                  entity.sanctions.push_back(
                      Sanction{"OFAC", program, ofac_legal_basis(program), listed_on, {}});
                });
}

void read_address(const pugi::xml_node& node, Context& context) {
  Address address;
  address.country_name = child_text(node, "country");
  address.country = country_code_of(child(node, "country"), context);
  std::string street;
  for (const pugi::xml_node& translation : child(node, "translations").children()) {
    if (child_text(translation, "isPrimary") != "true") continue;
    for_each_item(child(translation, "addressParts"), "addressPart",
                  [&](const pugi::xml_node& part) {
                    const std::string type = child_text(part, "type");
                    std::string value = child_text(part, "value");
                    if (type.starts_with("ADDRESS")) {
                      street += (street.empty() || value.empty() ? "" : ", ") + value;
                    }
                    if (type == "CITY") address.city = std::move(value);
                    if (type == "STATE/PROVINCE" || type == "REGION") {
                      address.region = std::move(value);
                    }
                    if (type == "POSTAL CODE") address.postal_code = std::move(value);
                  });
  }
  address.street = std::move(street);
  if (address.to_string().empty()) return;
  append_unique(context.entity.countries, address.country);
  context.entity.addresses.push_back(std::move(address));
}

void read_addresses(const pugi::xml_node& list, Context& context) {
  for_each_item(list, "address", [&](const pugi::xml_node& node) { read_address(node, context); });
}

void read_document(const pugi::xml_node& node, Context& context) {
  Entity& entity = context.entity;
  const pugi::xml_node issuer = child(node, "issuingCountry");
  std::string country = country_code_of(issuer, context);
  if (country.empty()) country = xml::text(issuer);
  const size_t before = entity.identifiers.size();
  apply_ofac_id(
      OfacId{child_text(node, "type"), child_text(node, "documentNumber"), country, {}, {}},
      entity);
  if (entity.identifiers.size() == before) return;
  Identifier& identifier = entity.identifiers.back();
  std::string note = child_text(node, "issuingAuthority");
  if (child_text(node, "isValid") == "false") note += note.empty() ? "not valid" : "; not valid";
  if (!note.empty()) identifier.note = std::move(note);
}

void read_documents(const pugi::xml_node& list, Context& context) {
  for_each_item(list, "identityDocument",
                [&](const pugi::xml_node& node) { read_document(node, context); });
}

std::optional<DateValue> date_of(const pugi::xml_node& node) {
  if (!node) return std::nullopt;
  const std::optional<PartialDate> first = parse_iso_day(child_text(node, "fromDateBegin"));
  const std::optional<PartialDate> last = parse_iso_day(child_text(node, "toDateEnd"));
  if (!first || !last) return std::nullopt;
  return date_of_span(*first, *last, child_text(node, "isApproximate") == "true");
}

void read_feature(const pugi::xml_node& node, Context& context) {
  OfacFeature feature;
  feature.type = child_text(node, "type");
  feature.value = child_text(node, "value");
  feature.comment = child_text(node, "comments");
  const std::string value_ref = child_text(node, "valueRefId");
  if (const auto coded = context.countries.find(value_ref); coded != context.countries.end()) {
    feature.country = coded->second;
  }
  const pugi::xml_node date_node = child(node, "valueDate");
  feature.date = date_of(date_node);
  if (date_node && !feature.date) {
    context.diagnostics.warn(date_node, "unreadable " + feature.type + " date '" + feature.value +
                                            "', read from its text");
  }
  if (feature.date) feature.date->original = feature.value;
  apply_ofac_feature(feature, context.entity);
}

void read_features(const pugi::xml_node& list, Context& context) {
  for_each_item(list, "feature", [&](const pugi::xml_node& node) { read_feature(node, context); });
}

void read_relationships(const pugi::xml_node& list, Context& context) {
  for_each_item(list, "relationship", [&](const pugi::xml_node& node) {
    const pugi::xml_node related = child(node, "relatedEntity");
    Relation relation;
    relation.kind = ofac_relation_kind(child_text(node, "type"));
    relation.target_name = xml::text(related);
    const std::string target = related.attribute("entityId").value();
    if (!target.empty()) relation.target_id = context.entity.dataset + ":" + target;
    if (relation.target_name.empty() && relation.target_id.empty()) return;
    context.entity.relations.push_back(std::move(relation));
  });
}

struct ListReader {
  std::string_view element;
  void (*read)(const pugi::xml_node&, Context&);
};

constexpr std::array<ListReader, 4> kListReaders = {{
    {"addresses", read_addresses},
    {"identityDocuments", read_documents},
    {"features", read_features},
    {"relationships", read_relationships},
}};

}  // namespace

Entity read_entity(const pugi::xml_node& node, std::string_view dataset_id, std::string_view id,
                   const CountryCodes& countries, xml::DiagnosticSink& diagnostics) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(id);
  entity.id = entity.dataset + ":" + entity.source_id;
  const pugi::xml_node general = child(node, "generalInfo");
  const std::string type = child_text(general, "entityType");
  entity.schema = schema_of(type);
  if (entity.schema == Schema::kUnknown) {
    diagnostics.warn(general, "unknown entityType '" + type + "'");
  }
  entity.remarks = xml::raw_text(child(general, "remarks"));
  read_names(child(node, "names"), entity);

  Context context{entity, countries, diagnostics};
  read_sanctions(node, context);
  for (const pugi::xml_node& list : node.children()) {
    const std::string_view name = local_name(list);
    for (const ListReader& reader : kListReaders) {
      if (reader.element == name) reader.read(list, context);
    }
  }
  return entity;
}

}  // namespace vigil::sources::ofac_enhanced
