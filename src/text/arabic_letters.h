// Latin spellings of Arabic-script letters in context, for name matching. Short vowels are not
// written in Arabic script, so a spelling has only the long ones; the matcher compares
// consonant skeletons and forgives vowels. Consonants come out as English-language lists
// romanise them: kh, gh, sh, ch, zh, q for qaf.
#pragma once

#include <string>
#include <string_view>

namespace vigil::text {

// How the writer's language spells the letters Arabic and Persian pronounce differently:
// kArabic: ث th, ذ dh, ض d, و w ("Marwan"); kPersian (also Urdu, Pashto, Dari): ث s, ذ z, ض z,
// و v ("Marvan"), final ه after a consonant "eh" ("Zadeh").
enum class Orthography { kArabic, kPersian };

// Folded letters (see ArabicFold::kTransliteration) that the rules name.
namespace arabic {
inline constexpr char16_t kAlefHamzaAbove = u'\u0623';
inline constexpr char16_t kAlefHamzaBelow = u'\u0625';
inline constexpr char16_t kAlef = u'\u0627';
inline constexpr char16_t kBeh = u'\u0628';
inline constexpr char16_t kTehMarbuta = u'\u0629';
inline constexpr char16_t kTeh = u'\u062A';
inline constexpr char16_t kHah = u'\u062D';
inline constexpr char16_t kDal = u'\u062F';
inline constexpr char16_t kSheen = u'\u0634';
inline constexpr char16_t kAin = u'\u0639';
inline constexpr char16_t kGhain = u'\u063A';
inline constexpr char16_t kLam = u'\u0644';
inline constexpr char16_t kNoon = u'\u0646';
inline constexpr char16_t kHeh = u'\u0647';
inline constexpr char16_t kWaw = u'\u0648';
inline constexpr char16_t kAlefMaksura = u'\u0649';
inline constexpr char16_t kYeh = u'\u064A';
inline constexpr char16_t kZwnj = u'\u200C';
}  // namespace arabic

// True for the folded letters the rules spell (ZWNJ included: it is part of a word).
bool is_arabic_letter(char16_t c);

// Appends the Latin spelling of `letters`, a word or the part of one after a prefix, in
// lower-case ASCII. ZWNJ splits morphemes: letters beside it are spelled as at a word's edge.
// An alef with hamza is an alef, except that at the start it tells the first vowel.
void spell_arabic_letters(std::u16string_view letters, Orthography orthography, std::string& out);

}  // namespace vigil::text
