#include "match/token_similarity.h"

#include <gtest/gtest.h>

#include "match/token_features.h"

namespace vigil::match {
namespace {

TokenMatch compare(std::string_view a, std::string_view b) {
  return compare_tokens(make_token_features(a), make_token_features(b));
}

TEST(TokenSimilarityTest, ExactAndEquivalent) {
  EXPECT_EQ(compare("khatib", "khatib").kind, TokenMatchKind::kExact);
  EXPECT_DOUBLE_EQ(compare("khatib", "khatib").similarity, 1.0);
  EXPECT_EQ(compare("mohammad", "muhammed").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("hossein", "husain").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("ltd", "limited").kind, TokenMatchKind::kEquivalent);
}

TEST(TokenSimilarityTest, NicknamesAndCompoundsAreEquivalent) {
  EXPECT_EQ(compare("sasha", "aleksandr").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("volodya", "volodymyr").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("abdurrahman", "abdelrahman").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("nasiruddin", "nasiraldin").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("serhiyovych", "sergeevich").kind, TokenMatchKind::kEquivalent);
  EXPECT_EQ(compare("ooo", "llc").kind, TokenMatchKind::kEquivalent);
}

// Two spellings the given-name table knows as different names never align, however few letters
// tell them apart; an unknown spelling still aligns by its letters.
TEST(TokenSimilarityTest, KnownGivenNamesOfDifferentClassesDoNotAlign) {
  EXPECT_EQ(compare("hasan", "husain").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("said", "saad").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("jamal", "jalal").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("aleksandr", "aleksandra").kind, TokenMatchKind::kNone);
  EXPECT_NE(compare("hasan", "hasaan").kind, TokenMatchKind::kNone);     // one class
  EXPECT_NE(compare("hussein", "husseim").kind, TokenMatchKind::kNone);  // a typo
  EXPECT_NE(compare("jess", "jesus").kind, TokenMatchKind::kNone);       // nicknames do not block
}

TEST(TokenSimilarityTest, RelatedConsonantsOfRomanisation) {
  // Persian and Turkish z for Arabic d and dh (Ramazan, Ramadan); Slavic j for y; w, v for u.
  EXPECT_GT(compare("kazem", "kadem").similarity, compare("kazem", "kabem").similarity);
  EXPECT_GE(compare("jurij", "yurij").similarity, 0.8);
  EXPECT_GE(compare("shavkat", "shaukat").similarity, 0.9);
}

TEST(TokenSimilarityTest, FrenchChIsSh) {
  EXPECT_GE(compare("chaabane", "shaaban").similarity, 0.85);
  EXPECT_GT(compare("chehab", "shehab").similarity, compare("chehab", "thehab").similarity);
  EXPECT_EQ(compare("chokri", "shukri").kind, TokenMatchKind::kPhonetic);  // one skeleton
}

TEST(TokenSimilarityTest, RomanisationVariantsAlign) {
  EXPECT_GE(compare("khatib", "khateeb").similarity, 0.85);
  EXPECT_EQ(compare("khatib", "khateeb").kind, TokenMatchKind::kPhonetic);
  EXPECT_GE(compare("rezaei", "rezaee").similarity, 0.8);
  EXPECT_GE(compare("abdolrahim", "abdulrahim").similarity, 0.85);
}

TEST(TokenSimilarityTest, OneTypoAlignsButCostsMoreThanAVowel) {
  const TokenMatch typo = compare("soleimani", "soleimari");
  EXPECT_NE(typo.kind, TokenMatchKind::kNone);
  EXPECT_LT(typo.similarity, compare("soleimani", "soleymani").similarity);
  EXPECT_NE(compare("kandahar", "knadahar").kind, TokenMatchKind::kNone);  // swap
}

TEST(TokenSimilarityTest, DifferentNamesDoNotAlign) {
  EXPECT_EQ(compare("karimi", "rahimi").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("ahmad", "mahmoud").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("ivanov", "petrov").kind, TokenMatchKind::kNone);
}

TEST(TokenSimilarityTest, NumbersMatchOnlyExactly) {
  EXPECT_EQ(compare("11420", "11421").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("11420", "11420").kind, TokenMatchKind::kExact);
}

TEST(TokenSimilarityTest, InitialsMatchTheirName) {
  EXPECT_EQ(compare("m", "mohammad").kind, TokenMatchKind::kInitial);
  EXPECT_EQ(compare("m", "hassan").kind, TokenMatchKind::kNone);
  EXPECT_EQ(compare("m", "n").kind, TokenMatchKind::kNone);
}

TEST(TokenSimilarityTest, SymmetricAndBounded) {
  for (auto [a, b] : {std::pair{"khatib", "khtyb"},
                      {"esmail", "asmaeil"},
                      {"x", "xy"},
                      {"aaaa", "bbbb"},
                      {"ahmadinejad", "ahmadinezhad"}}) {
    const double ab = compare(a, b).similarity;
    EXPECT_DOUBLE_EQ(ab, compare(b, a).similarity) << a << " " << b;
    EXPECT_GE(ab, 0.0);
    EXPECT_LE(ab, 1.0);
  }
}

TEST(TokenSimilarityTest, OverlongSpellingIsZeroNotACrash) {
  const std::string long_token(200, 'a');
  EXPECT_EQ(spelling_similarity(long_token, "aaa"), 0.0);
}

TEST(KnownTokenMatchTest, OnlyLooksAlikeCostsMore) {
  const TokenMatch spelling{0.83, TokenMatchKind::kSpelling};
  EXPECT_NEAR(as_known_token_match(spelling, true).similarity, 0.78, 1e-12);
  const TokenMatch far_vowels{0.80, TokenMatchKind::kPhonetic};
  EXPECT_NEAR(as_known_token_match(far_vowels, true).similarity, 0.75, 1e-12);
  const TokenMatch close_vowels{0.90, TokenMatchKind::kPhonetic};
  EXPECT_EQ(as_known_token_match(close_vowels, true).similarity, 0.90);
  const TokenMatch equivalent{0.95, TokenMatchKind::kEquivalent};
  EXPECT_EQ(as_known_token_match(equivalent, true).kind, TokenMatchKind::kEquivalent);
  const TokenMatch weak{0.72, TokenMatchKind::kSpelling};
  EXPECT_EQ(as_known_token_match(weak, true).kind, TokenMatchKind::kNone);  // below the minimum
  // Organisation words keep their similarity, but are marked known.
  const TokenMatch org = as_known_token_match(spelling, false);
  EXPECT_EQ(org.similarity, 0.83);
  EXPECT_TRUE(org.known_name);
}

TEST(DerivedNameFormTest, FeminineAndNisbaEndingsMakeAnotherName) {
  EXPECT_TRUE(derived_name_form("samir", "samira"));
  EXPECT_TRUE(derived_name_form("samira", "samir"));
  EXPECT_TRUE(derived_name_form("akbar", "akbari"));
  EXPECT_TRUE(derived_name_form("ivanov", "ivanova"));
  EXPECT_TRUE(derived_name_form("hossein", "hoseini"));  // doubled letters count once
  EXPECT_TRUE(derived_name_form("rustam", "rostami"));   // vowels spelled another way
  EXPECT_TRUE(derived_name_form("nasser", "naseri"));
  EXPECT_TRUE(derived_name_form("reza", "rezaei"));
  EXPECT_TRUE(derived_name_form("mina", "minaee"));
  EXPECT_TRUE(derived_name_form("andre", "andrea"));
  EXPECT_TRUE(derived_name_form("victor", "victoria"));
  EXPECT_FALSE(derived_name_form("yuri", "yuriy"));    // a spelling of one name
  EXPECT_FALSE(derived_name_form("serge", "sergei"));  // another language's form
  EXPECT_FALSE(derived_name_form("reza", "rezaa"));
  EXPECT_FALSE(derived_name_form("samir", "samirah"));
  EXPECT_FALSE(derived_name_form("al", "ali"));  // too short to be a name with an ending
  EXPECT_FALSE(derived_name_form("hassan", "hasan"));
  EXPECT_FALSE(derived_name_form("rustam", "rostam"));
  EXPECT_FALSE(derived_name_form("khatib", "khatbi"));  // a transposition
  EXPECT_FALSE(derived_name_form("samir", "samri"));
  EXPECT_FALSE(derived_name_form("hamid", "hamed"));
}

TEST(DerivedNameFormTest, DropsTheMatchOnlyInNamesOfPersonsVesselsAndAircraft) {
  const TokenMatch phonetic{0.93, TokenMatchKind::kPhonetic};
  EXPECT_EQ(as_distinct_name_match(phonetic, "samira", "samir", true).kind, TokenMatchKind::kNone);
  EXPECT_EQ(as_distinct_name_match(phonetic, "industria", "industri", false).kind,
            TokenMatchKind::kPhonetic);
  const TokenMatch equivalent{0.95, TokenMatchKind::kEquivalent};
  EXPECT_EQ(as_distinct_name_match(equivalent, "andre", "andrea", true).kind,
            TokenMatchKind::kEquivalent);
}

TEST(UnknownTokenTest, OneEditInAShortTokenScoresAsInASevenLetterOne) {
  const TokenMatch spelling{0.80, TokenMatchKind::kSpelling};
  EXPECT_DOUBLE_EQ(as_unknown_token_match(spelling, "homse", "horse").similarity,
                   kOneEditSimilarity);
  EXPECT_DOUBLE_EQ(as_unknown_token_match(spelling, "nlasha", "nasha").similarity,
                   kOneEditSimilarity);
  // At the first letter an edit keeps its cost; two edits are not one.
  EXPECT_DOUBLE_EQ(
      as_unknown_token_match({0.70, TokenMatchKind::kSpelling}, "morse", "horse").similarity, 0.70);
  EXPECT_DOUBLE_EQ(
      as_unknown_token_match({0.72, TokenMatchKind::kSpelling}, "hmsoe", "horse").similarity, 0.72);
}

TEST(WrittenLettersTest, ATypoAcrossADigraphIsOneEditInTheWrittenLetters) {
  const TokenMatch m = compare_tokens(make_token_features("kahtib"), make_token_features("khatib"));
  EXPECT_EQ(m.kind, TokenMatchKind::kSpelling);
  EXPECT_GE(m.similarity, 0.8);
  EXPECT_EQ(compare_tokens(make_token_features("kahtab"), make_token_features("khatib")).kind,
            TokenMatchKind::kNone);
}

}  // namespace
}  // namespace vigil::match
