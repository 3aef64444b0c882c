// Unicode handling for matching: validation, script detection, Arabic-script folding and the
// ASCII matching form of a name in any script.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::text {

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// ISO 15924 code of the script most letters are in: "Latn", "Arab", "Cyrl", "Grek", "Hebr",
// "Hani", "Hang", "Kana", "Thai"...; "Zyyy" when there are no letters.
std::string_view detect_script(std::string_view utf8);

// Folds Arabic-script spelling variants so that Persian, Urdu and Arabic spellings of one name
// become one: keheh -> kaf, Farsi yeh and alef maksura -> yeh, teh marbuta -> heh, hamza
// carriers -> their letter, alef variants -> alef; removes tashkeel, tatweel, ZWNJ/ZWJ and
// bidi marks; Arabic-Indic and Persian digits -> ASCII. Returns UTF-8.
std::string fold_arabic_script(std::string_view utf8);

// The matching form of a name: lower-case ASCII words separated by single spaces. NFKC, Arabic
// folding, transliteration of any script to Latin (our rules for Arabic script, BGN/PCGN for
// Cyrillic, ICU for the rest), diacritics removed ("Müller" -> "muller"), apostrophes removed
// inside words ("D'Souza" -> "dsouza"), other punctuation -> space. Invalid UTF-8 bytes are
// replaced, never fatal. Thread-safe.
std::string normalise_name(std::string_view utf8);

// Splits a normalised string on spaces.
std::vector<std::string_view> tokenise(std::string_view normalised);

}  // namespace vigil::text
