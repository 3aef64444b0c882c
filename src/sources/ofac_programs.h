// OFAC sanctions program codes and their legal basis, as OFAC's program pages state them.
#pragma once

#include <string_view>

namespace vigil::sources {

// The legal basis of an OFAC program code ("SDGT" -> "E.O. 13224"); empty when not known.
std::string_view ofac_program_legal_basis(std::string_view program);

}  // namespace vigil::sources
