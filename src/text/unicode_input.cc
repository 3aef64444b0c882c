#include "text/unicode_input.h"

#include <unicode/normalizer2.h>

#include <algorithm>

namespace vigil::text {

icu::UnicodeString decode_utf8(std::string_view utf8) {
  const size_t length = std::min(utf8.size(), kMaxInputBytes);
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(length)));
}

icu::UnicodeString to_nfkc(std::string_view utf8) {
  icu::UnicodeString text = decode_utf8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString normalised = nfkc->normalize(text, status);
  return U_SUCCESS(status) ? normalised : text;
}

}  // namespace vigil::text
