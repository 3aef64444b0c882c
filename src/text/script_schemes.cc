#include "text/script_schemes.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>

#include "text/cjk_latin.h"
#include "text/cyrillic_latin.h"
#include "text/hebrew_latin.h"
#include "text/icu_transliterators.h"

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
    case Script::kThai: return by_scheme(Scheme::kThai, run);
    default: return by_scheme(Scheme::kAnyLatin, run);
  }
}

}  // namespace vigil::text
