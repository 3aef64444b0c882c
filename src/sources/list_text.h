// Conventions of the lists published as spreadsheets: several values in one cell numbered
// "(1) ... (2) ..." (UK) or lettered "a) ... b) ..." (Australia), dates written day first.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/date.h"

namespace vigil::sources {

// Without leading and trailing white space, no-break spaces (U+00A0) included.
std::string_view trim_spaces(std::string_view text);

// The values of an enumerated cell: "(1) Russia (2) Ukraine" -> {"Russia", "Ukraine"},
// "a) Kabul b) Herat" -> {"Kabul", "Herat"}. Markers count only in sequence, so "(495)" in a
// phone number does not split it. A cell without markers is one value; empty gives none.
std::vector<std::string> enumerated_values(std::string_view text);

// A date written day first, as British and Australian lists do: "22/08/1990", "1/02/1960",
// "00/00/1959" and "00/08/1959" (00 = unknown), "08/1959", "1959", "Approximately 1970".
std::optional<DateValue> parse_day_first_date(std::string_view text);

// parse_day_first_date for a birth date: a year before 1900 is a typing error or another
// calendar (a Hijri year), not a birth date, and gives nullopt.
std::optional<DateValue> parse_day_first_birth_date(std::string_view text);

// The ISO 639-1 code of a language the UK lists name for non-Latin names ("Russian" -> "ru",
// "Persian/Farsi" -> "fa"); empty when unknown.
std::string language_code(std::string_view language);

// Joins the non-empty values with `separator`.
std::string join_non_empty(const std::vector<std::string>& values, std::string_view separator);

}  // namespace vigil::sources
