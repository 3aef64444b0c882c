// OFAC sanctions program codes and their legal basis, as OFAC's program pages state them.
#pragma once

#include <string>
#include <string_view>

namespace vigil::sources {

// The legal basis of an OFAC program code from the table ("SDGT" -> "E.O. 13224"); empty when
// the table does not know the code.
std::string_view ofac_program_legal_basis(std::string_view program);

// As above; a code the table lacks still names its order when it carries one
// ("PEESA-EO14039" -> "E.O. 14039"). Empty when neither says.
std::string ofac_legal_basis(std::string_view program);

}  // namespace vigil::sources
