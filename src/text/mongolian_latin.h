// The Mongolian script (as written in Inner Mongolia) to Latin: "ᠴᠢᠩᠭᠢᠰ" -> "chinggis".
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Each letter by the spelling Mongolian names have in English (ᠬ kh, ᠭ g, ᠴ ch, ᠵ j, ᠱ sh,
// ᠥ ᠦ o u); free variation selectors and the vowel separator are already gone (invisible.h).
icu::UnicodeString mongolian_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
