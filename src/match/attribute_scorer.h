// Secondary attributes move a name score up or down in documented, explained steps: entity
// type, birth date and country. Each step is an Adjustment that says what it did and why.
#pragma once

#include <optional>
#include <vector>

#include "vigil/entity.h"
#include "vigil/match.h"
#include "vigil/query.h"

namespace vigil::match {

// Steps, in score points (0..1 scale). docs/matching.md documents each.
inline constexpr double kSchemaConflictPersonOrg = -0.20;  // person vs organisation
inline constexpr double kSchemaConflictOther = -0.20;      // vessel vs aircraft, org vs vessel
inline constexpr double kBirthDateExact = 0.05;            // same full date
inline constexpr double kBirthDateYear = 0.03;             // same year or inside the range
inline constexpr double kBirthDateNear = 0.0;              // within a year either side
inline constexpr double kBirthDateConflict = -0.20;        // every stated date differs
inline constexpr double kCountryMatch = 0.03;
inline constexpr double kCountryConflict = -0.10;  // never alone clears an exact name
inline constexpr double kGenderConflict = -0.10;   // both stated and different
// A name the list itself marks as weak (OFAC's quoted "a.k.a.", UN quality "Low") counts less.
inline constexpr double kWeakAliasPenalty = -0.05;
// A name score whose aligned tokens are all weak evidence (NameScore::weak_evidence: only short
// tokens or a person's given names, with something left over, or a person's single given name)
// is capped here, under the default threshold, whatever the attributes add: "Li Wei" is not
// "LI Fang Wei", a company "Martin" is not a person whose alias is "Martin".
inline constexpr double kWeakEvidenceCap = 0.80;
// The most all adjustments together can add (an identifier match aside).
inline constexpr double kMaxAttributeBonus = kBirthDateExact + kCountryMatch;

// The adjustments for a query against an entity; empty when the query states nothing the
// entity can be compared on.
std::vector<Adjustment> score_attributes(const Query& query, const Entity& entity);

// The birth-date step for `query` against the entity's listed dates (the closest one decides);
// nullopt when either side has none.
std::optional<Adjustment> score_birth_date(const std::optional<DateValue>& query,
                                           const Entity& entity);
// The countries a record is linked to: nationalities, citizenships, other countries and
// address countries, in that order (repeats kept).
std::vector<std::string> linked_countries(const Entity& entity);
// The country step for `query` (ISO alpha-2) against linked_countries(entity); nullopt when
// either side has none.
std::optional<Adjustment> score_country(const std::string& query, const Entity& entity);

// The step for the kind of list name that matched: kWeakAliasPenalty for a weak alias.
double name_kind_delta(NameKind kind);
// name_kind_delta as an explained adjustment; nullopt when it is zero.
std::optional<Adjustment> score_name_kind(NameKind kind);

// A person is never a vessel or an aircraft: a query of one of these types does not match an
// entry of the other by name alone (identifiers still match). Unknown types conflict with
// nothing.
bool schemas_exclude(Schema query, Schema entity);

// Every adjustment of a match, in order: name kind, attributes, the weak-evidence cap when
// `weak_evidence` or a weak alias under the capped policy, and for identifier hits a last step that
// lifts the score to 1.0 (an identifier match is a match on its own).
std::vector<Adjustment> adjustments_for(const Query& query, const Entity& entity,
                                        NameKind matched_kind, double name_score,
                                        bool weak_evidence, const std::vector<IdentifierHit>& hits);

// Whether a match on a name of `matched_kind` of an entity of `schema` is capped under the
// query's weak-alias policy (persons and entities of unknown type; an organisation's weak
// aliases are mostly acronyms, which keep only kWeakAliasPenalty).
bool capped_weak_alias(const Query& query, NameKind matched_kind, Schema schema);

// The step that brings `score` down to kWeakEvidenceCap; nullopt when it is there already.
std::optional<Adjustment> weak_evidence_cap(double score);

// name_score plus every adjustment, clamped to 0..1.
double adjusted_score(double name_score, const std::vector<Adjustment>& adjustments);

}  // namespace vigil::match
