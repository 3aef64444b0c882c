#include "text/arabic_fold.h"

#include <gtest/gtest.h>

#include "text/normalise.h"

namespace vigil::text {
namespace {

TEST(TextArabicFoldTest, PersianAndArabicLettersBecomeOne) {
  EXPECT_EQ(fold_arabic_script("ک"), "ك");  // keheh -> kaf
  EXPECT_EQ(fold_arabic_script("ی"), "ي");  // Farsi yeh -> yeh
  EXPECT_EQ(fold_arabic_script("ى"), "ي");  // alef maksura -> yeh
  EXPECT_EQ(fold_arabic_script("ئ"), "ي");  // yeh with hamza
  EXPECT_EQ(fold_arabic_script("ؤ"), "و");  // waw with hamza
  EXPECT_EQ(fold_arabic_script("ة"), "ه");  // teh marbuta -> heh
  EXPECT_EQ(fold_arabic_script("ۀ"), "ه");  // heh with yeh above
  for (const char* alef : {"أ", "إ", "آ", "ٱ"}) EXPECT_EQ(fold_arabic_script(alef), "ا") << alef;
  EXPECT_EQ(fold_arabic_script("کریمی"), fold_arabic_script("كريمي"));
  EXPECT_EQ(fold_arabic_script("ٹ ڈ ڑ ں ے"), "ت د ر ن ي");  // Urdu
}

TEST(TextArabicFoldTest, MarksAndInvisiblesGo) {
  EXPECT_EQ(fold_arabic_script("مُحَمَّد"), "محمد");              // harakat, shadda
  EXPECT_EQ(fold_arabic_script("مْ"), "م");                    // sukun
  EXPECT_EQ(fold_arabic_script("رحمٰن"), "رحمن");              // superscript alef
  EXPECT_EQ(fold_arabic_script("محـــمد"), "محمد");           // tatweel
  EXPECT_EQ(fold_arabic_script("خامنه\u200Cای"), "خامنهاي");  // ZWNJ
  EXPECT_EQ(fold_arabic_script("a\u200Db\u200E\u200F\u061C"), "ab");
  EXPECT_EQ(fold_arabic_script("\u202Bعلي\u202C"), "علي");
  EXPECT_EQ(fold_arabic_script("ء"), "");  // lone hamza
}

TEST(TextArabicFoldTest, DigitsAndPunctuation) {
  EXPECT_EQ(fold_arabic_script("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  EXPECT_EQ(fold_arabic_script("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
  EXPECT_EQ(fold_arabic_script("علي، حسن؛ ؟"), "علي, حسن; ?");
}

TEST(TextArabicFoldTest, PresentationFormsAndOtherTextPassThrough) {
  EXPECT_EQ(fold_arabic_script("\uFEE3\uFEA4\uFEE4\uFEAA"), "محمد");
  EXPECT_EQ(fold_arabic_script("Ali"), "Ali");
  EXPECT_EQ(fold_arabic_script(""), "");
  EXPECT_EQ(fold_arabic_script("\xff"), "\uFFFD");
}

TEST(TextArabicFoldTest, TransliterationKeepsWhatChangesTheSpelling) {
  EXPECT_EQ(fold_arabic_code_point(0x0629, ArabicFold::kTransliteration), 0x0629);
  EXPECT_EQ(fold_arabic_code_point(0x0649, ArabicFold::kTransliteration), 0x0649);
  EXPECT_EQ(fold_arabic_code_point(0x200C, ArabicFold::kTransliteration), 0x200C);
  EXPECT_EQ(fold_arabic_code_point(0x200C, ArabicFold::kSearch), kDropCodePoint);
  EXPECT_EQ(fold_arabic_code_point(0x06A9, ArabicFold::kTransliteration), 0x0643);
}

TEST(TextArabicFoldTest, ArabicCodePoints) {
  EXPECT_TRUE(is_arabic_code_point(0x0627));
  EXPECT_TRUE(is_arabic_code_point(0x06CC));
  EXPECT_TRUE(is_arabic_code_point(0xFEE3));
  EXPECT_FALSE(is_arabic_code_point('a'));
  EXPECT_FALSE(is_arabic_code_point(0x0430));
}

}  // namespace
}  // namespace vigil::text
