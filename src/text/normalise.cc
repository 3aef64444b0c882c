#include "text/normalise.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "text/ascii_form.h"
#include "text/latin_ascii.h"
#include "text/transliterate.h"
#include "text/unicode_input.h"

namespace vigil::text {

bool is_valid_utf8(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return false;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string normalise_name(std::string_view utf8) {
  utf8 = utf8.substr(0, std::min(utf8.size(), kMaxInputBytes));
  // Most list names are ASCII, and most of the rest Latin with diacritics: neither needs ICU.
  if (is_ascii(utf8)) return ascii_form(utf8);
  std::string latin;
  latin.reserve(utf8.size());
  if (append_latin_utf8(utf8, latin)) return ascii_form(latin);
  return ascii_form(transliterate_to_ascii(to_nfkc(utf8), LatinPath::kTable));
}

std::vector<std::string_view> tokenise(std::string_view normalised) {
  std::vector<std::string_view> tokens;
  size_t at = 0;
  while (at < normalised.size()) {
    const size_t end = std::min(normalised.find(' ', at), normalised.size());
    if (end > at) tokens.push_back(normalised.substr(at, end - at));
    at = end + 1;
  }
  return tokens;
}

}  // namespace vigil::text
