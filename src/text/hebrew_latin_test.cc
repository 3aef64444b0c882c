#include "text/hebrew_latin.h"

#include <gtest/gtest.h>

#include "text/normalise.h"

namespace vigil::text {
namespace {

TEST(TextHebrewLatinTest, VowelLetters) {
  EXPECT_EQ(normalise_name("יוסף לוי"), "yosef levi");  // vav and yod between consonants
  EXPECT_EQ(normalise_name("אורי"), "ori");             // after a word's first alef
  EXPECT_EQ(normalise_name("איתמר"), "itemer");
  EXPECT_EQ(normalise_name("חיים"), "haim");  // two yods inside a word
  EXPECT_EQ(normalise_name("אליהו"), "alihu");
}

TEST(TextHebrewLatinTest, AlefAyinAndHeh) {
  EXPECT_EQ(normalise_name("אברהם"), "averehem");
  EXPECT_EQ(normalise_name("ישראל"), "yesheral");
  EXPECT_EQ(normalise_name("דניאל שמואל"), "deniel shemoel");  // after a vowel: e
  EXPECT_EQ(normalise_name("יהודה"), "yehoda");                // final heh after a consonant
  EXPECT_EQ(normalise_name("נועה לאה"), "noa la");
}

TEST(TextHebrewLatinTest, HardAndSoftConsonants) {
  EXPECT_EQ(normalise_name("בנימין"), "benimin");  // bet at a word's start
  EXPECT_EQ(normalise_name("אביגדור"), "avigedor");
  EXPECT_EQ(normalise_name("פרס יוסף"), "peres yosef");
  EXPECT_EQ(normalise_name("כהן מרדכי"), "kehen meredekhi");
  EXPECT_EQ(normalise_name("רַבִּין"), "rebin");  // dagesh
  EXPECT_EQ(normalise_name("שָׂרָה"), "sera");    // sin dot
}

TEST(TextHebrewLatinTest, Geresh) {
  EXPECT_EQ(normalise_name("סמוטריץ'"), "semoterich");
  EXPECT_EQ(normalise_name("ג׳ורג׳"), "jorej");
  EXPECT_EQ(normalise_name("ז'בוטינסקי"), "zhevotineseki");
}

TEST(TextHebrewLatinTest, NetanyahuKeepsItsConsonants) {
  EXPECT_EQ(normalise_name("בנימין נתניהו"), "benimin netenihu");
}

}  // namespace
}  // namespace vigil::text
