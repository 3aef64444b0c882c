// Any script to ASCII: each script run through its own transliteration, then every code point
// spelled in ASCII.
#pragma once

#include <unicode/unistr.h>

#include <string>

namespace vigil::text {

// How Latin letters with diacritics become ASCII: kTable looks them up (the fast path);
// kIcu runs ICU's Latin-ASCII over them (the reference the table is tested against).
enum class LatinPath { kTable, kIcu };

// The ASCII spelling of `nfkc_text`, not yet in matching form. Invisible characters go first
// (without_invisible_characters), then look-alike letters in Latin words are read as Latin
// (fold_confusable_words); then each script run is spelled: Arabic script by our rules,
// Cyrillic by BGN/PCGN (Russian unless the letters say Ukrainian, Belarusian, Serbian or
// Macedonian), Greek by UNGEGN, Han as Pinyin ("习近平" -> "xi jinping"), Hangul by Revised
// Romanization a syllable at a time ("김정은" -> "gim jeong eun"), other scripts by ICU.
// Characters nothing can spell become spaces.
std::string transliterate_to_ascii(const icu::UnicodeString& nfkc_text, LatinPath latin_path);

}  // namespace vigil::text
