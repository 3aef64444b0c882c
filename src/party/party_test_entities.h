// Hand-made list records for the party tests (only the facts the grouping reads), and the
// group of a record as its members' ids.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "party/party_grouping.h"
#include "vigil/entity.h"

namespace vigil::party::testing {

class EntityBuilder {
 public:
  // dataset "ofac_sdn", source id "39017" -> id "ofac_sdn:39017".
  EntityBuilder(std::string dataset, std::string source_id, Schema schema) {
    entity_.dataset = std::move(dataset);
    entity_.source_id = std::move(source_id);
    entity_.id = entity_.dataset + ":" + entity_.source_id;
    entity_.schema = schema;
  }
  EntityBuilder& name(std::string full, NameKind kind = NameKind::kPrimary,
                      std::string script = "Latn") {
    Name name;
    name.full = std::move(full);
    name.kind = kind;
    name.script = std::move(script);
    entity_.names.push_back(std::move(name));
    return *this;
  }
  // "1961", "1961-05-12"
  EntityBuilder& born(const std::string& iso) {
    DateValue date = *parse_date(iso);
    entity_.birth_dates.push_back(date);
    return *this;
  }
  EntityBuilder& nationality(std::string code) {
    entity_.nationalities.push_back(std::move(code));
    return *this;
  }
  EntityBuilder& country(std::string code) {
    entity_.countries.push_back(std::move(code));
    return *this;
  }
  EntityBuilder& gender(Gender gender) {
    entity_.gender = gender;
    return *this;
  }
  EntityBuilder& identifier(IdentifierType type, std::string value, std::string country = "",
                            std::string label = "") {
    Identifier id;
    id.type = type;
    id.label = std::move(label);
    id.value = std::move(value);
    id.normalised = normalise_identifier(type, id.value);
    id.country = std::move(country);
    entity_.identifiers.push_back(std::move(id));
    return *this;
  }
  EntityBuilder& un_reference(std::string reference) {
    return identifier(IdentifierType::kOther, std::move(reference), "", "UN reference number");
  }
  EntityBuilder& sanction(std::string authority, std::string program) {
    entity_.sanctions.push_back(Sanction{std::move(authority), std::move(program), {}, {}, {}});
    return *this;
  }
  [[nodiscard]] std::shared_ptr<const Entity> build() const {
    return std::make_shared<const Entity>(entity_);
  }

 private:
  Entity entity_;
};

using Entities = std::vector<std::shared_ptr<const Entity>>;

inline EntityBuilder person(const std::string& dataset, const std::string& source_id) {
  return EntityBuilder(dataset, source_id, Schema::kPerson);
}

// The ids of the members of the group of entity `id`, in the group's order; empty when no
// entity has that id.
inline std::vector<std::string> group_of(const Entities& entities, const PartyGroups& groups,
                                         const std::string& id) {
  for (uint32_t e = 0; e < entities.size(); ++e) {
    if (entities[e]->id != id) continue;
    std::vector<std::string> ids;
    for (uint32_t member : groups.group(groups.group_of(e)).members) {
      ids.push_back(entities[member]->id);
    }
    return ids;
  }
  return {};
}

inline std::vector<std::string> group_of(const Entities& entities, const std::string& id) {
  return group_of(entities, group_parties(entities), id);
}

// A group of one.
inline std::vector<std::string> alone(const std::string& id) { return {id}; }

}  // namespace vigil::party::testing
