// Loads the datasets of one source unit: reads its files, detects their formats, groups an
// OFAC CSV set, parses, and fills the dataset facts (files, hashes, counts, timing).
#pragma once

#include <vector>

#include "sources/source_plan.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// One ParseOutput per dataset in the unit: an OFAC CSV set, or each XML or XLSX file. A file in no
// known format, an incomplete CSV set or a manifest naming a unit that holds more than one
// dataset is an error naming the file or directory. Thread-safe: units share nothing.
Result<std::vector<ParseOutput>> load_unit(const SourceUnit& unit);

}  // namespace vigil::sources
