// The UK OFSI Consolidated List of Financial Sanctions Targets as HM Treasury published it in
// XLSX (ConList.xlsx, retired in January 2026 for the FCDO UK Sanctions List): one row per
// name of a designated party, the rows of one party sharing a Group ID.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the bytes are an XLSX workbook whose first sheet has the ConList header row.
bool is_uk_ofsi_xlsx(std::string_view bytes);

// One entity per Group ID. A workbook without the ConList header is an error; a row without a
// Group ID, or a group without a name, is skipped with a diagnostic.
Result<ParseOutput> parse_uk_ofsi(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
