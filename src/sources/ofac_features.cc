#include "sources/ofac_features.h"

#include <array>
#include <string_view>

#include "model/ascii.h"
#include "sources/entity_support.h"
#include "sources/ofac_id_types.h"

namespace vigil::sources {
namespace {

using model::lower;

using FeatureReader = void (*)(const OfacFeature&, Entity&);

std::string country_of(const OfacFeature& feature) {
  return feature.country.empty() ? country_code_or_empty(feature.value) : feature.country;
}

void read_birth_date(const OfacFeature& feature, Entity& entity) {
  std::optional<DateValue> date = feature.date;
  if (!date) date = parse_date(feature.value);
  if (!date) {
    add_property(entity, "birth_date", feature.value);
    return;
  }
  if (date->original.empty()) date->original = feature.value;
  add_birth_date(entity, std::move(*date));
}

void read_birth_place(const OfacFeature& feature, Entity& entity) {
  std::string place = feature.value;
  if (place.empty() && feature.address) place = feature.address->to_string();
  append_unique(entity.birth_places, std::move(place));
}

void read_countries(const OfacFeature& feature, std::vector<std::string>& codes,
                    std::string_view key, Entity& entity) {
  const std::string code = country_of(feature);
  if (code.empty()) {
    add_property(entity, std::string(key), feature.value);
    return;
  }
  append_unique(codes, code);
}

void read_nationality(const OfacFeature& feature, Entity& entity) {
  read_countries(feature, entity.nationalities, "nationality", entity);
}

void read_citizenship(const OfacFeature& feature, Entity& entity) {
  read_countries(feature, entity.citizenships, "citizenship", entity);
}

void read_position(const OfacFeature& feature, Entity& entity) {
  add_property(entity, "position", feature.value);
}

void read_vessel_flag(const OfacFeature& feature, Entity& entity) {
  add_property(entity, "vessel_flag", feature.value);
  append_unique(entity.countries, country_of(feature));
}

void read_vessel_type(const OfacFeature& feature, Entity& entity) {
  add_property(entity, "vessel_type", feature.value);
}

void read_vessel_owner(const OfacFeature& feature, Entity& entity) {
  add_property(entity, "vessel_owner", feature.value);
  entity.relations.push_back(Relation{RelationKind::kOwnedBy, {}, feature.value, {}});
}

void read_vessel_tonnage(const OfacFeature& feature, Entity& entity) {
  add_property(entity, "vessel_tonnage", feature.value);
}

void read_vessel_grt(const OfacFeature& feature, Entity& entity) {
  add_property(entity, "vessel_grt", feature.value);
}

void read_location(const OfacFeature& feature, Entity& entity) {
  if (!feature.address || feature.address->to_string().empty()) return;
  append_unique(entity.countries, feature.address->country);
  entity.addresses.push_back(*feature.address);
}

// The labels with a place of their own in the model, lower case, matched whole.
struct FeatureLabel {
  std::string_view label;
  FeatureReader read;
};
constexpr std::array<FeatureLabel, 13> kFeatureLabels = {{
    {"birthdate", read_birth_date},
    {"place of birth", read_birth_place},
    {"nationality country", read_nationality},
    {"citizenship country", read_citizenship},
    {"title", read_position},
    {"vessel flag", read_vessel_flag},
    {"vessel type", read_vessel_type},
    {"vessel owner", read_vessel_owner},
    {"vessel tonnage", read_vessel_tonnage},
    {"vessel gross registered tonnage", read_vessel_grt},
    {"location", read_location},
    {"address", read_location},
    {"residency address", read_location},
}};

}  // namespace

void apply_ofac_feature(const OfacFeature& feature, Entity& entity) {
  const std::string label = lower(feature.type);
  for (const FeatureLabel& known : kFeatureLabels) {
    if (known.label != label) continue;
    if (feature.value.empty() && !feature.address) return;
    known.read(feature, entity);
    return;
  }
  const size_t before = entity.identifiers.size();
  apply_ofac_id(OfacId{feature.type, feature.value, feature.country, {}, {}}, entity);
  if (entity.identifiers.size() > before && !feature.comment.empty()) {
    entity.identifiers.back().note = feature.comment;
  }
}

}  // namespace vigil::sources
