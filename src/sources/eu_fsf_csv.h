// The EU consolidated list of persons, groups and entities subject to financial sanctions as the
// Financial Sanctions Files publish it in CSV 1.1: ';'-separated, a header row naming its
// columns (fileGenerationDate, Entity_LogicalId, NameAlias_WholeName, BirthDate_BirthDate...),
// one row per name, address, birth date, identification or citizenship of an entry, the entry's
// own columns repeated on each. Mapped to the model exactly as the XML 1.1 (eu_fsf_xml) is.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the first row is a ';'-separated header with Entity_LogicalId and
// NameAlias_WholeName.
bool is_eu_fsf_csv(std::string_view bytes);

// One entity per Entity_LogicalId, its rows folded wherever they are in the file; the
// publication date is the fileGenerationDate. A file that is not valid UTF-8 or whose header
// lacks a required column is an error; a row with another number of cells than the header or
// without an Entity_LogicalId, or an entry without a name, is skipped with a diagnostic naming
// its line.
Result<ParseOutput> parse_eu_fsf_csv(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
