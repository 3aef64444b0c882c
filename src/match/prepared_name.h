// A name ready for matching: normalised, split into tokens, phrases of the name-part tables
// made one token, single-letter runs joined where they spell a legal form or an acronym.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/entity.h"

namespace vigil::match {

// The tokens of an already normalised name (lower-case ASCII words). Letters written as digits
// are read as letters ("r0sneft" -> "rosneft", digit_letters.h), numbers written in words become
// digits ("forty two" -> "42", "second" -> "2nd", number_words.h), and a misspelt Arabic particle
// before another word becomes that particle ("adbul rahman" -> "abdul rahman", "all assad" ->
// "al assad", NameTables::misspelt_particle). Phrases of the name-part
// tables become one token ("abd al" -> "abdal", "his excellency" -> "excellency"; for anything
// but a person, "limited liability company" -> "llc"). Runs of single letters are joined, for
// anything but a person, when they spell a legal form ("s a" -> "sa") and, for organisations,
// vessels and aircraft, always ("h l t" -> "hlt"): persons keep their initials apart. A
// leading ship-type prefix (MV, M/V, M.T., MS, SS...) is dropped from vessel names and from
// names of unknown type when written as one word.
std::vector<std::string> name_tokens(std::string_view normalised, Schema schema);

}  // namespace vigil::match
