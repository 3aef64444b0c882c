// ICU's transliterators for the scripts that have no rules of ours, one set per thread
// (ICU transliterators keep state while they run and must not be shared between threads).
#pragma once

#include <unicode/translit.h>

namespace vigil::text {

enum class Scheme {
  kRussian,     // BGN/PCGN: "Сергеевич" -> "Sergeyevich", "Хатиб" -> "Khatib"
  kUkrainian,   // BGN/PCGN 2019: г -> h, и -> y, і -> i
  kBelarusian,  // BGN/PCGN
  kSerbian,     // BGN/PCGN (Serbian Cyrillic: ђ ћ џ љ њ ј)
  kMacedonian,  // BGN/PCGN (ѓ ќ ѕ)
  kGreek,     // UNGEGN, the ELOT 743 letters Greek passports use: "Γεώργιος" -> "Georgios"
  kHan,       // Pinyin with surname readings
  kHangul,    // Revised Romanization
  kHiragana,  // Hepburn
  kKatakana,  // Hepburn
  kThai,      // ISO 11940
  kSinhala,   // ICU's si-si_Latn (ISO 15919): "රාජපක්ෂ" -> "rājapakṣa"
  kEthiopic,  // BGN/PCGN 1967 (Amharic): "መለስ" -> "melesi", the sixth order "i"
  kAnyLatin,  // whatever ICU knows, for every other script
  kLatinAscii,  // Latin-ASCII, for the reference path
};

// This thread's transliterator for `scheme`, built on first use; nullptr when ICU cannot build
// it (missing data), in which case the text stays as it is.
icu::Transliterator* transliterator(Scheme scheme);

// Runs `scheme` over `text` in place; no-op when the transliterator is unavailable.
void transliterate(Scheme scheme, icu::UnicodeString& text);

}  // namespace vigil::text
