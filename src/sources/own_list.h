// A user's own list (an internal blocklist) or allow list, in the simple format of
// docs/own-lists.md: a CSV whose header names the columns, or the same as JSON lines.
//
//   id,type,name,aliases,birth_date,nationality,country,identifiers,programs,notes
//   c-17,person,Ivan SIDOROV,Ivan
//   Sidorov;Vanya,1970-05-12,RU,RU;CY,passport:7512345678:RU,INTERNAL-FRAUD,seen 2024
//
// id and name are required; every other column is optional, in any order, case-insensitive
// (also weak_aliases, gender, and dob for birth_date). Multiple values are separated by ';';
// identifiers are TYPE:VALUE[:CC] as on the command line (model/identifier_spec.h). A JSON
// line holds the same keys; a multi-valued key is an array of strings or a ';'-separated
// string. Whether the list blocks or allows is the manifest's "kind", not the file's.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// A CSV whose first record is a header with an "id" and a "name" column.
bool is_own_list_csv(std::string_view bytes);

// JSON lines whose first non-blank line is an object with "id" and "name" (and not a
// FollowTheMoney entity, which has "schema" and "properties").
bool is_own_list_json(std::string_view bytes);

// A row or line without id or name, or with an id seen before, is skipped with a diagnostic
// naming its line; a value that cannot be read (a date, a country, an identifier, a type) is
// kept as a property and reported as a warning with its line.
Result<ParseOutput> parse_own_list_csv(const InputFile& file, std::string_view dataset_id);
Result<ParseOutput> parse_own_list_json(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
