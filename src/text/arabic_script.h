// Arabic-script names (Arabic, Persian, Urdu, Pashto) to Latin, for matching. Short vowels are
// not written in Arabic script, so the output has only the long ones; the matcher compares
// consonant skeletons and forgives vowels. Consonants come out as English-language lists
// romanise them (kh, gh, sh, ch, zh; q for qaf; z for zal, ze, zad and za).
#pragma once

#include <unicode/unistr.h>

#include <string>

namespace vigil::text {

// True for code points of the Arabic blocks.
bool is_arabic_code_point(UChar32 c);

// The folded form of one Arabic-script code point (see fold_arabic_script), U_SENTINEL (-1) to
// drop it, or `c` itself when nothing changes.
UChar32 fold_arabic_code_point(UChar32 c);

// Replaces every Arabic-script word of `text` (already folded) by its Latin transliteration;
// other characters are kept. The article "al-" written joined ("الراوی") becomes a word of its
// own ("al rawi").
icu::UnicodeString transliterate_arabic_script(const icu::UnicodeString& text);

}  // namespace vigil::text
