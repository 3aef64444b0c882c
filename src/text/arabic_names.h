// Common Arabic-script given names and titles spelled as lists spell them. The letters alone
// lack the short vowels ("محمد" -> "mhmd", "سید" -> "syd"); the names a screener meets most
// deserve their full spelling, which the matcher's given-name classes and honorifics know.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/arabic_letters.h"

namespace vigil::text {

// The list spelling of `word` (folded letters, no ZWNJ) when it is a common given name or title:
// Arabic or Persian convention by `orthography` ("Muhammad" / "Mohammad").
std::optional<std::string_view> common_name_spelling(std::u16string_view word,
                                                     Orthography orthography);

// Two common names written as one word, spelled as one: "محمدرضا" -> "mohammadreza",
// "غلامحسین" -> "gholamhossein" (lists write "Mohammadreza" or "Mohammad Reza"; the matcher
// joins the two). `word` as for common_name_spelling. False, `out` untouched, when `word` is
// not two names of the table.
bool spell_joined_names(std::u16string_view word, Orthography orthography, std::string& out);

}  // namespace vigil::text
