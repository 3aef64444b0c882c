// OFAC's Enhanced XML publications (SDN_ENHANCED.XML, CONS_ENHANCED.XML): root <sanctionsData>
// in the ENHANCED_XML namespace, bare or as the one XML file of a ZIP archive.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True for an Enhanced XML document, or a ZIP archive whose only XML member is one.
bool is_ofac_enhanced_xml(std::string_view bytes);

// Parses the document (unzipping it first when the bytes are a ZIP archive). A fatal error
// (damaged archive, malformed XML or UTF-8, wrong root) names the file and the line; an entity
// without an id or a name is skipped with a diagnostic.
Result<ParseOutput> parse_ofac_enhanced_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
