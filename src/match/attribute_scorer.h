// Secondary attributes move a name score up or down in documented, explained steps: entity
// type, birth date and country. Each step is an Adjustment that says what it did and why.
#pragma once

#include <vector>

#include "vigil/entity.h"
#include "vigil/screener.h"

namespace vigil::match {

// Steps, in score points (0..1 scale). docs/matching.md documents each.
inline constexpr double kSchemaConflictPersonOrg = -0.15;  // person vs organisation
inline constexpr double kSchemaConflictOther = -0.10;      // vessel vs aircraft, org vs vessel
inline constexpr double kBirthDateExact = 0.05;            // same full date
inline constexpr double kBirthDateYear = 0.03;             // same year or inside the range
inline constexpr double kBirthDateNear = 0.0;              // within a year either side
inline constexpr double kBirthDateConflict = -0.15;        // every stated date differs
inline constexpr double kCountryMatch = 0.03;
inline constexpr double kCountryConflict = -0.05;
// The most all adjustments together can add.
inline constexpr double kMaxAttributeBonus = kBirthDateExact + kCountryMatch;

// The adjustments for a query against an entity; empty when the query states nothing the
// entity can be compared on.
std::vector<Adjustment> score_attributes(const Query& query, const Entity& entity);

}  // namespace vigil::match
