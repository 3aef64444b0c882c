#include "match/phonetic.h"

#include <gtest/gtest.h>

namespace vigil::match {
namespace {

TEST(PhoneticTest, RomanisationVariantsShareASkeleton) {
  EXPECT_EQ(consonant_skeleton("mohammad"), consonant_skeleton("muhammed"));
  EXPECT_EQ(consonant_skeleton("khatib"), consonant_skeleton("khateeb"));
  EXPECT_EQ(consonant_skeleton("esmail"), consonant_skeleton("ismail"));
  EXPECT_EQ(consonant_skeleton("qasem"), consonant_skeleton("ghasem"));
  EXPECT_EQ(consonant_skeleton("yousef"), consonant_skeleton("yusuf"));
  EXPECT_EQ(consonant_skeleton("zadeh"), consonant_skeleton("zade"));
  EXPECT_EQ(consonant_skeleton("vahid"), consonant_skeleton("wahid"));
  EXPECT_EQ(consonant_skeleton("djamal"), consonant_skeleton("jamal"));
  EXPECT_EQ(consonant_skeleton("othman"), consonant_skeleton("osman"));
}

TEST(PhoneticTest, DifferentConsonantsStayApart) {
  EXPECT_NE(consonant_skeleton("karimi"), consonant_skeleton("rahimi"));
  EXPECT_NE(consonant_skeleton("hassan"), consonant_skeleton("hamid"));
}

TEST(PhoneticTest, SpellingKeepsVowelsAndMergesDigraphs) {
  EXPECT_EQ(phonetic_spelling("khatib"), "hatib");
  EXPECT_EQ(phonetic_spelling("shahid"), "Sahid");
  EXPECT_EQ(phonetic_spelling("qaddafi"), "kadafi");  // doubled letters written once
  EXPECT_EQ(phonetic_spelling("shcherbakov"), "Serbakov");
  EXPECT_EQ(phonetic_spelling(""), "");
}

}  // namespace
}  // namespace vigil::match
