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
//  - in a word that mixes Latin with Cyrillic or Greek letters ("Кhatib" -> "Khatib") when
//    the name's other words are Latin, or, when they do not tell (none is wholly Latin or
//    wholly a real Cyrillic or Greek word, or both are there), when the word has at least as
//    many Latin letters as the others. In a Cyrillic name a stray Latin letter with a
//    Cyrillic look-alike is read as that letter ("Iгор Валентинович", "ВАКУЛЬЧIК": lists
//    type them), so that the word is spelled whole;
//  - in a word written wholly in such letters ("ЕТА"), when the name has a Latin word (or a
//    mixed word read as Latin) and no real Cyrillic or Greek word, one with a letter that has
//    no Latin look-alike ("ЕТА Кhatib" -> "ETA Khatib"; "ЕТА Владимир" stays).
// A word written wholly in Cyrillic or Greek otherwise stays ("Путин" is a Cyrillic name; so
// is "Вера" in "Вера Smith", read "Bepa": the price of the rule). Thread-safe.
icu::UnicodeString fold_confusable_words(const icu::UnicodeString& text);

}  // namespace vigil::text
