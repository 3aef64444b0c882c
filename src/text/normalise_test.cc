#include "text/normalise.h"

#include <gtest/gtest.h>

namespace vigil::text {
namespace {

TEST(NormaliseTest, LatinNames) {
  EXPECT_EQ(normalise_name("KHATIB, Esmail"), "khatib esmail");
  EXPECT_EQ(normalise_name("Mohammed Al-Hassan"), "mohammed al hassan");
  EXPECT_EQ(normalise_name("D'Souza"), "dsouza");
  EXPECT_EQ(normalise_name("Ba\u2019th"), "bath");
  EXPECT_EQ(normalise_name("Müller"), "muller");
  EXPECT_EQ(normalise_name("ŞAHİN"), "sahin");
  EXPECT_EQ(normalise_name("Straße"), "strasse");
  EXPECT_EQ(normalise_name("Łukasz Øster Æbelø"), "lukasz oster aebelo");
  EXPECT_EQ(normalise_name("  ANGLO-CARIBBEAN CO., LTD.  "), "anglo caribbean co ltd");
  EXPECT_EQ(normalise_name(""), "");
  EXPECT_EQ(normalise_name("!!!"), "");
}

TEST(NormaliseTest, CompatibilityForms) {
  EXPECT_EQ(normalise_name("\uFF21\uFF22\uFF23"), "abc");  // fullwidth
  EXPECT_EQ(normalise_name("\uFB01nance"), "finance");     // ligature
  EXPECT_EQ(normalise_name("A\u200BB"), "a b");            // zero-width space separates
}

TEST(NormaliseTest, ArabicAndPersianScript) {
  EXPECT_EQ(normalise_name("اسماعیل خطیب"), "asmail khtib");
  // Persian keheh/yeh and Arabic kaf/yeh spell the same name the same way.
  EXPECT_EQ(normalise_name("علی"), normalise_name("علي"));
  EXPECT_EQ(normalise_name("کریم"), normalise_name("كريم"));
  // Tashkeel, tatweel and ZWNJ change nothing.
  EXPECT_EQ(normalise_name("مُحَمَّد"), normalise_name("محمد"));
  EXPECT_EQ(normalise_name("محـــمد"), normalise_name("محمد"));
  EXPECT_EQ(normalise_name("خامنه\u200Cای"), normalise_name("خامنهای"));
  // The joined article becomes a word of its own.
  EXPECT_EQ(normalise_name("الراوی"), "al ravi");
  EXPECT_EQ(normalise_name("۱۲۳"), "123");
}

TEST(NormaliseTest, OtherScripts) {
  EXPECT_EQ(normalise_name("АЛЕКСАНДР Сергеевич"), "aleksandr sergeyevich");
  EXPECT_EQ(normalise_name("Хатиб"), "khatib");
  EXPECT_EQ(normalise_name("金正恩"), "jin zheng en");
  EXPECT_FALSE(normalise_name("김정은").empty());
  EXPECT_FALSE(normalise_name("Ελευθέριος").empty());
  EXPECT_FALSE(normalise_name("שלום").empty());
}

TEST(NormaliseTest, FastAsciiPathEqualsFullPath) {
  // A non-ASCII character that normalises to nothing sends the same text down the ICU path.
  for (const char* name : {"KHATIB, Esmail", "Anglo-Caribbean Co., Ltd.", "D'Souza 77th",
                           "a.k.a. 'BNC'", "Sa`id", "X / Y (Z)"}) {
    EXPECT_EQ(normalise_name(name), normalise_name(std::string(name) + "\u200D")) << name;
  }
}

TEST(NormaliseTest, InvalidUtf8IsReplacedNotFatal) {
  EXPECT_EQ(normalise_name("bad\xff\xfe"
                           "bytes"),
            "bad bytes");
  EXPECT_NO_THROW(normalise_name("\xc3"));          // truncated sequence
  EXPECT_NO_THROW(normalise_name("\xc0\xaf"));      // overlong
  EXPECT_NO_THROW(normalise_name("\xed\xa0\x80"));  // surrogate
  const std::string huge(1 << 20, 'a');
  EXPECT_EQ(normalise_name(huge).size(), huge.size());
}

TEST(NormaliseTest, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("plain"));
  EXPECT_TRUE(is_valid_utf8("اسماعیل"));
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));
  EXPECT_FALSE(is_valid_utf8("\xe2\x82"));
}

TEST(NormaliseTest, ScriptDetection) {
  EXPECT_EQ(detect_script("Esmail"), "Latn");
  EXPECT_EQ(detect_script("اسماعیل"), "Arab");
  EXPECT_EQ(detect_script("Александр"), "Cyrl");
  EXPECT_EQ(detect_script("金正恩"), "Hani");
  EXPECT_EQ(detect_script("123 -"), "Zyyy");
}

TEST(NormaliseTest, FoldArabicScript) {
  EXPECT_EQ(fold_arabic_script("ک"), "ك");
  EXPECT_EQ(fold_arabic_script("ی"), "ي");
  EXPECT_EQ(fold_arabic_script("ى"), "ي");
  EXPECT_EQ(fold_arabic_script("أ"), "ا");
  EXPECT_EQ(fold_arabic_script("ة"), "ه");
  EXPECT_EQ(fold_arabic_script("a\u200Cb"), "ab");
}

TEST(NormaliseTest, Tokenise) {
  const auto tokens = tokenise("esmail  khatib");
  ASSERT_EQ(tokens.size(), 2U);
  EXPECT_EQ(tokens[0], "esmail");
  EXPECT_EQ(tokens[1], "khatib");
  EXPECT_TRUE(tokenise("").empty());
}

}  // namespace
}  // namespace vigil::text
