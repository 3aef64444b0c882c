// Tibetan names to Latin as names are spelled (THL's simplified phonetics, reduced):
// "བསྟན་འཛིན་རྒྱ་མཚོ" -> "ten zin gya tso" (Tenzin Gyatso).
#pragma once

#include <unicode/unistr.h>

namespace vigil::text {

// Each syllable (between tshegs) a word, read from its root letter: prefixes and superscripts
// are silent (བསྟན ten, རྒྱ gya), subscripts change the root (ཀྱ ky, བྱ j, ཕྲ thr, བླ l), a and o
// and u before the suffixes ད ན ལ ས become e, o, u with the suffix silent but for ན and ལ
// ("ten", "le" for ལས), and the other suffixes are read (ག k, ང ng, བ p, མ m, ར r). As names
// write them, a superscript ར and a prefix བ end the open syllable before them ("རྡོ་རྗེ" dor
// je, "བློ་བཟང" lob zang). Lists join the syllables two by two (Tenzin); the
// matcher joins two words.
icu::UnicodeString tibetan_to_latin(const icu::UnicodeString& run);

}  // namespace vigil::text
