#include "text/invisible.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace vigil::text {
namespace {

constexpr UChar32 kZeroWidthSpace = 0x200B;
constexpr UChar32 kZeroWidthNonJoiner = 0x200C;
constexpr UChar32 kZeroWidthJoiner = 0x200D;

UScriptCode script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(c, &status);
  return U_SUCCESS(status) ? code : USCRIPT_INVALID_CODE;
}

// Scripts that write no space between words: a zero-width space is their word break.
bool writes_no_spaces(UScriptCode code) {
  return code == USCRIPT_THAI || code == USCRIPT_LAO || code == USCRIPT_KHMER ||
         code == USCRIPT_MYANMAR;
}

// The script of the first letter from `from` on that belongs to a script, or
// USCRIPT_INVALID_CODE when there is none.
UScriptCode next_letter_script(const icu::UnicodeString& text, int32_t from) {
  for (int32_t i = from; i < text.length();) {
    const UChar32 c = text.char32At(i);
    const UScriptCode code = script_of(c);
    if (code > USCRIPT_INHERITED) return code;
    i += U16_LENGTH(c);
  }
  return USCRIPT_INVALID_CODE;
}

}  // namespace

bool is_invisible(UChar32 c) {
  return u_charType(c) == U_FORMAT_CHAR ||
         u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

icu::UnicodeString without_invisible_characters(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  UScriptCode previous = USCRIPT_INVALID_CODE;  // of the last letter that has a script
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!is_invisible(c)) {
      out.append(c);
      if (const UScriptCode code = script_of(c); code > USCRIPT_INHERITED) previous = code;
    } else if (c == kZeroWidthNonJoiner || c == kZeroWidthJoiner) {
      if (previous == USCRIPT_ARABIC) out.append(c);
    } else if (c == kZeroWidthSpace && writes_no_spaces(previous) &&
               next_letter_script(text, i) == previous) {
      out.append(u' ');
    }
  }
  return out;
}

}  // namespace vigil::text
