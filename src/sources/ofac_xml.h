// OFAC XML publications in the sdn.xml schema (SDN.XML, CONSOLIDATED.XML).
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True when the bytes are an XML document whose root element is <sdnList>.
bool is_ofac_xml(std::string_view bytes);

Result<ParseOutput> parse_ofac_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
