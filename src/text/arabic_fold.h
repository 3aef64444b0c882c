// Folding of Arabic-script spelling variants (Arabic, Persian, Urdu, Pashto) to one canonical
// letter each, so that the same name typed on different keyboards compares equal.
#pragma once

#include <unicode/umachine.h>

namespace vigil::text {

// What a fold keeps. kSearch folds everything that varies between spellings of one name
// (the form fold_arabic_script returns). kTransliteration keeps the few distinctions that
// change the Latin spelling: teh marbuta, alef maksura, ZWNJ (a Persian morpheme break) and
// alef with hamza above or below (the vowel a word starts with: "إيفان" Ivan, "أوكوياما"
// Okuyama).
enum class ArabicFold { kSearch, kTransliteration };

// True for code points of the Arabic blocks (including presentation forms).
bool is_arabic_code_point(UChar32 c);

// The folded form of one code point: the canonical letter, an ASCII digit or punctuation mark,
// kDropCodePoint to remove it, or `c` itself when nothing changes.
UChar32 fold_arabic_code_point(UChar32 c, ArabicFold fold);

// Returned by fold_arabic_code_point for marks, tatweel, joiners and bidi controls.
inline constexpr UChar32 kDropCodePoint = -1;

}  // namespace vigil::text
