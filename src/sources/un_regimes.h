// The UN Security Council sanctions regimes, as the Consolidated List names them in
// UN_LIST_TYPE, and the resolutions that establish them.
#pragma once

#include <string_view>

namespace vigil::sources {

// "UNSCR 1718" for "DPRK"; empty for a list type we do not know.
std::string_view un_legal_basis(std::string_view list_type);

}  // namespace vigil::sources
