// Turning untrusted UTF-8 into ICU strings: ill-formed bytes become U+FFFD, never an error.
#pragma once

#include <unicode/unistr.h>

#include <cstddef>
#include <string_view>

namespace vigil::text {

// Input beyond this many bytes is ignored: ICU indexes strings with int32_t, and no name is
// anywhere near this long.
inline constexpr size_t kMaxInputBytes = size_t{64} << 20;

// The text decoded, each ill-formed sequence replaced by U+FFFD.
icu::UnicodeString decode_utf8(std::string_view utf8);

// The text decoded and in Normalization Form KC (fullwidth letters, ligatures and
// presentation forms become plain letters).
icu::UnicodeString to_nfkc(std::string_view utf8);

}  // namespace vigil::text
