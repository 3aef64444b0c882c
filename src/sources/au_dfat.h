// The Australian Sanctions Consolidated List that DFAT publishes in XLSX: one row per name,
// the rows of a designated party sharing a Reference number ("12", "12a", "12b").
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the bytes are an XLSX workbook whose first sheet has the DFAT header row.
bool is_au_dfat_xlsx(std::string_view bytes);

// One entity per Reference number. A workbook without the DFAT header is an error; a row
// without a Reference number, or a reference without a name, is skipped with a diagnostic.
Result<ParseOutput> parse_au_dfat(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
