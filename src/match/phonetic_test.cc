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
  EXPECT_EQ(consonant_skeleton("hassan"), consonant_skeleton("hasan"));     // ss/s
  EXPECT_EQ(consonant_skeleton("kazem"), consonant_skeleton("kadhem"));     // z/dh
  EXPECT_EQ(consonant_skeleton("mukhtar"), consonant_skeleton("muhtar"));   // kh/h
  EXPECT_EQ(consonant_skeleton("qaddafi"), consonant_skeleton("ghadafi"));  // q/gh
}

TEST(PhoneticTest, SlavicRomanisationsShareASkeleton) {
  EXPECT_EQ(consonant_skeleton("dmitriy"), consonant_skeleton("dmitry"));
  EXPECT_EQ(consonant_skeleton("dmitrii"), consonant_skeleton("dmitrij"));
  EXPECT_EQ(consonant_skeleton("yuri"), consonant_skeleton("iurii"));  // yu/iu
  EXPECT_EQ(consonant_skeleton("khodorkovsky"), consonant_skeleton("hodorkovskiy"));
  EXPECT_EQ(consonant_skeleton("tsarev"), consonant_skeleton("tzarev"));  // ts/tz
  EXPECT_EQ(consonant_skeleton("sergej"), consonant_skeleton("sergey"));
}

TEST(PhoneticTest, DifferentConsonantsStayApart) {
  EXPECT_NE(consonant_skeleton("karimi"), consonant_skeleton("rahimi"));
  EXPECT_NE(consonant_skeleton("hassan"), consonant_skeleton("hamid"));
  EXPECT_NE(consonant_skeleton("hasan"), consonant_skeleton("husam"));
}

TEST(PhoneticTest, FrenchSpellingsOfMaghrebiNames) {
  // "ou" before a vowel, at a word's start or after a vowel, is the consonant w.
  EXPECT_EQ(phonetic_spelling("hamraoui"), phonetic_spelling("hamrawi"));
  EXPECT_EQ(phonetic_spelling("ouassim"), phonetic_spelling("wassim"));
  EXPECT_EQ(phonetic_spelling("zarkaoui"), phonetic_spelling("zarqawi"));
  EXPECT_EQ(phonetic_spelling("fouad"), phonetic_spelling("fuad"));  // the vowel u
  EXPECT_EQ(phonetic_spelling("souad"), "suad");
  // A word's first "aw" before a consonant is the "ou" of French spellings.
  EXPECT_EQ(phonetic_spelling("awni"), phonetic_spelling("ouni"));
  EXPECT_EQ(phonetic_spelling("ivanawna"), "ivanavna");  // inside a word: a consonant
  // The silent e after a final n.
  EXPECT_EQ(phonetic_spelling("chaabane"), phonetic_spelling("chaaban"));
  EXPECT_EQ(phonetic_spelling("amine"), "amin");
  EXPECT_EQ(phonetic_spelling("jane"), "jane");  // too short to tell
  // ch and sh share a skeleton, not a spelling.
  EXPECT_EQ(consonant_skeleton("chokri"), consonant_skeleton("shukri"));
  EXPECT_NE(phonetic_spelling("chen"), phonetic_spelling("shen"));
}

TEST(PhoneticTest, SpellingKeepsVowelsAndMergesDigraphs) {
  EXPECT_EQ(phonetic_spelling("khatib"), "hatib");
  EXPECT_EQ(phonetic_spelling("shahid"), "Sahid");
  EXPECT_EQ(phonetic_spelling("qaddafi"), "kadafi");  // doubled letters written once
  EXPECT_EQ(phonetic_spelling("shcherbakov"), "Serbakov");
  EXPECT_EQ(phonetic_spelling("tschernow"), "Cernov");
  EXPECT_EQ(phonetic_spelling(""), "");
}

TEST(PhoneticTest, SlavicEndingsAreOneSound) {
  for (const char* spelling : {"dmitriy", "dmitrii", "dmitrij", "dmitri"}) {
    EXPECT_EQ(phonetic_spelling(spelling), "dmitri") << spelling;
  }
  EXPECT_EQ(phonetic_spelling("rudnitskiy"), phonetic_spelling("rudnitskij"));
  EXPECT_EQ(phonetic_spelling("dmitry"), "dmitry");  // differs from "dmitri" by one vowel
  EXPECT_EQ(phonetic_spelling("sergej"), "sergei");
  EXPECT_EQ(phonetic_spelling("sergey"), "sergey");  // "ey" stays: a vowel before the y
  EXPECT_EQ(phonetic_spelling("faraj"), "faraj");    // an Arabic final j is a consonant
  EXPECT_EQ(phonetic_spelling("iy"), "iy");          // too short to be an ending
}

}  // namespace
}  // namespace vigil::match
