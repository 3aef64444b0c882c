// Splitting one name cell into the names it holds, on strings copied from the real lists
// (Canada SEMA sema-lsi.xml, UK OFSI ConList.xlsx, OFAC, UN).
#include "sources/name_variants.h"

#include <gtest/gtest.h>

namespace vigil::sources {
namespace {

using Names = std::vector<std::string>;

TEST(NameVariantsTest, SplitsCanadasEnglishAndFrenchNames) {
  const NameVariants irgc = split_name_variants(
      "Islamic Revolutionary Guard Corps/Corps des Gardiens de la Révolution islamique", true);
  EXPECT_EQ(irgc.name, "Islamic Revolutionary Guard Corps");
  EXPECT_EQ(irgc.second_half, "Corps des Gardiens de la Révolution islamique");
  EXPECT_TRUE(irgc.acronyms.empty());
  EXPECT_EQ(split_bilingual("Hara Institute/Institut Hara"),
            (Names{"Hara Institute", "Institut Hara"}));
}

TEST(NameVariantsTest, KeepsSlashesThatDoNotSeparateNames) {
  EXPECT_TRUE(split_bilingual("MEC Steel Mills (Hmaw Bi/Pyi/Ywama)").empty());
  EXPECT_TRUE(split_bilingual("M/V ADRIAN DARYA").empty());
  EXPECT_TRUE(split_bilingual("NORSK HYDRO A/S").empty());
  EXPECT_TRUE(split_bilingual("Ali S/O Ahmad").empty());
  EXPECT_TRUE(split_bilingual("Sales 24/7 Ltd").empty());
  EXPECT_TRUE(split_bilingual("AL-RASHID TRUST c/o Mohammad Omar").empty());
  EXPECT_TRUE(split_bilingual("Born 1/2/1960").empty());
  // Only Canada writes two languages so: elsewhere both sides are one name.
  const NameVariants jihad =
      split_name_variants("THE ORGANIZATION BASE OF JIHAD/COUNTRY OF THE TWO RIVERS", false);
  EXPECT_EQ(jihad.name, "THE ORGANIZATION BASE OF JIHAD/COUNTRY OF THE TWO RIVERS");
  EXPECT_TRUE(jihad.second_half.empty());
}

TEST(NameVariantsTest, TakesTheTrailingAcronymAsAnAlias) {
  const NameVariants irgc = split_name_variants("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)", false);
  EXPECT_EQ(irgc.name, "ISLAMIC REVOLUTIONARY GUARD CORPS");
  EXPECT_EQ(irgc.acronyms, (Names{"IRGC"}));
  EXPECT_TRUE(irgc.second_half.empty());
  EXPECT_EQ(split_trailing_acronyms("Isfahan Optics Industry (EOI) (IOI)"),
            (Names{"Isfahan Optics Industry", "EOI", "IOI"}));
  EXPECT_EQ(split_trailing_acronyms("IRGC Research and Self Sufficiency Jihad Organization (IRGC "
                                    "RSSJO)"),
            (Names{"IRGC Research and Self Sufficiency Jihad Organization", "IRGC RSSJO"}));
  EXPECT_EQ(split_trailing_acronyms("Zhukovskiy Central Aerohydrodynamics Institute (TsAGI)"),
            (Names{"Zhukovskiy Central Aerohydrodynamics Institute", "TsAGI"}));
  EXPECT_EQ(split_trailing_acronyms("FALAH-I-INSANIAT FOUNDATION (FIF)"),
            (Names{"FALAH-I-INSANIAT FOUNDATION", "FIF"}));
  EXPECT_EQ(split_trailing_acronyms("Ecxir Trading Company (Etc)"),
            (Names{"Ecxir Trading Company", "Etc"}));
}

TEST(NameVariantsTest, KeepsParenthesesThatAreNotAcronyms) {
  EXPECT_TRUE(split_trailing_acronyms("Alfa-Bank ZAO (Belarus)").empty());
  EXPECT_TRUE(split_trailing_acronyms("Machine Building Design Bureau (Kolomna)").empty());
  EXPECT_TRUE(split_trailing_acronyms("Novaya Neftenaya Kompaniya (New Oil Company)").empty());
  EXPECT_TRUE(split_trailing_acronyms("Three Star Services Co. (T.S.S. Co.)").empty());
  EXPECT_TRUE(split_trailing_acronyms("(IRGC)").empty());
  EXPECT_TRUE(split_trailing_acronyms("Soap Factory (Paung)").empty());
  EXPECT_TRUE(split_trailing_acronyms("VTB BANK, PJSC (UKRAINE)").empty());
  EXPECT_TRUE(split_trailing_acronyms("ASIA ENERGY GENERAL TRADING (LLC)").empty());
  EXPECT_TRUE(split_trailing_acronyms("RIYADUS-SALIKHIN RECONNAISSANCE AND SABOTAGE BATTALION OF "
                                      "SHAHIDS (MARTYRS)")
                  .empty());
}

TEST(NameVariantsTest, SplitsBothWaysAndKeepsARepeatedAcronymOnce) {
  const NameVariants phrc = split_name_variants(
      "Physics Research Center (PHRC)/Centre de recherche en physique (PHRC)", true);
  EXPECT_EQ(phrc.name, "Physics Research Center");
  EXPECT_EQ(phrc.second_half, "Centre de recherche en physique");
  EXPECT_EQ(phrc.acronyms, (Names{"PHRC"}));
  const NameVariants plain = split_name_variants("  Syrian Arab Airlines ", true);
  EXPECT_EQ(plain.name, "Syrian Arab Airlines");
  EXPECT_TRUE(plain.acronyms.empty());
  EXPECT_TRUE(plain.second_half.empty());
}

TEST(NameVariantsTest, TakesOutATrailingAlsoKnownAs) {
  const NameVariants suntac =
      split_name_variants("Suntac Group of Companies (also known as Suntac Technologies)", true);
  EXPECT_EQ(suntac.name, "Suntac Group of Companies");
  EXPECT_EQ(suntac.also_known_as, "Suntac Technologies");
  EXPECT_TRUE(suntac.acronyms.empty());
  const NameVariants radiofizika =
      split_name_variants("Radiofizika JSC (also known as OAO Radiofizika)", true);
  EXPECT_EQ(radiofizika.name, "Radiofizika JSC");
  EXPECT_EQ(radiofizika.also_known_as, "OAO Radiofizika");
  EXPECT_TRUE(split_trailing_also_known_as("Granite Tile Factory (Kyaikto)").empty());
}

}  // namespace
}  // namespace vigil::sources
