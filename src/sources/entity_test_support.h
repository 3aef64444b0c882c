// Tests only: looking up what a parser produced (an entity by source id, its names of a kind,
// properties by key, identifiers, birth dates as text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/dataset.h"

namespace vigil::sources::testing {

using Strings = std::vector<std::string>;

inline const Entity* find_entity(const ParseOutput& output, std::string_view source_id) {
  for (const Entity& entity : output.entities) {
    if (entity.source_id == source_id) return &entity;
  }
  return nullptr;
}

inline Strings names_of(const Entity& entity, NameKind kind) {
  Strings names;
  for (const Name& name : entity.names) {
    if (name.kind == kind) names.push_back(name.full);
  }
  return names;
}

inline Strings properties_of(const Entity& entity, std::string_view key) {
  Strings values;
  for (const Property& property : entity.properties) {
    if (property.key == key) values.push_back(property.value);
  }
  return values;
}

inline const Identifier* find_identifier(const Entity& entity, IdentifierType type,
                                         std::string_view value) {
  for (const Identifier& identifier : entity.identifiers) {
    if (identifier.type == type && identifier.value == value) return &identifier;
  }
  return nullptr;
}

inline Strings dates_of(const Entity& entity) {
  Strings dates;
  for (const DateValue& date : entity.birth_dates) dates.push_back(date.to_string());
  return dates;
}

}  // namespace vigil::sources::testing
