// The free-text conventions of the DFAT Consolidated List's cells: several birth dates in one
// cell, the listing date inside a sentence, addresses that end with their country, web
// addresses and UN reference numbers inside "Additional Information".
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigil/entity.h"

namespace vigil::sources::au_dfat {

// A UN reference number the way UN lists write it: letters, a dot, digits ("TAi.002").
bool is_un_reference(std::string_view token);

// The pieces of a birth date cell: "1945, 1946" -> {"1945", "1946"}; "12/05/1961 13/05/1961"
// -> two; "Between 1963 and 1968" stays one piece.
std::vector<std::string> date_pieces(std::string_view text);

// The ISO date after " on " in "Listed by UN 1267 Committee on 25 January 2001 (amended ...)"
// or "Listed by 1533 Committee on: 30 Nov. 2012"; empty when none.
std::string listing_date(std::string_view listing);

// A free-text address: the country it ends with (its last comma-separated part, else its last
// one to three words), a closing remark in parentheses as the note ("Uganda (as of early
// 2016)"), and the rest as the street.
Address address_of(std::string_view text);

// Web and email addresses written into free text ("Website: http://...", "a@b.ru").
std::vector<std::pair<IdentifierType, std::string>> web_addresses(std::string_view text);

}  // namespace vigil::sources::au_dfat
