// Burmese names to Latin as they are spelled in English, a syllable a word:
// "အောင်ဆန်းစုကြည်" -> "aung san su kyi".
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Each syllable (a consonant, its medials, its vowel signs and a final consonant with asat) as
// the conventional spelling of its onset (သ th, ထ ht, ကျ ky, ချ ch, ရှ sh, လှ hl...) and rhyme
// (ောင် aung, ိုင် aing, ိန် ein, ည် i, င် in, န် an...), each a word: lists write Burmese names
// syllable by syllable ("Min Aung Hlaing"). Tone marks are dropped; an initial အေ is "aye".
icu::UnicodeString myanmar_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
