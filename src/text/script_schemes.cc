#include "text/script_schemes.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>

#include "text/cjk_latin.h"
#include "text/cyrillic_latin.h"
#include "text/icu_transliterators.h"

namespace vigil::text {
namespace {

bool is_hebrew_letter(char16_t c) { return c >= u'\u05D0' && c <= u'\u05EA'; }

// The points BGN/PCGN needs to spell unpointed Hebrew as lists do: shin dot ("Moshe", not
// "Mose"), dagesh in a word's first bet and pe ("Binyamin", "Peres"), holam in a vowel waw
// ("Yosef", not "Ywsf"); a word's final heh after a consonant is a vowel and goes.
icu::UnicodeString point_hebrew(const icu::UnicodeString& run) {
  constexpr char16_t kBet = u'\u05D1', kPe = u'\u05E4', kHeh = u'\u05D4', kWaw = u'\u05D5';
  constexpr char16_t kShin = u'\u05E9', kDagesh = u'\u05BC', kHolam = u'\u05B9';
  icu::UnicodeString out;
  for (int32_t i = 0; i < run.length(); ++i) {
    const char16_t c = run.charAt(i);
    const char16_t prev = i > 0 ? run.charAt(i - 1) : 0;
    const char16_t next = i + 1 < run.length() ? run.charAt(i + 1) : 0;
    const bool initial = !is_hebrew_letter(prev);
    if (c == kHeh && !initial && !is_hebrew_letter(next) && prev != kWaw) continue;
    out.append(c);
    if (next >= u'\u05B0' && next <= u'\u05C7') continue;  // already pointed
    if (c == kShin) out.append(u'\u05C1');
    if ((c == kBet || c == kPe) && initial) out.append(kDagesh);
    if (c == kWaw && !initial && prev != kWaw && next != kWaw) out.append(kHolam);
  }
  return out;
}

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
    case Script::kHebrew: return by_scheme(Scheme::kHebrew, point_hebrew(run));
    case Script::kHan: return han_to_latin(run);
    case Script::kHangul: return hangul_to_latin(run);
    case Script::kHiragana: return by_scheme(Scheme::kHiragana, run);
    case Script::kKatakana: return by_scheme(Scheme::kKatakana, run);
    case Script::kThai: return by_scheme(Scheme::kThai, run);
    default: return by_scheme(Scheme::kAnyLatin, run);
  }
}

}  // namespace vigil::text
