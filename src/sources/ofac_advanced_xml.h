// OFAC's SDN_ADVANCED XML publication: root <Sanctions> in the ADVANCED_XML namespace (or the
// older http://www.un.org/sanctions/1.0), with reference value sets, locations, identity
// documents, distinct parties, their relationships and their sanctions entries, all by ID.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the bytes are an XML document with root <Sanctions> in one of those namespaces.
bool is_ofac_advanced_xml(std::string_view bytes);

// Parses the document. A fatal error (malformed XML or UTF-8, wrong root, no DistinctParties)
// names the file and line; a party without a FixedRef or a name is skipped with a diagnostic,
// as are sanctions entries and relationships naming an unknown profile.
Result<ParseOutput> parse_ofac_advanced_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
