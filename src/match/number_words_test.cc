#include "match/number_words.h"

#include <gtest/gtest.h>

#include <sstream>

namespace vigil::match {
namespace {

using Tokens = std::vector<std::string>;

// The words of `text` split at spaces, made digits.
Tokens digits(const std::string& text) {
  Tokens words;
  std::istringstream stream(text);
  for (std::string word; stream >> word;) words.push_back(word);
  return numbers_as_digits(std::move(words));
}

TEST(NumberWordsTest, CardinalsBecomeDigits) {
  EXPECT_EQ(digits("group forty two"), (Tokens{"group", "42"}));
  EXPECT_EQ(digits("atlantic two"), (Tokens{"atlantic", "2"}));
  EXPECT_EQ(digits("one hundred and five"), (Tokens{"105"}));
  EXPECT_EQ(digits("two thousand twenty one"), (Tokens{"2021"}));
  EXPECT_EQ(digits("three million four hundred thousand"), (Tokens{"3400000"}));
  EXPECT_EQ(digits("eleven"), (Tokens{"11"}));
}

TEST(NumberWordsTest, OrdinalsKeepTheirSuffix) {
  EXPECT_EQ(digits("second bank"), (Tokens{"2nd", "bank"}));
  EXPECT_EQ(digits("twenty first century"), (Tokens{"21st", "century"}));
  EXPECT_EQ(digits("the third"), (Tokens{"the", "3rd"}));
  EXPECT_EQ(digits("eleventh"), (Tokens{"11th"}));
  EXPECT_EQ(digits("one hundredth"), (Tokens{"100th"}));
  EXPECT_EQ(digits("ninety ninth"), (Tokens{"99th"}));
}

TEST(NumberWordsTest, WordsThatDoNotMakeOneNumberStayApart) {
  EXPECT_EQ(digits("nine one one"), (Tokens{"9", "1", "1"}));
  EXPECT_EQ(digits("twenty twenty"), (Tokens{"20", "20"}));
  EXPECT_EQ(digits("one and two"), (Tokens{"1", "and", "2"}));
  EXPECT_EQ(digits("first second"), (Tokens{"1st", "2nd"}));
  EXPECT_EQ(digits("hundred acres"), (Tokens{"hundred", "acres"}));
  EXPECT_EQ(digits("bread and butter"), (Tokens{"bread", "and", "butter"}));
}

TEST(NumberWordsTest, SmallNumbersOfOtherLanguages) {
  EXPECT_EQ(digits("les deux freres"), (Tokens{"les", "2", "freres"}));
  EXPECT_EQ(digits("drei kronen"), (Tokens{"3", "kronen"}));
  EXPECT_EQ(digits("cinco estrellas"), (Tokens{"5", "estrellas"}));
  EXPECT_EQ(digits("pyat zvezd"), (Tokens{"5", "zvezd"}));
  // Numbers that are also names or words of names stay words.
  EXPECT_EQ(digits("otto dix"), (Tokens{"otto", "dix"}));
  EXPECT_EQ(digits("ramon diez"), (Tokens{"ramon", "diez"}));
  EXPECT_EQ(digits("nguyen van tri"), (Tokens{"nguyen", "van", "tri"}));
  EXPECT_EQ(digits("joao dos santos"), (Tokens{"joao", "dos", "santos"}));
}

}  // namespace
}  // namespace vigil::match
