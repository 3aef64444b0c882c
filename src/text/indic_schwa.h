// The inherent vowel that Hindi, Bengali, Punjabi, Gujarati and Oriya names do not pronounce:
// ICU spells every consonant without a vowel sign with "a" ("राहुल" rāhula), lists do not
// (Rahul).
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// `word` (ISO 15919 Latin as ICU writes it, where the inherent vowel is a plain "a" and a
// written one "ā") without the inherent vowels speakers drop (schwa deletion):
//  - at the word's end after one consonant, or after a nasal and a consonant ("rāhula" ->
//    "rāhul", "vasanta" -> "vasant"), but not after another cluster ("narēndra") nor when it is
//    the word's only vowel;
//  - inside the word between a vowel and a consonant and a consonant and a vowel, left to right
//    ("manamōhan" -> "manmōhan", "rahamān" -> "rahmān").
// An aspirate ("kh", "bh"...) is one consonant. ICU's apostrophe between letters is dropped.
icu::UnicodeString without_silent_schwas(const icu::UnicodeString& word);

}  // namespace vigil::text
