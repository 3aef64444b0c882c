// Latin names typed with look-alike letters of other scripts ("Еsmail Кhatib" with a Cyrillic
// Е and К), read back as Latin before transliteration, by the confusables data of Unicode's
// security mechanisms (UTS #39) that ICU ships.
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// The ASCII Latin letter a Cyrillic or Greek letter is confusable with (UTS #39 skeletons:
// "А" -> 'A', "о" -> 'o', "Ι" -> 'I', "ν" -> 'v'), of the same case where the skeleton allows;
// 0 for every other code point. Thread-safe.
UChar32 latin_look_alike(UChar32 c);

// `text` with look-alike letters folded to Latin in the words where they stand for Latin
// letters. A word is a run of letters and marks. Folded: every Cyrillic and Greek letter that
// has a Latin look-alike
//  - in a word that mixes Latin with Cyrillic or Greek letters ("Кhatib" -> "Khatib"), and
//  - in a word written wholly in such letters ("ЕТА"), when the name has a word with Latin
//    letters and no word written in Cyrillic or Greek letters some of which have no Latin
//    look-alike ("ЕТА Кhatib" -> "ETA Khatib"; "ЕТА Владимир" stays: that is Cyrillic).
// A word written wholly in Cyrillic or Greek otherwise stays ("Путин" is a Cyrillic name).
// Thread-safe.
icu::UnicodeString fold_confusable_words(const icu::UnicodeString& text);

}  // namespace vigil::text
