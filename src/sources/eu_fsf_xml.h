// The EU consolidated list of persons, groups and entities subject to financial sanctions, as
// the Financial Sanctions Files publish it (XML 1.1: root <export> in the namespace
// http://eu.europa.ec/fpi/fsd/export, one <sanctionEntity> per listing).
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True for an <export> document in the FSF namespace, or whose first entries are
// <sanctionEntity> elements.
bool is_eu_fsf_xml(std::string_view bytes);

// Parses the list; the publication date is the export's generationDate. An entry without a
// logicalId or a name, or repeating another's logicalId, is skipped with a diagnostic.
Result<ParseOutput> parse_eu_fsf_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
