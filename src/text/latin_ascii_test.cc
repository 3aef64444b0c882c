#include "text/latin_ascii.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>

#include <memory>
#include <string>

namespace vigil::text {
namespace {

// ICU's spelling of one code point, the slow way the table stands in for.
// (The table also applies our fixed spellings to what NFKC makes of a code point: "Ŀ" is
// "L" and a middle dot.)
std::string icu_spelling(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
  const icu::UnicodeString text =
      icu::Normalizer2::getNFKCInstance(status)->normalize(icu::UnicodeString(c), status);
  std::string utf8;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 part = text.char32At(i);
    i += U16_LENGTH(part);
    if (const auto fixed = fixed_ascii(part)) {
      utf8 += *fixed;
      continue;
    }
    icu::UnicodeString piece(part);
    to_ascii->transliterate(piece);
    piece.toUTF8String(utf8);
  }
  return utf8;
}

TEST(TextLatinAsciiTest, EveryTableEntryIsWhatIcuSpells) {
  int covered = 0;
  for (UChar32 c = 0x80; c < 0x2150; ++c) {
    const auto spelling = latin_ascii(c);
    if (!spelling || fixed_ascii(c)) continue;
    ++covered;
    ASSERT_EQ(std::string(*spelling), icu_spelling(c)) << "U+" << std::hex << c;
  }
  EXPECT_GT(covered, 700);
}

TEST(TextLatinAsciiTest, LettersOfLivingOrthographiesAreCovered) {
  for (const UChar32 c : {U'ə', U'Ə', U'ɔ', U'Ɔ', U'ɛ', U'Ɛ', U'ɣ', U'Ɣ', U'ʃ', U'ʒ', U'ŋ', U'Ŋ',
                          U'ɓ', U'ɗ', U'ƙ', U'ƴ', U'ŀ', U'Ŀ', U'ǝ', U'ı', U'ĸ', U'ſ', U'ƒ'}) {
    const auto spelling = latin_ascii(c);
    ASSERT_TRUE(spelling.has_value()) << "U+" << std::hex << c;
    EXPECT_FALSE(spelling->empty()) << "U+" << std::hex << c;
  }
  for (UChar32 c = 0xC0; c < 0x180; ++c) {
    EXPECT_TRUE(latin_ascii(c).has_value()) << "U+" << std::hex << c;
  }
  for (UChar32 c = 0x1E00; c < 0x1EFA; ++c) {
    if (!u_isalpha(c)) continue;
    EXPECT_TRUE(latin_ascii(c).has_value()) << "U+" << std::hex << c;
  }
}

TEST(TextLatinAsciiTest, Spellings) {
  EXPECT_EQ(latin_ascii(U'ü'), "u");
  EXPECT_EQ(latin_ascii(U'ß'), "ss");
  EXPECT_EQ(latin_ascii(U'Æ'), "AE");
  EXPECT_EQ(latin_ascii(U'ı'), "i");
  EXPECT_EQ(latin_ascii(U'İ'), "I");
  EXPECT_EQ(latin_ascii(U'Ø'), "O");
  EXPECT_EQ(latin_ascii(U'þ'), "th");
  EXPECT_EQ(latin_ascii(U'\u2013'), "-");
  EXPECT_EQ(latin_ascii(U'a'), "a");
  EXPECT_EQ(latin_ascii(U'ə'), "a");  // Azerbaijani: "Əliyev" is "Aliyev" on lists
  EXPECT_EQ(latin_ascii(U'Ŀ'), "L'");
}

TEST(TextLatinAsciiTest, OtherScriptsAreNotCovered) {
  EXPECT_FALSE(latin_ascii(U'Ж').has_value());
  EXPECT_FALSE(latin_ascii(U'Ω').has_value());
  EXPECT_FALSE(latin_ascii(U'\u0645').has_value());  // Arabic meem
  EXPECT_FALSE(latin_ascii(U'\u0915').has_value());  // Devanagari ka
  EXPECT_FALSE(latin_ascii(U'金').has_value());
  EXPECT_FALSE(latin_ascii(U'\uFF21').has_value());  // fullwidth: NFKC first
  EXPECT_FALSE(latin_ascii(-1).has_value());
}

TEST(TextLatinAsciiTest, FixedSpellings) {
  for (const UChar32 c : {U'\'', U'\u2019', U'\u2018', U'\u02BF', U'\u02BE', U'\u02BC', U'\u02B9',
                          U'\u02BA', U'\u00B7', U'\u00B4'}) {
    EXPECT_EQ(fixed_ascii(c), "'") << "U+" << std::hex << c;
  }
  for (const UChar32 c :
       {U'\u0301', U'\u200B', U'\u200C', U'\u200D', U'\u200E', U'\u00AD', U'\uFEFF'}) {
    EXPECT_EQ(fixed_ascii(c), "") << "U+" << std::hex << c;
  }
  for (const UChar32 c : {U'\u00A0', U'\u2003', U'\u3000', U'\uFFFD'}) {
    EXPECT_EQ(fixed_ascii(c), " ") << "U+" << std::hex << c;
  }
  EXPECT_FALSE(fixed_ascii(U'a').has_value());
  EXPECT_FALSE(fixed_ascii(U'é').has_value());
}

TEST(TextLatinAsciiTest, AppendLatinUtf8) {
  std::string out;
  EXPECT_TRUE(append_latin_utf8("Müller-Lüdenscheidt", out));
  EXPECT_EQ(out, "Muller-Ludenscheidt");
  out.clear();
  EXPECT_TRUE(
      append_latin_utf8("a\xff"
                        "b",
                        out));
  EXPECT_EQ(out, "a b");
  out.clear();
  EXPECT_FALSE(append_latin_utf8("Müller Мюллер", out));
}

}  // namespace
}  // namespace vigil::text
