// The Brahmic scripts of India and Sri Lanka (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
// Tamil, Telugu, Kannada, Malayalam, Sinhala) to Latin as names are spelled in English.
#pragma once

#include <unicode/unistr.h>

#include "text/script.h"

namespace vigil::text {

// True for the scripts indic_to_latin reads.
bool is_indic(Script script);

// ICU's ISO 15919 reading (Sinhala: ICU's si-si_Latn), made to spell names as English does:
//  - letters ICU misses first: Malayalam chillus, the Gurmukhi tippi, an anusvara before "h"
//    read as a velar nasal ("सिंह" Singh);
//  - the inherent vowels Hindi, Bengali, Punjabi, Gujarati and Oriya do not pronounce dropped
//    (indic_schwa.h: "राहुल गांधी" Rahul Gandhi);
//  - ś and ṣ as "sh", c as "ch" and ch as "chh", ṅ as "ng", the anusvara as "n" or, before
//    p, b, m, "m", r̥ as "ri"; in Tamil, Telugu, Kannada and Malayalam the dental t as "th"
//    ("ஜெயலலிதா" Jayalalitha);
//  - an abbreviation (a short word before a full stop) as the initial it stands for: an English
//    letter name ("వై. ఎస్." vai. es. -> "y s") or else its first letter ("மு." -> "m").
// Diacritics stay for the ASCII spelling to drop.
icu::UnicodeString indic_to_latin(Script script, const icu::UnicodeString& run);

}  // namespace vigil::text
