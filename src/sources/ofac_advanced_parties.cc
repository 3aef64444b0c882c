#include "sources/ofac_advanced_parties.h"

#include <string>
#include <tuple>
#include <unordered_map>

#include "sources/entity_support.h"
#include "sources/ofac_features.h"
#include "sources/ofac_id_types.h"

namespace vigil::sources::ofac_advanced {
namespace {

using xml::child;
using xml::child_text;
using xml::local_name;

struct Context {
  Entity& entity;
  const AdvancedReferences& references;
  xml::DiagnosticSink& diagnostics;
};

// The PartySubType names vessels and aircraft; other parties take their PartyType's name.
Schema schema_of(const pugi::xml_node& profile, const AdvancedReferences& references) {
  const std::string_view subtype = profile.attribute("PartySubTypeID").value();
  std::string_view type = references.value("PartySubTypeValues", subtype);
  if (type != "Vessel" && type != "Aircraft") {
    type = references.value("PartyTypeValues",
                            references.attribute("PartySubTypeValues", subtype, "PartyTypeID"));
  }
  if (type == "Individual") return Schema::kPerson;
  if (type == "Entity") return Schema::kOrganization;
  if (type == "Vessel") return Schema::kVessel;
  if (type == "Aircraft") return Schema::kAircraft;
  return Schema::kUnknown;
}

NameKind kind_of(const pugi::xml_node& alias, const Context& context) {
  if (std::string_view(alias.attribute("Primary").value()) == "true") return NameKind::kPrimary;
  const std::string_view type =
      context.references.value("AliasTypeValues", alias.attribute("AliasTypeID").value());
  if (type == "F.K.A.") return NameKind::kFormer;
  if (std::string_view(alias.attribute("LowQuality").value()) == "true") {
    return NameKind::kWeakAlias;
  }
  return NameKind::kAlias;
}

std::string join_words(std::string_view first, std::string_view second) {
  if (first.empty()) return std::string(second);
  if (second.empty()) return std::string(first);
  return std::string(first) + " " + std::string(second);
}

// NamePartGroup ID -> NamePartType name ("Last Name", "Entity Name"), from the identity.
using PartTypes = std::unordered_map<std::string, std::string>;

PartTypes part_types_of(const pugi::xml_node& identity, const AdvancedReferences& references) {
  PartTypes types;
  for (const pugi::xml_node& master : child(identity, "NamePartGroups").children()) {
    for (const pugi::xml_node& group : master.children()) {
      types.emplace(
          group.attribute("ID").value(),
          references.value("NamePartTypeValues", group.attribute("NamePartTypeID").value()));
    }
  }
  return types;
}

// A person's parts in natural order; other parties' parts as the file orders them.
Name name_of(const pugi::xml_node& documented, const PartTypes& types, Schema schema) {
  Name name;
  std::string given_names;
  std::string other;
  for (const pugi::xml_node& part : documented.children()) {
    if (local_name(part) != "DocumentedNamePart") continue;
    const pugi::xml_node value = child(part, "NamePartValue");
    const auto type = types.find(value.attribute("NamePartGroupID").value());
    const std::string_view type_name =
        type == types.end() ? std::string_view() : std::string_view(type->second);
    std::string text = xml::text(value);
    if (type_name == "First Name")
      given_names = join_words(given_names, text);
    else if (type_name == "Middle Name")
      name.parts.middle = join_words(name.parts.middle, text);
    else if (type_name == "Patronymic")
      name.parts.patronymic = std::move(text);
    else if (type_name == "Last Name")
      name.parts.family = std::move(text);
    else
      other = join_words(other, text);
  }
  const std::string given = join_words(given_names, name.parts.middle);
  name.full =
      join_words(join_words(join_words(given, name.parts.patronymic), name.parts.family), other);
  if (schema != Schema::kPerson) {
    name.parts = {};
  } else if (name.parts.middle.empty()) {
    std::tie(name.parts.given, name.parts.middle) = split_given_names(given_names);
  } else {
    name.parts.given = std::move(given_names);
  }
  return name;
}

void read_identity(const pugi::xml_node& identity, Context& context) {
  const PartTypes types = part_types_of(identity, context.references);
  for (const pugi::xml_node& alias : identity.children()) {
    if (local_name(alias) != "Alias") continue;
    const NameKind kind = kind_of(alias, context);
    for (const pugi::xml_node& documented : alias.children()) {
      if (local_name(documented) != "DocumentedName") continue;
      Name name = name_of(documented, types, context.entity.schema);
      if (name.full.empty()) continue;
      name.script = dominant_script(name.full);
      name.kind =
          alias_kind(name.script) == NameKind::kNativeScript ? NameKind::kNativeScript : kind;
      context.entity.names.push_back(std::move(name));
    }
  }
  const auto* documents = context.references.documents(identity.attribute("ID").value());
  if (documents == nullptr) return;
  for (const AdvancedDocument& document : *documents) {
    const size_t before = context.entity.identifiers.size();
    apply_ofac_id(
        OfacId{document.type, document.number, document.country, document.issued, document.expires},
        context.entity);
    if (context.entity.identifiers.size() > before && !document.note.empty()) {
      context.entity.identifiers.back().note = document.note;
    }
  }
}

// A feature's value: its detail text, the name of the looked-up detail, or its location.
OfacFeature feature_of(const pugi::xml_node& version, std::string type, const Context& context) {
  OfacFeature feature;
  feature.type = std::move(type);
  const pugi::xml_node detail = child(version, "VersionDetail");
  const std::string_view reference = detail.attribute("DetailReferenceID").value();
  feature.value = reference.empty()
                      ? xml::text(detail)
                      : std::string(context.references.value("DetailReferenceValues", reference));
  feature.comment = child_text(version, "Comment");
  const pugi::xml_node location = child(version, "VersionLocation");
  if (const Address* address =
          context.references.location(location.attribute("LocationID").value())) {
    feature.address = *address;
    feature.country = address->country;
    const bool country_only = address->street.empty() && address->city.empty() &&
                              address->region.empty() && address->postal_code.empty();
    if (feature.value.empty() && country_only) feature.value = address->country_name;
  }
  return feature;
}

void read_feature(const pugi::xml_node& node, Context& context) {
  const std::string type(
      context.references.value("FeatureTypeValues", node.attribute("FeatureTypeID").value()));
  for (const pugi::xml_node& version : node.children()) {
    if (local_name(version) != "FeatureVersion") continue;
    OfacFeature feature = feature_of(version, type, context);
    if (const pugi::xml_node period = child(version, "DatePeriod")) {
      feature.date = date_of_period(period);
      if (!feature.date) {
        context.diagnostics.warn(period, "unreadable " + type + " date");
        continue;
      }
      feature.value = feature.date->to_string();
    }
    apply_ofac_feature(feature, context.entity);
  }
}

}  // namespace

Entity read_party(const pugi::xml_node& party, std::string_view dataset_id,
                  std::string_view fixed_ref, const AdvancedReferences& references,
                  xml::DiagnosticSink& diagnostics) {
  Entity entity;
  entity.dataset = std::string(dataset_id);
  entity.source_id = std::string(fixed_ref);
  entity.id = entity.dataset + ":" + entity.source_id;
  entity.remarks = xml::raw_text(child(party, "Comment"));
  const pugi::xml_node profile = child(party, "Profile");
  entity.schema = schema_of(profile, references);
  if (entity.schema == Schema::kUnknown) {
    diagnostics.warn(profile, "unknown PartySubTypeID '" +
                                  std::string(profile.attribute("PartySubTypeID").value()) + "'");
  }
  Context context{entity, references, diagnostics};
  for (const pugi::xml_node& node : profile.children()) {
    if (local_name(node) == "Identity") read_identity(node, context);
    if (local_name(node) == "Feature") read_feature(node, context);
  }
  return entity;
}

}  // namespace vigil::sources::ofac_advanced
