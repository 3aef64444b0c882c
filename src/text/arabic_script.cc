#include "text/arabic_script.h"

namespace vigil::text {
namespace {

constexpr UChar32 kAlef = 0x0627;
constexpr UChar32 kLam = 0x0644;
constexpr UChar32 kWaw = 0x0648;
constexpr UChar32 kYeh = 0x064A;
constexpr UChar32 kAin = 0x0639;

// Letters with one fixed Latin spelling, after folding.
const char* fixed_spelling(UChar32 c) {
  switch (c) {
    case 0x0628: return "b";   // beh
    case 0x067E: return "p";   // peh
    case 0x062A: return "t";   // teh
    case 0x0679: return "t";   // tteh (Urdu)
    case 0x067C: return "t";   // teh with ring (Pashto)
    case 0x062B: return "s";   // theh: Persian s, Arabic th; s serves both through th ~ s
    case 0x062C: return "j";   // jeem
    case 0x0686: return "ch";  // tcheh
    case 0x062D: return "h";   // hah
    case 0x062E: return "kh";  // khah
    case 0x0681: return "z";   // Pashto dze
    case 0x0685: return "ts";  // Pashto tse
    case 0x062F: return "d";   // dal
    case 0x0688: return "d";   // ddal (Urdu)
    case 0x0689: return "d";   // Pashto dal with ring
    case 0x0630: return "z";   // thal
    case 0x0631: return "r";   // reh
    case 0x0691: return "r";   // rreh (Urdu)
    case 0x0693: return "r";   // Pashto reh with ring
    case 0x0632: return "z";   // zain
    case 0x0698: return "zh";  // jeh
    case 0x0696: return "zh";  // Pashto zhe
    case 0x0633: return "s";   // seen
    case 0x0634: return "sh";  // sheen
    case 0x069A: return "sh";  // Pashto xin
    case 0x0635: return "s";   // sad
    case 0x0636: return "z";   // dad
    case 0x0637: return "t";   // tah
    case 0x0638: return "z";   // zah
    case 0x063A: return "gh";  // ghain
    case 0x0641: return "f";   // feh
    case 0x0642: return "q";   // qaf
    case 0x0643: return "k";   // kaf (keheh folded here)
    case 0x06AF: return "g";   // gaf
    case 0x06AB: return "g";   // Pashto gaf
    case 0x0644: return "l";   // lam
    case 0x0645: return "m";   // meem
    case 0x0646: return "n";   // noon
    case 0x06BA: return "n";   // noon ghunna (Urdu)
    case 0x06BC: return "n";   // Pashto noon with ring
    case 0x0647: return "h";   // heh (teh marbuta folded here)
    case 0x0621: return "";    // hamza
    case 0x06D0: return "e";   // Pashto yeh
    default: return nullptr;
  }
}

bool is_arabic_letter(UChar32 c) {
  return fixed_spelling(c) != nullptr || c == kAlef || c == kWaw || c == kYeh || c == kAin;
}

// The spelling of letter `at` of a word: alef, waw, yeh and ain depend on where they stand.
std::string spell(const std::u32string& word, size_t at) {
  const UChar32 c = static_cast<UChar32>(word[at]);
  if (const char* fixed = fixed_spelling(c)) return fixed;
  const bool initial = at == 0;
  const bool after_alef = at > 0 && static_cast<UChar32>(word[at - 1]) == kAlef;
  switch (c) {
    case kAlef: return "a";
    case kAin: return initial ? "a" : "";
    case kWaw: return initial || after_alef ? "v" : "u";
    case kYeh: return initial || after_alef ? "y" : "i";
    default: return "";
  }
}

void append_word(const std::u32string& word, icu::UnicodeString& out) {
  size_t start = 0;
  // The joined article: "الراوی" is "al" + "راوی".
  if (word.size() > 3 && static_cast<UChar32>(word[0]) == kAlef &&
      static_cast<UChar32>(word[1]) == kLam) {
    out.append(icu::UnicodeString("al "));
    start = 2;
  }
  const std::u32string rest = word.substr(start);
  for (size_t i = 0; i < rest.size(); ++i) out.append(icu::UnicodeString(spell(rest, i).c_str()));
}

}  // namespace

bool is_arabic_code_point(UChar32 c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

UChar32 fold_arabic_code_point(UChar32 c) {
  if (c >= 0x064B && c <= 0x065F) return U_SENTINEL;          // tashkeel
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);  // Arabic-Indic digits
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);  // Persian digits
  switch (c) {
    case 0x0670:
    case 0x0640:  // superscript alef, tatweel
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:  // ZWNJ, ZWJ, LRM, RLM
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
    case 0x061C:  // Arabic letter mark
      return U_SENTINEL;
    case 0x06A9:
    case 0x06AA:
    case 0x06AC:
    case 0x06AD:
    case 0x06AE: return 0x0643;  // keheh -> kaf
    case 0x06CC:
    case 0x0649:
    case 0x06D2:
    case 0x06D3:
    case 0x0626:
    case 0x06CD:
    case 0x06CE:
    case 0x06D1: return kYeh;  // Farsi yeh, alef maksura, yeh barree, yeh with hamza
    case 0x0629:
    case 0x06C1:
    case 0x06C2:
    case 0x06C3:
    case 0x06BE:
    case 0x06D5: return 0x0647;  // teh marbuta, heh goal, heh doachashmee, ae -> heh
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
    case 0x0672:
    case 0x0673: return kAlef;  // alef with madda / hamza / wasla
    case 0x0624:
    case 0x06C4:
    case 0x06C5:
    case 0x06C6:
    case 0x06C7:
    case 0x06C8:
    case 0x06C9:
    case 0x06CA:
    case 0x06CB:
    case 0x06CF: return kWaw;
    case 0x066B: return '.';
    case 0x066C:
    case 0x060C: return ',';
    default: return c;
  }
}

icu::UnicodeString transliterate_arabic_script(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  std::u32string word;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (is_arabic_letter(c)) {
      word.push_back(static_cast<char32_t>(c));
      continue;
    }
    if (!word.empty()) {
      append_word(word, out);
      word.clear();
    }
    out.append(c);
  }
  if (!word.empty()) append_word(word, out);
  return out;
}

}  // namespace vigil::text
