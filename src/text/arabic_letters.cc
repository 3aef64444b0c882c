#include "text/arabic_letters.h"

#include <array>
#include <cstdint>

namespace vigil::text {
namespace {

using namespace arabic;  // NOLINT(google-build-using-namespace): the letter names

struct Consonant {
  char16_t letter;
  std::string_view arabic;
  std::string_view persian;
};

// Letters with one spelling whatever their neighbours.
constexpr std::array<Consonant, 28> kConsonants = {{
    {u'\u0628', "b", "b"},   {u'\u062A', "t", "t"},   {u'\u062B', "th", "s"},
    {u'\u062C', "j", "j"},   {u'\u062D', "h", "h"},   {u'\u062E', "kh", "kh"},
    {u'\u062F', "d", "d"},   {u'\u0630', "dh", "z"},  {u'\u0631', "r", "r"},
    {u'\u0632', "z", "z"},   {u'\u0633', "s", "s"},   {u'\u0634', "sh", "sh"},
    {u'\u0635', "s", "s"},   {u'\u0636', "d", "z"},   {u'\u0637', "t", "t"},
    {u'\u0638', "z", "z"},   {u'\u063A', "gh", "gh"}, {u'\u0641', "f", "f"},
    {u'\u0642', "q", "q"},   {u'\u0643', "k", "k"},   {u'\u0644', "l", "l"},
    {u'\u0645', "m", "m"},   {u'\u0646', "n", "n"},   {u'\u067E', "p", "p"},
    {u'\u0686', "ch", "ch"}, {u'\u0698', "zh", "zh"}, {u'\u06A4', "v", "v"},
    {u'\u06AF', "g", "g"},
}};

constexpr char16_t kBlockStart = u'\u0600';
constexpr size_t kBlockSize = 0x100;
constexpr uint8_t kNotConsonant = 0xFF;

// Index into kConsonants of each letter of the Arabic block.
constexpr std::array<uint8_t, kBlockSize> kConsonantIndex = [] {
  std::array<uint8_t, kBlockSize> index{};
  index.fill(kNotConsonant);
  for (size_t k = 0; k < kConsonants.size(); ++k) {
    index[kConsonants[k].letter - kBlockStart] = static_cast<uint8_t>(k);
  }
  return index;
}();

const Consonant* find_consonant(char16_t c) {
  if (c < kBlockStart || c >= kBlockStart + kBlockSize) return nullptr;
  const uint8_t k = kConsonantIndex[c - kBlockStart];
  return k == kNotConsonant ? nullptr : &kConsonants[k];
}

bool is_long_vowel(char16_t c) { return c == kAlef || c == kWaw || c == kYeh || c == kAlefMaksura; }

// One letter and its neighbours within its morpheme (0 at a word's edge or beside a ZWNJ).
struct Letter {
  char16_t self;
  char16_t prev;
  char16_t next;
  char16_t after_next;
  bool prev_starts_morpheme;
  bool next_ends_morpheme;
  Orthography orthography;

  bool persian() const { return orthography == Orthography::kPersian; }
};

bool is_hamza_carrier(char16_t c) { return c == kAlefHamzaAbove || c == kAlefHamzaBelow; }

// The letter the rules see: an alef with hamza is an alef, a ZWNJ a morpheme's edge.
char16_t rule_letter(char16_t c) {
  if (c == kZwnj) return 0;
  return is_hamza_carrier(c) ? kAlef : c;
}

Letter letter_at(std::u16string_view letters, size_t at, Orthography orthography) {
  const char16_t prev = at == 0 ? char16_t{0} : rule_letter(letters[at - 1]);
  const char16_t next = at + 1 == letters.size() ? char16_t{0} : rule_letter(letters[at + 1]);
  const bool prev_starts_morpheme = at == 1 || (at >= 2 && letters[at - 2] == kZwnj);
  const bool next_ends_morpheme =
      at + 2 == letters.size() || (at + 2 < letters.size() && letters[at + 2] == kZwnj);
  const char16_t after_next =
      next != 0 && at + 2 < letters.size() ? rule_letter(letters[at + 2]) : char16_t{0};
  return {rule_letter(letters[at]),
          prev,
          next,
          after_next,
          prev != 0 && prev_starts_morpheme,
          next != 0 && next_ends_morpheme,
          orthography};
}

// Waw is a consonant at a morpheme's start, beside alef ("Marwan", "Dawud"), before another
// waw ("Tawus", "Atwood") and before a final yeh ("Mousavi", "Badawi"); elsewhere the vowel u
// ("Mahmud"), or o when it ends a word of three letters or more ("Mario", "Ortega").
std::string_view spell_waw(const Letter& l) {
  const bool consonant = l.prev == 0 || l.prev == kAlef || l.next == kAlef ||
                         (l.next == kWaw && l.prev != kWaw) ||
                         (l.next == kYeh && l.next_ends_morpheme && l.prev != kWaw);
  if (!consonant) return l.next == 0 && !l.prev_starts_morpheme ? "o" : "u";
  if (l.prev == 0 && l.next == 0) return l.persian() ? "va" : "wa";  // the word "and"
  return l.persian() ? "v" : "w";
}

// Yeh is a consonant at a morpheme's start and beside alef or waw ("Yusuf", "Ziyad"), the
// vowel i elsewhere ("Karimi"); a Persian name's initial "ای" is the vowel i ("Iraj"). Before
// teh marbuta it is both ("مغنية" Mughniya, "تيمية" Taymiyya); before a final heh it stays a
// vowel, as in "نبيه" Nabih.
std::string_view spell_yeh(const Letter& l) {
  if (l.persian() && l.prev == kAlef && l.prev_starts_morpheme && l.next != kAlef &&
      l.next != kWaw && l.next != 0) {
    return "i";
  }
  if (l.next == kTehMarbuta && l.next_ends_morpheme && find_consonant(l.prev) != nullptr) {
    return "iy";
  }
  const bool consonant = l.prev == 0 || l.prev == kAlef || l.next == kAlef || l.next == kWaw;
  return consonant ? "y" : "i";
}

// A final heh after a consonant is a vowel: Persian "Zadeh", Arabic "Hamada" (written for
// teh marbuta).
std::string_view spell_heh(const Letter& l) {
  if (l.next != 0 || l.prev == 0 || is_long_vowel(l.prev)) return "h";
  return l.persian() ? "eh" : "a";
}

// Ain is the vowel a at a word's start and between consonants ("Ali", "Saad"); beside a long
// vowel it adds nothing ("Adel", "Ismail").
std::string_view spell_ain(const Letter& l) {
  if (is_long_vowel(l.next) || is_long_vowel(l.prev) || l.next == 0) return "";
  return "a";
}

std::string_view spell_letter(const Letter& l) {
  // A final "نغ" is the "ng" of a foreign name ("King", "Pauling"): no Arabic word ends so.
  if (l.self == kGhain && l.prev == kNoon && l.next == 0) return "g";
  if (const Consonant* k = find_consonant(l.self)) return l.persian() ? k->persian : k->arabic;
  switch (l.self) {
    case kAlef: {
      // Persian "ای" before a consonant is the vowel i ("Iraj"); "ایو" is "ayu" ("Ayyub").
      const bool silent = l.persian() && l.prev == 0 && l.next == kYeh && l.after_next != kAlef &&
                          l.after_next != kWaw;
      return silent ? "" : "a";
    }
    case kAin: return spell_ain(l);
    case kWaw: return spell_waw(l);
    case kYeh: return spell_yeh(l);
    case kAlefMaksura: return l.next == 0 ? "a" : spell_yeh(l);
    case kTehMarbuta: return l.next == 0 ? "a" : "at";
    case kHeh: return spell_heh(l);
    default: return "";
  }
}

// "خامنه‌ای" -> "Khamenei": heh, then alef and yeh ending the word, is the Persian suffix
// -ei.
bool is_ei_suffix(std::u16string_view letters, size_t at) {
  if (at == 0 || letters[at] != kHeh) return false;
  std::u16string_view rest = letters.substr(at + 1);
  if (!rest.empty() && rest.front() == kZwnj) rest.remove_prefix(1);
  return rest == std::u16string_view(u"\u0627\u064A");
}

// The vowel a word starts with, which only a hamza carrier shows: "إ" is i ("Ibrahim"), with
// a vowel yeh after it too ("إيفان" Ivan); "أو" before a consonant is u ("أوكوياما" Okuyama).
// Returns how many letters it spelled (0: none, the letters' own rules apply).
size_t spell_initial_vowel(std::u16string_view letters, std::string& out) {
  if (letters.size() < 2 || (!is_hamza_carrier(letters[0]) && letters[0] != kAlef)) return 0;
  const char16_t after = letters.size() > 2 ? rule_letter(letters[2]) : char16_t{0};
  const bool long_vowel = after != 0 && after != kAlef && after != kWaw;
  if (letters[0] == kAlefHamzaBelow) {
    out += 'i';
    return letters[1] == kYeh && long_vowel ? 2 : 1;
  }
  if (letters[1] != kWaw || !long_vowel) return 0;
  out += 'o';
  return 2;
}

// Arabic writes the "ch" of foreign names as teh and sheen ("تشارلز" Charles).
bool is_ch(std::u16string_view letters, size_t at, Orthography orthography) {
  return orthography == Orthography::kArabic && letters[at] == kTeh && at + 1 < letters.size() &&
         letters[at + 1] == kSheen;
}

// Neither language starts a word with two consonants, so a word's first consonant and a heh
// or hah after it have a vowel between them, which must be written when the two would
// otherwise spell a digraph: "تهران" Tehran, not "thran" (th), "دهقان" Dehghan, not "dhqan"
// (dh), "سهراب" Sohrab, not "shrab" (sh).
bool needs_vowel_before_h(const Letter& l, const std::string& out) {
  const bool h = l.self == kHah || (l.self == kHeh && l.next != 0);
  if (!h || !l.prev_starts_morpheme || find_consonant(l.prev) == nullptr || out.empty()) {
    return false;
  }
  return std::string_view("dtskgzpc").find(out.back()) != std::string_view::npos;
}

}  // namespace

bool is_arabic_letter(char16_t c) {
  return find_consonant(c) != nullptr || is_long_vowel(c) || is_hamza_carrier(c) || c == kAin ||
         c == kTehMarbuta || c == kHeh || c == kZwnj;
}

void spell_arabic_letters(std::u16string_view letters, Orthography orthography, std::string& out) {
  for (size_t at = spell_initial_vowel(letters, out); at < letters.size(); ++at) {
    if (is_ei_suffix(letters, at)) {
      out += "ei";
      return;
    }
    if (is_ch(letters, at, orthography)) {
      out += "ch";
      ++at;
      continue;
    }
    const Letter letter = letter_at(letters, at, orthography);
    if (needs_vowel_before_h(letter, out)) out += letter.persian() ? 'e' : 'a';
    out += spell_letter(letter);
  }
}

}  // namespace vigil::text
