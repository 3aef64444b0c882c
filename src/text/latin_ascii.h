// ASCII spellings of Latin-script text: letters without their diacritics ("ü" -> "u", not "ue":
// lists drop the umlaut far more often than they expand it), "ß" -> "ss", "æ" -> "ae",
// "ø" -> "o", "ı" -> "i", typographic quotes and dashes -> their ASCII forms. The spellings
// are ICU's Latin-ASCII after NFKC, computed once per process into a table so that the hot
// path never calls ICU.
#pragma once

#include <unicode/umachine.h>

#include <optional>
#include <string>
#include <string_view>

namespace vigil::text {

// The spelling of `c` when `c` is ASCII, Latin, a combining mark, a space, a format control or
// common punctuation; nullopt for every other script (and for the rare Latin letters nothing
// spells, such as tone letters).
std::optional<std::string_view> latin_ascii(UChar32 c);

// Spellings decided here rather than by ICU: apostrophes and the BGN/PCGN soft and hard signs
// -> "'" (removed inside words later), marks and format controls -> "" (so neither a
// zero-width joiner nor a zero-width space splits a word), spaces and U+FFFD -> " ", and the
// Latin letters ICU leaves alone
// ("ə" -> "a", "ʃ" -> "sh"). nullopt when ICU decides.
std::optional<std::string_view> fixed_ascii(UChar32 c);

// Appends the ASCII spelling of UTF-8 text when latin_ascii covers every code point; returns
// false, leaving `out` unspecified, when one is not covered. Ill-formed bytes become spaces.
// Gives what the full path gives for such text, without calling ICU.
bool append_latin_utf8(std::string_view utf8, std::string& out);

}  // namespace vigil::text
