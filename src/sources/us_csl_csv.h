// The US Consolidated Screening List as trade.gov publishes it: one CSV (often gzipped,
// consolidated.csv.gz) with a header row naming its columns (_id, source, name, alt_names...).
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the first row (after gzip decompression, if the bytes are gzip) is the CSL header.
bool is_us_csl_csv(std::string_view bytes);

// Parses the list, decompressing gzip in memory first (refusing more than
// kMaxDecompressedBytes). One entity per row, with id "<dataset>:<list code>-<_id>" ("SDN-21944",
// "EL-267da78..."): the same party listed on two lists is two entities, one per list. A row
// without an _id or a name, with the wrong number of cells, or repeating another row's list and
// _id, is skipped with a diagnostic naming its line (a line of the decompressed CSV).
Result<ParseOutput> parse_us_csl_csv(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
