#include "text/mongolian_latin.h"

#include <array>
#include <string_view>

namespace vigil::text {
namespace {

constexpr char16_t kFirstLetter = u'\u1820';  // ᠠ

// The letters from ᠠ (U+1820) to ᡂ (U+1842).
constexpr std::array<std::u16string_view, 35> kLetters = {
    u"a",  u"e", u"i", u"o",  u"u",  u"o",  u"u", u"e",  u"n",  u"ng", u"b",  u"p",
    u"kh", u"g", u"m", u"l",  u"s",  u"sh", u"t", u"d",  u"ch", u"j",  u"y",  u"r",
    u"w",  u"f", u"k", u"kh", u"ts", u"z",  u"h", u"zr", u"lh", u"zh", u"ch",
};

}  // namespace

icu::UnicodeString mongolian_to_latin(const icu::UnicodeString& run) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < run.length(); ++i) {
    const char16_t c = run.charAt(i);
    if (c >= kFirstLetter && c < kFirstLetter + kLetters.size()) {
      const std::u16string_view latin = kLetters[c - kFirstLetter];
      out.append(latin.data(), static_cast<int32_t>(latin.size()));
    } else if (c < u'\u1800' || c > u'\u18AF') {
      out.append(c);
    }
  }
  return out;
}

}  // namespace vigil::text
