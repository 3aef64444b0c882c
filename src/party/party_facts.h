// The facts of one list record that the grouping rules compare, read the same way for every
// list: published references, name keys, countries, and which list is the more authoritative
// (birth dates: birth_dates.h). Pure functions of an entity; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::party {

// The OFAC uid (SDN ent_num) of a record of OFAC's own lists (every sanction's authority is
// "OFAC" and the source id is the number) or of a Treasury row of the US Consolidated Screening
// List (source id "<list>-<uid>", as "SDN-21944", whose sanctions are the Treasury
// Department's). OFAC numbers its SDN and non-SDN records in one sequence, so one uid is one
// party. Empty when the record is neither.
std::string ofac_uid(const Entity& entity);

// True for a record of OFAC's own lists (SDN, non-SDN), false for a US CSL row repeating one.
bool is_ofac_record(const Entity& entity);

// The UN reference numbers a record cites as its own (identifiers labelled "UN reference
// number", property un_reference_number), upper-cased ("QDi.371" -> "QDI.371"), sorted,
// unique. A value not shaped like one (2-3 letters, 'I' or 'E', '.', 3 digits) is left out:
// lists truncate some ("CDi", "IQi.04").
std::vector<std::string> un_references(const Entity& entity);

// The keys of a record's full names: "<script>|<normalised tokens sorted>", as
// "Latn|esmail khatib". Primary names, strong aliases and native-script names only (weak
// aliases and former names are not the party's name today). A name needs two tokens, and for
// a person two that say who the person is: titles and honorifics ("Sheikh Hassan") and
// particles ("Abu Baqer") do not count. Sorted, unique. `primary_key`, when given, receives the
// key of the primary name (Entity::primary_name), empty when it has too few such tokens.
std::vector<std::string> full_name_keys(const Entity& entity, std::string* primary_key = nullptr);

// The key of one name as full_name_keys writes it for a record of `schema`; empty when the
// name has too few tokens that say who the party is.
std::string full_name_key(const Name& name, Schema schema);

// The normalised token multisets of every name of the record, any kind, any script (after
// transliteration): "esmail khatib". Sorted, unique. For checking that two records linked by a
// reference also agree on a name.
std::vector<std::string> any_name_keys(const Entity& entity);

// True when the two sorted key lists share a key.
bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b);
// The first key the two sorted lists share, or empty.
std::string first_shared_key(const std::vector<std::string>& a, const std::vector<std::string>& b);

// A person's countries for the name rule: nationalities and citizenships. A list that states
// neither (Canada's SEMA list) is represented by the countries its sanction programs are named
// after ("Iran", "Russia"). Sorted, unique alpha-2 codes.
std::vector<std::string> person_countries(const Entity& entity);

// An organisation's countries: nationalities, citizenships, linked countries and address
// countries. Sorted, unique alpha-2 codes.
std::vector<std::string> organisation_countries(const Entity& entity);

// How authoritative a dataset is when naming a group: OFAC SDN, UN, UK, EU, Canada, Australia,
// OFAC non-SDN, US CSL, then any other (lower is more authoritative).
int authority_rank(std::string_view dataset);

}  // namespace vigil::party
