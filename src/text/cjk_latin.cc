#include "text/cjk_latin.h"

#include <unicode/uscript.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "text/icu_transliterators.h"

namespace vigil::text {
namespace {

// A syllable as Korean names are on lists: ICU's g, d, b, l at a syllable's start are k, t,
// p, r ("Kim", "To", "Pak", "Ri"), its final g, d, b are k, t, p ("Pak", not "Pag"), and
// eo and eu are o and u ("Jong", "Un").
std::string list_style_syllable(std::string syllable) {
  static constexpr std::array<std::pair<char, char>, 4> kInitials = {
      {{'g', 'k'}, {'d', 't'}, {'b', 'p'}, {'l', 'r'}}};
  for (const auto& [rr, list] : kInitials) {
    if (!syllable.empty() && syllable.front() == rr && (syllable.size() < 2 || syllable[1] != rr)) {
      syllable.front() = list;
    }
  }
  static constexpr std::array<std::pair<char, char>, 3> kFinals = {
      {{'g', 'k'}, {'d', 't'}, {'b', 'p'}}};
  for (const auto& [rr, list] : kFinals) {
    const bool ng = syllable.size() >= 2 && syllable.ends_with("ng");
    if (syllable.size() >= 2 && syllable.back() == rr && !ng) syllable.back() = list;
  }
  for (const std::string_view vowel : {"eo", "eu"}) {
    const size_t at = syllable.find(vowel);
    if (at != std::string::npos) syllable.erase(at, 1);
  }
  return syllable;
}

bool is_han(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HAN;
}

// A Chinese name of two or three characters is a surname and a given name, and lists join the
// given name's syllables: "习近平" -> "xi jinping".
icu::UnicodeString han_name_to_latin(const icu::UnicodeString& han) {
  icu::UnicodeString latin = han;
  transliterate(Scheme::kHan, latin);
  const int32_t syllables = han.countChar32();
  if (syllables < 2 || syllables > 3) return latin;
  const int32_t first_break = latin.indexOf(u' ');
  if (first_break < 0) return latin;
  icu::UnicodeString given = latin.tempSubString(first_break + 1);
  given.findAndReplace(icu::UnicodeString(u' '), icu::UnicodeString());
  return latin.tempSubString(0, first_break + 1) + given;
}

}  // namespace

// Each Hangul syllable a word of its own, as lists write Korean names ("Kim Jong Un").
icu::UnicodeString hangul_to_latin(const icu::UnicodeString& run) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < run.length(); ++i) {
    icu::UnicodeString piece(run.charAt(i));
    const bool syllable = run.charAt(i) >= 0xAC00 && run.charAt(i) <= 0xD7A3;
    if (!syllable) {
      out.append(piece);
      continue;
    }
    transliterate(Scheme::kHangul, piece);
    std::string latin;
    piece.toUTF8String(latin);
    out.append(u' ').append(icu::UnicodeString::fromUTF8(list_style_syllable(latin)));
  }
  return out;
}

icu::UnicodeString han_to_latin(const icu::UnicodeString& run) {
  icu::UnicodeString out;
  icu::UnicodeString han;
  for (int32_t i = 0; i < run.length();) {
    const UChar32 c = run.char32At(i);
    i += U16_LENGTH(c);
    if (is_han(c)) {
      han.append(c);
      continue;
    }
    if (!han.isEmpty()) out.append(han_name_to_latin(han)).append(u' ');
    han.remove();
    out.append(c);
  }
  if (!han.isEmpty()) out.append(han_name_to_latin(han));
  return out;
}

}  // namespace vigil::text
