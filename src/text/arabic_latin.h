// Arabic-script names (Arabic, Persian, Urdu, Pashto) to Latin, for matching: our own rules,
// because ICU's Arabic-Latin is scholarly (ʿ, ḥ, ṭ) and knows nothing of Persian.
#pragma once

#include <unicode/unistr.h>

#include "text/arabic_letters.h"

namespace vigil::text {

// kPersian when the text has a letter that only Persian-family keyboards type (پ چ ژ گ ک ی,
// ZWNJ, Persian digits, Urdu and Pashto letters), else kArabic.
Orthography detect_orthography(const icu::UnicodeString& text);

// The Latin spelling of `text` (NFKC, not yet folded): every Arabic-script word spelled, the
// joined article a word of its own in Arabic ("الراوي" -> "al rawi"), other characters folded
// (digits to ASCII) and kept.
icu::UnicodeString arabic_to_latin(const icu::UnicodeString& text, Orthography orthography);

}  // namespace vigil::text
