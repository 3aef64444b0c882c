// What the name rules compare about a record (link_rules.h name_links): its full-name keys,
// its countries, and whether it states enough to be linked at all. Internal to src/party/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "party/link_rules.h"

namespace vigil::party {

struct NameFacts {
  // kPersonName for a person, kOrganisationName for an organisation; nullopt for vessels,
  // aircraft and records of unknown type, which no name rule compares.
  std::optional<LinkRule> rule;
  std::vector<std::string> name_keys;  // full_name_keys
  std::string primary_key;             // full_name_key of the primary name, may be empty
  // XXH3 of each name key, in the same order: buckets are keyed on these, and a match is
  // confirmed on the keys themselves.
  std::vector<uint64_t> name_hashes;
  std::vector<std::string> countries;  // person_countries or organisation_countries
  // States every fact its rule needs: a country, and for a person a birth date.
  bool complete = false;
};

// Every record's facts, computed on every core (normalising names is most of the work). A
// US CSL row that repeats a record of OFAC's own lists (the same uid, which already groups
// the two) gets none when that record is complete: the record's names and facts are the
// newer ones. Where the record lacks a fact (OFAC's file has no country for some parties that
// the CSL row locates), the row takes part.
std::vector<NameFacts> name_facts(EntityList entities);

// Whether `b` could be the party `a` is as far as their facts go: nothing they both state
// contradicts (another gender, only birth dates that differ, only other countries). A fact
// one of them does not state contradicts nothing. Assumes the two share a name.
bool could_be_same(const Entity& a, const NameFacts& fa, const Entity& b, const NameFacts& fb);

// The evidence that `a` and `b` are one party by their rule, when both are complete and
// agree on a full name, a country and, for persons, a birth date (and no gender conflicts):
// "name 'esmail khatib' (Latn), born 1961, country IR". Else nullopt. For organisations the
// name must be the primary name of one of the two: two companies that only share an alias
// are often a parent and a subsidiary that a list wrote under one another's names.
std::optional<std::string> agreement(const Entity& a, const NameFacts& fa, const Entity& b,
                                     const NameFacts& fb);

}  // namespace vigil::party
