// The sanctions regimes of Canada's Consolidated Autonomous Sanctions List. Its <Country> cell
// names the regime in English and French ("Russia / Russie", "Justice for Victims of Corrupt
// Foreign Officials Regulations (JVCFOR) / Règlement ... (RJVDEC)").
#pragma once

#include <string>
#include <string_view>

namespace vigil::sources::ca_sema {

struct SemaRegime {
  std::string program;      // "Russia", "Myanmar (Burma)", "JVCFOR"
  std::string legal_basis;  // "Special Economic Measures (Russia) Regulations"; empty if unknown
};

// The regime of a <Country> cell: the English half, or its acronym when it ends with one.
SemaRegime sema_regime(std::string_view country_cell);

// Where a record sits in the regulations: "Schedule 1, Part 1, item 8" from the <Schedule>
// ("1, Part 1", "Part 2", "1.1" or empty) and <Item> cells.
std::string listing_reference(std::string_view schedule, std::string_view item);

}  // namespace vigil::sources::ca_sema
