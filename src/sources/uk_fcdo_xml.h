// The UK Sanctions List as the FCDO publishes it in XML (UK-Sanctions-List.xml, the UK's one
// list since OFSI's Consolidated List closed in January 2026): root <Designations> with its
// <DateGenerated>, one <Designation> per designated person, entity or ship, keyed by UniqueID.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True for a <Designations> document.
bool is_uk_fcdo_xml(std::string_view bytes);

// One entity per <Designation>; the publication date is DateGenerated. A designation without a
// UniqueID or a name, or repeating another's UniqueID, is skipped with a diagnostic naming its
// line and element.
Result<ParseOutput> parse_uk_fcdo_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
