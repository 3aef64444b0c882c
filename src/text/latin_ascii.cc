#include "text/latin_ascii.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include "text/unicode_input.h"

namespace vigil::text {
namespace {

// The table covers code points below this: Latin-1, Latin Extended A and B, IPA, spacing
// modifiers, combining marks, Latin Extended Additional, general punctuation, letterlike
// symbols.
constexpr UChar32 kTableLimit = 0x2150;
constexpr size_t kMaxSpelling = 7;
constexpr uint8_t kUnknown = 0xFF;

struct Spelling {
  std::array<char, kMaxSpelling> text{};
  uint8_t size = kUnknown;
};

bool in_latin_block(UChar32 c) {
  return c < 0x0370 || (c >= 0x1AB0 && c < 0x1B00) || (c >= 0x1DC0 && c < kTableLimit);
}

// Marks, spaces and format controls of no particular script: spelled the same in every run.
bool is_shared(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(c, &status);
  return U_SUCCESS(status) && (code == USCRIPT_COMMON || code == USCRIPT_INHERITED);
}

// Apostrophes, primes, ayin and hamza signs, and the BGN/PCGN soft and hard signs: all are
// removed inside a word ("D'Souza", "Baʿth", "Solovʹyëv").
constexpr std::array<UChar32, 16> kApostrophes = {
    0x00B4, 0x00B7, 0x02B9, 0x02BA, 0x02BB, 0x02BC, 0x02BD, 0x02BE,
    0x02BF, 0x02C8, 0x02EE, 0x2018, 0x2019, 0x201B, 0x2032, 0x2035,
};

bool is_apostrophe(UChar32 c) {
  return std::find(kApostrophes.begin(), kApostrophes.end(), c) != kApostrophes.end();
}

Spelling make_spelling(std::string_view text) {
  Spelling s;
  if (text.size() > kMaxSpelling) return s;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return s;
  }
  std::copy(text.begin(), text.end(), s.text.begin());
  s.size = static_cast<uint8_t>(text.size());
  return s;
}

struct ExtraLatin {
  UChar32 letter;
  std::string_view ascii;
};

// Latin letters of living orthographies that ICU's Latin-ASCII leaves alone. Azerbaijani
// schwa is "a" on lists ("Əliyev" -> "Aliyev").
constexpr std::array<ExtraLatin, 44> kExtraLatin = {{
    {0x018F, "a"},  {0x0259, "a"},  {0x018E, "e"},  {0x01DD, "e"},  // schwa, turned e
    {0x0186, "o"},  {0x0254, "o"},  {0x019F, "o"},  {0x0275, "o"},  // open o, barred o
    {0x0194, "g"},  {0x0263, "g"},  {0x01A9, "sh"}, {0x0283, "sh"}, {0x01AA, "sh"},  // gamma, esh
    {0x01B7, "zh"}, {0x0292, "zh"}, {0x01EE, "zh"}, {0x01EF, "zh"}, {0x01B8, "zh"},  // ezh
    {0x01B9, "zh"}, {0x01B1, "u"},  {0x028A, "u"},  {0x019C, "m"},  {0x026F, "m"},
    {0x01A6, "r"},  {0x019B, "l"},  {0x018D, "d"},  {0x01BF, "w"},  {0x01F7, "w"},  // wynn
    {0x021C, "y"},  {0x021D, "y"},  {0x0222, "ou"}, {0x0223, "ou"}, {0x1E9C, "s"},  // yogh
    {0x1E9D, "s"},  {0x1E9F, "d"},  {0x1EFA, "ll"}, {0x1EFB, "ll"}, {0x1EFC, "v"},
    {0x1EFD, "v"},  {0x1EFE, "y"},  {0x1EFF, "y"},  {0x01C0, ""},   {0x01C1, ""},  // clicks
    {0x01C2, ""},
}};

std::optional<std::string_view> extra_latin(UChar32 c) {
  for (const ExtraLatin& extra : kExtraLatin) {
    if (extra.letter == c) return extra.ascii;
  }
  return std::nullopt;
}

// ICU's spelling of one code point: NFKC, then our fixed spellings or Latin-ASCII for each
// code point of the result (NFKC turns "Ŀ" into "L" and a middle dot).
Spelling icu_spelling(UChar32 c, const icu::Normalizer2& nfkc, icu::Transliterator& to_ascii) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString normalised = nfkc.normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) return {};
  std::string ascii;
  for (int32_t i = 0; i < normalised.length();) {
    const UChar32 part = normalised.char32At(i);
    i += U16_LENGTH(part);
    if (const auto fixed = fixed_ascii(part)) {
      ascii += *fixed;
      continue;
    }
    icu::UnicodeString text(part);
    to_ascii.transliterate(text);
    text.toUTF8String(ascii);
  }
  return make_spelling(ascii);
}

std::vector<Spelling> build_table() {
  std::vector<Spelling> table(kTableLimit);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
  for (UChar32 c = 0; c < kTableLimit; ++c) {
    if (c < 0x80) {
      const char ascii = static_cast<char>(c);
      table[c] = make_spelling(std::string_view(&ascii, 1));
    } else if (!in_latin_block(c) && !is_shared(c)) {
      continue;
    } else if (const auto fixed = fixed_ascii(c)) {
      table[c] = make_spelling(*fixed);
    } else if (in_latin_block(c) && U_SUCCESS(status)) {
      table[c] = icu_spelling(c, *nfkc, *to_ascii);
    }
  }
  return table;
}

const std::vector<Spelling>& table() {
  static const std::vector<Spelling> spellings = build_table();
  return spellings;
}

}  // namespace

std::optional<std::string_view> fixed_ascii(UChar32 c) {
  if (c == '\'' || is_apostrophe(c)) return "'";
  if (const auto extra = extra_latin(c)) return extra;
  if (c == 0xFFFD) return " ";
  const int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK ||
      type == U_FORMAT_CHAR) {
    return "";
  }
  if (type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR) {
    return " ";
  }
  return std::nullopt;
}

std::optional<std::string_view> latin_ascii(UChar32 c) {
  if (c < 0) return std::nullopt;
  if (c >= kTableLimit) return is_shared(c) ? fixed_ascii(c) : std::nullopt;
  const Spelling& s = table()[static_cast<size_t>(c)];
  if (s.size == kUnknown) return std::nullopt;
  return std::string_view(s.text.data(), s.size);
}

bool append_latin_utf8(std::string_view utf8, std::string& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(std::min(utf8.size(), kMaxInputBytes));
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      out += ' ';
      continue;
    }
    const auto spelling = latin_ascii(c);
    if (!spelling) return false;
    out += *spelling;
  }
  return true;
}

}  // namespace vigil::text
