// Thai (and Lao, through the Thai letters that spell the same sounds) to Latin as names are
// spelled: the Royal Thai General System, with the final letters names keep.
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// A run of Thai letters in the Royal Thai General System (RTGS), a word a word: leading vowels
// read after their consonant ("เว" we), the vowel a syllable does not write read as "o"
// between consonants and "a" at a syllable's end ("สมชาย" somchai, "ธนาธร" thanathorn), the
// letters marked silent (ทธิ์, ทร์) dropped, a silent "h" before a sonorant dropped, "รร" read
// "an", final consonants by their final sound (ก k, ด t, บ p, ล n) but a final ร "rn" as names
// write it, tone marks dropped. Not a full reading of Thai: a word's syllables are found from
// its letters alone, so a Sanskrit-style name spelled with vowels Thai does not write
// (Shinawatra for ชินวัตร, read "chinwat") stays a near match at best.
icu::UnicodeString thai_to_latin(const icu::UnicodeString& run);

// A run of Lao letters read as the Thai letters of the same sounds: "ທອງລຸນ" -> "thonglun"
// (Thongloun). ໍ + າ (NFKC's ຳ) reads "am".
icu::UnicodeString lao_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
