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
// "Hani", "Hang", "Kana", "Hira", "Thai"...; "Zyyy" when there are no letters.
std::string_view detect_script(std::string_view utf8);

// Folds Arabic-script spelling variants so that Persian, Urdu and Arabic spellings of one name
// become one: keheh -> kaf, Farsi yeh and alef maksura -> yeh, teh marbuta -> heh, hamza
// carriers -> their letter, alef variants -> alef, Urdu and Pashto letters -> their nearest
// Arabic letter; removes tashkeel, tatweel, lone hamza, ZWNJ/ZWJ and bidi marks; Arabic-Indic
// and Persian digits -> ASCII. Applies NFKC first, so presentation forms fold too. Returns
// UTF-8; ill-formed bytes become U+FFFD.
std::string fold_arabic_script(std::string_view utf8);

// The matching form of a name: lower-case ASCII words separated by single spaces. NFKC, then
// each script run to Latin: Arabic script by our rules (Persian conventions when the letters
// show Persian, Urdu or Pashto: "Zadeh", "Javad"; Arabic ones otherwise: "Jawad"; the joined
// article a word of its own: "al rawi"), Cyrillic by BGN/PCGN, Greek by UNGEGN, Han as Pinyin,
// Hangul a syllable a word, others by ICU. Diacritics are dropped ("Müller" -> "muller",
// "ß" -> "ss"), apostrophes removed inside words ("D'Souza" -> "dsouza"), any other character
// that is not a letter or digit is a word break. Ill-formed UTF-8 bytes are word breaks, never
// an error. Thread-safe. ASCII and Latin-with-diacritics input never reaches ICU.
std::string normalise_name(std::string_view utf8);

// Splits a normalised string on spaces. The views point into `normalised`.
std::vector<std::string_view> tokenise(std::string_view normalised);

}  // namespace vigil::text
