// The rows of one entry of the EU Financial Sanctions Files CSV 1.1 (one row per name, address,
// birth date, identification or citizenship, the entry's own columns repeated on each) written
// back as the <sanctionEntity> element FSF XML 1.1 holds, so that eu_fsf::read_entry maps both
// formats to the model alike.
#pragma once

#include <pugixml.hpp>
#include <span>

#include "sources/csv_reader.h"
#include "sources/eu_fsf_csv_columns.h"

namespace vigil::sources::eu_fsf_csv {

// Appends the entry to `parent`. Each element appears once however many rows repeat it (told
// apart by its logicalId, else by its values), in the order of the rows and in the order of
// the XML: remarks, regulations, subject type, names, citizenships, birth dates,
// identifications, addresses. REQUIRES: every row has the header's width.
pugi::xml_node write_entry(std::span<const CsvRecord* const> rows, const Header& header,
                           pugi::xml_node parent);

}  // namespace vigil::sources::eu_fsf_csv
