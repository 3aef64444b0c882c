#include "text/invisible.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil::text {
namespace {

std::string visible(const char* utf8) {
  std::string out;
  without_invisible_characters(icu::UnicodeString::fromUTF8(utf8)).toUTF8String(out);
  return out;
}

TEST(TextInvisibleTest, FormatControlsAndIgnorablesAreInvisible) {
  for (const UChar32 c : {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x200E, 0x202E,
                          0x2066, 0x061C, 0x034F, 0xFE0F, 0x3164, 0x115F, 0xE0041}) {
    EXPECT_TRUE(is_invisible(c)) << std::hex << c;
  }
  for (const UChar32 c : {0x0020, 0x00A0, 0x0061, 0x0301, 0x0644, 0x0E01, 0x2019, 0x00B7}) {
    EXPECT_FALSE(is_invisible(c)) << std::hex << c;
  }
}

TEST(TextInvisibleTest, DroppedInsideLatinWords) {
  EXPECT_EQ(visible("Ros\u200Bneft"), "Rosneft");
  EXPECT_EQ(visible("Es\u200Cmail Kha\u200Dtib"), "Esmail Khatib");
  EXPECT_EQ(visible("Es\u2060mail\u00AD \uFEFFKha\u180Etib"), "Esmail Khatib");
  EXPECT_EQ(visible("\u202EbitahK\u202C"), "bitahK");
  EXPECT_EQ(visible("\u200B\u200B"), "");
}

TEST(TextInvisibleTest, ArabicScriptKeepsItsJoiners) {
  EXPECT_EQ(visible("خامنه\u200Cای"), "خامنه\u200Cای");
  EXPECT_EQ(visible("خامنه\u064E\u200Cای"), "خامنه\u064E\u200Cای");  // after a vowel sign
  EXPECT_EQ(visible("Ali\u200Cای"), "Aliای");
  EXPECT_EQ(visible("محمد\u200Bجواد"), "محمدجواد");
}

TEST(TextInvisibleTest, ZeroWidthSpaceIsTheWordBreakOfScriptsWithoutSpaces) {
  EXPECT_EQ(visible("ทักษิณ\u200Bชินวัตร"), "ทักษิณ ชินวัตร");
  EXPECT_EQ(visible("ហ៊ុន\u200Bសែន"), "ហ៊ុន សែន");
  EXPECT_EQ(visible("ทักษิณ\u200BSmith"), "ทักษิณSmith");  // not between two Thai letters
  EXPECT_EQ(visible("ทักษิณ\u200C"), "ทักษิณ");
}

}  // namespace
}  // namespace vigil::text
