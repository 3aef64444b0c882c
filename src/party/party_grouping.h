// Groups the records of one party on several lists into one party, on strong evidence only:
// published cross-references (OFAC uids, UN reference numbers), then shared strong
// identifiers, then the same full name with a compatible birth date and a shared country
// (link_rules.h; docs/matching.md, "Parties across lists").
//
// Links are applied most precise rule first, as a union of groups with two guards: a group
// never holds records of different types (person, organisation, vessel, aircraft; a record of
// unknown type joins only a record whose names agree with its own), and never two records of
// one list unless a link joins those two directly (two records of one list are two parties,
// however a chain of links through other lists would connect them).
#pragma once

#include <memory>
#include <span>

#include "party/party_groups.h"
#include "vigil/entity.h"

namespace vigil::party {

// Every entity in exactly one group; `stats`, when given, receives the counts. Deterministic:
// the same entities in the same order give the same groups, group ids, order and evidence.
// Groups are ordered by id. Records are never compared pair by pair: each rule looks its
// keys up in a hash map or a sorted index (link_rules.h).
PartyGroups group_parties(std::span<const std::shared_ptr<const Entity>> entities,
                          GroupingStats* stats = nullptr);

}  // namespace vigil::party
