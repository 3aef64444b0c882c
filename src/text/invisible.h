// Characters that draw nothing, removed before a name is read: typed at random, pasted from
// web pages, or inserted on purpose to split a listed name ("Ros\u200Bneft").
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// True for format controls (General_Category Cf: zero-width space, joiners and non-joiners,
// word joiner, soft hyphen, byte order mark, bidi controls, the Mongolian vowel separator...)
// and the other default-ignorable code points (Hangul fillers, variation selectors, the
// combining grapheme joiner).
bool is_invisible(UChar32 c);

// `text` without its invisible characters, so that a word stays one word: "Es\u200Bmail" is
// "Esmail". Two exceptions keep what the character means in its script: ZWNJ and ZWJ after an
// Arabic-script letter stay (Persian writes ZWNJ between the parts of one word, and the Arabic
// rules read it as a morpheme's edge), and a zero-width space between two letters of a script
// written without spaces between words (Thai, Lao, Khmer, Burmese), where it marks the word
// break, becomes a space. Thread-safe.
icu::UnicodeString without_invisible_characters(const icu::UnicodeString& text);

}  // namespace vigil::text
