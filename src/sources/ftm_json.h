// FollowTheMoney (FtM) JSON lines, the format OpenSanctions publishes (entities.ftm.json):
// one entity per line, {"id", "schema", "properties": {"name": [...], ...}, "datasets",
// "first_seen", "last_seen", "target"}. Parties (Person, Organization, Company, LegalEntity,
// Vessel, Airplane) become entities; Sanction, Identification, Passport, CryptoWallet and
// Address records are attached to the parties they name; Ownership, Family, Directorship and
// the other links become relations (ftm_schema.h lists them all).
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the first non-blank line is a JSON object with a string "schema" and an object
// "properties".
bool is_ftm_json(std::string_view bytes);

// A line that is not valid JSON, not an object, or lacks its id or schema is skipped with a
// diagnostic naming its line; so is a party without a name or with an id seen before.
// Records of schemas Vigil does not read are skipped and summed up in one diagnostic; the
// properties it does not read are summed up in one warning. The publication date is the
// latest "last_seen" date.
Result<ParseOutput> parse_ftm_json(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
