// The grouping rules: each finds the links its evidence supports among all loaded entities,
// through a hash map on its key (never by comparing every pair of records). A rule only
// proposes links; party_grouping applies them with the guards (schema, same dataset).
// Every function is deterministic: links come sorted by (first, second).
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "party/party_link.h"
#include "vigil/entity.h"

namespace vigil::party {

using EntityList = std::span<const std::shared_ptr<const Entity>>;

// What a rule left out for want of precision, for the statistics.
struct RuleCounts {
  size_t ambiguous = 0;   // a key held by several records of one list: not used for that list
  size_t too_common = 0;  // a key held by more records than a party plausibly has: not used
};

// kOfacUid and kUnReference. A reference cited by several records of one list is used for
// the one whose names agree with a record of another list citing it, if exactly one does.
std::vector<PartyLink> reference_links(EntityList entities, RuleCounts& counts);

// kIdentifier: documents (passport, national ID, tax, registration...) with the same number
// and the same stated issuing country (a document without a country is not used), IMO and
// MMSI numbers, BICs, LEIs, ISINs and crypto wallets, keyed as the identifier index keys them
// (index::match_key) and checked as query identifiers are (check digits, shapes, length). An
// IMO number that a vessel carries links vessels only: a company listing its ships' numbers
// is not the ship, and two companies listing one ship are not one company.
std::vector<PartyLink> identifier_links(EntityList entities, RuleCounts& counts);

// kPersonName: persons with the same full name in the same script (full_name_keys), a
// compatible birth date and a shared country (person_countries), and no conflicting gender.
// kOrganisationName: organisations with the same full name in the same script and a shared
// country. A link is made only when each record is the only one of the other's list that
// could be that party: a namesake whose facts are missing (no country, no birth date) or
// agree makes the name ambiguous for that list. Vessels and aircraft are never linked by name.
std::vector<PartyLink> name_links(EntityList entities, RuleCounts& counts);

}  // namespace vigil::party
