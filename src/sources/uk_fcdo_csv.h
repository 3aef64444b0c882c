// The UK Sanctions List as the FCDO publishes it in CSV (UK-Sanctions-List.csv): a "Report
// Date: 08-Oct-2026" line, then a header row (Last Updated, Unique ID, OFSI Group ID, ...,
// Name 6, Name 1..5, Name type, ...), then one row per name of a designation, the
// designation's other facts repeated on each. The facts are those of the XML, mapped alike.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when one of the first rows is the header with Unique ID, Name 6 and Name type.
bool is_uk_fcdo_csv(std::string_view bytes);

// One entity per Unique ID, its rows folded wherever they are in the file; the publication
// date is the Report Date. A file that is not valid UTF-8 or has no header row is an error; a
// row with another number of cells than the header or without a Unique ID, or a designation
// without a name, is skipped with a diagnostic naming its line.
Result<ParseOutput> parse_uk_fcdo_csv(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
