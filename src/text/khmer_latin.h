// Khmer names to Latin as Cambodian names are spelled (UNGEGN's reading, simplified):
// "ហ៊ុន សែន" -> "hun saen" (Hun Sen), "ខៀវ សំផន" -> "khiev samphan" (Khieu Samphan).
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Each syllable as its onset (a consonant and its subscripts), its vowel, read by the series of
// the onset (a-series ក "k" + ុ "o"; o-series គ "k" + ុ "u"; ៉ and ៊ move a consonant to the
// other series), and its final. A consonant that carries no vowel ends the syllable before it
// when that syllable has no final and no vowel follows ("ហ៊ុន" hun), and otherwise reads with
// the series' inherent vowel a or o ("សំផន" samphan, "ពត" pot).
icu::UnicodeString khmer_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
