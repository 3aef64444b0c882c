#include "sources/ofac_relation_types.h"

#include <array>

#include "model/ascii.h"

namespace vigil::sources {
namespace {

struct RelationType {
  std::string_view type;  // lower case
  RelationKind kind;
};

constexpr std::array<RelationType, 5> kRelationTypes = {{
    {"owned or controlled by", RelationKind::kOwnedBy},
    {"associate of", RelationKind::kAssociateOf},
    {"family member of", RelationKind::kFamily},
    {"leader or official of", RelationKind::kDirectorOf},
    {"principal executive officer", RelationKind::kDirectorOf},
}};

}  // namespace

RelationKind ofac_relation_kind(std::string_view type) {
  const std::string lowered = model::lower(model::trim(type));
  for (const RelationType& known : kRelationTypes) {
    if (known.type == lowered) return known.kind;
  }
  return RelationKind::kLinkedTo;
}

}  // namespace vigil::sources
