// One FollowTheMoney party (Person, Organization, Company, LegalEntity, Vessel, Airplane)
// read into an Entity: names and their parts, birth dates, places, countries, gender,
// identifiers, textual addresses, programs, remarks and the facts kept as properties.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sources/ftm_record.h"
#include "vigil/entity.h"

namespace vigil::sources {

struct FtmParty {
  long line = 0;  // where the party's record is in the file
  Entity entity;
  std::vector<std::string> address_ids;  // its "addressEntity" references, resolved later
};

// REQUIRES: `schema` is the party schema of record.schema (ftm_schema_rule). Properties it
// does not read are tallied in `report`; unreadable values become warnings.
FtmParty read_ftm_party(const FtmRecord& record, Schema schema, std::string_view dataset_id,
                        FtmReport& report);

// An FtM date value ("1970", "1970-05", "1970-05-12", with or without a time) as a DateValue;
// nullopt when it is not one.
std::optional<DateValue> parse_ftm_date(std::string_view value);

// The Vigil country code for an FtM country code ("ir" -> "IR", "suhh" -> "SU"... as
// model::country_code knows them); empty when unknown.
std::string ftm_country(std::string_view code);

}  // namespace vigil::sources
