// Chinese and Korean names to Latin as lists write them.
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Pinyin without tones; a run of two or three Han characters is a surname and a given name
// whose syllables lists join: "习近平" -> "xi jinping".
icu::UnicodeString han_to_latin(const icu::UnicodeString& run);

// Revised Romanization a syllable a word, with the consonants and vowels lists use for both
// Koreas: "김정은" -> "kim jong un", "박봉주" -> "pak pong ju".
icu::UnicodeString hangul_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
