// Whether two records' birth dates agree, as the person rule compares them
// (docs/matching.md, "Parties across lists"). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>

#include "vigil/entity.h"

namespace vigil::party {

// A birth date both records state, compatible at the precision of the less precise of the
// two (1961 and 1961-05-12 agree; 1961-05 and 1961-06 do not); a date inside a range of at
// most two years ("1960 to 1961") agrees with it, as does the same range. Circa dates and
// wider ranges are not compared. A range of days covering whole years or one whole month is
// that year or month ("01 Jan 1973 to 31 Dec 1973" is 1973, as OFAC writes a known year).
// The common date ("1961", "1961-05-12", "1961 (within 1960/1961)", "1960/1961"), or nullopt.
std::optional<std::string> shared_birth_date(const Entity& a, const Entity& b);

// True when both records state birth dates and they exclude one another: every date of each
// is comparable (not circa, not a wide range) and none agrees with any of the other's.
bool birth_dates_exclude(const Entity& a, const Entity& b);

}  // namespace vigil::party
