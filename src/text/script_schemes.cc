#include "text/script_schemes.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "text/cjk_latin.h"
#include "text/cyrillic_latin.h"
#include "text/hebrew_latin.h"
#include "text/icu_transliterators.h"
#include "text/indic_latin.h"
#include "text/khmer_latin.h"
#include "text/mongolian_latin.h"
#include "text/myanmar_latin.h"
#include "text/thai_latin.h"
#include "text/tibetan_latin.h"
#include "text/words.h"

namespace vigil::text {
namespace {

// UNGEGN's context rules ("ευ" is "ef" before a voiceless consonant) see lower-case letters
// only, and lists write Greek names in capitals.
icu::UnicodeString greek_to_latin(const icu::UnicodeString& run) {
  icu::UnicodeString lower = run;
  lower.toLower(icu::Locale::getRoot());
  transliterate(Scheme::kGreek, lower);
  return lower;
}

icu::UnicodeString by_scheme(Scheme scheme, const icu::UnicodeString& run) {
  icu::UnicodeString out = run;
  transliterate(scheme, out);
  return out;
}

// The letters with a caron that ICU's tables use for sounds English spells with two letters
// ("Serž" Serzh, "Pʻašinyan" Pashinyan, "Kʻočʻaryan" Kocharyan).
icu::UnicodeString spell_caron_letters(const icu::UnicodeString& latin) {
  struct Spelling {
    char16_t letter;
    std::u16string_view english;
  };
  static constexpr std::array<Spelling, 8> kSpellings = {{
      {u'\u0161', u"sh"},
      {u'\u0160', u"Sh"},
      {u'\u017E', u"zh"},
      {u'\u017D', u"Zh"},
      {u'\u010D', u"ch"},
      {u'\u010C', u"Ch"},
      {u'\u01F0', u"j"},
      {u'\u01E7', u"gh"},
  }};
  icu::UnicodeString out;
  for (int32_t i = 0; i < latin.length(); ++i) {
    const char16_t c = latin.charAt(i);
    const auto* found = std::find_if(kSpellings.begin(), kSpellings.end(),
                                     [c](const Spelling& s) { return s.letter == c; });
    if (found == kSpellings.end()) {
      out.append(c);
    } else {
      out.append(found->english.data(), static_cast<int32_t>(found->english.size()));
    }
  }
  return out;
}

// ሠ and its orders are said as ሰ (s) in Amharic and Tigrinya, though BGN/PCGN writes them
// "š": "ሥላሴ" is Selassie.
icu::UnicodeString with_ethiopic_s(const icu::UnicodeString& run) {
  constexpr char16_t kFirstSe = u'\u1220', kLastSe = u'\u1227', kToSe = 0x10;
  icu::UnicodeString out = run;
  for (int32_t i = 0; i < out.length(); ++i) {
    const char16_t c = out.charAt(i);
    if (c >= kFirstSe && c <= kLastSe) out.setCharAt(i, static_cast<char16_t>(c + kToSe));
  }
  return out;
}

// BGN/PCGN writes the sixth order (a consonant with no vowel or a short one) "i", which names
// do not pronounce at a word's end: "melesi" Meles, "āḥimedi" Ahmed. The third order is "ī".
icu::UnicodeString ethiopic_to_latin(const icu::UnicodeString& run) {
  const icu::UnicodeString latin =
      spell_caron_letters(by_scheme(Scheme::kEthiopic, with_ethiopic_s(run)));
  return rewrite_words(latin, [](const icu::UnicodeString& word, UChar32) {
    const int32_t length = word.length();
    const bool sixth_order_end = length > 2 && word.charAt(length - 1) == u'i' &&
                                 !u_strchr(u"aeiouāēīōū", word.charAt(length - 2));
    return sixth_order_end ? word.tempSubString(0, length - 1) : word;
  });
}

}  // namespace

icu::UnicodeString script_to_latin(Script script, const icu::UnicodeString& run) {
  switch (script) {
    case Script::kCyrillic: return cyrillic_to_latin(run);
    case Script::kGreek: return greek_to_latin(run);
    case Script::kHebrew: return hebrew_to_latin(run);
    case Script::kHan: return han_to_latin(run);
    case Script::kHangul: return hangul_to_latin(run);
    case Script::kHiragana: return by_scheme(Scheme::kHiragana, run);
    case Script::kKatakana: return by_scheme(Scheme::kKatakana, run);
    case Script::kThai: return thai_to_latin(run);
    case Script::kLao: return lao_to_latin(run);
    case Script::kKhmer: return khmer_to_latin(run);
    case Script::kMyanmar: return myanmar_to_latin(run);
    case Script::kTibetan: return tibetan_to_latin(run);
    case Script::kMongolian: return mongolian_to_latin(run);
    case Script::kArmenian: return spell_caron_letters(by_scheme(Scheme::kAnyLatin, run));
    case Script::kEthiopic: return ethiopic_to_latin(run);
    default: break;
  }
  if (is_indic(script)) return indic_to_latin(script, run);
  return by_scheme(Scheme::kAnyLatin, run);
}

}  // namespace vigil::text
