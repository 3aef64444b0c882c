#include "text/arabic_fold.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>

#include "text/normalise.h"
#include "text/unicode_input.h"

namespace vigil::text {
namespace {

constexpr UChar32 kDrop = kDropCodePoint;
constexpr UChar32 kZwnj = 0x200C;
constexpr UChar32 kTehMarbuta = 0x0629;
constexpr UChar32 kAlefMaksura = 0x0649;
constexpr UChar32 kAlef = 0x0627;
constexpr UChar32 kAlefHamzaAbove = 0x0623;
constexpr UChar32 kAlefHamzaBelow = 0x0625;
constexpr UChar32 kWaw = 0x0648;
constexpr UChar32 kYeh = 0x064A;
constexpr UChar32 kHeh = 0x0647;
constexpr UChar32 kKaf = 0x0643;
constexpr UChar32 kGaf = 0x06AF;

struct Fold {
  UChar32 from;
  UChar32 to;
};

// Urdu and Pashto letters for sounds that English-language lists spell like
// their Arabic neighbours (retroflex t, d, r; Pashto ts, dz) fold to those neighbours.
constexpr std::array<Fold, 67> kFolds = {{
    {0x060C, ','},    {0x061B, ';'},    {0x061C, kDrop},  {0x061F, '?'},    {0x0621, kDrop},
    {0x0622, kAlef},  {0x0623, kAlef},  {0x0624, kWaw},   {0x0625, kAlef},  {0x0626, kYeh},
    {0x0629, kHeh},   {0x0640, kDrop},  {0x0649, kYeh},   {0x066A, '%'},    {0x066B, '.'},
    {0x066C, ','},    {0x0670, kDrop},  {0x0671, kAlef},  {0x0672, kAlef},  {0x0673, kAlef},
    {0x0675, kAlef},  {0x0676, kWaw},   {0x0677, kWaw},   {0x0678, kYeh},   {0x0679, 0x062A},
    {0x067C, 0x062A}, {0x0681, 0x0632}, {0x0685, 0x0633}, {0x0688, 0x062F}, {0x0689, 0x062F},
    {0x0691, 0x0631}, {0x0693, 0x0631}, {0x0696, 0x0698}, {0x069A, 0x0634}, {0x06A8, kGaf},
    {0x06A9, kKaf},   {0x06AA, kKaf},   {0x06AB, kGaf},   {0x06AC, kKaf},   {0x06AD, kGaf},
    {0x06AE, kKaf},   {0x06B1, kGaf},   {0x06B3, kGaf},   {0x06BA, 0x0646}, {0x06BC, 0x0646},
    {0x06BE, kHeh},   {0x06C0, kHeh},   {0x06C1, kHeh},   {0x06C2, kHeh},   {0x06C3, kHeh},
    {0x06C4, kWaw},   {0x06C5, kWaw},   {0x06C6, kWaw},   {0x06C7, kWaw},   {0x06C8, kWaw},
    {0x06C9, kWaw},   {0x06CB, kWaw},   {0x06CC, kYeh},   {0x06CD, kYeh},   {0x06CE, kYeh},
    {0x06CF, kWaw},   {0x06D0, kYeh},   {0x06D1, kYeh},   {0x06D2, kYeh},   {0x06D3, kYeh},
    {0x06D5, kHeh},   {0x06DD, kDrop},
}};

constexpr bool is_mark(UChar32 c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) ||
         (c >= 0x06D6 && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF);
}

// Joiners and bidi controls: invisible, and typed or not at random.
bool is_invisible_control(UChar32 c) {
  return c == 0x200D || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x034F || c == 0xFEFF;
}

constexpr UChar32 fold_digit(UChar32 c) {
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

constexpr UChar32 kBlockStart = 0x0600;
constexpr UChar32 kBlockEnd = 0x0700;

// The search fold of every code point of the main Arabic block, looked up rather than searched
// for: this runs on every letter of every Arabic-script name.
constexpr std::array<UChar32, kBlockEnd - kBlockStart> kBlockFold = [] {
  std::array<UChar32, kBlockEnd - kBlockStart> table{};
  for (UChar32 c = kBlockStart; c < kBlockEnd; ++c) {
    UChar32 folded = fold_digit(c);
    if (is_mark(c)) folded = kDrop;
    for (const Fold& f : kFolds) {
      if (f.from == c) folded = f.to;
    }
    table[c - kBlockStart] = folded;
  }
  return table;
}();

}  // namespace

bool is_arabic_code_point(UChar32 c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

UChar32 fold_arabic_code_point(UChar32 c, ArabicFold fold) {
  if (fold == ArabicFold::kTransliteration &&
      (c == kTehMarbuta || c == kAlefMaksura || c == kAlefHamzaAbove || c == kAlefHamzaBelow)) {
    return c;
  }
  if (c == kZwnj) return fold == ArabicFold::kTransliteration ? c : kDrop;
  if (c >= kBlockStart && c < kBlockEnd) return kBlockFold[c - kBlockStart];
  if (is_mark(c) || is_invisible_control(c)) return kDrop;
  return c;
}

std::string fold_arabic_script(std::string_view utf8) {
  const icu::UnicodeString text = to_nfkc(utf8);
  icu::UnicodeString out;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 folded = fold_arabic_code_point(c, ArabicFold::kSearch);
    if (folded != kDrop) out.append(folded);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace vigil::text
