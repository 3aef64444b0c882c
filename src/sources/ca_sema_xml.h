// Canada's Consolidated Autonomous Sanctions List (sema-lsi.xml, Global Affairs Canada): the
// persons, organisations and ships listed under the Special Economic Measures Act regulations
// and the Justice for Victims of Corrupt Foreign Officials Regulations. Root <data-set>, one
// <record> per listing.
#pragma once

#include <string_view>

#include "sources/input_file.h"
#include "vigil/dataset.h"

namespace vigil::sources {

// True for a <data-set> document whose first records carry the list's own cells (<Country>
// with <LastName> or <EntityOrShip>).
bool is_ca_sema_xml(std::string_view bytes);

// Parses the list. A record without an <Item> or a name, or repeating another record's regime,
// schedule and item, is skipped with a diagnostic. The file states no publication date; the
// dataset note gives its latest listing date instead.
Result<ParseOutput> parse_ca_sema_xml(const InputFile& file, std::string_view dataset_id);

}  // namespace vigil::sources
