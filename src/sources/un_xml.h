// The UN Security Council Consolidated List XML (<CONSOLIDATED_LIST>).
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

bool is_un_xml(std::string_view bytes);

Result<ParseOutput> parse_un_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
