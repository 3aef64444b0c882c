// Numbers written in words, made digits: "forty two", "forty-two" -> "42"; "second",
// "twenty-first" -> "2nd", "21st", so that "Group Forty-Two" meets "Group 42" and "Second Bank"
// meets "2nd Bank" (docs/matching.md, "Name-part tables").
#pragma once

#include <string>
#include <vector>

namespace vigil::match {

// The words of a normalised name (lower-case ASCII, hyphens already spaces) with every run of
// number words replaced by one token of digits. English cardinals and ordinals of any size up
// to the millions ("one hundred and five", "two thousand twenty", "ninety-ninth"); the small
// numbers of French, German, Spanish, Portuguese and Russian (romanised) that are not also
// names or words of names ("deux", "drei", "cinco", "pyat"; not "dix", "diez", "elf", "tri",
// "sem", "dos", "un"). An ordinal keeps an English suffix ("21st", "2nd", "3rd", "4th"), so an
// ordinal equals its digit form and is near (not equal to) its cardinal: compare_numbers
// aligns "2nd" and "2" at 0.9. "and" joins number words only between them.
std::vector<std::string> numbers_as_digits(std::vector<std::string> words);

}  // namespace vigil::match
