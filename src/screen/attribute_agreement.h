// How often two records of one party disagree on a birth date, a country or a gender, compared
// as the scorer compares a query with a record. Only records of two authorities joined by what
// they publish (UN reference numbers, shared identifiers) are counted: the name rules require
// an agreeing birth date and country, and an OFAC uid joins OFAC's record to the CSL's copy of
// it. The measure behind the attribute steps
// (docs/matching.md, "What a birth date, a country and a gender cost"): when one person's own
// records disagree this often, a disagreement between a customer and a record can only cost so
// much.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <span>

#include "party/party_groups.h"
#include "vigil/entity.h"

namespace vigil::screen {

struct AgreementCount {
  size_t compared = 0;     // pairs of records that both state the attribute
  size_t conflicting = 0;  // of those, pairs the scorer would call a conflict
};

struct AttributeAgreement {
  size_t pairs = 0;  // linked pairs of person records
  AgreementCount birth_date;
  AgreementCount country;
  AgreementCount gender;
};

// Over every link of rule un_reference or identifier between two person records.
// A birth date conflicts when no date of the first record agrees with the second's within a
// year (match::score_birth_date); countries conflict when no nationality, citizenship or other
// country of the first is among the second's (match::score_country).
AttributeAgreement measure_attribute_agreement(
    std::span<const std::shared_ptr<const Entity>> entities, const party::PartyGroups& groups);

// One "label: value" line per attribute, with the share conflicting.
void write_agreement(std::ostream& out, const AttributeAgreement& agreement);

}  // namespace vigil::screen
