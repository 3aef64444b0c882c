// Transliteration of the scripts ICU handles for us, with the adjustments names need.
#pragma once

#include <unicode/unistr.h>

#include "text/script.h"

namespace vigil::text {

// Latin (possibly with diacritics) for a run of `script` other than Latin and Arabic.
icu::UnicodeString script_to_latin(Script script, const icu::UnicodeString& run);

}  // namespace vigil::text
