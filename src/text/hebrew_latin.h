// Hebrew names to Latin as Israeli and English-language lists write them. Our own rules:
// unpointed Hebrew writes few vowels, and ICU's BGN/PCGN table spells only the letters
// ("בנימין" -> "bnymyn"), which the matcher cannot tell from other names.
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Latin for a run of Hebrew text: vav and yod are vowels between consonants ("Yosef", "Levi"),
// alef and ayin the vowel a ("Avraham", "Yisrael"), a final heh after a consonant a ("Yehuda"),
// bet, kaf and pe b, k, p at a word's start and v, kh, f inside it, geresh letters j, zh, ch
// ("Smotrich"), and an e between two consonants where Hebrew writes no vowel ("Netanyahu" ->
// "netenihu"): the matcher forgives a wrong vowel more than a missing one. Points (niqqud) are
// dropped but for dagesh in bet, kaf, pe and the sin dot.
icu::UnicodeString hebrew_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
