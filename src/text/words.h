// Word-by-word rewriting of transliterated text, for the rules that see one word at a time.
#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vigil::text {

// True for letters and combining marks: what a word is made of.
inline bool is_word_character(UChar32 c) {
  const int8_t type = u_charType(c);
  return u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

// `text` with each word (a maximal run of letters and marks) replaced by
// `rewrite(word, next)`, where `next` is the code point after the word (0 at the end);
// everything between words is kept.
template <typename Rewrite>
icu::UnicodeString rewrite_words(const icu::UnicodeString& text, Rewrite&& rewrite) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < text.length();) {
    int32_t end = i;
    while (end < text.length() && is_word_character(text.char32At(end))) {
      end += U16_LENGTH(text.char32At(end));
    }
    if (end == i) {
      out.append(text.char32At(i));
      i += U16_LENGTH(text.char32At(i));
      continue;
    }
    const UChar32 next = end < text.length() ? text.char32At(end) : 0;
    out.append(rewrite(text.tempSubStringBetween(i, end), next));
    i = end;
  }
  return out;
}

}  // namespace vigil::text
