// OFAC's structured XML publications (Enhanced and Advanced) state a date as the first and the
// last day it may fall on: "1962" is 1962-01-01..1962-12-31, "circa 1955" adds an approximate
// flag. This turns such a span back into the model's partial date or range.
#pragma once

#include <optional>
#include <string_view>

#include "vigil/date.h"

namespace vigil::sources {

// A full calendar date from "YYYY-MM-DD" (a "T..." time part is ignored); nullopt otherwise.
std::optional<PartialDate> parse_iso_day(std::string_view text);

// The date a span of days stands for, at the precision the span shows: one day, one month,
// one year, or a range of years, months or days. nullopt when either end is not a full date
// or the span runs backwards.
std::optional<DateValue> date_of_span(PartialDate first, PartialDate last, bool approximate);

}  // namespace vigil::sources
